// The language buttons change the interface language for this browser (NEXT_LOCALE cookie).
import { expect, test } from '@playwright/test';

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
