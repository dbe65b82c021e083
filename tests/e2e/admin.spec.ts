// The platform administrator's tools, as an operator uses them: find a user and disable them (they
// are signed out at once and cannot sign in again), and hide a listing with a reason that its firm
// then sees. Each test signs up the people it changes, so the demo accounts stay as they are.
import { expect, test, type Page } from '@playwright/test';
import { signedInPage, signUp } from './support/auth';
import { uniqueToken, validCvr } from './support/data';
import { screens } from './support/screens';

const ADMIN = 'admin@demo.industrivej.dk';

async function createFirm(page: Page, firm: string) {
  await page.getByLabel('Virksomhedens navn').fill(firm);
  await page.getByLabel('CVR-nummer').fill(validCvr());
  const nace = page.getByRole('combobox', { name: 'Brancher' });
  await nace.fill('25.62');
  await page.getByRole('option', { name: /^25\.62/ }).click();
  await page.getByLabel('Antal ansatte').fill('4');
  await page.getByLabel('Adresse', { exact: true }).fill('Industrivej 12');
  await page.getByLabel('Postnummer').fill('4420');
  await expect(page.getByLabel('By', { exact: true })).toHaveValue('Regstrup');
  await page.getByLabel('Om virksomheden').fill('Skilte og folie til erhverv.');
  await page.getByRole('button', { name: 'Opret virksomhed' }).click();
  await page.waitForURL('**/onboarding/done');
}

test('an admin finds a user and disables them: they are signed out at once and cannot sign in', async ({ page, browser }) => {
  const token = uniqueToken();
  const person = { name: `Svend Spam ${token}`, email: `spam-${token}@e2e.industrivej.dk`, password: `en lang sætning ${token}` };
  await signUp(page, person);
  await page.goto('/account');
  await expect(page.getByRole('button', { name: 'Log ud', exact: true })).toBeVisible();

  const admin = await signedInPage(browser, ADMIN, '/admin');
  try {
    const ap = admin.page;
    await ap.getByRole('link', { name: 'Brugere' }).click();
    await ap.locator('#admin-q').fill(`spam-${token}`);
    await ap.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(ap).toHaveURL(new RegExp(`/admin/users\\?q=spam-${token}`));
    await screens(ap, 'admin1-users');
    await ap.getByRole('link', { name: new RegExp(person.name) }).click();
    await expect(ap.getByRole('heading', { level: 1 })).toHaveText(person.name);
    await expect(ap.getByText('Aktiv', { exact: true })).toBeVisible();
    await ap.getByLabel('Begrundelse (til loggen)').fill('Sender reklame til alle medlemmer');
    await screens(ap, 'admin2-user');
    ap.once('dialog', (dialog) => void dialog.accept());
    await ap.getByRole('button', { name: 'Deaktivér kontoen' }).click();
    // The page now shows the account as disabled, with the way back.
    await expect(ap.getByText(/^Deaktiveret /)).toBeVisible();
    await expect(ap.getByRole('button', { name: 'Genaktivér kontoen' })).toBeVisible();
    await expect(ap.getByRole('status').filter({ hasText: 'Kontoen er deaktiveret.' })).toContainText('1 login afsluttet');

    // The person's open browser is signed out on its next request.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
    await expect(page.getByRole('button', { name: 'Log ud', exact: true })).toHaveCount(0);
    // Their password no longer signs them in.
    await page.locator('#signin-email').fill(person.email);
    await page.locator('#signin-password').fill(person.password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /./ })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole('button', { name: 'Log ud', exact: true })).toHaveCount(0);

    // The log says who did it, to whom and why.
    await ap.goto('/admin/audit?action=user.disable');
    const line = ap.getByRole('listitem').filter({ hasText: person.email });
    await expect(line).toContainText('user.disable');
    await expect(line).toContainText('Sender reklame til alle medlemmer');
    await expect(line).toContainText(ADMIN);
    await expect(line).toContainText('sessionsEnded:1');
    await screens(ap, 'admin3-audit');

    // Re-enabled, they sign in again.
    await ap.goto(`/admin/users?q=${encodeURIComponent(`spam-${token}`)}`);
    await ap.getByRole('link', { name: new RegExp(person.name) }).click();
    await ap.getByRole('button', { name: 'Genaktivér kontoen' }).click();
    await expect(ap.getByText('Aktiv', { exact: true })).toBeVisible();
    await page.locator('#signin-email').fill(person.email);
    await page.locator('#signin-password').fill(person.password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Log ud', exact: true })).toBeVisible();
  } finally {
    await admin.context.close();
  }
});

