import { beforeAll, describe, expect, it } from 'vitest';
import { introductions, matches, meetings, outcomes, type Company, type Listing } from '@/db/schema';
import { getAreaOverview, listAreaNetworks, type AreaOverviewDto } from '@/lib/dal/municipality';
import { canSeeAreaFigures } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/dal/viewer';
import { AppError } from '@/lib/errors';
import { toCsv, type CsvLabels } from '@/lib/municipality/csv';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

// "Now" for every call: mid-June 2025, Copenhagen time.
const NOW = new Date('2025-06-15T10:00:00Z');
const at = (iso: string) => new Date(iso);

interface World {
  x: { id: string; ref: string };
  kommune: Viewer;
  kommuneY: Viewer;
  facilitator: Viewer;
  admin: Viewer;
  member: Viewer;
  outsider: Viewer;
  firms: Company[];
  all: Listing[];
  secrets: string[];
}

let w: World;

async function world(): Promise<World> {
  const x = await makeNetwork(db(), { name: 'Industrivej Testområde' });
  const y = await makeNetwork(db(), { name: 'Et andet netværk' });
  const kommuneUser = await makeUser(db(), { name: 'Kommunal Konsulent' });
  await addMembership(db(), x.id, { userId: kommuneUser.id, role: 'municipality' });
  const kommuneYUser = await makeUser(db());
  await addMembership(db(), y.id, { userId: kommuneYUser.id, role: 'municipality' });
  const facUser = await makeUser(db());
  await addMembership(db(), x.id, { userId: facUser.id, role: 'facilitator' });
  const adminUser = await makeUser(db(), { isPlatformAdmin: true });
  const outsiderUser = await makeUser(db());

  // Regstrup (4420): 4 firms; Holbæk (4300): 3 firms; Kalundborg (4400): 1 firm, 30 km away.
  const places = [
    ...Array.from({ length: 4 }, () => ({ postcode: '4420', city: 'Regstrup', lat: 55.6649, lng: 11.6177 })),
    ...Array.from({ length: 3 }, () => ({ postcode: '4300', city: 'Holbæk', lat: 55.7194, lng: 11.7101 })),
    { postcode: '4400', city: 'Kalundborg', lat: 55.6887, lng: 11.0877 },
  ];
  const firms: Company[] = [];
  let member: Viewer | undefined;
  for (const [i, p] of places.entries()) {
    const made = await makeMemberFirm(db(), x.id, { name: `Hemmelig Virksomhed ${i} ApS`, ref: `co-hemmelig-${i}`, nace: [i % 2 ? '25.62' : '49.41'], ...p });
    firms.push(made.company);
    member ??= made.viewer;
  }
  const all: Listing[] = [];
  const add = async (f: number, over: Parameters<typeof makeListing>[2]) => {
    const l = await makeListing(db(), firms[f]!.id, {
      title: `Fortrolig titel ${all.length}`,
      ref: `li-hemmelig-${all.length}`,
      description: `Fortrolig beskrivelse ${all.length}`,
      createdAt: at('2025-05-10T12:00:00Z'),
      ...over,
    });
    all.push(l);
    return l;
  };
  // Offers of capacity from every firm (one of them confidential), needs of staff from Regstrup.
  for (let f = 0; f < 8; f++) await add(f, { kind: 'offer', category: 'capacity', visibility: f === 0 ? 'facilitators' : f === 1 ? 'public' : 'network' });
  for (let f = 0; f < 3; f++) await add(f, { kind: 'need', category: 'staff' });
  // One firm alone needs premises (three times): must never show as its own count.
  for (let i = 0; i < 3; i++) await add(3, { kind: 'need', category: 'premises' });
  // Not counted as open: paused, closed, expired.
  await add(5, { kind: 'offer', category: 'logistics', status: 'paused' });
  await add(5, { kind: 'offer', category: 'logistics', status: 'closed' });
  await add(6, { kind: 'offer', category: 'logistics', expiresAt: at('2025-06-01T00:00:00Z') });
  // Older activity: created a year and a half ago (outside the last 12 months).
  await add(7, { kind: 'offer', category: 'materials', status: 'closed', createdAt: at('2024-01-20T12:00:00Z') });

  // A firm that only asked to join: neither its firm nor its listings count.
  const applicant = await makeCompany(db(), { name: 'Ansøger Uden Medlemskab ApS', postcode: '4420' });
  await addMembership(db(), x.id, { companyId: applicant.id }, 'pending');
  const foreign = await makeListing(db(), applicant.id, { title: 'Ikke-medlemmets opslag', kind: 'need', category: 'capacity' });

  // Matches: one pair stored both ways and again in a pooling group → 1; another pair → 1; a pair
  // with the applicant's listing → not counted. Created in March and May 2025.
  const m = (a: Listing, b: Listing, type: 'pair' | 'pooling', createdAt: string) =>
    db()
      .insert(matches)
      .values({ listingId: a.id, otherListingId: b.id, type, score: 0.8, createdAt: at(createdAt) });
  await m(all[0]!, all[8]!, 'pair', '2025-03-02T09:00:00Z');
  await m(all[8]!, all[0]!, 'pair', '2025-05-02T09:00:00Z');
  await m(all[0]!, all[8]!, 'pooling', '2025-05-03T09:00:00Z');
  await m(all[1]!, all[9]!, 'pair', '2025-05-04T09:00:00Z');
  await m(all[2]!, foreign, 'pair', '2025-05-05T09:00:00Z');

  // Introductions: accepted (counted, in the month of the answer), pending and declined (not).
  const intro = (status: 'accepted' | 'pending' | 'declined', respondedAt: string | null) =>
    db()
      .insert(introductions)
      .values({
        kind: 'interest',
        networkId: x.id,
        fromCompanyId: firms[0]!.id,
        toCompanyId: firms[4]!.id,
        status,
        message: 'Hemmelig besked til Hemmelig Virksomhed 4',
        respondedAt: respondedAt ? at(respondedAt) : null,
      });
  await intro('accepted', '2025-04-30T23:30:00Z'); // already May in Copenhagen
  await intro('accepted', '2025-06-01T08:00:00Z');
  await intro('pending', null);
  await intro('declined', '2025-06-02T08:00:00Z');

  await db()
    .insert(outcomes)
    .values([
      { networkId: x.id, kind: 'shared_hire', summary: 'Hemmelig Virksomhed 0 og 4 deler en medarbejder', occurredOn: '2025-05-20' },
      { networkId: x.id, kind: 'deal', summary: 'Aftale mellem Hemmelig Virksomhed 1 og 5', occurredOn: '2025-06-03' },
      { networkId: x.id, kind: 'deal', summary: 'Gammel aftale', occurredOn: '2023-11-03' },
      { networkId: y.id, kind: 'deal', summary: 'Andet netværk' },
    ]);
  await db()
    .insert(meetings)
    .values([
      { networkId: x.id, startsAt: at('2025-05-14T15:00:00Z'), title: 'Møde hos Hemmelig Virksomhed 2' },
      { networkId: x.id, startsAt: at('2025-06-28T15:00:00Z'), title: 'Kommende møde' },
    ]);

  return {
    x,
    kommune: await viewerFor(db(), kommuneUser.id),
    kommuneY: await viewerFor(db(), kommuneYUser.id),
    facilitator: await viewerFor(db(), facUser.id),
    admin: await viewerFor(db(), adminUser.id),
    member: member!,
    outsider: await viewerFor(db(), outsiderUser.id),
    firms,
    all,
    secrets: [
      ...firms.flatMap((f) => [f.name, f.ref, f.id]),
      ...all.flatMap((l) => [l.title, l.ref, l.description, l.id]),
      applicant.name,
      foreign.title,
      'Hemmelig',
      'Fortrolig',
      'Kommunal Konsulent',
    ],
  };
}

