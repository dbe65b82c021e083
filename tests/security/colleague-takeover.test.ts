// Finding (High): taking over a firm by pre-registering an address. addColleague used to attach an
// existing account at once, with no proof that its holder reads the address: sign up as
// ny.kollega@firm.example, wait for the owner to add that address, and edit the firm's listings.
// Now adding is an invitation that only a confirmed address can accept, with its holder's consent.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetUnprovenCredentials, selectUser } from '@/db/queries/users';
import { companyMembers, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import { createApiToken, viewerForApiToken } from '@/lib/dal/api-tokens';
import { changePassword, signUpUser } from '@/lib/dal/auth';
import { acceptInvitation, acceptInvite, getInvitation, getTeam, inviteColleague, listInvitesForViewer, signUpFromInvitation } from '@/lib/dal/company-team';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from '../integration/helpers/db';
import { makeMemberFirm, makeNetwork, makeUser, viewerFor } from '../integration/helpers/factories';
import { errorOf, lastMailTo, tokenFromMail } from './helpers';

const db = setupTestDb();
beforeEach(() => {
  testOutbox.length = 0;
});

const membersOf = async (companyId: string) => (await db().select().from(companyMembers).where(eq(companyMembers.companyId, companyId))).map((m) => m.userId);

describe('colleague takeover by pre-registering an address', () => {
  it('never attaches a pre-registered account: the owner only sends an invitation', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    // The attacker registered the address before the owner typed it (an account from before
    // sign-ups were confirmed: a password, no confirmed address).
    const attacker = await makeUser(db(), { email: 'ny.kollega@firm.example', passwordHash: await hashPassword('angriberens kode 1') });

    await inviteColleague(owner.viewer, owner.company.ref, 'Ny.Kollega@firm.example', 'da');
    expect(await membersOf(owner.company.id)).toEqual([owner.user.id]);
    const attackerViewer = await viewerFor(db(), attacker.id);
    expect(attackerViewer.companyIds).toEqual([]);

    // Even with the e-mailed link (say it leaked), an unconfirmed address cannot accept.
    const token = tokenFromMail('ny.kollega@firm.example', '/invite/');
    expect((await getInvitation(attackerViewer, token)).state).toBe('unverified');
    expect((await errorOf(acceptInvitation(attackerViewer, token))).issues[0]?.message).toBe('team.errors.verifyEmailFirst');
    const [listed] = await listInvitesForViewer(attackerViewer);
    expect((await errorOf(acceptInvite(attackerViewer, listed!.id))).code).toBe('forbidden');
    expect(await membersOf(owner.company.id)).toEqual([owner.user.id]);
  });

  it('answers the owner the same whether or not the address has an account', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    const other = await makeMemberFirm(db(), net.id);
    await makeUser(db(), { email: 'har.konto@firm.example' });
    // Someone who already works elsewhere used to be refused with "belongs to another firm".
    for (const email of ['har.konto@firm.example', 'ingen.konto@firm.example', other.user.email]) {
      await expect(inviteColleague(owner.viewer, owner.company.ref, email, 'da')).resolves.toBeUndefined();
      expect(lastMailTo(email).subject).toContain(owner.company.name);
    }
    const team = await getTeam(owner.viewer, owner.company.ref);
    expect(team.members.map((m) => m.userId)).toEqual([owner.user.id]);
    expect(team.invites.map((i) => i.email).sort()).toEqual(['har.konto@firm.example', 'ingen.konto@firm.example', other.user.email].sort());
  });

  it('lets the real person take the address back by link and then join with consent', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    const attacker = await makeUser(db(), { email: 'kollega.to@firm.example', passwordHash: await hashPassword('angriberens kode 1') });
    const attackerSession = await createSessionRow(db(), { userId: attacker.id });
    const attackerToken = (await createApiToken(await viewerFor(db(), attacker.id), 'angriber')).token;
    await inviteColleague(owner.viewer, owner.company.ref, 'kollega.to@firm.example', 'da');
    const token = tokenFromMail('kollega.to@firm.example', '/invite/');

    // The real person opens the invitation signed out: the address has an account, so they sign
    // in with a link to it. Its first use ends everything set up before the address was proven.
    expect((await getInvitation(null, token)).state).toBe('signedOutHasAccount');
    await forgetUnprovenCredentials(db(), { userId: attacker.id });
    await db().update(users).set({ emailVerified: new Date() }).where(eq(users.id, attacker.id)); // what Auth.js does next
    const account = (await selectUser(db(), { userId: attacker.id }))!;
    expect(account.passwordHash).toBeNull();
    expect(await findSessionUserId(db(), attackerSession)).toBeNull();
    expect(await viewerForApiToken(attackerToken)).toBeNull();

    // Right after the link they may set their own password without knowing the attacker's.
    const real = await viewerFor(db(), attacker.id);
    await changePassword(real, { currentPassword: '', newPassword: 'min egen lange kode' });
    expect(await verifyPassword((await selectUser(db(), { userId: real.userId }))!.passwordHash!, 'min egen lange kode')).toBe(true);

    expect((await getInvitation(real, token)).state).toBe('ready');
    expect(await acceptInvitation(real, token)).toEqual({ ref: owner.company.ref });
    expect((await membersOf(owner.company.id)).sort()).toEqual([owner.user.id, real.userId].sort());
    // Single use.
    expect((await getInvitation(real, token)).state).toBe('invalid');
  });

  it('a confirmed address can only accept an invitation to itself, once, before it expires', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    const outsider = await viewerFor(db(), (await makeUser(db(), { emailVerified: new Date() })).id);
    await inviteColleague(owner.viewer, owner.company.ref, 'inviteret@firm.example', 'da');
    const token = tokenFromMail('inviteret@firm.example', '/invite/');
    expect((await getInvitation(outsider, token)).state).toBe('wrongAccount');
    expect((await errorOf(acceptInvitation(outsider, token))).code).toBe('not_found');

    // A renewal replaces the link: the old one stops working.
    const later = new Date(Date.now() + 2 * 60_000);
    await inviteColleague(owner.viewer, owner.company.ref, 'inviteret@firm.example', 'da', later);
    const renewed = tokenFromMail('inviteret@firm.example', '/invite/');
    expect(renewed).not.toBe(token);
    expect((await getInvitation(null, token)).state).toBe('invalid');

    const invitee = await viewerFor(db(), (await makeUser(db(), { email: 'inviteret@firm.example', emailVerified: new Date() })).id);
    const afterExpiry = new Date(later.getTime() + 15 * 86_400_000);
    expect((await getInvitation(invitee, renewed, afterExpiry)).state).toBe('expired');
    expect((await errorOf(acceptInvitation(invitee, renewed, afterExpiry))).code).toBe('not_found');
    await acceptInvitation(invitee, renewed);
    expect(await membersOf(owner.company.id)).toContain(invitee.userId);
  });

  it('a new person creates a confirmed account from the invitation; an existing address must sign in instead', async () => {
    const net = await makeNetwork(db());
    const owner = await makeMemberFirm(db(), net.id);
    await inviteColleague(owner.viewer, owner.company.ref, 'helt.ny@firm.example', 'en');
    expect(lastMailTo('helt.ny@firm.example').subject).toBe(`Invitation to ${owner.company.name} on Industrivej`);
    const token = tokenFromMail('helt.ny@firm.example', '/invite/');
    expect((await getInvitation(null, token)).state).toBe('signedOutNewAddress');
    const { email, ref } = await signUpFromInvitation({ token, name: 'Helt Ny', password: 'en lang ny kode', locale: 'en' });
    expect({ email, ref }).toEqual({ email: 'helt.ny@firm.example', ref: owner.company.ref });
    const [created] = await db().select().from(users).where(eq(users.email, 'helt.ny@firm.example'));
    expect(created!.emailVerified).not.toBeNull();
    expect(await membersOf(owner.company.id)).toContain(created!.id);

    // An address that has an account (maybe pre-registered) cannot be claimed from an invitation.
    await makeUser(db(), { email: 'findes@firm.example', passwordHash: await hashPassword('angriberens kode 1') });
    await inviteColleague(owner.viewer, owner.company.ref, 'findes@firm.example', 'da');
    const t2 = tokenFromMail('findes@firm.example', '/invite/');
    expect((await errorOf(signUpFromInvitation({ token: t2, name: 'X', password: 'en lang ny kode', locale: 'da' }))).issues[0]?.message).toBe(
      'team.errors.hasAccount',
    );
  });

  it('a sign-up for an address nobody confirmed opens nothing until the mailbox confirms it', async () => {
    await signUpUser({ name: 'Angriber', email: 'ofrets.adresse@firm.example', password: 'angriberens kode 1', locale: 'da' });
    const [row] = await db().select().from(users).where(eq(users.email, 'ofrets.adresse@firm.example'));
    // No usable password (password sign-in fails), address unconfirmed.
    expect(row!.passwordHash).toBeNull();
    expect(row!.emailVerified).toBeNull();
    // The real person signs in by link instead of confirming: the attacker's pending password is gone.
    await forgetUnprovenCredentials(db(), { userId: row!.id });
    const [after] = await db().select().from(users).where(eq(users.id, row!.id));
    expect(after).toMatchObject({ passwordHash: null, pendingPasswordHash: null, signupTokenHash: null });
  });
});
