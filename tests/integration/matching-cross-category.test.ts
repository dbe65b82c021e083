// Category is a prior, not a wall (issue 13): a partner filed under a category nobody listed as
// compatible with the need's is found through the text candidate source when the texts fit, on
// PGlite and PostgreSQL, and the hard rules hold for that source too.
import { beforeAll, describe, expect, it } from 'vitest';
import { selectMatchCandidates, selectMatchSource } from '@/db/queries/matching';
import { listings } from '@/db/schema';
import { importExchange } from '@/lib/exchange/import';
import { candidateParams, matchListing } from '@/lib/matching/engine';
import { walkCompatible } from '@/lib/matching/pair-rules';
import { setupTestDb } from './helpers/db';

const db = setupTestDb();
const ids = new Map<string, string>();
const now = new Date();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const company = (ref: string, name: string, nace: string, postcode: string, city: string, networks = ['vest']) => ({
  ref,
  name,
  country: 'DK',
  nace: [nace],
  employees: 5,
  address: { postcode, city },
  networks,
});
const listing = (
  ref: string,
  company: string,
  kind: 'offer' | 'need',
  category: string,
  title: string,
  description: string,
  more: Record<string, unknown> = {},
) => ({
  ref,
  company,
  kind,
  category,
  title,
  description,
  visibility: 'network',
  status: 'open',
  language: 'en',
  availableFrom: day(0),
  availableUntil: day(90),
  ...more,
});
const seats = [
  'Spare seats in our van to Elmia Subcontractor',
  'Driving to Jönköping for Elmia with a 9-seater and a trailer; three seats and half the trailer free.',
] as const;

beforeAll(async () => {
  const file = {
    format: 'industrivej/v1',
    networks: [{ ref: 'vest', name: 'Industrivej Vest', country: 'DK', locale: 'da', center: { lat: 55.68, lng: 11.6 }, radiusKm: 25 }],
    companies: [
      company('co-maker', 'Regstrup Maskiner ApS', '28.29', '4420', 'Regstrup'),
      company('co-cnc', 'Holbæk CNC ApS', '25.62', '4300', 'Holbæk'),
      company('co-other', 'Jyderup Værktøj ApS', '25.73', '4450', 'Jyderup'),
      company('co-far', 'Aalborg Værktøj ApS', '25.73', '9000', 'Aalborg'),
      company('co-taxi', 'Holbæk Taxa ApS', '49.32', '4300', 'Holbæk'),
    ],
    listings: [
      // The need is filed under logistics; its answer under collaboration (not a listed pair).
      listing(
        'li-need',
        'co-maker',
        'need',
        'logistics',
        'Getting two people and our stand to Elmia',
        'We exhibit at Elmia Subcontractor in Jönköping and need a lift for two staff and the display walls.',
      ),
      listing('li-seats', 'co-cnc', 'offer', 'collaboration', ...seats),
      // The same offer where the need's firm may not have it.
      listing('li-seats-closed', 'co-other', 'offer', 'collaboration', ...seats, { status: 'closed' }),
      listing('li-seats-facilitators', 'co-other', 'offer', 'collaboration', ...seats, { visibility: 'facilitators' }),
      listing('li-seats-own', 'co-maker', 'offer', 'collaboration', ...seats),
      listing('li-seats-far', 'co-far', 'offer', 'collaboration', ...seats),
      // Nearby and of a walked category, but about something else.
      listing('li-taxi', 'co-taxi', 'offer', 'logistics', 'Taxi and airport transfers', 'Cars for 4 and 8 passengers, day and night.'),
      // The same thing in other words: "stitched … embroidered" against "embroidery" (stems differ),
      // a Finnish "kylmätila" against a "kylmävarasto"; each under a category nobody listed.
      listing(
        'li-stitch',
        'co-maker',
        'need',
        'materials',
        'Logos stitched on 300 work jackets',
        'New workwear arrived without the logo. We need the company logo embroidered on the chest.',
      ),
      listing(
        'li-embroidery',
        'co-other',
        'offer',
        'equipment',
        'Six-head embroidery machine, spare days',
        'Our Tajima runs three days a week. We take embroidery jobs the other days, digitising included.',
      ),
      listing(
        'li-cold-need',
        'co-cnc',
        'need',
        'capacity',
        'Makkaroille kylmätilaa joulun alle',
        'Jouluna tuotanto tuplaantuu emmekä mahdu omaan kylmiöön. Noin 20 lavaa, kuusi viikkoa.',
        { language: 'fi' },
      ),
      listing(
        'li-cold-offer',
        'co-taxi',
        'offer',
        'logistics',
        'Kylmävarastossa lavapaikkoja',
        'Terminaalin kylmävarastossa 40 lavapaikkaa vapaana, lämpötila 0…+4.',
        { language: 'fi' },
      ),
    ],
  };
  const result = await importExchange(db(), file);
  expect(result.ok).toBe(true);
  for (const row of await db().select({ id: listings.id, ref: listings.ref }).from(listings)) ids.set(row.ref, row.id);
});

describe('text candidate source', () => {
  it('the categories are not a listed pair: the distance walk alone does not find the partner', async () => {
    expect(walkCompatible('logistics', 'collaboration')).toBe(false);
    const source = (await selectMatchSource(db(), ids.get('li-need')!))!;
    const walked = await selectMatchCandidates(db(), { ...candidateParams(source, now), text: undefined });
    expect(walked.map((l) => l.ref)).not.toContain('li-seats');
  });

  it('finds the partner filed under another category through the text source and ranks it first', async () => {
    const source = (await selectMatchSource(db(), ids.get('li-need')!))!;
    const candidates = await selectMatchCandidates(db(), candidateParams(source, now));
    expect(candidates.find((l) => l.ref === 'li-seats')?.via).toBe('text');
    const run = (await matchListing(db(), ids.get('li-need')!, { now, top: 5 }))!;
    expect(run.result.matches[0]?.listing.ref).toBe('li-seats');
  });

  it('keeps the hard rules: never a closed, facilitators-only, own or far-away listing', async () => {
    const source = (await selectMatchSource(db(), ids.get('li-need')!))!;
    const found = (await selectMatchCandidates(db(), candidateParams(source, now))).map((l) => l.ref);
    for (const ref of ['li-seats-closed', 'li-seats-facilitators', 'li-seats-own', 'li-seats-far']) expect(found).not.toContain(ref);
  });
});

describe('text candidate terms in the source’s language (issue 13)', () => {
  it.each([
    ['li-stitch', 'li-embroidery', 'embroidery'],
    ['li-cold-need', 'li-cold-offer', 'kylmävarasto'],
  ])('%s finds %s, filed under an unlisted category, through the concept term "%s"', async (need, offer, term) => {
    const source = (await selectMatchSource(db(), ids.get(need)!))!;
    const params = candidateParams(source, now);
    expect(walkCompatible(source.category, offer === 'li-embroidery' ? 'equipment' : 'logistics')).toBe(false);
    expect(params.text.words).toContain(term);
    const candidates = await selectMatchCandidates(db(), params);
    expect(candidates.find((l) => l.ref === offer)?.via).toBe('text');
    // Without the concept terms the source's own words do not reach it.
    const ownWords = await selectMatchCandidates(db(), {
      ...params,
      text: { ...params.text, words: params.text.words.filter((w) => w !== term && !/embroider|kylm/.test(w)) },
    });
    expect(ownWords.map((l) => l.ref)).not.toContain(offer);
  });
});
