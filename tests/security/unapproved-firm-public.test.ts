// Finding (issue 14, Medium): a firm that no network has approved could post public listings under
// any name — a copy of a real firm's — and search, listing pages, the API, the map and matches
// showed them. Public visibility now needs an approved membership (lib/policy: firmApprovedSql in
// listingVisibleSql and companyVisibleSql); the firm's own people and the facilitators deciding its
// application still see it, and the owner is told why it is not public yet.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as apiListing } from '@/app/api/v1/listings/[ref]/route';
import { GET as apiListings } from '@/app/api/v1/listings/route';
import { GET as apiSearch } from '@/app/api/v1/search/route';
import { GET as apiMap } from '@/app/api/v1/map/route';
import { getCompanyProfile } from '@/lib/dal/companies';
import { browseListings, getListing, listCompanyListings } from '@/lib/dal/listings';
import { getMapData } from '@/lib/dal/map';
import { loadViewer, type Viewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { matchListing } from '@/lib/matching/engine';
import { parseBrowseParams } from '@/lib/validations/listings';
import { mapQuerySchema } from '@/lib/validations/map';
import { setupTestDb } from '../integration/helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from '../integration/helpers/factories';

const db = setupTestDb();

const REAL_NAME = 'Regstrup Plast ApS';
let fakeRef: string;
let fakeListingRef: string;
let fakeListingId: string;
let realListingRef: string;
let needId: string;
let member: Viewer;
let fakeOwner: Viewer;
let facilitator: Viewer;
let otherFacilitator: Viewer;

async function code(p: Promise<unknown>) {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}

async function api(handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string, params?: Record<string, string>) {
  const res = await handler(new Request(`http://localhost${url}`), params ? { params: Promise.resolve(params) } : undefined);
  return { status: res.status, text: await res.text() };
}

beforeAll(async () => {
  const net = await makeNetwork(db());
  const other = await makeNetwork(db());
  const real = await makeMemberFirm(db(), net.id, { name: REAL_NAME });
  member = (await makeMemberFirm(db(), net.id, { name: 'Holbæk Fragt ApS' })).viewer;
  realListingRef = (
    await makeListing(db(), real.company.id, {
      title: 'Ledig kapacitet på sprøjtestøbemaskine',
      description: 'Sprøjtestøbning af plastemner i små serier.',
      visibility: 'public',
    })
  ).ref;

  // The impostor: signs up, names the firm after a real one and applies to the network (pending).
  const user = await makeUser(db());
  const fake = await makeCompany(db(), { name: REAL_NAME, city: 'Regstrup' }, user.id);
  await addMembership(db(), net.id, { companyId: fake.id }, 'pending');
  fakeOwner = (await loadViewer(db(), user.id))!;
  fakeRef = fake.ref;
  const fakeListing = await makeListing(db(), fake.id, {
    category: 'capacity',
    title: 'Sprøjtestøbning af plastemner — billigt',
    description: 'Sprøjtestøbte plastemner, plastdele og emner i plast til lav pris.',
    visibility: 'public',
  });
  fakeListingRef = fakeListing.ref;
  fakeListingId = fakeListing.id;

  // A need the fake offer would match.
  needId = (
    await makeListing(db(), member.companyIds[0]!, {
      kind: 'need',
      category: 'capacity',
      title: 'Søger sprøjtestøbning af plastemner',
      description: 'Vi mangler sprøjtestøbte plastemner til vores maskiner.',
      visibility: 'public',
    })
  ).id;

  const fac = await makeUser(db());
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), fac.id);
  const fac2 = await makeUser(db());
  await addMembership(db(), other.id, { userId: fac2.id, role: 'facilitator' });
  otherFacilitator = await viewerFor(db(), fac2.id);
});

