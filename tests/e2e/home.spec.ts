import { expect, test, type Page } from '@playwright/test';

async function expectAccessibleBasics(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  // Every image has a text alternative, every form control a name.
  expect(await page.locator('img:not([alt])').count()).toBe(0);
}

test.describe('home page', () => {
  test('shows the demo area in Danish with the network, its firms and open offers and needs', async ({ page }) => {
    await page.goto('/');
    await expectAccessibleBasics(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Den virtuelle Industrivej');

    const network = page.getByRole('region', { name: 'Industrivej Vestsjælland' });
    await expect(network).toBeVisible();
    await expect(network).toContainText('Regstrup');
    const members = Number(await network.locator('dt', { hasText: 'Medlemmer' }).locator('+ dd').innerText());
    expect(members).toBeGreaterThanOrEqual(30);
    const offers = Number(await network.locator('dt', { hasText: 'Åbne tilbud' }).locator('+ dd').innerText());
    expect(offers).toBeGreaterThan(0);

    // One row per category, each with a name; counts link into the listings browser.
    const table = network.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveCount(9);
    await expect(table.getByRole('rowheader', { name: 'Ledig kapacitet' })).toBeVisible();
    const firstCountLink = table.getByRole('link').first();
    await expect(firstCountLink).toHaveAttribute('href', /^\/listings\?kind=(offer|need)&category=[a-z]+$/);

    await expect(page.getByRole('heading', { name: 'Sådan virker det' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tilmeld din virksomhed' })).toHaveAttribute('href', '/signup');
    await expect(page.getByRole('link', { name: 'Se tilbud og behov' })).toHaveAttribute('href', '/listings');
  });

  test('never tells an anonymous visitor about members-only or confidential listings', async ({ page }) => {
    await page.goto('/');
    // The demo has a facilitators-only listing about a possible successor; it must not surface.
    await expect(page.getByText('efterfølger')).toHaveCount(0);
    const newest = page.getByRole('region', { name: 'Nyeste tilbud og behov' });
    await expect(newest.getByRole('listitem').first()).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('fits the screen without sideways scrolling', async ({ page }) => {
      await page.goto('/');
      await expectAccessibleBasics(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const cta = page.getByRole('link', { name: 'Tilmeld din virksomhed' });
      const box = await cta.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    });
  });
});

test('switches to English and back with the language buttons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The virtual Industrivej');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
  // The network's own description stays Danish, and says so to screen readers.
  await expect(page.getByText(/Små og mellemstore virksomheder/)).toHaveAttribute('lang', 'da');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Den virtuelle Industrivej');
});
