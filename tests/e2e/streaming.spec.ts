// Streaming: a slow page shows its skeleton at once, announced to screen readers (role=status,
// aria-busy, a visually hidden localized "Loading …"), and the page replaces it when it arrives.
import { expect, test } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';

test('a slow dashboard shows an accessible loading state first, then the firm', async ({ browser }) => {
  const { page, context } = await signedInPage(browser, DEMO.smed, '/listings');
  try {
    // A click before hydration is a full page load, which shows the old page while it waits: let the
    // links hydrate (they prefetch once they have) so the click is a client navigation.
    await page.waitForLoadState('networkidle');
    // Hold the dashboard's payload back for a moment: what the user sees meanwhile is the skeleton.
    await page.route('**/dashboard**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await page.getByRole('link', { name: 'Min virksomhed' }).first().click();
    const loading = page.locator('[role="status"][aria-busy="true"]').first();
    await expect(loading).toBeVisible();
    await expect(loading).toContainText('Indlæser');
    await page.waitForURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regstrup Smede- og Maskinværksted ApS');
    await expect(page.getByRole('heading', { name: 'Nye match' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
