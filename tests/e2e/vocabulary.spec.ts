// The network's vocabulary: its facilitator teaches the engine a synonym group and a stop word
// (a one-word "group" is refused next to the field), sees both with the audit of who taught them,
// and removes one; a member of the network gets 404 for the page.
import { expect, test } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { uniqueToken } from './support/data';
import { screens } from './support/screens';

test('a facilitator teaches the network a synonym and a stop word and sees the audit; a member gets 404', async ({ browser }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const [a, b, stop] = [`plc${token}`, `styring${token}`, `diverse${token}`];

  const fac = await signedInPage(browser, DEMO.facilitator, '/facilitator');
  try {
    const page = fac.page;
    await page.getByRole('link', { name: 'Ordforråd' }).click();
    await page.waitForURL('**/facilitator/vocabulary');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netværkets ordforråd');
    await expect(page.getByRole('heading', { name: 'Hyppige ord som matchningen ikke forstår' })).toBeVisible();

    // One word is not a group: the error sits next to the field.
    await page.getByLabel('Ord (adskilt med komma)').fill(a);
    await page.getByRole('button', { name: 'Tilføj' }).first().click();
    await expect(page.locator('#synonym-words-error')).toHaveText('Skriv mindst to forskellige ord.');

    await page.getByLabel('Ord (adskilt med komma)').fill(`${a}, ${b}`);
    await page.getByRole('button', { name: 'Tilføj' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Ordene er gemt' })).toBeVisible();

    await page.locator('#stop-word').fill(stop);
    await page.getByRole('button', { name: 'Tilføj' }).nth(1).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ordet er gemt' })).toBeVisible();

    const taught = page.getByRole('region', { name: 'Det netværket har lært' });
    await expect(taught.getByText(`${a} = ${b}`)).toBeVisible();
    await expect(taught.getByText(stop)).toBeVisible();
    const audit = page.getByRole('region', { name: 'Hvem lærte hvad' });
    await expect(audit.getByText(`samme betydning: ${a}, ${b}`)).toBeVisible();
    await expect(audit.getByText(`betyder intet: ${stop}`)).toBeVisible();
    await expect(audit.getByText('tilføjede').first()).toBeVisible();
    await screens(page, 'vocabulary');

    // Removing the stop word keeps it in the audit.
    await taught.getByRole('button', { name: `Fjern: ${stop}` }).click();
    await expect(taught.getByText(stop)).toHaveCount(0);
    await expect(audit.getByText(`betyder intet: ${stop}`)).toHaveCount(2);
    await expect(audit.getByText('fjernede').first()).toBeVisible();
  } finally {
    await fac.context.close();
  }

  const member = await signedInPage(browser, DEMO.smed);
  try {
    const response = await member.page.goto('/facilitator/vocabulary');
    expect(response?.status()).toBe(404);
  } finally {
    await member.context.close();
  }
});
