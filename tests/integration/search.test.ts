import { beforeAll, describe, expect, it } from 'vitest';
import { listDirectory } from '@/lib/dal/company-directory';
import { browseListings } from '@/lib/dal/listings';
import type { Viewer } from '@/lib/dal/viewer';
import { segmentsToHtml } from '@/lib/search/highlight';
import { directoryFiltersSchema } from '@/lib/validations/companies';
import { parseBrowseParams } from '@/lib/validations/listings';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

let member: Viewer;
let otherMember: Viewer;
let facilitator: Viewer;

async function search(q: string, v: Viewer | null = member, extra: Record<string, string> = {}) {
  return browseListings(v, parseBrowseParams({ q, ...extra }));
}
const titles = async (q: string, v: Viewer | null = member) => (await search(q, v)).items.map((i) => i.title);

beforeAll(async () => {
  const net = await makeNetwork(db());
  const plast = await makeMemberFirm(db(), net.id, { name: 'Regstrup Plast ApS', description: 'Sprøjtestøbning af plastemner i små serier.' });
  const smed = await makeMemberFirm(db(), net.id, { name: 'Holbæk Smedie', description: 'Svejsning og pladearbejde.' });
  const kuljetus = await makeMemberFirm(db(), net.id, { name: 'Tampereen Kuljetus Oy', country: 'FI', postcode: '33100', city: 'Tampere' });
  member = plast.viewer;
  otherMember = smed.viewer;
  const fac = await makeUser(db());
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), fac.id);

  await makeListing(db(), plast.company.id, {
    title: 'Ledig kapacitet på sprøjtestøbemaskine',
    description: 'Vi har ledig kapacitet til sprøjtestøbte plastemner, 50–5000 stk.',
    visibility: 'public',
  });
  await makeListing(db(), smed.company.id, {
    title: 'Svejsning af stålrammer',
    description: 'MIG/MAG-svejsning og TIG-svejsning af stålrammer og konsoller. Svejsning efter tegning.',
    visibility: 'public',
  });
  await makeListing(db(), plast.company.id, {
    kind: 'need',
    title: 'Søger hjælp til reparation',
    description: 'En bøjet ramme skal rettes; der kan være lidt svejsning.',
    visibility: 'network',
  });
  await makeListing(db(), kuljetus.company.id, {
    title: 'Kuljetukset Tampereelta Helsinkiin',
    description: 'Päivittäiset kuljetukset, tilaa kolmelle lavalle.',
    language: 'fi',
    visibility: 'public',
  });
  await makeListing(db(), smed.company.id, { title: 'Pulverlakering af emner', description: 'Vi tilbyder pulverlakering i RAL-farver.', visibility: 'public' });
  await makeListing(db(), smed.company.id, {
    title: 'Fortrolig: sælger søges til pulverlakering',
    description: 'Kun for facilitatorer.',
    visibility: 'facilitators',
  });
  // Written straight to the database (the form rejects HTML; an import or old data might not).
  await makeListing(db(), plast.company.id, {
    title: 'Restmaterialer <b>gratis</b>',
    description: '<script>alert(1)</script> Granulat i plastsække, afhentes.',
    visibility: 'public',
  });
});

describe('full-text search over listings', () => {
  it('finds a compound word from a part of it: "plastik" → "sprøjtestøbte plastemner"', async () => {
    expect(await titles('plastik')).toContain('Ledig kapacitet på sprøjtestøbemaskine');
  });

  it('stems Danish: "svejser" finds "svejsning"', async () => {
    expect(await titles('svejser')).toContain('Svejsning af stålrammer');
  });

  it('finds a Finnish listing: "kuljetus" → "kuljetukset"', async () => {
    expect(await titles('kuljetus')).toEqual(['Kuljetukset Tampereelta Helsinkiin']);
  });

  it('tolerates a typo: "pulverlakkering" finds "pulverlakering"', async () => {
    expect(await titles('pulverlakkering')).toContain('Pulverlakering af emner');
  });

  it('tolerates missing accents: "sprojtestobte" finds "sprøjtestøbte"', async () => {
    expect(await titles('sprojtestobte')).toContain('Ledig kapacitet på sprøjtestøbemaskine');
  });

  it('requires every word: "svejsning stålrammer" does not return the repair job', async () => {
    expect(await titles('svejsning stålrammer')).toEqual(['Svejsning af stålrammer']);
    expect(await titles('nothing matches this')).toEqual([]);
  });

  it('ranks the better match first', async () => {
    const r = await titles('svejsning');
    // The listings that say it themselves first; then one whose firm does ("Svejsning og
    // pladearbejde" in Holbæk Smedie's description).
    expect(r).toEqual(['Svejsning af stålrammer', 'Søger hjælp til reparation', 'Pulverlakering af emner']);
  });

  it('still enforces visibility: a facilitators-only listing never appears for another member', async () => {
    expect(await titles('pulverlakering', otherMember)).toContain('Fortrolig: sælger søges til pulverlakering'); // own firm
    expect(await titles('pulverlakering', member)).toEqual(['Pulverlakering af emner']);
    expect(await titles('pulverlakering', null)).toEqual(['Pulverlakering af emner']);
    expect(await titles('sælger', member)).toEqual([]);
    expect(await titles('sælger pulverlakering', facilitator)).toEqual(['Fortrolig: sælger søges til pulverlakering']);
    expect(await titles('reparation', null)).toEqual([]);
  });

  it('highlights matches in the title and a snippet, and escapes HTML in the text', async () => {
    const [hit] = (await search('plastsække')).items;
    expect(hit?.highlight?.snippet.some((s) => s.hit && s.text === 'plastsække')).toBe(true);
    const html = segmentsToHtml(hit!.highlight!.snippet);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<mark>plastsække</mark>');
    expect(html).not.toContain('<script>');
    expect(segmentsToHtml(hit!.highlight!.title)).toBe('Restmaterialer &lt;b&gt;gratis&lt;/b&gt;');

    const [weld] = (await search('svejser')).items;
    expect(weld?.highlight?.title).toEqual([
      { text: 'Svejsning', hit: true },
      { text: ' af stålrammer', hit: false },
    ]);
  });

  it('combines text with the other filters and with distance', async () => {
    expect((await search('svejsning', member, { kind: 'need' })).items.map((i) => i.title)).toEqual(['Søger hjælp til reparation']);
    const near = await search('svejsning', member, { near: '4420', km: '5' });
    expect(near.originSource).toBe('point');
    expect(near.items.map((i) => i.title)).toHaveLength(3);
    expect((await search('svejsning', member, { near: '9990', km: '5' })).items).toEqual([]);
  });
});

describe('company directory search', () => {
  const names = async (q: string, v: Viewer | null = null) =>
    (await listDirectory(v, directoryFiltersSchema.parse({ q, network: 'all' }))).items.map((c) => c.name);

  it('finds firms by stem, compound part and typo in their name and description', async () => {
    expect(await names('plastik')).toContain('Regstrup Plast ApS');
    expect(await names('svejser')).toEqual(['Holbæk Smedie']);
    expect(await names('smedje')).toEqual(['Holbæk Smedie']);
    expect(await names('tampere')).toEqual(['Tampereen Kuljetus Oy']);
  });
});
