// Issue 18 items 4–6, on a phone (390 px) and a desktop:
//  4. a title of 115 characters without a space must not make any page that lists it wider than
//     the phone (it made them 1,000–1,440 px wide): the listing page, browse, the dashboard, the
//     map's list and popup, the company page;
//  5. the header is one compact row on phones (it was 193 px for a member, 237 px for a
//     facilitator), with a menu button that works from the keyboard;
//  6. after posting, the page confirms it (a status message) and shows the matches first.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn, signedInPage } from './support/auth';
import { isoDayFromNow, uniqueToken } from './support/data';
import { screens } from './support/screens';

test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

async function expectFitsPhone(page: Page, what: string) {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what}: wider than a 390 px phone`).toBeLessThanOrEqual(0);
}

test('a 115-character word fits every page that shows it, and a new listing confirms and shows its matches first', async ({ browser }) => {
  const token = uniqueToken();
  // One word, no spaces: 115 characters.
  const word = `Pulverlakeringskapacitetsudvidelsesmuligheder${token}`.padEnd(115, 'x');
  expect(word).toHaveLength(115);
  const { context, page } = await signedInPage(browser, DEMO.smed, '/listings/new');
  try {
    await page.getByRole('radio', { name: /^Tilbud/ }).check();
    await page.getByLabel('Kategori').selectOption({ label: 'Ledig kapacitet' });
    await page.getByLabel('Overskrift').fill(word);
    await page.getByLabel('Beskrivelse').fill(`Ledig kapacitet til pulverlakering af stålrammer. ${word} i RAL 7016.`);
    await page.getByLabel('Til dato').fill(isoDayFromNow(60));
    await page.getByRole('radio', { name: /^Alle kan se/ }).check();
    await page.getByRole('button', { name: 'Opret opslag' }).click();

    // 6. Confirmed, and the matches come right below the title, before the description.
    await page.waitForURL(/\/listings\/li-[a-z0-9]+\?new=1$/);
    const listingPath = new URL(page.url()).pathname;
    await expect(page.getByRole('status').filter({ hasText: 'Dit opslag er oprettet' })).toBeVisible();
    const matches = page.getByRole('region', { name: 'Mulige match' });
    await expect(matches).toBeVisible({ timeout: 20_000 });
    const description = page.getByText('Ledig kapacitet til pulverlakering af stålrammer.');
    expect((await matches.boundingBox())!.y).toBeLessThan((await description.boundingBox())!.y);
    await screens(page, 'i18-new-listing');
    await expectFitsPhone(page, 'new listing');
    // On the phone, the matches start on the first screen.
    expect((await matches.boundingBox())!.y).toBeLessThan(PHONE.height);
    // Opened again later (no ?new=1): details first, as before.
    await page.goto(listingPath);
    await expect(page.getByRole('status').filter({ hasText: 'Dit opslag er oprettet' })).toHaveCount(0);

    // 4. Every page listing it, at 390 px. The title is on each (or the check would prove nothing).
    const title = page.getByText(word, { exact: true }).first();
    const pages: [string, string][] = [
      ['listing page', listingPath],
      ['browse', `/listings?q=${encodeURIComponent(word)}`],
      ['dashboard', '/dashboard'],
      ['map list', '/map?view=list'],
    ];
    for (const [what, path] of pages) {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      await expect(title, what).toBeVisible({ timeout: 15_000 });
      await expectFitsPhone(page, what);
      const box = (await title.boundingBox())!;
      expect(box.x + box.width, `${what}: the title runs off the screen`).toBeLessThanOrEqual(PHONE.width);
      await screens(page, `i18-long-word-${what.replace(/ /g, '-')}`);
    }
    // The company page, from the listing's firm link.
    await page.goto(listingPath);
    await page.locator('main article header a[href^="/companies/"]').first().click();
    await page.waitForURL(/\/companies\//);
    await expect(title).toBeVisible();
    await expectFitsPhone(page, 'company page');
    await screens(page, 'i18-long-word-company');

    // The map popup: "show on the map" opens it; it stays inside the screen.
    await page.goto('/map?view=list');
    await page.getByRole('button', { name: `Vis ${word} på kortet` }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText(word.slice(0, 20));
    const pbox = (await popup.boundingBox())!;
    expect(pbox.x).toBeGreaterThanOrEqual(0);
    expect(pbox.x + pbox.width).toBeLessThanOrEqual(PHONE.width);
    await expectFitsPhone(page, 'map popup');
    await page.screenshot({ path: 'test-results/screenshots/i18-long-word-map-popup-phone.png' });

    // Leave the demo data as it was: close the listing.
    await page.goto(listingPath);
    await page.locator('summary', { hasText: 'Luk opslaget' }).click();
    await page.getByRole('button', { name: 'Ja, luk opslaget' }).click();
    await expect(page.getByText('Opslaget er lukket og ikke længere aktuelt.')).toBeVisible();
  } finally {
    await context.close();
  }
});

const ROLES = [
  { who: 'a visitor', email: null, first: 'Tilbud og behov' },
  { who: 'a member', email: DEMO.smed, first: 'Min virksomhed' },
  { who: 'a facilitator', email: DEMO.facilitator, first: 'Min virksomhed' },
] as const;

for (const role of ROLES) {
  test(`the phone header is one row for ${role.who}, and its menu works from the keyboard`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      if (role.email) await signIn(page, role.email, undefined, '/listings');
      else await page.goto('/listings');
      const header = page.locator('header').first();
      const height = (await header.boundingBox())!.height;
      console.log(`header height at 390 px for ${role.who}: ${height} px`);
      expect(height).toBeLessThanOrEqual(64);

      const button = header.getByRole('button', { name: 'Menu' });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
      await expect(nav).toHaveCount(0);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(header.getByRole('button', { name: 'Luk menu' })).toHaveAttribute('aria-expanded', 'true');
      // The most used destination first, and focus on it.
      await expect(nav.getByRole('link').first()).toHaveText(role.first);
      await expect(nav.getByRole('link').first()).toBeFocused();
      await page.screenshot({ path: `test-results/screenshots/i18-menu-${role.who.replace(' ', '-')}-phone.png` });
      if (role.email === DEMO.facilitator) {
        await expect(nav.getByRole('link', { name: 'Facilitator' })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'Kommune' })).toBeVisible();
      }
      // Escape closes it and gives focus back to the button.
      await page.keyboard.press('Escape');
      await expect(nav).toHaveCount(0);
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      // Open again, move on with Tab and follow a link with Enter: the menu closes on the new page.
      await page.keyboard.press('Enter');
      await expect(nav.getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Tab');
      const second = nav.getByRole('link').nth(1);
      await expect(second).toBeFocused();
      const href = (await second.getAttribute('href'))!;
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
      await expect(nav).toHaveCount(0);
      await expect(header.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');

      // The desktop keeps the links in the header, without the menu button.
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kort' })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
      console.log(`header height at 1280 px for ${role.who}: ${(await header.boundingBox())!.height} px`);
      await page.screenshot({ path: `test-results/screenshots/i18-header-${role.who.replace(' ', '-')}-desktop.png` });
    } finally {
      await context.close();
    }
  });
}
