// Signing in and up through the real forms, as a person would. Every call runs argon2 on the
// server, so the suite's rate limits are scaled up in playwright.config.ts (RATE_LIMIT_SCALE).
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { linkInMail } from './mail';

export const DEMO_PASSWORD = 'industrivej-demo';
export const NETWORK = { ref: 'vestsjaelland', name: 'Industrivej Vestsjælland' } as const;

export const DEMO = {
  facilitator: 'facilitator@demo.industrivej.dk',
  smed: 'smed@demo.industrivej.dk',
  plast: 'plast@demo.industrivej.dk',
  vognmand: 'vognmand@demo.industrivej.dk',
  procesudstyr: 'procesudstyr@demo.industrivej.dk',
} as const;

/** The session cookie of Auth.js over plain http (the e2e server's APP_URL is http://127.0.0.1). */
export const SESSION_COOKIE = 'authjs.session-token';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, callbackUrl = '/dashboard') {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.locator('#signin-email').fill(email);
  await page.locator('#signin-password').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.waitForURL((url) => url.pathname + url.search === callbackUrl);
  // Signed in: the notification bell ("Log ud" is in the menu on a phone). By its address, not its
  // name: the account's language wins once signed in (a demo user works in English).
  await expect(page.locator('header a[href="/notifications"]').first()).toBeVisible();
}

/** A fresh browser context (own cookies) signed in as `email`: one person, one browser. */
export async function signedInPage(browser: Browser, email: string, callbackUrl?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, callbackUrl);
  return { context, page };
}

/** Signs up, follows the confirmation link from the e-mail and signs in: ready to create a firm. */
export async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  await page.goto('/signup');
  await page.getByLabel('Dit navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await page.getByRole('button', { name: 'Opret konto' }).click();
  // The same answer for every address: the mailbox says what comes next.
  await page.waitForURL('**/signup/check-email');
  await confirmAndSignIn(page, person);
}

export async function confirmAndSignIn(page: Page, person: { email: string; password: string }) {
  const link = await linkInMail(person.email, '/signup/confirm?token=');
  await page.goto(link);
  await page.getByRole('button', { name: 'Bekræft min e-mail' }).click();
  await page.locator('main').getByRole('link', { name: 'Log ind', exact: true }).click();
  await page.waitForURL('**/signin?callbackUrl=%2Fonboarding');
  await page.locator('#signin-email').fill(person.email);
  await page.locator('#signin-password').fill(person.password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.waitForURL('**/onboarding');
}
