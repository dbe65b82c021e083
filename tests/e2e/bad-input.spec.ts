// Bad input through the real forms: each error is in Danish, sits next to its field, is announced
// with the field (aria-invalid + aria-describedby) and nothing is stored.
import { expect, test, type Locator } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { invalidCvr, isoDayFromNow, uniqueToken } from './support/data';
import { screens } from './support/screens';

/** The field is marked invalid and its accessible description (aria-describedby) holds `message`. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // ...and the message is visible on the screen, not only to screen readers.
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const visible = await Promise.all(ids.map(async (id) => (await field.page().locator(`[id="${id}"]`).innerText()).trim()));
  expect(visible).toContain(message);
}

test('the listing form rejects a period ending before it starts and HTML in the title, and creates nothing', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.vognmand, '/listings/new');
  const token = uniqueToken();
  const title = `<b>Billig transport</b> ${token}`;
  try {
    await page.getByRole('radio', { name: /^Tilbud/ }).check();
    await page.getByLabel('Kategori').selectOption({ label: 'Transport og logistik' });
    await page.getByLabel('Overskrift').fill(title);
    await page.getByLabel('Fra dato').fill(isoDayFromNow(30));
    await page.getByLabel('Til dato').fill(isoDayFromNow(20));
    await page.getByRole('button', { name: 'Opret opslag' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Ret de markerede felter.' })).toBeVisible();
    await expectFieldError(page.getByLabel('Overskrift'), 'Må ikke indeholde HTML.');
    await expectFieldError(page.getByLabel('Til dato'), 'Slutdatoen skal være samme dag som eller efter startdatoen.');
    // Keyboard and screen-reader users land on the first field to correct.
    await expect(page.getByLabel('Overskrift')).toBeFocused();
    // The fields without a problem are not marked, and what was typed is kept for correcting.
    await expect(page.getByLabel('Fra dato')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Overskrift')).toHaveValue(title);
    await expect(page.getByRole('radio', { name: /^Tilbud/ })).toBeChecked();
    await expect(page).toHaveURL(/\/listings\/new$/);
    await screens(page, 'c1-listing-errors');

    await page.goto(`/listings?q=${token}`);
    await expect(page.getByRole('heading', { name: 'Ingen opslag', exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the company form shows a wrong CVR number next to the CVR field and saves nothing', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, DEMO.plast, '/companies/co-regstrup-plast/edit');
  const token = uniqueToken();
  try {
    const name = page.getByLabel('Virksomhedens navn');
    const cvr = page.getByLabel('CVR-nummer');
    const originalName = await name.inputValue();
    const originalCvr = await cvr.inputValue();
    expect(originalCvr).toMatch(/^\d{8}$/);

    await name.fill(`Regstrup Plast ${token} ApS`);
    await cvr.fill(invalidCvr(originalCvr));
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expectFieldError(cvr, 'CVR-nummeret findes ikke – tjek for tastefejl.');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await screens(page, 'c2-company-cvr-error');

    // A wrong shape gets its own explanation.
    await cvr.fill('1234567');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expectFieldError(cvr, 'Et CVR-nummer har 8 cifre, fx 12345674.');

    await page.reload();
    await expect(name).toHaveValue(originalName);
    await expect(cvr).toHaveValue(originalCvr);
  } finally {
    await context.close();
  }
});