describe('an unapproved firm’s public listing is not public', () => {
  it('is not on its page, for a visitor or a member of another firm', async () => {
    expect(await code(getListing(null, fakeListingRef))).toBe('not_found');
    expect(await code(getListing(member, fakeListingRef))).toBe('not_found');
    expect(await code(getListing(otherFacilitator, fakeListingRef))).toBe('not_found');
    // An approved firm's public listing stays public.
    expect((await getListing(null, realListingRef)).title).toMatch(/sprøjtestøbemaskine/);
  });

  it('is not in browse or search, and its firm’s name is in neither', async () => {
    for (const viewer of [null, member]) {
      const browse = await browseListings(viewer, parseBrowseParams({}));
      expect(browse.items.map((i) => i.ref)).not.toContain(fakeListingRef);
      const search = await browseListings(viewer, parseBrowseParams({ q: 'sprøjtestøbning plastemner' }));
      expect(search.items.map((i) => i.ref)).toContain(realListingRef);
      expect(search.items.map((i) => i.ref)).not.toContain(fakeListingRef);
    }
    expect(await listCompanyListings(null, fakeRef)).toEqual([]);
  });

  it('is not in the API (listings, one listing, search)', async () => {
    const list = await api(apiListings, '/api/v1/listings');
    expect(list.status).toBe(200);
    expect(list.text).toContain(realListingRef);
    expect(list.text).not.toContain(fakeListingRef);
    expect((await api(apiListing, `/api/v1/listings/${fakeListingRef}`, { ref: fakeListingRef })).status).toBe(404);
    const search = await api(apiSearch, `/api/v1/search?q=${encodeURIComponent('plastemner')}`);
    expect(search.status).toBe(200);
    expect(search.text).not.toContain(fakeListingRef);
    expect(search.text).not.toContain(fakeRef);
  });

  it('is not on the map, not even counted', async () => {
    const q = mapQuerySchema.parse({ zoom: '12', bbox: '11.4,55.5,11.9,55.8' });
    const anon = await getMapData(null, q);
    const refs = anon.layer === 'listings' ? anon.points.map((p) => p.ref) : [];
    expect(refs).toContain(realListingRef);
    expect(refs).not.toContain(fakeListingRef);
    expect(anon.total).toBe(2); // the real offer and the member's need
    const viaApi = await api(apiMap, '/api/v1/map?zoom=12&bbox=11.4,55.5,11.9,55.8');
    expect(viaApi.status).toBe(200);
    expect(viaApi.text).not.toContain(fakeListingRef);
    const companies = await getMapData(null, mapQuerySchema.parse({ zoom: '12', bbox: '11.4,55.5,11.9,55.8', layer: 'companies' }));
    expect(companies.layer === 'companies' && companies.points.map((p) => p.ref)).not.toContain(fakeRef);
  });

  it('is never suggested as a match to another firm', async () => {
    const run = await matchListing(db(), needId, { top: 20 });
    expect(run).not.toBeNull();
    const refs = run!.result.matches.map((m) => m.listing.id);
    expect(refs).not.toContain(fakeListingId);
  });

  it('its firm’s profile is not public either', async () => {
    expect(await code(getCompanyProfile(null, fakeRef))).toBe('not_found');
    expect(await code(getCompanyProfile(member, fakeRef))).toBe('not_found');
  });
});

describe('who still sees it', () => {
  it('its own people, told why it is not public yet', async () => {
    const own = await getListing(fakeOwner, fakeListingRef);
    expect(own.company.name).toBe(REAL_NAME);
    expect(own.awaitingApproval).toBe(true);
    const browse = await browseListings(fakeOwner, parseBrowseParams({}));
    expect(browse.items.map((i) => i.ref)).toContain(fakeListingRef);
  });

  it('the facilitators of the network it applied to (to decide the application)', async () => {
    expect((await getListing(facilitator, fakeListingRef)).company.name).toBe(REAL_NAME);
    expect((await getCompanyProfile(facilitator, fakeRef)).company.name).toBe(REAL_NAME);
  });

  it('an approved firm’s owner is not told anything', async () => {
    const [realOwnerListing] = (await browseListings(null, parseBrowseParams({}))).items;
    expect(realOwnerListing).toBeDefined();
    expect((await getListing(null, realListingRef)).awaitingApproval).toBe(false);
  });
});

describe('once a network approves the firm', () => {
  it('its public listing is public', async () => {
    const net = await makeNetwork(db());
    const approved = await makeMemberFirm(db(), net.id);
    const ref = (await makeListing(db(), approved.company.id, { visibility: 'public' })).ref;
    expect((await getListing(null, ref)).company.name).toBe(approved.company.name);
  });
});
