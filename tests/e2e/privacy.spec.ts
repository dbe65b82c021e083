// A new person downloads everything stored about them, then deletes their account: the download
// holds their account and firm and no secret; deletion needs their e-mail typed again, signs them
// out, closes the firm they were alone in, and their password no longer signs anyone in.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signUp } from './support/auth';
import { uniqueToken, validCvr } from './support/data';
import { screens } from './support/screens';

test('a fresh user downloads their data and deletes their account', async ({ page }) => {
  test.setTimeout(90_000);
  const token = uniqueToken();
  const person = { name: `Frida Privat ${token}`, email: `frida-${token}@e2e.industrivej.dk`, password: `min hemmelige sætning ${token}` };
  const firm = `Privat Værksted ${token} ApS`;

  await signUp(page, person);
  await page.getByLabel('Virksomhedens navn').fill(firm);
  await page.getByLabel('CVR-nummer').fill(validCvr());
  const nace = page.getByRole('combobox', { name: 'Brancher' });
  await nace.fill('25.62');
  await page.getByRole('option', { name: /^25\.62/ }).click();
  await page.getByLabel('Antal ansatte').fill('2');
  await page.getByLabel('Adresse', { exact: true }).fill('Industrivej 50');
  await page.getByLabel('Postnummer').fill('4420');
  await expect(page.getByLabel('By', { exact: true })).toHaveValue('Regstrup');
  await page.getByRole('button', { name: 'Opret virksomhed' }).click();
  await page.waitForURL('**/onboarding/done');

  // From the account page to the privacy page.
  await page.goto('/account');
  await page.getByRole('link', { name: 'Dine data: download eller slet din konto' }).click();
  await page.waitForURL('**/account/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dine data');

  // The download: one JSON file with the account and the firm, never the password hash.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download mine data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^industrivej-frida-.*\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const data = JSON.parse(text) as {
    format: string;
    account: { email: string; name: string; hasPassword: boolean };
    firms: { role: string; company: { name: string } }[];
  };
  expect(data.format).toBe('industrivej/personal-data/v1');
  expect(data.account).toMatchObject({ email: person.email, name: person.name, hasPassword: true });
  expect(data.firms).toEqual([expect.objectContaining({ role: 'owner', company: expect.objectContaining({ name: firm }) })]);
  expect(text).not.toContain('argon2');
  expect(text).not.toContain('passwordHash');

  // Deletion asks for the e-mail again; a wrong one is refused next to the field.
  await page.getByRole('button', { name: 'Slet min konto …' }).click();
  await expect(page.getByText('Er du sikker?')).toBeVisible();
  await screens(page, 'privacy');
  const confirm = page.getByLabel(`Din e-mail (${person.email})`);
  await confirm.fill('en.anden@example.test');
  await page.getByRole('button', { name: 'Slet min konto for altid' }).click();
  await expect(page.locator('#f-confirmEmail-error')).toHaveText('Det er ikke denne kontos e-mailadresse.');
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');

  await confirm.fill(person.email);
  await page.getByRole('button', { name: 'Slet min konto for altid' }).click();
  await page.waitForURL('**/account-deleted?closed=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din konto er slettet');
  await expect(page.getByText('Din virksomhed havde ingen andre medlemmer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await screens(page, 'privacy-deleted');

  // Signed out, and the account is gone: the old password signs nobody in.
  await page.goto('/account/privacy');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount%2Fprivacy$/);
  await page.locator('#signin-email').fill(person.email);
  await page.locator('#signin-password').fill(person.password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(page.getByText('E-mail eller adgangskode er forkert.')).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
});
