import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companyInvites, companyMembers } from '@/db/schema';
import { acceptInvite, addColleague, declineInvite, getTeam, listInvitesForViewer, removeColleague, revokeInvite } from '@/lib/dal/company-team';
import { getDashboard } from '@/lib/dal/dashboard';
import { AppError } from '@/lib/errors';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

async function errorOf(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('team and invitations', () => {
  it('adds an existing user at once and invites an unknown address', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const colleague = await makeUser(db(), { email: 'Kollega@Firma.dk' });
    expect(await addColleague(a.viewer, a.company.ref, 'kollega@firma.dk')).toEqual({ result: 'added' });
    expect((await errorOf(addColleague(a.viewer, a.company.ref, 'kollega@firma.dk'))).issues[0]?.message).toBe('companies.team.alreadyMember');

    expect(await addColleague(a.viewer, a.company.ref, 'ny@firma.dk')).toEqual({ result: 'invited' });
    expect((await errorOf(addColleague(a.viewer, a.company.ref, 'ny@firma.dk'))).issues[0]?.message).toBe('companies.team.alreadyInvited');

    const team = await getTeam(a.viewer, a.company.ref);
    expect(team.canManage).toBe(true);
    expect(team.members.map((m) => [m.userId, m.role])).toEqual([
      [a.user.id, 'owner'],
      [colleague.id, 'member'],
    ]);
    expect(team.invites.map((i) => i.email)).toEqual(['ny@firma.dk']);

    // The colleague sees the team but may not change it.
    const cv = await viewerFor(db(), colleague.id);
    expect((await getTeam(cv, a.company.ref)).canManage).toBe(false);
    expect((await errorOf(addColleague(cv, a.company.ref, 'x@y.dk'))).code).toBe('forbidden');
  });

  it('keeps other firms out: not_found for their refs', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    expect((await errorOf(getTeam(b.viewer, a.company.ref))).code).toBe('not_found');
    expect((await errorOf(addColleague(b.viewer, a.company.ref, 'x@y.dk'))).code).toBe('not_found');
    expect((await errorOf(removeColleague(b.viewer, a.company.ref, a.user.id))).code).toBe('not_found');
    // Someone who already works for another firm cannot be pulled in.
    expect((await errorOf(addColleague(a.viewer, a.company.ref, b.user.email))).issues[0]?.message).toBe('companies.team.belongsToOtherFirm');
  });

  it('never removes the last owner', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const e = await errorOf(removeColleague(a.viewer, a.company.ref, a.user.id));
    expect(e.issues[0]?.message).toBe('companies.team.lastOwner');
    const mate = await makeUser(db());
    await addColleague(a.viewer, a.company.ref, mate.email);
    await removeColleague(a.viewer, a.company.ref, mate.id);
    expect(await db().select().from(companyMembers).where(eq(companyMembers.companyId, a.company.id))).toHaveLength(1);
  });

  it('lets the invited person join once their e-mail is confirmed, and only them', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await addColleague(a.viewer, a.company.ref, 'later@firma.dk');
    const other = await makeMemberFirm(db(), net.id);
    await addColleague(other.viewer, other.company.ref, 'later@firma.dk');

    // They sign up afterwards, with the invited address.
    const late = await makeUser(db(), { email: 'Later@firma.dk' });
    let v = await viewerFor(db(), late.id);
    const invites = await listInvitesForViewer(v);
    expect(invites.map((i) => i.companyRef).sort()).toEqual([a.company.ref, other.company.ref].sort());
    const mine = invites.find((i) => i.companyRef === a.company.ref)!;

    // Someone else cannot use the invitation.
    const intruder = await viewerFor(db(), (await makeUser(db(), { emailVerified: new Date() })).id);
    expect((await errorOf(acceptInvite(intruder, mine.id))).code).toBe('not_found');

    expect((await errorOf(acceptInvite(v, mine.id))).issues[0]?.message).toBe('companies.onboarding.verifyEmailFirst');
    const { users } = await import('@/db/schema');
    await db().update(users).set({ emailVerified: new Date() }).where(eq(users.id, late.id));
    expect(await acceptInvite(v, mine.id)).toEqual({ ref: a.company.ref });
    v = await viewerFor(db(), late.id);
    expect(v.companyIds).toEqual([a.company.id]);
    // Joining one firm clears the other invitations.
    expect(await db().select().from(companyInvites).where(eq(companyInvites.email, 'later@firma.dk'))).toHaveLength(0);
  });

  it('lets the owner revoke and the invitee decline', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await addColleague(a.viewer, a.company.ref, 'one@firma.dk');
    await addColleague(a.viewer, a.company.ref, 'two@firma.dk');
    const [one, two] = (await getTeam(a.viewer, a.company.ref)).invites;
    await revokeInvite(a.viewer, a.company.ref, one!.id);
    expect((await errorOf(revokeInvite(a.viewer, a.company.ref, one!.id))).code).toBe('not_found');
    const invitee = await viewerFor(db(), (await makeUser(db(), { email: 'two@firma.dk' })).id);
    await declineInvite(invitee, two!.id);
    expect((await getTeam(a.viewer, a.company.ref)).invites).toEqual([]);
  });
});

describe('dashboard', () => {
  it('shows the firm, its network memberships with status, and the team', async () => {
    const n1 = await makeNetwork(db(), { name: 'A-netværk' });
    const n2 = await makeNetwork(db(), { name: 'B-netværk' });
    const a = await makeMemberFirm(db(), n1.id);
    await addMembership(db(), n2.id, { companyId: a.company.id }, 'pending');
    const d = await getDashboard(a.viewer);
    expect(d?.company.ref).toBe(a.company.ref);
    expect(d?.memberships.map((m) => [m.networkName, m.status])).toEqual([
      ['A-netværk', 'approved'],
      ['B-netværk', 'pending'],
    ]);
    expect(d?.team.members).toHaveLength(1);

    const newcomer = await viewerFor(db(), (await makeUser(db())).id);
    expect(await getDashboard(newcomer)).toBeNull();
    expect((await errorOf(getDashboard(null))).code).toBe('unauthorized');
    // A firm without any network still has a dashboard (it has to apply somewhere).
    const solo = await makeUser(db());
    await makeCompany(db(), {}, solo.id);
    expect((await getDashboard(await viewerFor(db(), solo.id)))?.memberships).toEqual([]);
  });
});
