// Contact by consent, end to end: a firm shows interest in another firm's listing, the other firm
// sees the bell, accepts on /introductions, and only then do both see each other's contact details;
// a declined interest reveals nothing; a facilitator proposes an introduction that both firms see
// and accept. Each person has their own browser context, as they would their own phone.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signedInPage } from './support/auth';
import { uniqueToken } from './support/data';
import { screens } from './support/screens';

const SMED = {
  name: 'Regstrup Smede- og Maskinværksted ApS',
  ref: 'co-regstrup-smedje',
  email: 'regstrup-smedje@demo.industrivej.dk',
  phone: '+45 59 33 25 71',
};
const PLAST = { name: 'Regstrup Plast ApS', ref: 'co-regstrup-plast', email: 'regstrup-plast@demo.industrivej.dk', phone: '+45 59 66 37 77' };
const FRAGT = { name: 'Holbæk Fragt & Logistik ApS', ref: 'co-holbaek-fragt', email: 'holbaek-fragt@demo.industrivej.dk', phone: '+45 59 67 49 95' };

/** The header's bell says how many are unread in its accessible name. */
async function unreadCount(page: Page) {
  const bell = page.getByRole('link', { name: /^Notifikationer, / });
  await expect(bell).toBeVisible();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  const match = /(\d+) ulæst/.exec(label);
  return match ? Number(match[1]) : 0;
}

