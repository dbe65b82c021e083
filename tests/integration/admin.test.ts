import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as apiListing } from '@/app/api/v1/listings/[ref]/route';
import { GET as apiListings } from '@/app/api/v1/listings/route';
import { GET as apiSearch } from '@/app/api/v1/search/route';
import { GET as apiCompany } from '@/app/api/v1/companies/[ref]/route';
import { apiTokens, auditLog, listings, matches, networkMemberships, users } from '@/db/schema';
import { createSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import {
  companyHiddenNotice,
  disableUser,
  enableUser,
  getUserForAdmin,
  grantAdmin,
  hideCompany,
  hideListing,
  listCompanies,
  listingHiddenNotice,
  listNetworksForAdmin,
  listUsers,
  myHiddenListings,
  removeRole,
  unhideCompany,
  unhideListing,
} from '@/lib/dal/admin';
import { createApiToken, viewerForApiToken } from '@/lib/dal/api-tokens';
import { getCompanyProfile } from '@/lib/dal/companies';
import { listDirectory } from '@/lib/dal/company-directory';
import { listNetworkMembers } from '@/lib/dal/networks';
import { browseListings, getListing } from '@/lib/dal/listings';
import { getMapData } from '@/lib/dal/map';
import { getListingMatches } from '@/lib/dal/matches';
import { loadViewer, type Viewer } from '@/lib/dal/viewer';
import { refreshListing } from '@/lib/matching/engine';
import { refreshAllMatches } from '@/lib/matching/refresh';
import { directoryFiltersSchema } from '@/lib/validations/companies';
import { parseBrowseParams } from '@/lib/validations/listings';
import { mapQuerySchema } from '@/lib/validations/map';
import { setupTestDb } from './helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

let admin: Viewer;
let net: Awaited<ReturnType<typeof makeNetwork>>;

beforeAll(async () => {
  net = await makeNetwork(db(), { name: 'Industrivej Admin' });
  const a = await makeUser(db(), { email: 'chef@admin.test', name: 'Chef Admin', isPlatformAdmin: true });
  admin = await viewerFor(db(), a.id);
});

async function apiCall(
  handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  opts: { token?: string; params?: Record<string, string> } = {},
) {
  const res = await handler(
    new Request(`http://localhost${url}`, { headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {} }),
    opts.params ? { params: Promise.resolve(opts.params) } : undefined,
  );
  return { status: res.status, body: (await res.json()) as { items?: { ref: string }[]; error?: { code: string } } };
}

describe('disabling a user', () => {
  it('ends their sessions and API tokens at once, and no session or token loads them until re-enabled', async () => {
    const { user, viewer } = await makeMemberFirm(db(), net.id);
    const session = await createSessionRow(db(), { userId: user.id });
    const { token } = await createApiToken(viewer, 'integration');
    expect(await findSessionUserId(db(), session)).toBe(user.id);
    expect((await viewerForApiToken(token))?.userId).toBe(user.id);
    expect((await apiCall(apiListings, '/api/v1/listings', { token })).status).toBe(200);

    const ended = await disableUser(admin, { userId: user.id, reason: 'Spam' });
    expect(ended).toEqual({ sessions: 1, tokens: 1 });
    expect(await findSessionUserId(db(), session)).toBeNull();
    expect(await viewerForApiToken(token)).toBeNull();
    expect((await apiCall(apiListings, '/api/v1/listings', { token })).status).toBe(401);
    // Even a session row created behind the app's back (a race with sign-in) loads nobody.
    await createSessionRow(db(), { userId: user.id });
    expect(await loadViewer(db(), user.id)).toBeNull();
    expect((await getUserForAdmin(admin, user.id)).disabledAt).not.toBeNull();

    await enableUser(admin, { userId: user.id });
    expect((await loadViewer(db(), user.id))?.userId).toBe(user.id);
    // Revoked tokens stay revoked: the user makes new ones.
    expect(await viewerForApiToken(token)).toBeNull();
    const [tokenRow] = await db().select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    expect(tokenRow?.revokedAt).not.toBeNull();

    const lines = await db().select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(lines.map((l) => l.action).sort()).toEqual(['user.disable', 'user.enable']);
    const disableLine = lines.find((l) => l.action === 'user.disable')!;
    expect(disableLine).toMatchObject({ actorId: admin.userId, actorEmail: 'chef@admin.test', outcome: 'done', targetType: 'user' });
    expect(disableLine.details).toMatchObject({ email: user.email, reason: 'Spam', sessionsEnded: 1, tokensRevoked: 1 });
  });

  it('refuses to disable oneself, and anyone but an admin', async () => {
    await expect(disableUser(admin, { userId: admin.userId })).rejects.toMatchObject({ code: 'validation' });
    const { viewer, user } = await makeMemberFirm(db(), net.id);
    const other = await makeUser(db());
    await expect(disableUser(viewer, { userId: other.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listUsers(viewer, { page: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await loadViewer(db(), user.id)).not.toBeNull();
  });
});

describe('roles', () => {
  it('removes a facilitator or municipality role, and never the last enabled admin', async () => {
    const person = await makeUser(db(), { email: 'fac@admin.test' });
    const fac = await addMembership(db(), net.id, { userId: person.id, role: 'facilitator' });
    await addMembership(db(), net.id, { userId: person.id, role: 'municipality' });
    expect((await viewerFor(db(), person.id)).facilitatorNetworkIds).toEqual([net.id]);

    await removeRole(admin, { userId: person.id, role: 'facilitator', membershipId: fac.id });
    const after = await viewerFor(db(), person.id);
    expect(after.facilitatorNetworkIds).toEqual([]);
    expect(after.municipalityNetworkIds).toEqual([net.id]);
    await expect(removeRole(admin, { userId: person.id, role: 'facilitator', membershipId: fac.id })).rejects.toMatchObject({ code: 'conflict' });
    // A firm's membership is never removed through this door.
    const firm = await makeMemberFirm(db(), net.id);
    const [membership] = await db().select().from(networkMemberships).where(eq(networkMemberships.companyId, firm.company.id));
    await expect(removeRole(admin, { userId: firm.user.id, role: 'facilitator', membershipId: membership!.id })).rejects.toMatchObject({ code: 'conflict' });

    // The only admin cannot lose the role (nor be disabled by another admin who then leaves).
    const others = await db().select().from(auditLog);
    expect(others.some((l) => l.action === 'role.remove' && l.targetId === person.id)).toBe(true);
    await expect(removeRole(admin, { userId: admin.userId, role: 'admin' })).rejects.toMatchObject({ code: 'conflict' });
    await grantAdmin(admin, { userId: person.id });
    const second = await viewerFor(db(), person.id);
    expect(second.isAdmin).toBe(true);
    await removeRole(second, { userId: admin.userId, role: 'admin' });
    expect((await viewerFor(db(), admin.userId)).isAdmin).toBe(false);
    await expect(removeRole(second, { userId: second.userId, role: 'admin' })).rejects.toMatchObject({ code: 'conflict' });
    // Give the suite its admin back.
    await grantAdmin(second, { userId: admin.userId });
    admin = await viewerFor(db(), admin.userId);
    expect(admin.isAdmin).toBe(true);
  });

  it('disables an admin while another enabled admin remains, never the last one', async () => {
    // Start from one admin: the previous test made another.
    for (const u of await db().select().from(users).where(eq(users.isPlatformAdmin, true))) {
      if (u.id !== admin.userId) await removeRole(admin, { userId: u.id, role: 'admin' });
    }
    const x = await makeUser(db(), { isPlatformAdmin: true });
    await disableUser(admin, { userId: x.id });
    expect(await loadViewer(db(), x.id)).toBeNull();
    // x is disabled: admin is the only enabled admin and keeps the role.
    await expect(removeRole(admin, { userId: admin.userId, role: 'admin' })).rejects.toMatchObject({ code: 'conflict' });
    const y = await viewerFor(db(), (await makeUser(db(), { isPlatformAdmin: true })).id);
    await disableUser(y, { userId: admin.userId });
    // y is now the last enabled admin: nobody can take it away, by disabling or by role.
    await expect(disableUser(admin, { userId: y.userId })).rejects.toMatchObject({ code: 'conflict' });
    await expect(removeRole(admin, { userId: y.userId, role: 'admin' })).rejects.toMatchObject({ code: 'conflict' });
    await enableUser(y, { userId: admin.userId });
    await disableUser(admin, { userId: y.userId });
    admin = await viewerFor(db(), admin.userId);
  });
});

describe('finding users, firms and networks', () => {
  it('searches by name, e-mail and CVR number, paged', async () => {
    await makeUser(db(), { email: 'soeren@soeg.test', name: 'Søren Søgbar' });
    expect((await listUsers(admin, { q: 'soeren@soeg', page: 1 })).rows.map((u) => u.email)).toEqual(['soeren@soeg.test']);
    expect((await listUsers(admin, { q: 'Søgbar', page: 1 })).rows).toHaveLength(1);
    expect((await listUsers(admin, { q: '100%_', page: 1 })).rows).toHaveLength(0);
    const firm = await makeMemberFirm(db(), net.id, { name: 'Søgefirma ApS', registrationNumber: '29876543', email: 'info@soegefirma.test' });
    for (const q of ['søgefirma', '2987 6543', 'info@soegefirma']) {
      expect(
        (await listCompanies(admin, { q, page: 1 })).rows.map((c) => c.id),
        q,
      ).toEqual([firm.company.id]);
    }
    const networks = await listNetworksForAdmin(admin, { q: 'Admin', page: 1 });
    expect(networks.rows.map((n) => n.name)).toEqual(['Industrivej Admin']);
    for (let i = 0; i < 26; i++) await makeUser(db(), { email: `page-${i}@paged.test` });
    const first = await listUsers(admin, { q: '@paged.test', page: 1 });
    const second = await listUsers(admin, { q: '@paged.test', page: 2 });
    expect([first.rows.length, first.hasMore, second.rows.length, second.hasMore]).toEqual([25, true, 1, false]);
  });
});

describe('hiding a listing or a firm', () => {
  let owner: Viewer;
  let other: Viewer;
  let ownerCompanyRef: string;
  let hiddenRef: string;
  let hiddenId: string;
  let needRef: string;
  let needId: string;

  beforeAll(async () => {
    const o = await makeMemberFirm(db(), net.id, { name: 'Skjult Lakering ApS', nace: ['25.61'], lat: 55.7, lng: 11.65 });
    const x = await makeMemberFirm(db(), net.id, { name: 'Spørgende Smedie ApS', nace: ['25.11'] });
    owner = o.viewer;
    other = x.viewer;
    ownerCompanyRef = o.company.ref;
    const offer = await makeListing(db(), o.company.id, {
      title: 'Ledig kapacitet i pulverlakeringsanlæg',
      description: 'Pulverlakering af stål, ledige timer.',
      visibility: 'public',
      lat: 55.7,
      lng: 11.65,
    });
    hiddenRef = offer.ref;
    hiddenId = offer.id;
    const need = await makeListing(db(), x.company.id, {
      kind: 'need',
      title: 'Pulverlakering af stålrammer',
      description: '400 rammer skal pulverlakeres.',
      visibility: 'public',
    });
    needRef = need.ref;
    needId = need.id;
    await refreshListing(db(), needId);
  });

  const browseRefs = async (v: Viewer | null, q?: string) => (await browseListings(v, parseBrowseParams(q ? { q } : {}))).items.map((i) => i.ref);
  const mapRefs = async (v: Viewer | null) => {
    const d = await getMapData(v, mapQuerySchema.parse({ zoom: '12', bbox: '11.55,55.63,11.78,55.75' }));
    return d.layer === 'listings' ? d.points.map((p) => p.ref) : [];
  };
  const matchRefs = async () => (await getListingMatches(other, needRef)).matches.map((m) => m.listings[0]?.ref);

  it('is seen by everyone before', async () => {
    expect(await browseRefs(null)).toContain(hiddenRef);
    expect(await browseRefs(other, 'pulverlakering')).toContain(hiddenRef);
    expect(await mapRefs(other)).toContain(hiddenRef);
    expect(await matchRefs()).toContain(hiddenRef);
  });

  it('a hidden listing disappears from browse, search, map, API and matches for others; its firm sees it and the reason', async () => {
    await hideListing(admin, { listingId: hiddenId, reason: 'Dobbeltopslag – brug det andet opslag' });
    for (const v of [null, other]) {
      expect(await browseRefs(v)).not.toContain(hiddenRef);
      expect(await browseRefs(v, 'pulverlakering')).not.toContain(hiddenRef);
      expect(await mapRefs(v)).not.toContain(hiddenRef);
      await expect(getListing(v, hiddenRef)).rejects.toMatchObject({ code: 'not_found' });
      expect(await listingHiddenNotice(v, hiddenRef)).toBeNull();
    }
    expect(await matchRefs()).not.toContain(hiddenRef);
    // A fresh computation does not suggest it either (the one-listing engine and the full refresh).
    await refreshListing(db(), needId);
    await refreshAllMatches(db());
    expect(await matchRefs()).not.toContain(hiddenRef);
    const stored = await db().select().from(matches).where(eq(matches.listingId, needId));
    expect(stored.map((m) => m.otherListingId)).not.toContain(hiddenId);
    expect((await apiCall(apiListing, `/api/v1/listings/${hiddenRef}`, { params: { ref: hiddenRef } })).status).toBe(404);
    expect((await apiCall(apiListings, '/api/v1/listings')).body.items?.map((i) => i.ref)).not.toContain(hiddenRef);
    expect((await apiCall(apiSearch, '/api/v1/search?q=pulverlakering')).body.items?.map((i) => i.ref) ?? []).not.toContain(hiddenRef);

    // The owner still sees it, everywhere, with the reason.
    expect((await getListing(owner, hiddenRef)).ref).toBe(hiddenRef);
    expect(await browseRefs(owner)).toContain(hiddenRef);
    expect(await listingHiddenNotice(owner, hiddenRef)).toMatchObject({ scope: 'listing', reason: 'Dobbeltopslag – brug det andet opslag', adminHref: null });
    expect(await myHiddenListings(owner)).toEqual([
      { ref: hiddenRef, title: 'Ledig kapacitet i pulverlakeringsanlæg', reason: 'Dobbeltopslag – brug det andet opslag' },
    ]);
    expect(await myHiddenListings(other)).toEqual([]);
    // The admin sees it too, and where to undo it.
    expect((await listingHiddenNotice(admin, hiddenRef))?.adminHref).toBe(`/admin/companies/${owner.companyIds[0]}`);

    await unhideListing(admin, { listingId: hiddenId });
    expect(await browseRefs(null)).toContain(hiddenRef);
    expect(await listingHiddenNotice(owner, hiddenRef)).toBeNull();
    const [row] = await db().select().from(listings).where(eq(listings.id, hiddenId));
    expect([row?.hiddenAt, row?.hiddenReason]).toEqual([null, null]);
  });

  it('a hidden firm disappears with all its listings for others; its people see the reason', async () => {
    const companyId = owner.companyIds[0]!;
    await hideCompany(admin, { companyId, reason: 'Falsk firmanavn' });
    await expect(getCompanyProfile(null, ownerCompanyRef)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCompanyProfile(other, ownerCompanyRef)).rejects.toMatchObject({ code: 'not_found' });
    expect((await apiCall(apiCompany, `/api/v1/companies/${ownerCompanyRef}`, { params: { ref: ownerCompanyRef } })).status).toBe(404);
    expect(await browseRefs(other)).not.toContain(hiddenRef);
    expect(await mapRefs(null)).not.toContain(hiddenRef);
    await refreshListing(db(), needId);
    expect(await matchRefs()).not.toContain(hiddenRef);
    const directory = async (v: Viewer | null) => (await listDirectory(v, directoryFiltersSchema.parse({ network: 'all' }))).items.map((c) => c.name);
    expect(await directory(null)).not.toContain('Skjult Lakering ApS');
    expect(await directory(other)).not.toContain('Skjult Lakering ApS');
    expect(await directory(owner)).toContain('Skjult Lakering ApS');
    expect((await listNetworkMembers(other, net.id))?.map((m) => m.companyName)).not.toContain('Skjult Lakering ApS');
    expect((await listNetworkMembers(owner, net.id))?.map((m) => m.companyName)).toContain('Skjult Lakering ApS');
    expect((await getCompanyProfile(owner, ownerCompanyRef)).company.name).toBe('Skjult Lakering ApS');
    expect(await companyHiddenNotice(owner, ownerCompanyRef)).toMatchObject({ scope: 'company', reason: 'Falsk firmanavn' });
    expect(await listingHiddenNotice(owner, hiddenRef)).toMatchObject({ scope: 'company', reason: 'Falsk firmanavn' });
    expect(await companyHiddenNotice(other, ownerCompanyRef)).toBeNull();
    // A facilitator of its network does not see it either (hidden is for its own people only).
    const facUser = await makeUser(db());
    await addMembership(db(), net.id, { userId: facUser.id, role: 'facilitator' });
    await expect(getCompanyProfile(await viewerFor(db(), facUser.id), ownerCompanyRef)).rejects.toMatchObject({ code: 'not_found' });

    await unhideCompany(admin, { companyId });
    expect((await getCompanyProfile(null, ownerCompanyRef)).company.name).toBe('Skjult Lakering ApS');
    expect(await browseRefs(other)).toContain(hiddenRef);
    const lines = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, companyId)));
    expect(lines.map((l) => l.action).sort()).toEqual(['company.hide', 'company.unhide']);
    expect(lines.find((l) => l.action === 'company.hide')?.details).toMatchObject({ reason: 'Falsk firmanavn', name: 'Skjult Lakering ApS' });
  });

  it('only admins hide', async () => {
    await expect(hideListing(owner, { listingId: needId, reason: 'Nej tak' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(hideCompany(other, { companyId: owner.companyIds[0]!, reason: 'Konkurrent' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
