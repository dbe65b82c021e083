// The area map as people use it: a member filters by theme, finds a listing in the list, sees it
// on the map, opens its popup by clicking the marker on the canvas and follows the link; a visitor
// sees only public listings; the data API refuses bad parameters. Map tiles cannot load here, so
// nothing depends on them (the page says the background is missing and draws the data anyway).
// The browser side's speed with 10,000 points is measured in map-performance.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { screens } from './support/screens';

const THEME = 'Eksport til Tyskland';
const TARGET = 'Partnere til fælles stand på Agritechnica 2027 i Hannover';
const TARGET_REF = 'li-toelloese-landbrugsmaskiner-4';
const OWN_IN_THEME = 'Tysktalende eksportassistent på deltid – gerne delt med en anden virksomhed';
const FACILITATORS_ONLY = 'Tysktalende sælger har ledige timer – kan deles';
const NOT_IN_THEME = 'Underleverandør til sprøjtestøbte plastdele';
const NETWORK_ONLY = 'Returlæs fra og til Hamborg tirsdag og torsdag';

// Signing in runs argon2 and the map loads its own chunk: slower than most pages on shared cores.
test.describe.configure({ timeout: 90_000 });

const listTitles = (page: Page) => page.locator('#map-list-heading ~ ul h3').allInnerTexts();

test("a member filters the map by theme and opens a popup's listing", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.smed, '/map');
  try {
    // Tall enough that a popup above a centred marker needs no auto-pan.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByText(/\d+ opslag i kortudsnittet/)).toBeVisible();
    await expect(page.getByText('Kortbaggrunden kunne ikke hentes. Opslagene vises stadig.')).toBeVisible();

    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/map') && r.url().includes('theme=eksport-tyskland'));
    await page.getByLabel('Tema').selectOption({ label: THEME });
    expect((await filtered).status()).toBe(200);
    await expect(page).toHaveURL(/theme=eksport-tyskland/);
    await screens(page, 'map-theme');

    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Opslag i kortudsnittet' })).toBeVisible();
    await expect(page).toHaveURL(/view=list/);
    const titles = await listTitles(page);
    expect(titles).toContain(TARGET);
    expect(titles).toContain(OWN_IN_THEME);
    expect(titles).toContain(NETWORK_ONLY);
    expect(titles).not.toContain(FACILITATORS_ONLY);
    expect(titles).not.toContain(NOT_IN_THEME);
    // Own listings first; every item is a link.
    expect(titles[0]).toBe(OWN_IN_THEME);
    await expect(page.getByRole('link', { name: TARGET })).toHaveAttribute('href', `/listings/${TARGET_REF}`);
    await screens(page, 'map-list');

    // "Show on map" centres the listing and opens its popup with focus on the link.
    await page.getByRole('button', { name: `Vis ${TARGET} på kortet` }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText(TARGET);
    await expect(popup).toContainText('Tølløse Landbrugsmaskiner');
    await expect(popup.getByRole('link', { name: 'Se opslaget' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);

    // The marker itself, drawn on the canvas at the map's centre, opens the same popup.
    const map = page.getByTestId('map');
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(popup).toContainText(TARGET);
    await screens(page, 'map-popup');

    await popup.getByRole('link', { name: 'Se opslaget' }).click();
    await page.waitForURL(`**/listings/${TARGET_REF}`);
    await expect(page.getByRole('heading', { level: 1, name: TARGET })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a visitor sees only public listings, and a shared theme link opens filtered', async ({ page }) => {
  await page.goto('/map?theme=eksport-tyskland&view=list');
  await expect(page.getByRole('heading', { name: 'Opslag i kortudsnittet' })).toBeVisible();
  await expect(page.locator('#map-list-heading ~ ul h3').first()).toBeVisible();
  const titles = await listTitles(page);
  expect(titles).toContain('Moms, told og fakturering ved salg til Tyskland'); // public, in the theme
  expect(titles).not.toContain(NETWORK_ONLY);
  expect(titles).not.toContain(TARGET); // members only
  expect(titles).not.toContain(FACILITATORS_ONLY);
  await expect(page.getByRole('checkbox', { name: 'Vis linjer til mine match' })).toHaveCount(0);
});

test('the map API answers a view with public data for a visitor and names bad parameters', async ({ request }) => {
  const ok = await request.get('/api/v1/map?bbox=11.2,55.5,12.0,55.9&zoom=11');
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { mode: string; points: { title: string }[]; lines: unknown[] };
  expect(body.mode).toBe('points');
  expect(body.points.length).toBeGreaterThan(10);
  expect(body.points.map((p) => p.title)).not.toContain(NETWORK_ONLY);
  expect(body.lines).toEqual([]);

  const bad = await request.get('/api/v1/map?bbox=12,55,11,56&zoom=99&layer=roads');
  expect(bad.status()).toBe(422);
  const error = (await bad.json()) as { error: { issues: { path: string }[] } };
  expect(error.error.issues.map((i) => i.path).sort()).toEqual(['query.bbox', 'query.layer', 'query.zoom']);
});