test('an admin hides a listing with a reason: others no longer find it, its firm sees why', async ({ page, browser }) => {
  const token = uniqueToken();
  const firm = `Vipperød Skilte ${token} ApS`;
  const title = `Gratis skilte til alle ${token}`;
  await signUp(page, { name: `Ole Ejer ${token}`, email: `ejer-${token}@e2e.industrivej.dk`, password: `en lang sætning ${token}` });
  await createFirm(page, firm);
  await page.goto('/listings/new');
  await page.getByRole('radio', { name: /^Tilbud/ }).check();
  await page.getByLabel('Kategori').selectOption({ label: 'Materialer og restprodukter' });
  await page.getByLabel('Overskrift').fill(title);
  await page.getByLabel('Beskrivelse').fill('Ring og hør nærmere om vores tilbud.');
  await page.getByRole('button', { name: 'Opret opslag' }).click();
  await page.waitForURL(/\/listings\/li-[a-z0-9]+(\?new=1)?$/);
  const listingPath = new URL(page.url()).pathname;

  const admin = await signedInPage(browser, ADMIN, '/admin/companies');
  try {
    const ap = admin.page;
    await ap.locator('#admin-q').fill(firm);
    await ap.getByRole('button', { name: 'Søg', exact: true }).click();
    await ap.getByRole('link', { name: new RegExp(firm) }).click();
    await expect(ap.getByRole('heading', { level: 1 })).toHaveText(firm);
    const row = ap.getByRole('listitem').filter({ hasText: title });
    await row.getByText('Skjul opslaget …').click();
    await row.getByLabel('Begrundelse').fill('Vildledende tilbud – ret teksten og skriv til os');
    await screens(ap, 'admin4-company');
    await row.getByRole('button', { name: 'Skjul opslaget', exact: true }).click();
    // The row now says hidden, with the reason and the way back.
    await expect(row.getByRole('button', { name: 'Vis igen' })).toBeVisible();
    await expect(row).toContainText('Begrundelse: Vildledende tilbud – ret teksten og skriv til os');
  } finally {
    await admin.context.close();
  }

  // The owner sees the listing, with the reason, on its page and on the dashboard.
  await page.goto(listingPath);
  const notice = page.getByRole('note').filter({ hasText: 'En administrator har skjult dette opslag' });
  await expect(notice).toContainText('Vildledende tilbud – ret teksten og skriv til os');
  await screens(page, 'admin5-owner-notice');
  await page.goto('/dashboard');
  await expect(page.getByRole('note').filter({ hasText: 'En administrator har skjult et af jeres opslag' })).toContainText(title);

  // Anyone else: not found, and not in search.
  const other = await browser.newContext();
  try {
    const op = await other.newPage();
    expect((await op.goto(listingPath))?.status()).toBe(404);
    await op.goto(`/listings?q=${encodeURIComponent(token)}`);
    await expect(op.getByRole('link', { name: title })).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test('the admin pages are not there for a member', async ({ browser }) => {
  const member = await signedInPage(browser, 'plast@demo.industrivej.dk', '/dashboard');
  try {
    for (const path of ['/admin', '/admin/users', '/admin/audit']) {
      expect((await member.page.goto(path))?.status(), path).toBe(404);
    }
  } finally {
    await member.context.close();
  }
});
