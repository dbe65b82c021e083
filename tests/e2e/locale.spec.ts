// The language buttons change the interface language for this browser (NEXT_LOCALE cookie).
import { expect, test } from '@playwright/test';
import { linkInMail } from './support/mail';

test('English: the listings page and the menu switch to English', async ({ page }) => {
  await page.goto('/listings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilbud og behov');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offers and needs');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Companies' })).toBeVisible();
  // It sticks: a new page load keeps English.
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
});

test('Finnish: the sign-up page and its form labels switch to Finnish', async ({ page }) => {
  await page.goto('/signup');
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luo tili');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByLabel('Nimesi')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tarjoukset ja tarpeet' })).toBeVisible();
});

// Issue 18: a user whose account says English got Danish after signing in (their e-mails were in
// English). Signed in, the account's language wins over the browser's cookie; the cookie is only
// the visitor's choice, and switching while signed in changes the account.
test('signed in, the account’s language wins over the cookie, and switching changes the account', async ({ browser }) => {
  test.setTimeout(90_000);
  const email = `english-${Date.now()}@example.com`;
  const password = 'a-long-english-password';

  // A visitor chooses English and signs up: the account is English.
  const first = await browser.newContext();
  const signup = await first.newPage();
  await signup.goto('/signup');
  await signup.getByRole('button', { name: 'English' }).click();
  await expect(signup.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await signup.getByLabel('Your name').fill('Emma English');
  await signup.getByLabel('E-mail').fill(email);
  await signup.getByLabel('Password').fill(password);
  await signup.getByRole('button', { name: 'Create account' }).click();
  // The same answer for every address; the confirmation link in the (English) e-mail opens it.
  await signup.waitForURL('**/signup/check-email');
  await signup.goto(await linkInMail(email, '/signup/confirm?token='));
  await signup.getByRole('button', { name: 'Confirm my e-mail' }).click();
  await expect(signup.locator('main').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await first.close();

  // Another browser that has chosen Danish: the sign-in page is Danish, the signed-in pages English.
  const second = await browser.newContext();
  const page = await second.newPage();
  try {
    await page.goto('/signin?callbackUrl=%2Faccount');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await page.locator('#signin-email').fill(email);
    await page.locator('#signin-password').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.waitForURL('**/account');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();

    // Switching to Finnish while signed in is the account's language from now on…
    await page.getByRole('button', { name: 'Suomi' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  } finally {
    await second.close();
  }
  // …so a third browser, which never chose a language, gets Finnish once signed in.
  const third = await browser.newContext();
  const again = await third.newPage();
  try {
    await again.goto('/signin?callbackUrl=%2Faccount');
    await again.locator('#signin-email').fill(email);
    await again.locator('#signin-password').fill(password);
    await again.getByRole('button', { name: 'Log ind', exact: true }).click();
    await again.waitForURL('**/account');
    await expect(again.locator('html')).toHaveAttribute('lang', 'fi');
  } finally {
    await third.close();
  }
});
