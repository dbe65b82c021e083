// The facilitator's import (lib/dal/imports.ts): preview, confirmation, and that a facilitator can
// only ever write into their own network.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { companies, networkMemberships, networks } from '@/db/schema';
import { confirmImport, previewImport, verifyImportToken, type ImportUpload } from '@/lib/dal/imports';
import type { Viewer } from '@/lib/dal/viewer';
import { resetEnvCache } from '@/lib/env';
import { importExchange } from '@/lib/exchange/import';
import { setupTestDb } from './helpers/db';
import { rowCounts, smallFile } from './helpers/exchange';
import { addMembership, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

process.env.AUTH_SECRET ??= 'integration-test-secret-0123456789abcdef';
resetEnvCache();

const db = setupTestDb();
let facilitator: Viewer;
let otherFacilitator: Viewer;
let member: Viewer;

const json = (value: unknown, fileName = 'net.json'): Omit<ImportUpload, 'networkRef'> => ({
  fileName,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});

/** smallFile() moved into network `vest` (the facilitator's), without its own network record. */
function vestFile() {
  const { networks: _n, ...rest } = smallFile();
  return rest;
}

beforeAll(async () => {
  await makeNetwork(db(), { ref: 'vest', name: 'Industrivej Vest' });
  const other = await makeNetwork(db(), { ref: 'oest', name: 'Industrivej Øst' });
  const [vest] = await db().select().from(networks).where(eq(networks.ref, 'vest'));
  const f = await makeUser(db());
  await addMembership(db(), vest!.id, { userId: f.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), f.id);
  const g = await makeUser(db());
  await addMembership(db(), other.id, { userId: g.id, role: 'facilitator' });
  otherFacilitator = await viewerFor(db(), g.id);
  member = (await makeMemberFirm(db(), vest!.id, { registrationNumber: '11111114' })).viewer;
  // A firm of the other network, with a listing.
  const seeded = await importExchange(db(), {
    format: 'industrivej/v1',
    companies: [
      {
        ref: 'co-oest',
        name: 'Øst Metal ApS',
        country: 'DK',
        registrationNumber: '31806798',
        nace: ['25.62'],
        address: { postcode: '4000', city: 'Roskilde' },
        networks: ['oest'],
      },
    ],
    listings: [
      {
        ref: 'li-oest',
        company: 'co-oest',
        kind: 'offer',
        category: 'capacity',
        title: 'Laserskæring',
        description: '',
        visibility: 'network',
        status: 'open',
        language: 'da',
      },
    ],
  });
  expect(seeded.ok).toBe(true);
});

describe('facilitator import of an exchange file', () => {
  it('previews without writing, then imports on confirmation into the own network', async () => {
    const upload = { networkRef: 'vest', ...json(vestFile()) };
    const before = await rowCounts(db());
    const preview = await previewImport(facilitator, upload);
    expect(preview.issues).toEqual([]);
    expect(preview.summary?.companies).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(preview.summary?.listings.created).toBe(2);
    expect(preview.token).toBeTruthy();
    expect(await rowCounts(db())).toEqual(before);

    const done = await confirmImport(facilitator, upload, preview.token!);
    expect(done.ok && done.summary.companies.created).toBe(2);
    const [firm] = await db().select().from(companies).where(eq(companies.ref, 'co-17'));
    const [membership] = await db().select().from(networkMemberships).where(eq(networkMemberships.companyId, firm!.id));
    expect(membership).toMatchObject({ role: 'member', status: 'approved', decidedById: facilitator.userId });
  });

  it('refuses a confirmation whose file differs from the preview, or from another user', async () => {
    const upload = { networkRef: 'vest', ...json(vestFile()) };
    const preview = await previewImport(facilitator, upload);
    const changed = vestFile();
    changed.companies[0]!.name = 'Sneaky ApS';
    await expect(confirmImport(facilitator, { networkRef: 'vest', ...json(changed) }, preview.token!)).rejects.toMatchObject({ code: 'conflict' });
    expect(verifyImportToken(otherFacilitator, upload, preview.token!)).toBe(false);
    expect(verifyImportToken(facilitator, upload, preview.token!, Date.now() + 31 * 60_000)).toBe(false);
    expect(verifyImportToken(facilitator, upload, preview.token!)).toBe(true);
  });

  it.each([
    ['names another network', (f: ReturnType<typeof vestFile>) => ((f.companies[0]!.networks = ['oest']), f), 'companies[0].networks[0]'],
    [
      'brings its own other network',
      (f: ReturnType<typeof vestFile>) => ({ ...f, networks: smallFile().networks.map((n) => ({ ...n, ref: 'oest' })) }),
      'networks[0].ref',
    ],
    [
      'updates a firm of another network',
      (f: ReturnType<typeof vestFile>) => ((f.companies[1]!.ref = 'co-oest'), (f.listings[1]!.company = 'co-oest'), f),
      'companies[1].ref',
    ],
    ['adds a listing to a firm of another network', (f: ReturnType<typeof vestFile>) => ((f.listings[1]!.company = 'co-oest'), f), 'listings[1].company'],
    ['takes over a listing of another network', (f: ReturnType<typeof vestFile>) => ((f.listings[1]!.ref = 'li-oest'), f), 'listings[1].ref'],
    ['puts a theme into another network', (f: ReturnType<typeof vestFile>) => ((f.themes[0]!.network = 'oest'), f), 'themes[0].network'],
  ])('rejects a file that %s, writing nothing', async (_name, spoil, path) => {
    const before = await rowCounts(db());
    const preview = await previewImport(facilitator, { networkRef: 'vest', ...json(spoil(vestFile())) });
    expect(preview.token).toBeNull();
    expect(preview.issues.map((i) => (i.kind === 'path' ? i.path : ''))).toContain(path);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('gives not_found to anyone but the network’s facilitators', async () => {
    const upload = { networkRef: 'vest', ...json(vestFile()) };
    await expect(previewImport(member, upload)).rejects.toMatchObject({ code: 'not_found' });
    await expect(previewImport(otherFacilitator, upload)).rejects.toMatchObject({ code: 'not_found' });
    await expect(confirmImport(otherFacilitator, upload, 'x.y')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reports JSON syntax errors, a too large file and a JSON file in the wrong encoding', async () => {
    const bad = await previewImport(facilitator, {
      networkRef: 'vest',
      fileName: 'x.json',
      bytes: new TextEncoder().encode('{"format": "industrivej/v1",\n "companies": [}'),
    });
    expect(bad.issues[0]).toMatchObject({ kind: 'path', message: expect.stringMatching(/line 2, column 16/) as unknown });
    const big = await previewImport(facilitator, { networkRef: 'vest', fileName: 'x.json', bytes: new Uint8Array(11 * 1024 * 1024) });
    expect(big.issues).toEqual([{ kind: 'file', key: 'tooLarge', values: { max: '10' } }]);
    const latin = await previewImport(facilitator, {
      networkRef: 'vest',
      fileName: 'x.json',
      bytes: Uint8Array.from([0x7b, 0x22, 0xe6, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect(latin.issues).toEqual([{ kind: 'file', key: 'jsonEncoding' }]);
  });
});

const win1252 = (text: string) => Uint8Array.from([...text].map((ch) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 })[ch] ?? ch.charCodeAt(0)));

describe('facilitator import of a CSV of firms', () => {
  const csv = [
    'Navn;CVR;Branchekode;Adresse;Postnr;By;E-mail;Telefon',
    'Tølløse Træ ApS;DK 29 40 30 58;162300;Møllevej 2;4340;Tølløse;kontor@tolloese-trae.dk;59 18 12 34',
    'Jyderup Stål A/S;26451795;25.11, 25.62;Industrivej 8;4450;;;',
  ].join('\r\n');

  it('detects the columns, decodes Windows-1252, and imports the firms as approved members', async () => {
    const upload: ImportUpload = { networkRef: 'vest', fileName: 'medlemmer.csv', bytes: win1252(csv) };
    const before = await rowCounts(db());
    const preview = await previewImport(facilitator, upload);
    expect(preview.issues).toEqual([]);
    expect(preview.csv).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 2,
      mapping: { name: 0, registrationNumber: 1, nace: 2, street: 3, postcode: 4, city: 5, email: 6, phone: 7 },
    });
    expect(preview.summary?.companies).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await rowCounts(db())).toEqual(before);

    const done = await confirmImport(facilitator, { ...upload, mapping: preview.csv!.mapping }, preview.token!);
    expect(done.ok).toBe(true);
    const [trae] = await db().select().from(companies).where(eq(companies.registrationNumber, '29403058'));
    expect(trae).toMatchObject({
      name: 'Tølløse Træ ApS',
      nace: ['16.23'],
      street: 'Møllevej 2',
      city: 'Tølløse',
      email: 'kontor@tolloese-trae.dk',
      phone: '59 18 12 34',
    });
    const [staal] = await db().select().from(companies).where(eq(companies.registrationNumber, '26451795'));
    expect(staal).toMatchObject({ nace: ['25.11', '25.62'], city: 'Jyderup' });
    const memberships = await db().select().from(networkMemberships).where(eq(networkMemberships.companyId, staal!.id));
    expect(memberships).toMatchObject([{ status: 'approved', role: 'member' }]);

    // The same spreadsheet again (as UTF-8 with a BOM this time) updates nothing and adds nothing.
    const again = await previewImport(facilitator, { networkRef: 'vest', fileName: 'medlemmer.csv', bytes: new TextEncoder().encode(`\uFEFF${csv}`) });
    expect(again.csv?.encoding).toBe('utf-8');
    expect(again.summary?.companies).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('uses a mapping chosen in the preview', async () => {
    const text = 'Firma,Nummer,Kode,Område\nSorø Smed ApS,20512733,2562,4180\n';
    const upload: ImportUpload = { networkRef: 'vest', fileName: 'x.csv', bytes: new TextEncoder().encode(text) };
    const auto = await previewImport(facilitator, upload);
    expect(auto.issues).toEqual([
      { kind: 'row', line: 0, field: 'registrationNumber', key: 'unmapped' },
      { kind: 'row', line: 0, field: 'nace', key: 'unmapped' },
      { kind: 'row', line: 0, field: 'postcode', key: 'unmapped' },
    ]);
    const mapped = await previewImport(facilitator, { ...upload, mapping: { name: 0, registrationNumber: 1, nace: 2, postcode: 3 } });
    expect(mapped.issues).toEqual([]);
    expect(mapped.summary?.companies.created).toBe(1);
  });

  it('rejects rows with errors, and firms of another network, writing nothing', async () => {
    const before = await rowCounts(db());
    const text = [
      'Navn;CVR;Branchekode;Postnr',
      'Fejl ApS;12345675;256200;4420',
      'Øst Metal ApS;31806798;256200;4000',
      'Ukendt ApS;24256790;999999;4420',
      'Ny ApS;20512733;256200;0999',
    ].join('\n');
    const preview = await previewImport(facilitator, { networkRef: 'vest', fileName: 'x.csv', bytes: new TextEncoder().encode(text) });
    expect(preview.token).toBeNull();
    expect(preview.issues).toEqual([
      { kind: 'row', line: 2, field: 'registrationNumber', key: 'cvr' },
      { kind: 'row', line: 3, field: 'registrationNumber', key: 'otherNetwork' },
      { kind: 'row', line: 4, field: 'nace', key: 'nace', values: { code: '999999' } },
      { kind: 'row', line: 5, field: 'postcode', key: 'postcode', values: { code: '0999' } },
    ]);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('refuses a CSV in the wrong encoding', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Navn;CVR\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const preview = await previewImport(facilitator, { networkRef: 'vest', fileName: 'x.csv', bytes: utf16 });
    expect(preview.issues).toEqual([{ kind: 'file', key: 'encoding' }]);
  });
});
