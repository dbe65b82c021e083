// Search as a person uses it: the browse page's search box tolerates a typo, highlights what it
// matched, and — like the JSON API — never shows more than the viewer may see.
import { expect, test } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { screens } from './support/screens';

const PUBLIC_HIT = 'Ledig kapacitet i pulverlakeringsanlæg';
const NETWORK_HIT = 'Pulverlakering af tavleskabe';

test('a misspelt search finds powder coating, highlighted, and only public listings for a visitor', async ({ page }) => {
  await page.goto('/listings');
  await page.getByLabel('Søg').fill('pulverlakkering');
  await page.getByRole('button', { name: 'Vis opslag' }).click();
  await expect(page).toHaveURL(/q=pulverlakkering/);
  // A search typed into the plain browse form is ranked by relevance, not by date.
  await expect(page).not.toHaveURL(/sort=newest/);
  await expect(page.getByLabel('Sortér')).toHaveValue('');
  const hit = page.getByRole('link', { name: PUBLIC_HIT });
  await expect(hit).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('link', { name: NETWORK_HIT })).toHaveCount(0);
  await screens(page, 's1-search-typo');
});

test('a network member finds the members-only powder-coating listing too', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.vognmand, '/listings?q=pulverlakering');
  try {
    await expect(page.getByRole('link', { name: NETWORK_HIT })).toBeVisible();
    await expect(page.getByRole('link', { name: PUBLIC_HIT })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the JSON API answers a search with the same visibility and rejects a bad parameter with its path', async ({ request }) => {
  const ok = await request.get('/api/v1/listings?q=pulverlakering&limit=50');
  expect(ok.status()).toBe(200);
  const body = JSON.stringify(await ok.json());
  expect(body).toContain(PUBLIC_HIT);
  expect(body).not.toContain(NETWORK_HIT);

  const bad = await request.get('/api/v1/listings?limit=500');
  expect(bad.status()).toBe(422);
  const error = (await bad.json()) as { error: { issues: { path: string }[] } };
  expect(error.error.issues.map((i) => i.path)).toContain('query.limit');
});

test('signed out, "plastik" finds Regstrup Plast\'s injection-moulding capacity, found through the firm and the thesaurus', async ({ page }) => {
  await page.goto('/listings');
  await page.getByLabel('Søg').fill('plastik');
  await page.getByRole('button', { name: 'Vis opslag' }).click();
  await expect(page).toHaveURL(/q=plastik/);
  await expect(page.getByRole('link', { name: 'Ledig kapacitet på sprøjtestøbemaskiner (50–250 t)' })).toBeVisible();
  // Regstrup Plast's members-only listings stay hidden from a visitor.
  await expect(page.getByRole('link', { name: 'Overskydende plastgranulat (PP og ABS)' })).toHaveCount(0);
  await screens(page, 's4-search-plastik');
});
