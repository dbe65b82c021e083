// The facilitator's import page: a Danish Excel CSV (Windows-1252, semicolons) with one bad row is
// previewed with the row's error and cannot be imported; once the row is fixed, the preview shows
// the counts and the import creates the firms as members of the network.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'medlemmer-windows-1252.csv');

async function signInAsFacilitator(page: Page) {
  await page.goto('/signin?callbackUrl=/facilitator/import');
  await page.getByLabel('E-mail').first().fill('facilitator@demo.industrivej.dk');
  await page.getByLabel('Adgangskode').fill('industrivej-demo');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/facilitator/import');
  await page.waitForLoadState('networkidle');
}

test('a facilitator previews a spreadsheet, sees row errors, and imports the fixed file', async ({ page }) => {
  await signInAsFacilitator(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importér medlemmer og opslag');

  await page.getByLabel('Fil').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const preview = page.getByRole('region', { name: /Forhåndsvisning af medlemmer-windows-1252\.csv/ });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('3 rækker · tegnsæt WINDOWS-1252');
  await expect(preview.getByLabel('CVR-nummer *')).toHaveValue('1');
  await expect(preview).toContainText('Filen har 1 fejl');
  await expect(preview).toContainText('Række 4 · CVR-nummer: Ikke et gyldigt CVR-nummer');
  await expect(page.getByRole('button', { name: 'Importér', exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-preview-errors.png', fullPage: true });

  // Fix the bad row (drop it) and preview again: the same page, a new file.
  const fixed = readFileSync(FIXTURE).subarray(0, readFileSync(FIXTURE).indexOf('Fejl ApS'));
  await page.getByLabel('Fil').setInputFiles({ name: 'medlemmer-rettet.csv', mimeType: 'text/csv', buffer: fixed });
  await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const ok = page.getByRole('region', { name: /medlemmer-rettet\.csv/ });
  await expect(ok.getByRole('table')).toContainText('Virksomheder');
  await expect(ok.getByRole('row', { name: /Virksomheder/ })).toContainText('2');
  await expect(ok).toContainText('2 virksomheder bliver godkendt som medlemmer');
  await page.screenshot({ path: 'test-results/import-preview-ok.png', fullPage: true });

  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Importeret: 2 nye virksomheder');

  await page.goto('/facilitator');
  await expect(page.getByRole('link', { name: 'Tølløse Træ ApS' })).toBeVisible();
});

test('the import page is not there for a member firm', async ({ page }) => {
  await page.goto('/signin?callbackUrl=/facilitator/import');
  await page.getByLabel('E-mail').first().fill('smed@demo.industrivej.dk');
  await page.getByLabel('Adgangskode').fill('industrivej-demo');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/facilitator/import');
  const response = await page.goto('/facilitator/import');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Importér medlemmer og opslag')).toHaveCount(0);
});
