import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { networkMemberships, networks, notifications } from '@/db/schema';
import {
  appointStaff,
  createNetwork,
  decideMembership,
  listNetworkMembers,
  listNetworks,
  listPendingRequests,
  myFirmStatuses,
  requestMembership,
} from '@/lib/dal/networks';
import type { Viewer } from '@/lib/dal/viewer';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

beforeEach(() => {
  testOutbox.length = 0;
});

/** Network X with a facilitator and a member firm, network Y with its own facilitator, an admin,
 * and an applicant firm (two users) that asks to join X. */
async function world() {
  const x = await makeNetwork(db(), { name: 'Industrivej Regstrup' });
  const y = await makeNetwork(db(), { name: 'Erhverv Svinninge' });
  const facX = await makeUser(db(), { name: 'Facilitator X' });
  await addMembership(db(), x.id, { userId: facX.id, role: 'facilitator' });
  const facY = await makeUser(db(), { name: 'Facilitator Y' });
  await addMembership(db(), y.id, { userId: facY.id, role: 'facilitator' });
  const admin = await makeUser(db(), { isPlatformAdmin: true });
  const member = await makeMemberFirm(db(), x.id);
  const owner = await makeUser(db(), { name: 'Ejer', locale: 'da' });
  const colleague = await makeUser(db(), { name: 'Kollega', locale: 'en' });
  const firm = await makeCompany(db(), { name: 'Regstrup Smedie ApS', city: 'Regstrup', nace: ['25.62'] }, owner.id);
  await db()
    .insert((await import('@/db/schema')).companyMembers)
    .values({ companyId: firm.id, userId: colleague.id, role: 'member' });
  const applicant = await viewerFor(db(), owner.id);
  await requestMembership(applicant, { networkRef: x.ref, companyRef: firm.ref, message: 'Vi har ledig CNC-kapacitet.' });
  const [row] = await db()
    .select()
    .from(networkMemberships)
    .where(and(eq(networkMemberships.networkId, x.id), eq(networkMemberships.companyId, firm.id)));
  return {
    x,
    y,
    firm,
    owner,
    colleague,
    applicant,
    membershipId: row!.id,
    facX: await viewerFor(db(), facX.id),
    facY: await viewerFor(db(), facY.id),
    admin: await viewerFor(db(), admin.id),
    member: member.viewer,
  };
}

async function statusOf(id: string) {
  const [row] = await db().select().from(networkMemberships).where(eq(networkMemberships.id, id));
  return row!.status;
}

describe('membership requests', () => {
  it('a firm user asks to join: pending, facilitators notified, duplicate refused, declined may ask again', async () => {
    const w = await world();
    expect(await statusOf(w.membershipId)).toBe('pending');
    expect(await myFirmStatuses(w.applicant, w.x.id)).toEqual([{ companyRef: w.firm.ref, companyName: 'Regstrup Smedie ApS', status: 'pending' }]);
    const facNotes = await db().select().from(notifications).where(eq(notifications.userId, w.facX.userId));
    expect(facNotes.map((n) => n.type)).toEqual(['membership_requested']);
    await expect(requestMembership(w.applicant, { networkRef: w.x.ref, companyRef: w.firm.ref, message: null })).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ path: 'companyRef', message: 'networks.validation.alreadyPending' }],
    });
    await decideMembership(w.facX, { membershipId: w.membershipId, decision: 'decline' });
    await requestMembership(w.applicant, { networkRef: w.x.ref, companyRef: w.firm.ref, message: 'Nyt forsøg' });
    expect(await statusOf(w.membershipId)).toBe('pending');
  });

  it('nobody can ask on behalf of a firm they do not belong to; anonymous visitors cannot ask', async () => {
    const w = await world();
    await expect(requestMembership(w.member, { networkRef: w.y.ref, companyRef: w.firm.ref, message: null })).rejects.toMatchObject({ code: 'not_found' });
    await expect(requestMembership(null, { networkRef: w.y.ref, companyRef: w.firm.ref, message: null })).rejects.toMatchObject({ code: 'unauthorized' });
    const rows = await db().select().from(networkMemberships).where(eq(networkMemberships.networkId, w.y.id));
    expect(rows.filter((r) => r.role === 'member')).toHaveLength(0);
  });
});

