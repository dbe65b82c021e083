// A firm's owner invites colleagues by e-mail (issue 14): a new person creates their account from
// the invitation, a person with an account signs in and says yes, and an account an attacker
// registered in advance with a colleague's address is never attached to the firm.
import { expect, test } from '@playwright/test';
import { DEMO, signUp } from './support/auth';
import { uniqueToken } from './support/data';
import { linkInMail } from './support/mail';
import { screens } from './support/screens';
import { signedInPage } from './support/auth';

const FIRM = { ref: 'co-regstrup-smedje', name: 'Regstrup Smede- og Maskinværksted ApS' };

test('owner invites; new and existing people accept; a pre-registered attacker is not attached', async ({ browser }) => {
  test.setTimeout(180_000);
  const token = uniqueToken();
  const fresh = `ny-${token}@e2e.industrivej.dk`;
  const existing = { name: `Eksisterende ${token}`, email: `eksisterende-${token}@e2e.industrivej.dk`, password: `min lange sætning ${token}` };
  const victim = `kollega-${token}@e2e.industrivej.dk`;

  // The attacker signs up with the colleague's address before the owner adds it. The page answers
  // as it would for anyone, and the chosen password does not open the account.
  const attackerContext = await browser.newContext();
  const attacker = await attackerContext.newPage();
  await attacker.goto('/signup');
  await attacker.getByLabel('Dit navn').fill('Ikke Kollega');
  await attacker.getByLabel('E-mail').fill(victim);
  await attacker.getByLabel('Adgangskode').fill('angriberens hemmelige kode');
  await attacker.getByRole('button', { name: 'Opret konto' }).click();
  await attacker.waitForURL('**/signup/check-email');
  await expect(attacker.getByRole('heading', { level: 1 })).toHaveText('Tjek din e-mail');
  await screens(attacker, 'colleague-signup-check-email');
  await attacker.goto('/signin');
  await attacker.locator('#signin-email').fill(victim);
  await attacker.locator('#signin-password').fill('angriberens hemmelige kode');
  await attacker.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(attacker.getByRole('button', { name: 'Log ud' })).toHaveCount(0);

  // A person who already has an account (confirmed, no firm yet).
  const existingContext = await browser.newContext();
  const existingPage = await existingContext.newPage();
  await signUp(existingPage, existing);

  // The owner invites three addresses; the answer is the same for each.
  const { context: ownerContext, page: owner } = await signedInPage(browser, DEMO.smed, `/companies/${FIRM.ref}/edit`);
  for (const email of [victim, fresh, existing.email]) {
    await owner.getByLabel('Kollegaens e-mail').fill(email);
    await owner.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await expect(owner.getByText(`Invitationen er sendt til ${email}.`)).toBeVisible();
  }
  const pending = owner.getByRole('list').filter({ hasText: victim });
  await expect(pending).toContainText(fresh);
  await expect(owner.locator('#team')).not.toContainText('Ikke Kollega');
  await owner.locator('#team').scrollIntoViewIfNeeded();
  await screens(owner, 'colleague-team-pending');

  // The new person opens the link and creates the account from the invitation.
  const freshContext = await browser.newContext();
  const freshPage = await freshContext.newPage();
  await freshPage.goto(await linkInMail(fresh, '/invite/'));
  await expect(freshPage.getByRole('heading', { level: 1 })).toHaveText(`Invitation til ${FIRM.name}`);
  await expect(freshPage.getByLabel('E-mail')).toHaveValue(fresh);
  await screens(freshPage, 'colleague-invitation-new');
  await freshPage.getByLabel('Dit navn').fill(`Ny Kollega ${token}`);
  await freshPage.getByLabel('Adgangskode').fill('password12');
  await freshPage.getByRole('button', { name: 'Opret konto og sig ja' }).click();
  await expect(freshPage.locator('#f-password-error')).toContainText('for almindelig');
  await freshPage.getByLabel('Adgangskode').fill(`en god lang sætning ${token}`);
  await freshPage.getByRole('button', { name: 'Opret konto og sig ja' }).click();
  await freshPage.waitForURL('**/dashboard?joined=1');
  await expect(freshPage.getByRole('heading', { level: 1 })).toContainText(FIRM.name);

  // The person with an account opens the link signed in and says yes.
  await existingPage.goto(await linkInMail(existing.email, '/invite/'));
  await expect(existingPage.getByText(`Du er logget ind som ${existing.email}`)).toBeVisible();
  await screens(existingPage, 'colleague-invitation-ready');
  await existingPage.getByRole('button', { name: `Ja, tilknyt mig ${FIRM.name}` }).click();
  await existingPage.waitForURL('**/dashboard?joined=1');

  // Both appear in the team; the attacker's account does not, its invitation still waits.
  await owner.reload();
  const team = owner.locator('#team');
  await expect(team).toContainText(`Ny Kollega ${token}`);
  await expect(team).toContainText(existing.name);
  await expect(team).not.toContainText('Ikke Kollega');
  await expect(team).toContainText(victim);

  // The new colleague can leave the firm from the account page.
  await freshPage.goto('/account');
  await expect(freshPage.getByRole('heading', { name: 'Din virksomhed' })).toBeVisible();
  await screens(freshPage, 'colleague-account');
  freshPage.once('dialog', (d) => void d.accept());
  await freshPage.getByRole('button', { name: `Forlad ${FIRM.name}` }).click();
  await freshPage.waitForURL('**/account?left=1');
  await expect(freshPage.getByText('Du har forladt virksomheden.')).toBeVisible();

  for (const c of [attackerContext, existingContext, ownerContext, freshContext]) await c.close();
});
