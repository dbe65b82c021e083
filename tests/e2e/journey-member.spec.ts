// Journey A, the acceptance journey: a new person signs up, creates their firm, asks to join the
// demo network, the facilitator approves it, the new member posts a need for the network's members
// only, and another member firm finds it in the network's listings (while an anonymous visitor does
// not). Each person uses their own browser context, as they would their own phone.
import { expect, test } from '@playwright/test';
import { DEMO, NETWORK, signedInPage, signUp } from './support/auth';
import { invalidCvr, uniqueToken, validCvr } from './support/data';
import { screens } from './support/screens';

test('a new firm signs up, is approved into the network and posts a need the other members see', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const token = uniqueToken();
  const person = { name: `Eva Test ${token}`, email: `eva-${token}@e2e.industrivej.dk`, password: `hemmelig sætning ${token}` };
  const firm = `Regstrup Emballage ${token} ApS`;
  const cvr = validCvr();
  const needTitle = `Søger ledig lagerplads til paller ${token}`;

  // 1. Sign up.
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opret konto');
  await screens(page, 'a1-signup');
  await signUp(page, person);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kom i gang');

  // 2. Create the firm. A mistyped CVR is caught next to the field first, keeping what was typed.
  await page.getByLabel('Virksomhedens navn').fill(firm);
  await page.getByLabel('CVR-nummer').fill(invalidCvr(cvr));
  const nace = page.getByRole('combobox', { name: 'Brancher' });
  await nace.fill('22.22');
  await page.getByRole('option', { name: /^22\.22/ }).click();
  await expect(page.getByRole('list', { name: 'Valgte brancher' })).toContainText('22.22');
  await page.getByLabel('Antal ansatte').fill('6');
  await page.getByLabel('Adresse', { exact: true }).fill('Industrivej 40');
  await page.getByLabel('Postnummer').fill('4420');
  // The town follows the postcode (looked up on the server) until the user changes it.
  await expect(page.getByLabel('By', { exact: true })).toHaveValue('Regstrup');
  await page.getByLabel('Om virksomheden').fill('Vi pakker og etiketterer for producenterne på Industrivej.');
  await screens(page, 'a2-onboarding');
  await page.getByRole('button', { name: 'Opret virksomhed' }).click();

  const cvrField = page.getByLabel('CVR-nummer');
  await expect(cvrField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-registrationNumber-error')).toHaveText('CVR-nummeret findes ikke – tjek for tastefejl.');
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel('Virksomhedens navn')).toHaveValue(firm);
  await expect(page.getByRole('list', { name: 'Valgte brancher' })).toContainText('22.22');
  await expect(page.getByLabel('By', { exact: true })).toHaveValue('Regstrup');

  await cvrField.fill(cvr);
  await page.getByRole('button', { name: 'Opret virksomhed' }).click();
  await page.waitForURL('**/onboarding/done');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virksomheden er oprettet');
  await screens(page, 'a3-onboarding-done');

  // 3. Ask to join the network.
  await page.getByRole('link', { name: 'Søg om optagelse i et netværk' }).click();
  await page.waitForURL('**/networks');
  await page.goto(`/networks/${NETWORK.ref}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NETWORK.name);
  await page.getByLabel('Besked til facilitatoren (valgfri)').fill(`Vi vil gerne dele lager og transport. (${token})`);
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(page.getByText('Tak! Facilitatoren har fået din ansøgning og vender tilbage.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: firm })).toContainText('Afventer svar');
  await screens(page, 'a4-network-requested');

  // 4. The facilitator approves the request in their own browser.
  const facilitator = await signedInPage(browser, DEMO.facilitator, '/facilitator');
  try {
    const fp = facilitator.page;
    await expect(fp.getByRole('heading', { level: 1 })).toHaveText('Facilitator');
    const request = fp.getByRole('listitem').filter({ has: fp.getByRole('heading', { name: firm }) });
    await expect(request).toContainText('Regstrup');
    await expect(request).toContainText(`Vi vil gerne dele lager og transport. (${token})`);
    await screens(fp, 'a5-facilitator-queue');
    await request.getByRole('button', { name: `Godkend: ${firm}` }).click();
    await expect(fp.getByText('Virksomheden er nu medlem og har fået besked.')).toBeVisible();
    await expect(fp.getByRole('heading', { name: firm })).toHaveCount(0);
  } finally {
    await facilitator.context.close();
  }

  // The new member's dashboard shows the membership.
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firm);
  await expect(page.getByRole('main')).toContainText(NETWORK.name);
  await screens(page, 'a6-dashboard');

  // 5. Post a need for the network's members only.
  await page.goto('/listings/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opret opslag');
  await page.getByRole('radio', { name: /^Behov/ }).check();
  await page.getByLabel('Kategori').selectOption({ label: 'Lokaler og lager' });
  await page.getByLabel('Overskrift').fill(needTitle);
  await page.getByLabel('Beskrivelse').fill('Vi mangler plads til ca. 40 paller i tre måneder, gerne tæt på Regstrup.');
  await page.getByLabel('Antal').fill('40');
  await page.getByLabel('Enhed').fill('paller');
  await page.getByRole('radio', { name: /^Kun medlemmer af netværket/ }).check();
  await screens(page, 'a7-listing-new');
  await page.getByRole('button', { name: 'Opret opslag' }).click();
  await page.waitForURL(/\/listings\/li-[a-z0-9]+(\?new=1)?$/);
  const listingUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(needTitle);
  await expect(page.getByRole('main')).toContainText('Kun medlemmer af netværket');
  await screens(page, 'a8-listing-detail');

  // 6. Another member firm's user finds it in the network's listings and can open it.
  const other = await signedInPage(browser, DEMO.plast, `/listings?network=${NETWORK.ref}`);
  try {
    const op = other.page;
    await expect(op.getByRole('link', { name: needTitle })).toBeVisible();
    await expect(op.getByRole('listitem').filter({ hasText: needTitle })).toContainText(firm);
    await screens(op, 'a9-network-browse');
    await op.getByRole('link', { name: needTitle }).click();
    await expect(op.getByRole('heading', { level: 1 })).toHaveText(needTitle);
  } finally {
    await other.context.close();
  }

  // ...while someone outside the network does not (neither in the list nor by its address).
  const anonymous = await browser.newContext();
  try {
    const ap = await anonymous.newPage();
    await ap.goto(`/listings?q=${encodeURIComponent(token)}`);
    await expect(ap.getByRole('heading', { name: 'Ingen opslag', exact: true })).toBeVisible();
    const response = await ap.goto(listingUrl);
    expect(response?.status()).toBe(404);
    await expect(ap.getByRole('heading', { level: 1 })).toHaveText('Ikke fundet');
  } finally {
    await anonymous.close();
  }
});