beforeAll(async () => {
  w = await world();
});

const overview = (viewer: Viewer | null, period: '12m' | 'year' | 'all' = '12m', networkRef?: string) =>
  getAreaOverview(viewer, { networkRef: networkRef ?? w.x.ref, period, now: NOW });

async function expectNotFound(p: Promise<unknown>) {
  await expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'not_found');
}

describe('municipality view: who may see it', () => {
  it('lets the network’s municipality staff, its facilitators and admins in', async () => {
    expect((await overview(w.kommune)).network.ref).toBe(w.x.ref);
    expect((await overview(w.facilitator)).network.ref).toBe(w.x.ref);
    expect((await overview(w.admin)).network.ref).toBe(w.x.ref);
    expect(canSeeAreaFigures(w.kommune, w.x.id)).toBe(true);
    expect(await listAreaNetworks(w.kommune)).toEqual([{ ref: w.x.ref, name: 'Industrivej Testområde' }]);
    expect((await listAreaNetworks(w.admin)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps member firms, strangers and another network’s municipality out (not found)', async () => {
    await expectNotFound(overview(w.member));
    await expectNotFound(overview(w.outsider));
    await expectNotFound(overview(w.kommuneY));
    await expectNotFound(overview(w.kommune, '12m', 'no-such-network'));
    expect(await listAreaNetworks(w.member)).toEqual([]);
    expect(canSeeAreaFigures(w.member, w.x.id)).toBe(false);
    await expect(overview(null)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'unauthorized');
  });
});

describe('municipality view: what it shows', () => {
  let dto: AreaOverviewDto;
  beforeAll(async () => {
    dto = await overview(w.kommune);
  });

  it('carries no firm name, ref or id, no listing text and no message or outcome summary', () => {
    const json = JSON.stringify(dto);
    for (const secret of w.secrets) expect(json, secret).not.toContain(secret);
  });

  it('counts member firms and every open listing whatever its visibility', () => {
    expect(dto.area.memberFirms).toBe(8);
    expect(dto.area.activeFirms).toBe(8);
    // 8 capacity offers (one facilitators-only, one public, six network-only); not the paused,
    // closed or expired ones, not the applicant's.
    expect(dto.area.kinds.offer?.total).toBe(8);
    expect(dto.area.kinds.offer?.categories.values.capacity).toBe(8);
    expect(dto.area.kinds.need?.total).toBe(6);
  });

  it('shows postcode areas of 3+ firms at the postcode’s point and merges the lone firm', () => {
    const places = dto.area.cells.map((c) => c.places.map((p) => p.postcode));
    // Kalundborg's single firm is never an area of its own: it joins the nearest area.
    expect(places).toEqual([['4420', '4400'], ['4300']]);
    expect(dto.area.cells.map((c) => c.firms)).toEqual([5, 3]);
    expect(dto.area.rest).toBeNull();
    const firmsShown = [...dto.area.cells, ...(dto.area.rest ? [dto.area.rest] : [])].reduce((s, c) => s + c.firms, 0);
    expect(firmsShown).toBe(8);
    // Points are the postcode's, not the firm's own coordinates.
    const regstrup = dto.area.cells.find((c) => c.places[0]?.postcode === '4420')!;
    expect(regstrup.lat).not.toBe(55.6649);
    expect(regstrup.places[0]!.name).toBe('Regstrup');
  });

  it('withholds a count backed by one firm, however many listings it has', () => {
    expect(dto.area.kinds.need?.categories.values.premises).toBeNull();
    expect(dto.area.cells[0]!.categories.need?.values.premises).toBeNull();
    expect(dto.area.cells[1]!.categories.need?.values.premises).toBe(0);
    // …and the needs total minus the shown categories is not that firm's count alone.
    expect(dto.area.kinds.need?.categories.values.staff).toBeNull();
    expect(dto.area.kinds.need?.categories.other).toBe(6);
  });

  it('counts activity per month: listings, each match pair once, accepted introductions, results, meetings', () => {
    const month = (m: string) => dto.activity.find((a) => a.month === m)!;
    expect(dto.from).toBe('2024-07');
    expect(dto.to).toBe('2025-06');
    expect(dto.activity).toHaveLength(12);
    // Listings created in May come from all eight firms: shown.
    expect(month('2025-05').listings).toBe(all().filter((l) => l.createdAt.toISOString().startsWith('2025-05')).length);
  });

  it('withholds every activity figure and result that fewer than three firms stand behind', () => {
    const month = (m: string) => dto.activity.find((a) => a.month === m)!;
    // Both match pairs are between listings of firms 0 and 1 themselves; the two accepted
    // introductions are between firms 0 and 4: two firms each, whatever the count.
    expect(month('2025-03').matches).toBeNull();
    expect(month('2025-05').matches).toBeNull();
    expect(dto.totals?.matches).toBeNull();
    expect(month('2025-05').introductions).toBeNull();
    expect(month('2025-06').introductions).toBeNull();
    expect(dto.totals?.introductions).toBeNull();
    // Results and meetings that name no firm count as one firm together: never shown alone.
    expect(month('2025-05').outcomes).toBeNull();
    expect(dto.outcomes?.byKind.shared_hire).toBeNull();
    expect(dto.outcomes?.byKind.deal).toBeNull();
    expect(dto.outcomes?.results).toBeNull();
    expect(dto.totals?.meetings).toBeNull();
    expect(dto.activity.every((m) => m.meetings === null)).toBe(true);
    // No figure anywhere in the activity is 1 or 2 (each would be one or two firms' doing here).
    for (const m of dto.activity) for (const v of [m.matches, m.introductions, m.outcomes, m.meetings]) expect(v).toBeNull();
  });

  it('writes the same figures to CSV, again without names or text', () => {
    const same = (k: string) => k;
    const labels = {
      headers: ['t', 'a', 'p', 'm', 'k', 'c', 's', 'me', 'v', 'n'],
      tables: new Proxy({}, { get: (_, k) => String(k) }),
      keyFigures: new Proxy({}, { get: (_, k) => String(k) }),
      activity: new Proxy({}, { get: (_, k) => String(k) }),
      kinds: { offer: 'offer', need: 'need' },
      firms: 'firms',
      listings: 'listings',
      category: same,
      sector: same,
      outcomeKind: same,
      area: (c) => c.places.map((p) => p.name).join('+') || 'rest',
      total: 'total',
      combined: 'combined',
      otherCategories: 'other',
      otherSectors: 'other',
      withheldNote: 'withheld',
      otherNote: 'sum',
    } as CsvLabels;
    const csv = toCsv(dto, labels, ';');
    for (const secret of w.secrets) expect(csv, secret).not.toContain(secret);
    expect(csv).toContain('areas;Regstrup+Kalundborg;4420, 4400;;;;;firms;5;');
    expect(csv).toContain('categories;;;;need;premises;;listings;;withheld');
    // Results, introductions and meetings from 1–2 firms: withheld in the CSV too.
    expect(csv).toContain('outcomes;;;2024-07 – 2025-06;;;;shared_hire;;withheld');
    expect(csv).toContain('keyFigures;;;2024-07 – 2025-06;;;;introductions;;withheld');
    expect(csv).toContain('activity;;;2025-06;;;;introductions;;withheld');
    for (const line of csv.split('\r\n')) {
      if (/^(activity|outcomes|keyFigures);/.test(line) && /;(matches|introductions|outcomes|meetings|shared_hire|deal);/.test(line)) {
        expect(line, line).toMatch(/;;withheld$|;0;$/);
      }
    }
  });

  it('reaches back to the first activity for the whole period', async () => {
    const everything = await overview(w.kommune, 'all');
    expect(everything.from).toBe('2023-11');
    expect(everything.totals?.listings).toBe(w.all.length);
    expect(everything.outcomes?.byKind.deal).toBeNull();
    // The snapshot of open listings does not depend on the period.
    expect(everything.area).toEqual(dto.area);
  });
});

describe('municipality view: results and introductions that enough firms stand behind', () => {
  it('shows them, and withholds the months and kinds of 1–2 firms so they cannot be subtracted out', async () => {
    const net = await makeNetwork(db(), { name: 'Tre firmaers netværk' });
    const f: Company[] = [];
    for (let i = 0; i < 5; i++) f.push((await makeMemberFirm(db(), net.id, { name: `Resultat ${i} ApS`, postcode: '4420', city: 'Regstrup' })).company);
    const accepted = async (a: number, b: number, respondedAt: string) =>
      (
        await db()
          .insert(introductions)
          .values({ kind: 'interest', networkId: net.id, fromCompanyId: f[a]!.id, toCompanyId: f[b]!.id, status: 'accepted', respondedAt: at(respondedAt) })
          .returning()
      )[0]!;
    // May: three introductions among five firms; June: one between firms 0 and 1 only.
    const i1 = await accepted(0, 1, '2025-05-05T10:00:00Z');
    const i2 = await accepted(2, 3, '2025-05-06T10:00:00Z');
    const i3 = await accepted(3, 4, '2025-05-07T10:00:00Z');
    await accepted(0, 1, '2025-06-03T10:00:00Z');
    await db()
      .insert(outcomes)
      .values([
        { networkId: net.id, introductionId: i1.id, kind: 'deal', summary: 'x', occurredOn: '2025-05-20' },
        { networkId: net.id, introductionId: i2.id, kind: 'deal', summary: 'x', occurredOn: '2025-05-21' },
        { networkId: net.id, introductionId: i3.id, kind: 'shared_hire', summary: 'x', occurredOn: '2025-05-22' },
      ]);
    await db()
      .insert(meetings)
      .values([0, 2, 4].map((h) => ({ networkId: net.id, hostCompanyId: f[h]!.id, startsAt: at('2025-04-14T15:00:00Z'), title: 'Møde' })));
    const admin = await viewerFor(db(), w.admin.userId);
    const dto = await getAreaOverview(admin, { networkRef: net.ref, period: '12m', now: NOW });
    const month = (m: string) => dto.activity.find((a) => a.month === m)!;
    expect(dto.totals?.introductions).toBe(4);
    // June alone is firms 0 and 1: withheld, and so is May, or June would be 4 − May.
    expect(month('2025-06').introductions).toBeNull();
    expect(month('2025-05').introductions).toBeNull();
    expect(dto.withheld?.introductions).toBe(4);
    expect(dto.totals?.meetings).toBe(3);
    expect(month('2025-04').meetings).toBe(3);
    // Deals: firms 0–3; the shared hire: firms 3 and 4 alone → withheld, and the deals with it.
    expect(dto.outcomes?.results).toBe(3);
    expect(dto.outcomes?.byKind.shared_hire).toBeNull();
    expect(dto.outcomes?.byKind.deal).toBeNull();
    expect(dto.outcomes?.otherKinds).toBe(3);
    expect(month('2025-05').outcomes).toBe(3);
  });
});

describe('municipality view: a network of two firms', () => {
  it('shows nothing about it', async () => {
    const small = await makeNetwork(db(), { name: 'Lille netværk' });
    const a = await makeMemberFirm(db(), small.id, { name: 'Lille Et ApS' });
    await makeMemberFirm(db(), small.id, { name: 'Lille To ApS' });
    await makeListing(db(), a.company.id, { kind: 'offer', category: 'capacity' });
    const admin = await viewerFor(db(), w.admin.userId);
    const dto = await getAreaOverview(admin, { networkRef: small.ref, period: '12m', now: NOW });
    expect(dto.area.hidden).toBe(true);
    expect(dto.area.memberFirms).toBeNull();
    expect(dto.area.cells).toEqual([]);
    expect(dto.activity).toEqual([]);
    expect(dto.totals).toBeNull();
    expect(JSON.stringify(dto)).not.toContain('Lille Et');
  });
});

const all = () => w.all;