describe('deciding a request: authorization matrix', () => {
  const cases: [string, (w: Awaited<ReturnType<typeof world>>) => Viewer | null, string][] = [
    ['anonymous', () => null, 'unauthorized'],
    ['a member of the network', (w) => w.member, 'not_found'],
    ['the applicant firm itself', (w) => w.applicant, 'not_found'],
    ["another network's facilitator", (w) => w.facY, 'not_found'],
  ];
  it.each(cases)('%s cannot decide', async (_label, who, code) => {
    const w = await world();
    await expect(decideMembership(who(w), { membershipId: w.membershipId, decision: 'approve' })).rejects.toMatchObject({ code });
    expect(await statusOf(w.membershipId)).toBe('pending');
  });

  it("the network's facilitator approves: member at once, firm users notified in the app and by e-mail in their language", async () => {
    const w = await world();
    const queue = await listPendingRequests(w.facX);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      companyName: 'Regstrup Smedie ApS',
      nace: ['25.62'],
      city: 'Regstrup',
      message: 'Vi har ledig CNC-kapacitet.',
      networkName: 'Industrivej Regstrup',
      requestedByName: 'Ejer',
    });
    expect(await listPendingRequests(w.facY)).toEqual([]);

    await decideMembership(w.facX, { membershipId: w.membershipId, decision: 'approve' });
    expect(await statusOf(w.membershipId)).toBe('approved');
    expect((await viewerFor(db(), w.owner.id)).memberNetworkIds).toEqual([w.x.id]);
    const notes = await db().select().from(notifications).where(eq(notifications.type, 'membership_approved'));
    expect(notes.map((n) => n.userId).sort()).toEqual([w.owner.id, w.colleague.id].sort());
    expect(testOutbox.map((m) => m.to).sort()).toEqual([w.owner.email, w.colleague.email].sort());
    expect(testOutbox.find((m) => m.to === w.owner.email)!.subject).toBe('Regstrup Smedie ApS er optaget i Industrivej Regstrup');
    expect(testOutbox.find((m) => m.to === w.colleague.email)!.subject).toBe('Regstrup Smedie ApS has joined Industrivej Regstrup');
    // Decided once: a second decision is a conflict, not a silent flip.
    await expect(decideMembership(w.facX, { membershipId: w.membershipId, decision: 'decline' })).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ path: 'decision', message: 'networks.validation.alreadyDecided' }],
    });
  });

  it('a platform admin can decide in any network; decline notifies too', async () => {
    const w = await world();
    expect((await listPendingRequests(w.admin)).map((r) => r.membershipId)).toContain(w.membershipId);
    await decideMembership(w.admin, { membershipId: w.membershipId, decision: 'decline' });
    expect(await statusOf(w.membershipId)).toBe('declined');
    expect(testOutbox).toHaveLength(2);
    expect((await viewerFor(db(), w.owner.id)).memberNetworkIds).toEqual([]);
  });

  it('members, facilitators and staff see the member list; outsiders and anonymous do not', async () => {
    const w = await world();
    expect((await listNetworkMembers(w.member, w.x.id))!.length).toBe(1);
    expect((await listNetworkMembers(w.facX, w.x.id))!.length).toBe(1);
    expect(await listNetworkMembers(w.facY, w.x.id)).toBeNull();
    expect(await listNetworkMembers(null, w.x.id)).toBeNull();
    const list = await listNetworks();
    expect(list.find((n) => n.id === w.x.id)!.memberCount).toBe(1);
  });

  it('members and other facilitators cannot see the queue of network X', async () => {
    const w = await world();
    await expect(listPendingRequests(w.member)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listPendingRequests(null)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('platform admin tools', () => {
  it('only an admin creates networks and appoints facilitators (existing accounts only)', async () => {
    const w = await world();
    await expect(
      createNetwork(w.facX, { name: 'Nyt netværk', description: null, country: 'DK', centerLat: 55.7, centerLng: 11.7, radiusKm: 20 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const { ref } = await createNetwork(w.admin, { name: 'Nyt netværk', description: null, country: 'DK', centerLat: 55.7, centerLng: 11.7, radiusKm: 20 });
    const [net] = await db().select().from(networks).where(eq(networks.ref, ref));
    expect(ref).toMatch(/^net-[a-z2-7]{10}$/);
    const person = await makeUser(db(), { email: 'Facilitator@Holbaek.dk' });
    await expect(appointStaff(w.facX, { networkId: net!.id, email: 'facilitator@holbaek.dk', role: 'facilitator' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(appointStaff(w.admin, { networkId: net!.id, email: 'nobody@holbaek.dk', role: 'facilitator' })).rejects.toMatchObject({
      issues: [{ path: 'email', message: 'networks.validation.noSuchUser' }],
    });
    await appointStaff(w.admin, { networkId: net!.id, email: 'facilitator@holbaek.dk', role: 'facilitator' });
    await appointStaff(w.admin, { networkId: net!.id, email: 'facilitator@holbaek.dk', role: 'facilitator' }); // idempotent
    expect((await viewerFor(db(), person.id)).facilitatorNetworkIds).toEqual([net!.id]);
  });
});
