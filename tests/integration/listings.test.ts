import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listings } from '@/db/schema';
import {
  browseListings,
  changeListingStatus,
  createListing,
  getListing,
  getListingForEdit,
  listCompanyListings,
  listOwnListings,
  updateListing,
} from '@/lib/dal/listings';
import { isAppError } from '@/lib/errors';
import { listingEditSchema, listingSchema, parseBrowseParams } from '@/lib/validations/listings';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

const form = {
  kind: 'offer',
  category: 'equipment',
  title: 'Palleløfter til udlån',
  description: 'Elektrisk palleløfter, kan lånes på hverdage.',
  visibility: 'network',
  language: 'da',
};

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}

async function row(ref: string) {
  const [r] = await db().select().from(listings).where(eq(listings.ref, ref));
  return r!;
}

describe('creating and managing a listing (owner)', () => {
  it('creates with a generated ref, the firm as owner and the firm location by default', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id, { lat: 55.62, lng: 11.51 });
    const ref = await createListing(a.viewer, listingSchema.parse(form));
    expect(ref).toMatch(/^li-[a-z2-7]{10}$/);
    const r = await row(ref);
    expect(r).toMatchObject({ companyId: a.company.id, lat: 55.62, lng: 11.51, status: 'open', visibility: 'network', createdById: a.user.id, language: 'da' });
    // Default expiry: 90 days ahead, end of day.
    const days = (r.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThan(91.5);
  });

  it('uses an explicit location and the author language when none is given', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const ref = await createListing({ ...a.viewer, locale: 'fi' }, listingSchema.parse({ ...form, language: '', lat: '55.7', lng: '11.7' }));
    expect(await row(ref)).toMatchObject({ lat: 55.7, lng: 11.7, language: 'fi' });
  });

  it('refuses a user without a firm, and a firm ref that is not theirs', async () => {
    const lone = await viewerFor(db(), (await makeUser(db())).id);
    expect(await codeOf(createListing(lone, listingSchema.parse(form)))).toBe('forbidden');
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    expect(await codeOf(createListing(a.viewer, listingSchema.parse({ ...form, company: b.company.ref })))).toBe('not_found');
    expect(await db().select().from(listings).where(eq(listings.companyId, b.company.id))).toHaveLength(0);
  });

  it('rejects an HTML title before anything is written', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    expect(listingSchema.safeParse({ ...form, title: '<img src=x onerror=alert(1)>' }).success).toBe(false);
    expect(await db().select().from(listings).where(eq(listings.companyId, a.company.id))).toHaveLength(0);
  });

  it('lets the owner edit, pause, resume and close', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const ref = await createListing(a.viewer, listingSchema.parse(form));
    const values = await getListingForEdit(a.viewer, ref);
    expect(values).toMatchObject({ title: form.title, lat: null, lng: null, state: 'active' });

    await updateListing(
      a.viewer,
      listingEditSchema.parse({ ...form, ref, title: 'Palleløfter og gaffeltruck', quantity: '2', unit: 'stk', visibility: 'public' }),
    );
    expect(await row(ref)).toMatchObject({ title: 'Palleløfter og gaffeltruck', quantity: 2, unit: 'stk', visibility: 'public' });

    await changeListingStatus(a.viewer, ref, 'pause');
    expect((await row(ref)).status).toBe('paused');
    expect(await codeOf(changeListingStatus(a.viewer, ref, 'pause'))).toBe('conflict');
    await changeListingStatus(a.viewer, ref, 'resume');
    expect((await row(ref)).status).toBe('open');
    await changeListingStatus(a.viewer, ref, 'close');
    expect((await row(ref)).status).toBe('closed');
    expect(await codeOf(changeListingStatus(a.viewer, ref, 'resume'))).toBe('conflict');
    expect(await codeOf(updateListing(a.viewer, listingEditSchema.parse({ ...form, ref })))).toBe('conflict');
    // The owner still reads its closed listing.
    expect((await getListing(a.viewer, ref)).state).toBe('closed');
  });

  it("gives another firm's user not_found for read-for-edit and every mutation, and changes nothing", async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    const ref = await createListing(a.viewer, listingSchema.parse({ ...form, visibility: 'public' }));
    const before = await row(ref);
    expect(await codeOf(getListingForEdit(b.viewer, ref))).toBe('not_found');
    expect(await codeOf(updateListing(b.viewer, listingEditSchema.parse({ ...form, ref, title: 'Kapret' })))).toBe('not_found');
    for (const change of ['pause', 'resume', 'close'] as const) {
      expect(await codeOf(changeListingStatus(b.viewer, ref, change))).toBe('not_found');
    }
    expect(await codeOf(listOwnListings(b.viewer, a.company.id))).toBe('not_found');
    expect(await row(ref)).toEqual(before);
    // A platform admin may moderate.
    const admin = await viewerFor(db(), (await makeUser(db(), { isPlatformAdmin: true })).id);
    await changeListingStatus(admin, ref, 'pause');
    expect((await row(ref)).status).toBe('paused');
  });

  it('renews an expired listing through edit and can move it back to the firm location', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id, { lat: 55.62, lng: 11.51 });
    const l = await makeListing(db(), a.company.id, { lat: 55.9, lng: 11.9, expiresAt: new Date(Date.now() - 86_400_000) });
    expect((await getListing(a.viewer, l.ref)).state).toBe('expired');
    const edit = await getListingForEdit(a.viewer, l.ref);
    expect(edit).toMatchObject({ state: 'expired', lat: 55.9, lng: 11.9 });
    await updateListing(a.viewer, listingEditSchema.parse({ ...form, ref: l.ref, expiresOn: '' }));
    const r = await row(l.ref);
    expect(r.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    expect(r).toMatchObject({ lat: 55.62, lng: 11.51 });
    expect((await getListing(a.viewer, l.ref)).state).toBe('active');
  });

  it('posts for the chosen firm when the user belongs to two', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const second = await makeCompany(db(), { name: 'Andet firma ApS' }, a.user.id);
    const viewer = await viewerFor(db(), a.user.id);
    const ref = await createListing(viewer, listingSchema.parse({ ...form, company: second.ref }));
    expect((await row(ref)).companyId).toBe(second.id);
  });

  it("lists the firm's own listings of every status for the dashboard", async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await makeListing(db(), a.company.id, { title: 'Lukket', status: 'closed' });
    await makeListing(db(), a.company.id, { title: 'Aktiv' });
    await makeListing(db(), a.company.id, { title: 'Udløbet', expiresAt: new Date(Date.now() - 60_000) });
    await makeListing(db(), a.company.id, { title: 'Pause', status: 'paused' });
    const mine = await listOwnListings(a.viewer, a.company.id);
    expect(mine.map((l) => [l.title, l.state])).toEqual([
      ['Aktiv', 'active'],
      ['Pause', 'paused'],
      ['Udløbet', 'expired'],
      ['Lukket', 'closed'],
    ]);
  });
});

