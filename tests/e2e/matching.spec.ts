// Matches, seen by the firms: a need posted by the smithy finds the powder coater nearby within
// seconds, explained; "not relevant" hides it (with an undo); the dashboard shows the best new
// matches; another firm cannot see the smithy's suggestions, the network's facilitator can.
import { expect, test } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { isoDayFromNow, uniqueToken } from './support/data';
import { screens } from './support/screens';

test('a new need gets explained matches, "not relevant" is remembered, and the dashboard shows them', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInPage(browser, DEMO.smed, '/listings/new');
  const title = `Pulverlakering af 300 stålrammer ${uniqueToken()}`;
  try {
    await page.getByRole('radio', { name: /^Behov/ }).check();
    await page.getByLabel('Kategori').selectOption({ label: 'Ledig kapacitet' });
    await page.getByLabel('Overskrift').fill(title);
    await page.getByLabel('Beskrivelse').fill('Vi skal have pulverlakeret 300 stålrammer i RAL 7016 til et nyt projekt.');
    await page.getByLabel('Til dato').fill(isoDayFromNow(90));
    await page.getByRole('button', { name: 'Opret opslag' }).click();
    await page.waitForURL(/\/listings\/li-[a-z0-9]+(\?new=1)?$/);
    const listingPath = new URL(page.url()).pathname;

    // The worker computes the matches off the request path; the page shows them without a reload.
    const section = page.getByRole('region', { name: 'Mulige match' });
    await expect(section.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
    const first = section.getByRole('listitem').first();
    await expect(first).toContainText('Hvorfor:');
    await expect(first).toContainText(/km væk/);
    await expect(first).toContainText(/pulverlakering/i);
    await expect(first).toContainText(/% match/);
    await screens(page, 'm1-listing-matches');

    // "Not relevant" hides the suggestion in place, with an undo; after a reload it stays hidden.
    const partner = (await first.getByRole('link').first().textContent())!.trim();
    await first.getByRole('button', { name: /^Skjul forslaget/ }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Forslaget er skjult' })).toBeVisible();
    await page.reload();
    await expect(section.getByRole('link', { name: partner, exact: true })).toHaveCount(0);

    // The dashboard: the best new matches across the firm's listings, with the listing they are for.
    await page.goto('/dashboard');
    const dash = page.getByRole('region', { name: 'Nye match' });
    await expect(dash.getByRole('listitem').first()).toContainText('Til dit opslag:');
    await expect(dash.getByRole('listitem').first()).toContainText('Ny');
    await expect(dash.getByRole('link', { name: 'Se alle match til opslaget' }).first()).toBeVisible();
    await screens(page, 'm2-dashboard-matches');

    // Another firm may see the listing (network) but not its suggestions; the facilitator may.
    const other = await signedInPage(browser, DEMO.plast, listingPath);
    try {
      await expect(other.page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(other.page.getByRole('region', { name: 'Mulige match' })).toHaveCount(0);
    } finally {
      await other.context.close();
    }
    const fac = await signedInPage(browser, DEMO.facilitator, listingPath);
    try {
      const facSection = fac.page.getByRole('region', { name: 'Mulige match' });
      await expect(facSection).toContainText('Du ser dem som facilitator');
      await expect(facSection.getByRole('button', { name: /^Skjul forslaget/ })).toHaveCount(0);
    } finally {
      await fac.context.close();
    }
  } finally {
    await context.close();
  }
});

test('from a need to contact by consent: an explained match, interest from the match, acceptance, contact details for both', async ({ browser }) => {
  test.setTimeout(150_000);
  const SMED = { name: 'Regstrup Smede- og Maskinværksted ApS', email: 'regstrup-smedje@demo.industrivej.dk' };
  const PLAST = { name: 'Regstrup Plast ApS', email: 'regstrup-plast@demo.industrivej.dk' };
  const token = uniqueToken();
  const title = `Svejsning af stålrammer til maskiner ${token}`;
  const message = `Vi har 40 stålrammer der skal svejses (MIG/MAG) – kan I tage dem? (${token})`;
  const plast = await signedInPage(browser, DEMO.plast, '/listings/new');
  const smed = await signedInPage(browser, DEMO.smed);
  try {
    // 1. Plast posts a need.
    const page = plast.page;
    await page.getByRole('radio', { name: /^Behov/ }).check();
    await page.getByLabel('Kategori').selectOption({ label: 'Ledig kapacitet' });
    await page.getByLabel('Overskrift').fill(title);
    await page.getByLabel('Beskrivelse').fill('Vi skal have svejset 40 rammer i sort stål og rustfrit til vores nye maskiner, gerne MIG/MAG eller TIG.');
    await page.getByRole('button', { name: 'Opret opslag' }).click();
    await page.waitForURL(/\/listings\/li-[a-z0-9]+(\?new=1)?$/);

    // 2. The smithy's welding capacity is suggested, with the reasons.
    const section = page.getByRole('region', { name: 'Mulige match' });
    await expect(section.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
    const more = section.getByText(/^Vis \d+ svagere forslag$/);
    if (await more.count()) await more.click();
    // The card (the outer list item; a card lists its partner listings inside).
    const match = section.getByRole('listitem').filter({ hasText: 'Ledig svejsekapacitet (MIG/MAG og TIG)' }).first();
    await expect(match).toContainText(SMED.name);
    await expect(match).toContainText(/Hvorfor: .*km væk/);
    await expect(match).toContainText(/svejs/i);

    // 3. Interest straight from the match, about this need.
    await match.getByRole('button', { name: 'Vis interesse' }).click();
    await match.getByLabel(`Besked til ${SMED.name}`).fill(message);
    await match.getByRole('button', { name: 'Send interesse' }).click();
    await expect(match.getByRole('status').filter({ hasText: 'Du har vist interesse – afventer svar.' })).toBeVisible();
    await screens(page, 'm3-match-interest');
    // No contact details yet (for this introduction: other specs may have connected these firms).
    await page.goto('/introductions');
    const sent = page.getByRole('article').filter({ hasText: message });
    await expect(sent).toBeVisible();
    await expect(sent.getByText(SMED.email)).toHaveCount(0);

    // 4. The smithy accepts.
    await smed.page.goto('/introductions');
    const card = smed.page
      .getByRole('region', { name: /Modtaget – venter på jeres svar/ })
      .getByRole('article')
      .filter({ hasText: message });
    await expect(card).toBeVisible();
    await expect(card.getByText(PLAST.email)).toHaveCount(0);
    await card.getByRole('button', { name: `Accepter henvendelsen fra ${PLAST.name} og del kontaktoplysninger` }).click();
    await expect(smed.page.getByRole('status').filter({ hasText: 'Accepteret.' })).toBeVisible();

    // 5. Both see each other's contact details.
    const connected = (p: typeof page) =>
      p
        .getByRole('region', { name: /Forbundne/ })
        .getByRole('article')
        .filter({ hasText: message });
    await expect(connected(smed.page).getByRole('link', { name: PLAST.email })).toHaveAttribute('href', `mailto:${PLAST.email}`);
    await page.goto('/introductions');
    await expect(connected(page).getByRole('link', { name: SMED.email })).toHaveAttribute('href', `mailto:${SMED.email}`);
    await screens(page, 'm4-contacts-after-acceptance');
  } finally {
    await plast.context.close();
    await smed.context.close();
  }
});
