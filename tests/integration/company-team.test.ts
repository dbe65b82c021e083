import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { companyMembers, users } from '@/db/schema';
import {
  INVITE_DAYS,
  acceptInvite,
  declineInvitation,
  declineInvite,
  getInvitation,
  getTeam,
  inviteColleague,
  leaveFirm,
  listInvitesForViewer,
  listMyFirms,
  makeOwner,
  removeColleague,
  revokeInvite,
} from '@/lib/dal/company-team';
import { testOutbox } from '@/lib/mail';
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
  beforeEach(() => {
    testOutbox.length = 0;
  });

  it('invites by e-mail in the chosen language, lists pending invitations, and only the owner manages', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await inviteColleague(a.viewer, a.company.ref, 'ny@firma.dk', 'fi');
    const mail = testOutbox.at(-1)!;
    expect(mail.to).toBe('ny@firma.dk');
    expect(mail.subject).toBe(`Kutsu yritykseen ${a.company.name} Industrivejssä`);
    // The link is built from APP_URL (http://localhost:3000 by default), never from a request.
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}\b/);
    // An address with an account gets the e-mail in that account's language.
    await makeUser(db(), { email: 'dansk@firma.dk', locale: 'en' });
    await inviteColleague(a.viewer, a.company.ref, 'dansk@firma.dk', 'da');
    expect(testOutbox.at(-1)!.subject).toBe(`Invitation to ${a.company.name} on Industrivej`);
    // Sending again at once is refused; a member is not invited.
    expect((await errorOf(inviteColleague(a.viewer, a.company.ref, 'ny@firma.dk', 'da'))).issues[0]?.message).toBe('team.errors.justSent');
    expect((await errorOf(inviteColleague(a.viewer, a.company.ref, a.user.email, 'da'))).issues[0]?.message).toBe('team.errors.alreadyMember');

    const team = await getTeam(a.viewer, a.company.ref);
    expect(team.canManage).toBe(true);
    expect(team.invites.map((i) => [i.email, i.expired])).toEqual([
      ['ny@firma.dk', false],
      ['dansk@firma.dk', false],
    ]);
    const later = await getTeam(a.viewer, a.company.ref, new Date(Date.now() + (INVITE_DAYS + 1) * 86_400_000));
    expect(later.invites.every((i) => i.expired)).toBe(true);
  });

  it('keeps other firms out and lets only the owner change the team', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id);
    expect((await errorOf(getTeam(b.viewer, a.company.ref))).code).toBe('not_found');
    expect((await errorOf(inviteColleague(b.viewer, a.company.ref, 'x@y.dk', 'da'))).code).toBe('not_found');
    expect((await errorOf(removeColleague(b.viewer, a.company.ref, a.user.id))).code).toBe('not_found');
    expect((await errorOf(makeOwner(b.viewer, a.company.ref, b.user.id))).code).toBe('not_found');

    const colleague = await makeUser(db());
    await db().insert(companyMembers).values({ companyId: a.company.id, userId: colleague.id, role: 'member' });
    const cv = await viewerFor(db(), colleague.id);
    expect((await getTeam(cv, a.company.ref)).canManage).toBe(false);
    expect((await errorOf(inviteColleague(cv, a.company.ref, 'x@y.dk', 'da'))).code).toBe('forbidden');
    expect((await errorOf(makeOwner(cv, a.company.ref, colleague.id))).code).toBe('forbidden');
  });

  it('never removes the last owner; an owner can hand over and then leave', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    expect((await errorOf(removeColleague(a.viewer, a.company.ref, a.user.id))).issues[0]?.message).toBe('companies.team.lastOwner');
    // Alone in the firm: cannot leave it.
    expect(await listMyFirms(a.viewer)).toEqual([{ ref: a.company.ref, name: a.company.name, role: 'owner', cannotLeave: 'onlyPerson' }]);
    expect((await errorOf(leaveFirm(a.viewer, a.company.ref))).issues[0]?.message).toBe('team.errors.onlyPerson');

    const mate = await makeUser(db());
    await db().insert(companyMembers).values({ companyId: a.company.id, userId: mate.id, role: 'member' });
    const owner = await viewerFor(db(), a.user.id);
    expect((await listMyFirms(owner))[0]?.cannotLeave).toBe('lastOwner');
    expect((await errorOf(leaveFirm(owner, a.company.ref))).issues[0]?.message).toBe('team.errors.lastOwner');

    await makeOwner(owner, a.company.ref, mate.id);
    expect((await listMyFirms(owner))[0]?.cannotLeave).toBeNull();
    await leaveFirm(owner, a.company.ref);
    const rows = await db().select().from(companyMembers).where(eq(companyMembers.companyId, a.company.id));
    expect(rows.map((r) => [r.userId, r.role])).toEqual([[mate.id, 'owner']]);
    // Someone outside the firm cannot "leave" it.
    expect((await errorOf(leaveFirm(await viewerFor(db(), a.user.id), a.company.ref))).code).toBe('not_found');
  });

  it('a member leaves freely', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const mate = await makeUser(db());
    await db().insert(companyMembers).values({ companyId: a.company.id, userId: mate.id, role: 'member' });
    const mv = await viewerFor(db(), mate.id);
    expect(await listMyFirms(mv)).toEqual([{ ref: a.company.ref, name: a.company.name, role: 'member', cannotLeave: null }]);
    await leaveFirm(mv, a.company.ref);
    expect((await viewerFor(db(), mate.id)).companyIds).toEqual([]);
  });

  it('lists invitations on /onboarding to a confirmed address; accept there, decline, revoke', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const other = await makeMemberFirm(db(), net.id);
    await inviteColleague(a.viewer, a.company.ref, 'later@firma.dk', 'da');
    await inviteColleague(other.viewer, other.company.ref, 'later@firma.dk', 'da');

    const late = await makeUser(db(), { email: 'Later@firma.dk' });
    const v = await viewerFor(db(), late.id);
    const invites = await listInvitesForViewer(v);
    expect(invites.map((i) => i.companyRef).sort()).toEqual([a.company.ref, other.company.ref].sort());
    const mine = invites.find((i) => i.companyRef === a.company.ref)!;
    const theirs = invites.find((i) => i.companyRef === other.company.ref)!;

    const intruder = await viewerFor(db(), (await makeUser(db(), { emailVerified: new Date() })).id);
    expect((await errorOf(acceptInvite(intruder, mine.id))).code).toBe('not_found');
    expect((await errorOf(acceptInvite(v, mine.id))).issues[0]?.message).toBe('team.errors.verifyEmailFirst');
    await db().update(users).set({ emailVerified: new Date() }).where(eq(users.id, late.id));
    expect(await acceptInvite(v, mine.id)).toEqual({ ref: a.company.ref });
    const joined = await viewerFor(db(), late.id);
    expect(joined.companyIds).toEqual([a.company.id]);
    // One firm per person: the other invitation waits until they leave.
    expect((await errorOf(acceptInvite(joined, theirs.id))).issues[0]?.message).toBe('team.errors.inOtherFirm');
    await declineInvite(joined, theirs.id);
    expect((await getTeam(other.viewer, other.company.ref)).invites).toEqual([]);

    await inviteColleague(a.viewer, a.company.ref, 'one@firma.dk', 'da');
    const [one] = (await getTeam(a.viewer, a.company.ref)).invites;
    await revokeInvite(a.viewer, a.company.ref, one!.id);
    expect((await errorOf(revokeInvite(a.viewer, a.company.ref, one!.id))).code).toBe('not_found');
    expect((await getTeam(a.viewer, a.company.ref)).invites).toEqual([]);
  });

  it('a declined link is gone for good', async () => {
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    await inviteColleague(a.viewer, a.company.ref, 'nej@firma.dk', 'da');
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(testOutbox.at(-1)!.text)![1]!;
    await declineInvitation(token);
    expect((await getInvitation(null, token)).state).toBe('invalid');
    expect((await errorOf(declineInvitation(token))).code).toBe('not_found');
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
