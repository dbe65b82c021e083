// Journey B, authorization through the real pages and actions: member A (the smithy) must not see
// member B's (Jyderup Procesudstyr) facilitators-only listing, nor edit B's firm or listings — not
// through the edit pages, and not by sending B's ref to the edit actions from A's own forms. The
// network's facilitator and B's own user do see the confidential listing.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, NETWORK, signedInPage } from './support/auth';
import { uniqueToken } from './support/data';

const B = {
  company: 'co-jyderup-procesudstyr',
  companyName: 'Jyderup Procesudstyr ApS',
  // Visible to the network's facilitators only (db/seed/demo-area.json).
  confidential: { ref: 'li-jyderup-procesudstyr-3', title: 'Tysktalende sælger har ledige timer – kan deles' },
  // Visible to every network member, so A may read it but not change it.
  networkListing: { ref: 'li-jyderup-procesudstyr-2', title: 'Bejdsning og elektropolering af rustfrie emner' },
};
const A = {
  company: 'co-regstrup-smedje',
  companyName: 'Regstrup Smede- og Maskinværksted ApS',
  listing: { ref: 'li-regstrup-smedje-2', title: 'Ledig svejsekapacitet (MIG/MAG og TIG)' },
  // Matches the same search as B's confidential listing: proves the search itself finds things.
  sameSearch: 'Tysktalende eksportassistent på deltid – gerne delt med en anden virksomhed',
};
const SEARCH = `/listings?network=${NETWORK.ref}&q=Tysktalende`;

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikke fundet');
}

test('a member never sees another firm’s facilitators-only listing; its facilitator and its firm do', async ({ browser }) => {
  const a = await signedInPage(browser, DEMO.smed);
  try {
    await expectNotFound(a.page, `/listings/${B.confidential.ref}`);
    await expect(a.page.getByText(B.confidential.title)).toHaveCount(0);

    await a.page.goto(SEARCH);
    await expect(a.page.getByRole('link', { name: A.sameSearch })).toBeVisible();
    await expect(a.page.getByRole('link', { name: B.confidential.title })).toHaveCount(0);

    // Nor on B's public profile, where B's other listings are shown to A.
    await a.page.goto(`/companies/${B.company}`);
    await expect(a.page.getByRole('heading', { level: 1 })).toHaveText(B.companyName);
    await expect(a.page.getByRole('link', { name: B.networkListing.title })).toBeVisible();
    await expect(a.page.getByText(B.confidential.title)).toHaveCount(0);
  } finally {
    await a.context.close();
  }

  const facilitator = await signedInPage(browser, DEMO.facilitator);
  try {
    await facilitator.page.goto(SEARCH);
    await facilitator.page.getByRole('link', { name: B.confidential.title }).click();
    await expect(facilitator.page).toHaveURL(new RegExp(`/listings/${B.confidential.ref}$`));
    await expect(facilitator.page.getByRole('heading', { level: 1 })).toHaveText(B.confidential.title);
    await expect(facilitator.page.getByRole('main')).toContainText('Kun facilitatoren (fortroligt)');
    // Seeing is not managing: the facilitator gets no owner controls.
    await expect(facilitator.page.getByRole('heading', { name: 'Administrér opslaget' })).toHaveCount(0);
  } finally {
    await facilitator.context.close();
  }

  const b = await signedInPage(browser, DEMO.procesudstyr);
  try {
    await b.page.goto(`/listings/${B.confidential.ref}`);
    await expect(b.page.getByRole('heading', { level: 1 })).toHaveText(B.confidential.title);
    // B works in English (the account's language wins once signed in; another spec switches it to
    // Finnish and back meanwhile): the owner controls' heading in any of the three languages.
    await expect(b.page.getByRole('heading', { name: /^(Administrér opslaget|Manage listing|Hallitse ilmoitusta)$/ })).toBeVisible();
  } finally {
    await b.context.close();
  }
});

test('a member cannot edit another firm’s profile or listings, by URL or by posting the other ref', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.smed);
  const token = uniqueToken();
  try {
    // The edit pages answer exactly as for a ref that does not exist.
    await expectNotFound(page, `/companies/${B.company}/edit`);
    await expect(page.getByRole('main')).not.toContainText(B.companyName);
    await expectNotFound(page, `/listings/${B.networkListing.ref}/edit`);
    await expectNotFound(page, `/listings/${B.confidential.ref}/edit`);
    await expectNotFound(page, `/companies/co-does-not-exist/edit`);

    // A's own edit form, with B's ref swapped into the hidden field: the action checks for itself.
    await page.goto(`/listings/${A.listing.ref}/edit`);
    await expect(page.getByLabel('Overskrift')).toHaveValue(A.listing.title);
    await page.locator('input[type=hidden][name=ref]').evaluate((el, ref) => ((el as HTMLInputElement).value = ref), B.networkListing.ref);
    await page.getByLabel('Overskrift').fill(`Overtaget af smeden ${token}`);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Siden findes ikke, eller du har ikke adgang til den.' })).toBeVisible();

    await page.goto(`/companies/${A.company}/edit`);
    await expect(page.getByLabel('Virksomhedens navn')).toHaveValue(A.companyName);
    await page.locator('input[type=hidden][name=ref]').evaluate((el, ref) => ((el as HTMLInputElement).value = ref), B.company);
    await page.getByLabel('Virksomhedens navn').fill(`Overtaget ${token} ApS`);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Siden findes ikke, eller du har ikke adgang til den.' })).toBeVisible();

    // Nothing changed, neither B's records nor A's.
    await page.goto(`/listings/${B.networkListing.ref}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(B.networkListing.title);
    await page.goto(`/listings/${A.listing.ref}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.listing.title);
    await page.goto(`/companies/${B.company}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(B.companyName);
    await page.goto(`/companies/${A.company}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(A.companyName);
    await page.goto(`/listings?q=${token}`);
    await expect(page.getByRole('heading', { name: 'Ingen opslag', exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});
