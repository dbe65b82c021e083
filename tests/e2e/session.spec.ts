// Signing out ends the session on the server, not only in this browser: a copy of the session
// cookie taken before signing out no longer signs anyone in.
import { expect, test, type Browser, type Cookie } from '@playwright/test';
import { DEMO, SESSION_COOKIE, signedInPage } from './support/auth';

async function dashboardWith(browser: Browser, cookie: Cookie) {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  const page = await context.newPage();
  await page.goto('/dashboard');
  return { context, page };
}

test('signing out ends the session server-side: a copied session cookie stops working', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.vognmand);
  try {
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, `${SESSION_COOKIE} cookie`).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);

    // Control: before signing out, the copy works in another browser (so the check below means something).
    const before = await dashboardWith(browser, cookie!);
    await expect(before.page.getByRole('heading', { level: 1 })).toHaveText('Holbæk Fragt & Logistik ApS');
    await before.context.close();

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();

    const after = await dashboardWith(browser, cookie!);
    try {
      await expect(after.page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
      await expect(after.page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
      await expect(after.page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
      await expect(after.page.getByText('Holbæk Fragt & Logistik ApS')).toHaveCount(0);
    } finally {
      await after.context.close();
    }
  } finally {
    await context.close();
  }
});