describe('who sees a listing', () => {
  it('keeps a facilitators-only listing from other members, shows it to the facilitator and the owner', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    const member = await makeMemberFirm(db(), net.id);
    const fac = await makeUser(db());
    await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
    const facViewer = await viewerFor(db(), fac.id);
    const l = await makeListing(db(), owner.company.id, { title: 'Fortroligt: søger køber', visibility: 'facilitators' });

    expect(await codeOf(getListing(member.viewer, l.ref))).toBe('not_found');
    expect((await browseListings(member.viewer, parseBrowseParams({}))).items.map((i) => i.ref)).not.toContain(l.ref);
    expect((await getListing(facViewer, l.ref)).title).toBe('Fortroligt: søger køber');
    expect((await browseListings(facViewer, parseBrowseParams({}))).items.map((i) => i.ref)).toContain(l.ref);
    const own = await getListing(owner.viewer, l.ref);
    expect(own.canManage).toBe(true);
    expect(await codeOf(getListing(null, l.ref))).toBe('not_found');
  });

  it("shows a network listing only to approved members of the owner's networks", async () => {
    const net = await makeNetwork(db());
    const otherNet = await makeNetwork(db(), { name: 'Andet netværk' });
    const owner = await makeMemberFirm(db(), net.id);
    const member = await makeMemberFirm(db(), net.id);
    const outsider = await makeMemberFirm(db(), otherNet.id);
    const pendingUser = await makeUser(db());
    const pendingFirm = await makeCompany(db(), {}, pendingUser.id);
    await addMembership(db(), net.id, { companyId: pendingFirm.id }, 'pending');
    const l = await makeListing(db(), owner.company.id, { visibility: 'network' });

    expect((await getListing(member.viewer, l.ref)).ref).toBe(l.ref);
    expect(await codeOf(getListing(outsider.viewer, l.ref))).toBe('not_found');
    expect(await codeOf(getListing(await viewerFor(db(), pendingUser.id), l.ref))).toBe('not_found');
    expect(await codeOf(getListing(null, l.ref))).toBe('not_found');
    expect((await listCompanyListings(member.viewer, owner.company.ref)).map((x) => x.ref)).toEqual([l.ref]);
    expect(await listCompanyListings(outsider.viewer, owner.company.ref)).toEqual([]);
  });

  it('hides a paused listing from others; shows a closed one as closed; never returns contact details', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id, { email: 'kontakt@firma.test', phone: '+45 11 22 33 44' });
    const member = await makeMemberFirm(db(), net.id);
    const paused = await makeListing(db(), owner.company.id, { status: 'paused' });
    const closed = await makeListing(db(), owner.company.id, { status: 'closed' });
    expect(await codeOf(getListing(member.viewer, paused.ref))).toBe('not_found');
    expect((await getListing(owner.viewer, paused.ref)).state).toBe('paused');
    const c = await getListing(member.viewer, closed.ref);
    expect(c.state).toBe('closed');
    expect(c.canManage).toBe(false);
    expect(JSON.stringify(c)).not.toMatch(/kontakt@firma|11 22 33/);
  });
});

describe('browse', () => {
  it('never shows expired, paused or closed listings', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await makeListing(db(), a.company.id, { title: 'Zeta udløbet', visibility: 'public', expiresAt: new Date(Date.now() - 1000) });
    await makeListing(db(), a.company.id, { title: 'Zeta pause', visibility: 'public', status: 'paused' });
    await makeListing(db(), a.company.id, { title: 'Zeta lukket', visibility: 'public', status: 'closed' });
    await makeListing(db(), a.company.id, { title: 'Zeta aktiv', visibility: 'public', expiresAt: new Date(Date.now() + 86_400_000) });
    for (const viewer of [null, a.viewer]) {
      const r = await browseListings(viewer, parseBrowseParams({ q: 'zeta' }));
      expect(r.items.map((i) => i.title)).toEqual(['Zeta aktiv']);
      expect(r.total).toBe(1);
    }
  });
});