test('smed shows interest in a plast listing; plast accepts; only then do both see each other’s contact details', async ({ browser }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const message = `Vi skal bruge hjælp til plastendestykker til gelændere – kan vi tage en snak? (${token})`;
  const smed = await signedInPage(browser, DEMO.smed);
  const page = smed.page;

  // Before: no contact details for plast, on its profile or anywhere.
  await page.goto(`/companies/${PLAST.ref}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAST.name);
  await expect(page.getByText(PLAST.email)).toHaveCount(0);
  await expect(page.getByText(PLAST.phone)).toHaveCount(0);

  await page.goto('/listings/li-regstrup-plast-2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hjælp til design af plastdele – fra skitse til værktøj');
  const open = page.getByRole('button', { name: 'Vis interesse' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(page.getByRole('button', { name: 'Luk' })).toHaveAttribute('aria-expanded', 'true');
  const field = page.getByLabel(`Besked til ${PLAST.name}`);
  await expect(field).toBeFocused();
  // An empty message is refused next to the field.
  await page.getByRole('button', { name: 'Send interesse' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Skal udfyldes.')).toBeVisible();
  await field.fill(message);
  await screens(page, 'introductions-listing-interest-form');
  await page.getByRole('button', { name: 'Send interesse' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du har vist interesse – afventer svar.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vis interesse' })).toHaveCount(0);
  await screens(page, 'introductions-listing-pending');

  await page.goto('/introductions');
  const sent = page.getByRole('region', { name: /Sendt – afventer svar/ });
  await expect(sent.getByRole('article').filter({ hasText: message })).toBeVisible();
  await expect(page.getByText(PLAST.email)).toHaveCount(0);

  // Plast sees the bell, the notification and the request.
  const plast = await signedInPage(browser, DEMO.plast);
  expect(await unreadCount(plast.page)).toBeGreaterThanOrEqual(1);
  await plast.page.getByRole('link', { name: /^Notifikationer, / }).click();
  await plast.page.waitForURL('**/notifications');
  const note = plast.page
    .getByRole('link', { name: `${SMED.name} har vist interesse for jeres opslag »Hjælp til design af plastdele – fra skitse til værktøj«.` })
    .first();
  await expect(note).toBeVisible();
  await screens(plast.page, 'introductions-notifications');
  const before = await unreadCount(plast.page);
  await note.click();
  await plast.page.waitForURL('**/introductions');
  expect(await unreadCount(plast.page)).toBe(before - 1);

  const received = plast.page.getByRole('region', { name: /Modtaget – venter på jeres svar/ });
  const card = received.getByRole('article').filter({ hasText: message });
  await expect(card).toBeVisible();
  // The sender's contact details are not shown before acceptance.
  await expect(plast.page.getByText(SMED.email)).toHaveCount(0);
  await screens(plast.page, 'introductions-received');
  await card.getByLabel('Kort svar (valgfrit)').fill('Gerne – ring til Karina på mandag.');
  await card.getByRole('button', { name: `Accepter henvendelsen fra ${SMED.name} og del kontaktoplysninger` }).click();
  await expect(plast.page.getByRole('status').filter({ hasText: 'Accepteret. I kan nu se hinandens kontaktoplysninger.' })).toBeVisible();
  const connected = plast.page.getByRole('region', { name: /Forbundne/ });
  const mine = connected.getByRole('article').filter({ hasText: message });
  await expect(mine.getByRole('link', { name: SMED.email })).toHaveAttribute('href', `mailto:${SMED.email}`);
  await expect(mine.getByRole('link', { name: SMED.phone })).toHaveAttribute('href', 'tel:+4559332571');
  await expect(mine.getByRole('link', { name: DEMO.smed, exact: true })).toHaveAttribute('href', `mailto:${DEMO.smed}`);

  // Smed sees plast's details now, on /introductions and on plast's profile, and the reply.
  await page.goto('/introductions');
  const theirs = page
    .getByRole('region', { name: /Forbundne/ })
    .getByRole('article')
    .filter({ hasText: message });
  await expect(theirs.getByText('Gerne – ring til Karina på mandag.')).toBeVisible();
  await expect(theirs.getByRole('link', { name: PLAST.phone })).toHaveAttribute('href', 'tel:+4559663777');
  await expect(theirs.getByRole('link', { name: PLAST.email })).toHaveAttribute('href', `mailto:${PLAST.email}`);
  await expect(theirs.getByRole('link', { name: DEMO.plast, exact: true })).toBeVisible();
  await screens(page, 'introductions-accepted');
  await page.goto(`/companies/${PLAST.ref}`);
  await expect(page.getByRole('link', { name: PLAST.email })).toBeVisible();

  // The listing now says they are connected instead of offering the form again.
  await page.goto('/listings/li-regstrup-plast-2');
  await expect(page.getByText('I har forbindelse: begge har sagt ja.')).toBeVisible();

  // Either side records what came of it.
  await page.goto('/introductions');
  const outcomeCard = page
    .getByRole('region', { name: /Forbundne/ })
    .getByRole('article')
    .filter({ hasText: message });
  await outcomeCard.getByText('Hvad kom der ud af det?').click();
  await outcomeCard.getByLabel('Resultat').selectOption('deal');
  await outcomeCard.getByLabel('Kort beskrivelse (valgfri)').fill(`Aftale om 2.000 endestykker (${token})`);
  await outcomeCard.getByRole('button', { name: 'Registrér resultat' }).click();
  await expect(page.getByText('Tak – resultatet er registreret.')).toBeVisible();

  await smed.context.close();
  await plast.context.close();
});

test('a declined interest reveals nothing and shows the reply', async ({ browser }) => {
  test.setTimeout(90_000);
  const token = uniqueToken();
  const message = `Vi kører til Hamborg hver tirsdag – skal vi tage jeres samlast med? (${token})`;
  const fragt = await signedInPage(browser, DEMO.vognmand, '/listings/li-regstrup-plast-6');
  await fragt.page.getByRole('button', { name: 'Vis interesse' }).click();
  await fragt.page.getByLabel(`Besked til ${PLAST.name}`).fill(message);
  await fragt.page.getByRole('button', { name: 'Send interesse' }).click();
  await expect(fragt.page.getByText('Du har vist interesse – afventer svar.')).toBeVisible();

  const plast = await signedInPage(browser, DEMO.plast, '/introductions');
  const card = plast.page.getByRole('article').filter({ hasText: message });
  await card.getByLabel('Kort svar (valgfrit)').fill('Tak, men vi har lige fået en fast aftale.');
  await card.getByRole('button', { name: `Afvis henvendelsen fra ${FRAGT.name}` }).click();
  await expect(plast.page.getByText('Afvist. Den anden virksomhed har fået besked.')).toBeVisible();

  await fragt.page.goto('/introductions');
  const history = fragt.page
    .getByRole('region', { name: /Afviste og trukket tilbage/ })
    .getByRole('article')
    .filter({ hasText: message });
  await expect(history.getByText('Afvist', { exact: true })).toBeVisible();
  await expect(history.getByText('Tak, men vi har lige fået en fast aftale.')).toBeVisible();
  await expect(fragt.page.getByText(PLAST.email)).toHaveCount(0);
  await fragt.page.goto(`/companies/${PLAST.ref}`);
  await expect(fragt.page.getByText(PLAST.email)).toHaveCount(0);
  await expect(fragt.page.getByText(PLAST.phone)).toHaveCount(0);
  // A new interest is possible after a decline: the form is offered again.
  await fragt.page.goto('/listings/li-regstrup-plast-6');
  await expect(fragt.page.getByText('Virksomheden takkede nej sidst.', { exact: false })).toBeVisible();
  await expect(fragt.page.getByRole('button', { name: 'Vis interesse' })).toBeVisible();

  await fragt.context.close();
  await plast.context.close();
});

test('a facilitator proposes an introduction; both firms see it and accept it', async ({ browser }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const message = `Jeg tror, I to bør tale sammen om fælles transport af stål. (${token})`;
  const fac = await signedInPage(browser, DEMO.facilitator, '/facilitator');
  await fac.page.getByRole('link', { name: 'Introduktioner og statistik' }).click();
  await fac.page.waitForURL('**/facilitator/introductions');
  await expect(fac.page.getByRole('heading', { level: 1 })).toHaveText('Introduktioner');

  const first = fac.page.getByRole('group', { name: 'Første virksomhed' });
  const second = fac.page.getByRole('group', { name: 'Anden virksomhed' });
  await first.getByLabel('Virksomhed').selectOption(SMED.ref);
  await first.getByLabel('Opslag (valgfrit)').selectOption('li-regstrup-smedje-4');
  await second.getByLabel('Virksomhed').selectOption(FRAGT.ref);
  await fac.page.getByLabel('Besked til begge').fill(message);
  await fac.page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(fac.page.getByText('Forslaget er sendt til begge virksomheder.')).toBeVisible();
  await fac.page.reload();
  const listed = fac.page
    .getByRole('region', { name: /Forslag i netværket/ })
    .getByRole('article')
    .filter({ hasText: message });
  await expect(listed).toContainText('Afventer svar');
  await expect(fac.page.getByRole('region', { name: /Statistik for/ })).toContainText('Henvendelser i alt');
  await screens(fac.page, 'introductions-facilitator');

  for (const [email, other] of [
    [DEMO.smed, FRAGT],
    [DEMO.vognmand, SMED],
  ] as const) {
    const firm = await signedInPage(browser, email, '/introductions');
    const card = firm.page
      .getByRole('region', { name: /Forslag fra facilitatoren/ })
      .getByRole('article')
      .filter({ hasText: message });
    await expect(card).toContainText(`foreslår, at I taler med ${other.name}`);
    await card.getByRole('button', { name: `Accepter henvendelsen fra ${other.name} og del kontaktoplysninger` }).click();
    await expect(firm.page.getByRole('status').filter({ hasText: /Tak for jeres ja|Accepteret/ })).toBeVisible();
    await firm.context.close();
  }

  // Both said yes: each sees the other's details.
  const smed = await signedInPage(browser, DEMO.smed, '/introductions');
  const card = smed.page
    .getByRole('region', { name: /Forbundne/ })
    .getByRole('article')
    .filter({ hasText: message });
  await expect(card.getByRole('link', { name: FRAGT.email })).toBeVisible();
  await smed.context.close();
  await fac.page.reload();
  await expect(
    fac.page
      .getByRole('region', { name: /Forslag i netværket/ })
      .getByRole('article')
      .filter({ hasText: message }),
  ).toContainText('Accepteret');
  await fac.context.close();
});

test('a facilitator proposes an introduction from a match on a theme board, both firms filled in', async ({ browser }) => {
  test.setTimeout(120_000);
  const fac = await signedInPage(browser, DEMO.facilitator);
  // The first demo theme whose board has a match.
  const propose = fac.page.getByRole('link', { name: /^Foreslå en introduktion: / }).first();
  let board = '';
  for (const ref of ['eksport-tyskland', 'faelles-indkoeb', 'groen-omstilling']) {
    await fac.page.goto(`/themes/${ref}`);
    board = ref;
    if (await propose.count()) break;
  }
  await expect(propose).toBeVisible();

  // A member firm's user sees the board's matches, without the facilitator's link.
  const smed = await signedInPage(browser, DEMO.smed, `/themes/${board}`);
  await expect(
    smed.page
      .getByRole('region', { name: /Match mellem tilbud og behov/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await expect(smed.page.getByRole('link', { name: /^Foreslå en introduktion/ })).toHaveCount(0);
  await smed.context.close();

  const card = fac.page.getByRole('listitem').filter({ has: propose });
  const titles = await card.getByRole('link').filter({ hasNotText: 'Foreslå en introduktion' }).allTextContents();
  await screens(fac.page, 'theme-board-propose');
  await propose.click();
  await fac.page.waitForURL('**/facilitator/introductions?**');

  const first = fac.page.getByRole('group', { name: 'Første virksomhed' });
  const second = fac.page.getByRole('group', { name: 'Anden virksomhed' });
  // Both firms and both listings of the match are chosen already.
  for (const [group, title] of [
    [first, titles[0]!],
    [second, titles[1]!],
  ] as const) {
    await expect(group.getByLabel('Virksomhed')).not.toHaveValue('');
    await expect(group.getByLabel('Opslag (valgfrit)').locator('option:checked')).toContainText(title);
  }
  const message = `I har et match på temaet – tag en snak. (${uniqueToken()})`;
  await fac.page.getByLabel('Besked til begge').fill(message);
  await fac.page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(fac.page.getByText('Forslaget er sendt til begge virksomheder.')).toBeVisible();
  await fac.page.reload();
  await expect(
    fac.page
      .getByRole('region', { name: /Forslag i netværket/ })
      .getByRole('article')
      .filter({ hasText: message }),
  ).toContainText('Afventer svar');
  await fac.context.close();
});
