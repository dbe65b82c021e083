// Theme boards: the facilitator puts a challenge on the next meeting's agenda and pins listings to
// it; a member finds the theme, sees the board (never a facilitators-only listing), follows it and
// adds one of the firm's own listings. Each person in their own browser context.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { uniqueToken } from './support/data';
import { screens } from './support/screens';

const RETURN_LOAD = 'Returlæs fra og til Hamborg tirsdag og torsdag';
const GROUPAGE = 'Samlast til Hamborg-området hver måned';
const FACILITATORS_ONLY = 'Tysktalende sælger har ledige timer – kan deles';
const SMED_LISTING = { ref: 'li-regstrup-smedje-3', title: 'Tysktalende eksportassistent på deltid – gerne delt med en anden virksomhed' };

async function pin(page: Page, query: string, title: string) {
  await page.getByLabel('Søg i netværkets opslag').fill(query);
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Resultater for »${query}«` })).toBeVisible();
  await page.getByRole('button', { name: `Fastgør »${title}« på temaet` }).click();
  // Pinned: the listing now sits under "on the theme" with an unpin button.
  await expect(page.getByRole('button', { name: `Fjern fastgørelsen af »${title}«` })).toBeVisible();
}

test('a facilitator creates a theme and pins listings; a member sees the board, follows it and adds a listing', async ({ browser }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const title = `Fælles vej til Hamborg ${token}`;
  const statement = 'Flere af os kører til Hamborg hver uge med halvtomme biler. Kan vi samle godset og dele turene?';

  // 1. The facilitator creates the theme for the next meeting.
  const fac = await signedInPage(browser, DEMO.facilitator, '/facilitator');
  await fac.page.getByRole('link', { name: 'Temaer til møderne' }).click();
  await fac.page.waitForURL('**/facilitator/themes');
  await fac.page.getByRole('link', { name: '+ Nyt tema' }).click();
  await fac.page.waitForURL('**/facilitator/themes/new');
  // A statement that is too short is caught next to the field, and the title is kept.
  await fac.page.getByLabel('Titel').fill(title);
  await fac.page.getByLabel('Udfordring eller mulighed').fill('Kort');
  await fac.page.getByRole('button', { name: 'Opret tema' }).click();
  await expect(fac.page.locator('#f-description-error')).toHaveText('Mindst 10 tegn.');
  await expect(fac.page.getByLabel('Titel')).toHaveValue(title);
  await fac.page.getByLabel('Udfordring eller mulighed').fill(statement);
  // The upcoming meeting is preselected.
  await expect(fac.page.getByLabel('Møde').locator('option:checked')).toContainText('Netværksmøde hos Regstrup Plast');
  await screens(fac.page, 'themes-new');
  await fac.page.getByRole('button', { name: 'Opret tema' }).click();
  await fac.page.waitForURL(/\/facilitator\/themes\/th-[a-z2-7]+\?created=1$/);
  const themeRef = /\/facilitator\/themes\/(th-[a-z2-7]+)/.exec(fac.page.url())![1]!;
  await expect(fac.page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(fac.page.getByRole('status').filter({ hasText: 'Temaet er oprettet' })).toBeVisible();

  // 2. Pin two listings found by the search, and a facilitators-only one.
  await pin(fac.page, 'Hamborg returlæs', RETURN_LOAD);
  await pin(fac.page, 'samlast', GROUPAGE);
  await pin(fac.page, 'tysktalende sælger', FACILITATORS_ONLY);
  await expect(fac.page.getByRole('heading', { name: 'Opslag på temaet (3)' })).toBeVisible();
  await screens(fac.page, 'themes-manage');

  // 3. The member finds the theme among the open themes and opens its board.
  const smed = await signedInPage(browser, DEMO.smed, '/themes');
  await expect(smed.page.getByRole('heading', { level: 1 })).toHaveText('Temaer');
  const card = smed.page.getByRole('article').filter({ has: smed.page.getByRole('heading', { name: title }) });
  await expect(card).toContainText('Næste møde');
  await expect(card).toContainText('1 tilbud');
  await expect(card).toContainText('1 behov');
  await screens(smed.page, 'themes-list');
  await card.getByRole('link', { name: title }).click();
  await smed.page.waitForURL(`**/themes/${themeRef}`);
  await expect(smed.page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(smed.page.getByText(statement)).toBeVisible();
  await expect(smed.page.getByText('Vært: Regstrup Plast ApS')).toBeVisible();
  const offers = smed.page.getByRole('region', { name: /^Tilbud/ });
  const needs = smed.page.getByRole('region', { name: /^Behov/ });
  await expect(offers.getByRole('link', { name: RETURN_LOAD })).toBeVisible();
  await expect(needs.getByRole('link', { name: GROUPAGE })).toBeVisible();
  await expect(offers.getByText('Fastgjort af facilitatoren')).toBeVisible();
  // A facilitators-only listing never shows to a member, pinned or not.
  await expect(smed.page.getByText(FACILITATORS_ONLY)).toHaveCount(0);
  await expect(smed.page.getByRole('button', { name: /Fastgør|Fjern fastgørelse/ })).toHaveCount(0);
  await expect(smed.page.getByRole('link', { name: 'Vis på kortet' })).toHaveAttribute('href', `/map?theme=${themeRef}`);

  // The facilitator's board has the third listing and the unpin buttons.
  await fac.page.goto(`/themes/${themeRef}`);
  await expect(fac.page.getByRole('region', { name: /^Tilbud/ }).getByRole('link', { name: FACILITATORS_ONLY })).toBeVisible();
  await expect(fac.page.getByRole('button', { name: `Fjern fastgørelsen af »${RETURN_LOAD}«` })).toBeVisible();

  // 4. Follow the theme.
  await smed.page.getByRole('button', { name: 'Følg temaet' }).click();
  await expect(smed.page.getByRole('button', { name: 'Følg ikke længere' })).toBeVisible();
  await expect(smed.page.getByText('Du følger temaet og får besked om nye opslag og match.')).toBeVisible();
  await smed.page.reload();
  await expect(smed.page.getByRole('button', { name: 'Følg ikke længere' })).toBeVisible();

  // 5. The member adds the firm's own listing to the theme from the listing's page.
  await smed.page.goto(`/listings/${SMED_LISTING.ref}`);
  const section = smed.page.getByRole('region', { name: 'Temaer' });
  await expect(section.getByRole('link', { name: 'Eksport til Tyskland' })).toBeVisible();
  await section.getByLabel('Tema', { exact: true }).selectOption({ label: title });
  await section.getByRole('button', { name: 'Tilføj' }).click();
  await expect(section.getByRole('link', { name: title })).toBeVisible();
  await expect(section.getByRole('button', { name: `Fjern opslaget fra temaet »${title}«` })).toBeVisible();
  await screens(smed.page, 'themes-listing-section');
  await smed.page.goto(`/themes/${themeRef}`);
  await expect(smed.page.getByRole('region', { name: /^Behov/ }).getByRole('link', { name: SMED_LISTING.title })).toBeVisible();
  await screens(smed.page, 'themes-board');

  // Another firm's listing offers no tagging to this member.
  await smed.page.goto('/listings/li-regstrup-plast-6');
  await expect(smed.page.getByRole('region', { name: 'Temaer' }).getByRole('button')).toHaveCount(0);

  // 6. Archive: the theme leaves the open list and can no longer be followed.
  await fac.page.goto(`/facilitator/themes/${themeRef}`);
  await fac.page.getByRole('button', { name: 'Arkivér temaet' }).click();
  await expect(fac.page.getByRole('button', { name: 'Genåbn temaet' })).toBeVisible();
  await smed.page.goto('/themes');
  await expect(smed.page.getByRole('heading', { name: title })).toHaveCount(0);
  await smed.page.getByRole('link', { name: 'Arkiverede' }).click();
  await expect(smed.page.getByRole('heading', { name: title })).toBeVisible();

  await fac.context.close();
  await smed.context.close();
});

test('a member cannot reach the facilitator’s theme pages', async ({ browser }) => {
  const { page, context } = await signedInPage(browser, DEMO.plast, '/themes');
  const response = await page.goto('/facilitator/themes/new');
  expect(response?.status()).toBe(404);
  const board = await page.goto('/themes/eksport-tyskland');
  expect(board?.status()).toBe(200);
  await expect(page.getByRole('link', { name: 'Administrer tema' })).toHaveCount(0);
  const manage = await page.goto('/facilitator/themes/eksport-tyskland');
  expect(manage?.status()).toBe(404);
  await context.close();
});
