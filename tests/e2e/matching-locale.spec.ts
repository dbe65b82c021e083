// Reasons speak the interface language: the English (and Finnish) UI shows a listing's matches with
// English (Finnish) reasons and sector names, never the Danish words or NACE codes they are
// stored with. The demo firm Jyderup Procesudstyr works in English; its Danish-written need for
// pickling and electropolishing has surface-treatment firms nearby as matches.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { screens } from './support/screens';

const TITLE = 'Bejdsning og elektropolering af rustfrie emner';
const DANISH = /km væk|begge om|i perioden|brancher der|dækker .* af behovet|Hvorfor/;
const NACE_PAIR = /\d{2}\.\d+\s*↔|↔\s*\d{2}\.\d+/;

async function reasonsOf(page: Page, region: string, why: string) {
  const section = page.getByRole('region', { name: region });
  await expect(section.getByText(`${why}:`).first()).toBeVisible({ timeout: 60_000 });
  return (await section.locator('p', { hasText: `${why}:` }).allInnerTexts()).join('\n');
}

test('a listing’s matches are explained in English in the English UI and in Finnish in the Finnish UI', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page } = await signedInPage(browser, DEMO.procesudstyr, `/listings?q=${encodeURIComponent('elektropolering')}`);
  try {
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.waitForURL(/\/listings\/li-[a-z0-9-]+(\?new=1)?$/);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const en = await reasonsOf(page, 'Possible matches', 'Why');
    expect(en).toMatch(/km away/);
    expect(en).not.toMatch(DANISH);
    expect(en).not.toMatch(NACE_PAIR);
    await screens(page, 'm4-listing-matches-en');

    await page.getByRole('button', { name: 'Suomi' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    const fi = await reasonsOf(page, 'Mahdolliset osumat', 'Miksi');
    expect(fi).toMatch(/km:n päässä/);
    expect(fi).not.toMatch(DANISH);
    expect(fi).not.toMatch(NACE_PAIR);
    await screens(page, 'm5-listing-matches-fi');
    // Switching while signed in changes the account: give the demo user their English back.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await context.close();
  }
});
