// A person's own data: the download holds everything about them and nobody else's data, never a
// secret; deleting the account keeps a firm that has other members, closes one that has none, ends
// sessions and API tokens, and anonymises what must stay (introductions, results, themes).
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import {
  apiTokens,
  companies,
  companyInvites,
  companyMembers,
  introductions,
  listings,
  networkMemberships,
  auditLog,
  notifications,
  outcomes,
  sessions,
  themes,
  users,
  verificationTokens,
} from '@/db/schema';
import { deleteOwnAccount, exportPersonalData, PERSONAL_DATA_FORMAT } from '@/lib/dal/personal-data';
import { AUTH_LIMITS, createRateLimiter, dbRateStore } from '@/lib/rate-limit';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';
import { expectAppError } from './helpers/introductions';

const db = setupTestDb();

/** Two firms in one network: Smedie (Anna, owner, and her colleague Bo) and Plast (Carl alone),
 * with an accepted introduction and a recorded result between them, and plenty of personal rows. */
async function world() {
  const net = await makeNetwork(db(), { name: 'Industrivej Test' });
  const smedie = await makeMemberFirm(db(), net.id, { name: 'Smedie ApS', email: 'kontakt@smedie.test', phone: '+45 11 11 11 11' });
  const anna = smedie.user;
  await db().update(users).set({ name: 'Anna Smed', passwordHash: '$argon2id$secret-hash' }).where(eq(users.id, anna.id));
  const bo = await makeUser(db(), { name: 'Bo Kollega', email: `bo-${smedie.company.ref}@smedie.test` });
  await db().insert(companyMembers).values({ companyId: smedie.company.id, userId: bo.id, role: 'member' });
  const plast = await makeMemberFirm(db(), net.id, { name: 'Plast ApS', email: 'kontakt@plast.test', phone: '+45 22 22 22 22' });
  const carl = plast.user;
  await db().update(users).set({ name: 'Carl Plast' }).where(eq(users.id, carl.id));

  const annaListing = await makeListing(db(), smedie.company.id, { title: 'Ledig svejsekapacitet', createdById: anna.id });
  const carlListing = await makeListing(db(), plast.company.id, { title: 'Hemmeligt plastbehov', kind: 'need', createdById: carl.id });
  const carlOther = await makeListing(db(), plast.company.id, { title: 'Overskydende granulat', status: 'paused', createdById: carl.id });
  const [intro] = await db()
    .insert(introductions)
    .values({
      kind: 'interest',
      networkId: net.id,
      fromCompanyId: smedie.company.id,
      toCompanyId: plast.company.id,
      fromListingId: annaListing.id,
      toListingId: carlListing.id,
      message: 'Hej Carl, vi kan svejse jeres stel.',
      status: 'accepted',
      fromAcceptedAt: new Date(),
      toAcceptedAt: new Date(),
    })
    .returning();
  const [pendingIntro] = await db()
    .insert(introductions)
    .values({
      kind: 'interest',
      networkId: net.id,
      fromCompanyId: smedie.company.id,
      toCompanyId: plast.company.id,
      toListingId: carlOther.id,
      message: 'Stadig åben?',
    })
    .returning();
  await db().insert(outcomes).values({ networkId: net.id, introductionId: intro!.id, kind: 'deal', summary: 'Aftale om 40 stel', recordedById: carl.id });
  const [theme] = await db()
    .insert(themes)
    .values({ ref: `th-${carl.id.slice(0, 6)}`, networkId: net.id, title: 'Grøn omstilling', createdById: carl.id })
    .returning();

  for (const u of [anna, carl]) {
    await db()
      .insert(sessions)
      .values({ sessionToken: `session-secret-${u.id}`, userId: u.id, expires: new Date(Date.now() + 86_400_000), userAgent: 'Firefox' });
    await db()
      .insert(apiTokens)
      .values({ userId: u.id, name: `nøgle ${u === carl ? 'Carl' : 'Anna'}`, tokenHash: `hash-secret-${u.id}` });
    await db()
      .insert(notifications)
      .values({ userId: u.id, type: 'match', data: { title: `til ${u.email}` } });
  }
  await db()
    .insert(auditLog)
    .values({ networkId: net.id, action: 'vocabulary.add', actorId: carl.id, actorEmail: carl.email, details: { kind: 'stop', terms: ['aps'] } });
  await db()
    .insert(verificationTokens)
    .values({ identifier: carl.email, token: 'link-secret-carl', expires: new Date(Date.now() + 3_600_000) });
  const other = await makeCompany(db(), { name: 'Inviterende ApS' });
  await db().insert(companyInvites).values({ companyId: other.id, email: carl.email.toUpperCase() });
  // The real limiter, so that the digest the deletion looks for is the one it stores.
  const limiter = createRateLimiter({ store: dbRateStore(db()), cleanupChance: 0 });
  await limiter.hit([{ rule: AUTH_LIMITS.linkPerEmail, subject: carl.email }]);
  await limiter.hit([{ rule: AUTH_LIMITS.linkPerEmail, subject: anna.email }]);

  return { net, smedie, anna, bo, plast, carl, annaListing, carlListing, carlOther, intro: intro!, pendingIntro: pendingIntro!, theme: theme!, other };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

describe('download of personal data', () => {
  it('holds the account, the firm, its listings, introductions, results, notifications, sessions and audit entries', async () => {
    const data = await exportPersonalData(await viewerFor(db(), w.carl.id));
    expect(data.format).toBe(PERSONAL_DATA_FORMAT);
    expect(data.account).toMatchObject({ id: w.carl.id, email: w.carl.email, name: 'Carl Plast', hasPassword: false });
    expect(data.firms).toHaveLength(1);
    expect(data.firms[0]!.role).toBe('owner');
    expect(data.firms[0]!.company).toMatchObject({ name: 'Plast ApS', email: 'kontakt@plast.test', phone: '+45 22 22 22 22' });
    expect(data.firms[0]!.networks).toEqual([expect.objectContaining({ network: 'Industrivej Test', status: 'approved' })]);
    expect(data.firms[0]!.listings.map((l) => l.title).sort()).toEqual(['Hemmeligt plastbehov', 'Overskydende granulat']);
    expect(data.introductions.map((i) => i.message).sort()).toEqual(['Hej Carl, vi kan svejse jeres stel.', 'Stadig åben?']);
    expect(data.introductions[0]).toMatchObject({ fromCompany: 'Smedie ApS', toCompany: 'Plast ApS' });
    expect(data.outcomes).toEqual([expect.objectContaining({ summary: 'Aftale om 40 stel', recordedByMe: true })]);
    expect(data.notifications).toEqual([expect.objectContaining({ type: 'match', data: { title: `til ${w.carl.email}` } })]);
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: 'Firefox' })]);
    expect(data.apiTokens).toEqual([expect.objectContaining({ name: 'nøgle Carl' })]);
    expect(data.authored.themes).toEqual([expect.objectContaining({ title: 'Grøn omstilling' })]);
    expect(data.auditLog).toEqual([expect.objectContaining({ action: 'vocabulary.add', details: { kind: 'stop', terms: ['aps'] } })]);
    expect(data.invitations).toEqual([expect.objectContaining({ company: 'Inviterende ApS', sentByMe: false })]);
    expect(data.rateLimitCounters).toHaveLength(1);
    expect(data.pendingSignInLinks).toHaveLength(1);
  });

  it('never holds a secret, nor another person’s data', async () => {
    const anna = JSON.stringify(await exportPersonalData(await viewerFor(db(), w.anna.id)));
    expect(anna).toContain('Anna Smed');
    expect(anna).toContain('Ledig svejsekapacitet');
    expect(anna).not.toContain('$argon2id');
    expect(anna).not.toContain('session-secret');
    expect(anna).not.toContain('hash-secret');
    expect(anna).not.toContain('tokenHash');
    expect(anna).not.toContain('passwordHash');
    // Carl's account, notifications, his firm's contact details and unrelated listing stay out.
    expect(anna).not.toContain(w.carl.email);
    expect(anna).not.toContain('Carl Plast');
    expect(anna).not.toContain('kontakt@plast.test');
    expect(anna).not.toContain('Grøn omstilling');
    expect(anna).not.toContain('link-secret');
    const carl = JSON.stringify(await exportPersonalData(await viewerFor(db(), w.carl.id)));
    expect(carl).not.toContain('link-secret');
    expect(carl).not.toContain('Anna Smed');
    expect(carl).not.toContain(w.anna.email);
    expect(carl).not.toContain('kontakt@smedie.test');
    expect(carl).not.toContain('Bo Kollega');
  });
});

describe('deleting one’s account', () => {
  it('refuses a confirmation that is not the account’s e-mail, and the last platform admin', async () => {
    await expectAppError(deleteOwnAccount(await viewerFor(db(), w.anna.id), { confirmEmail: 'someone@else.test' }), 'validation');
    const admin = await makeUser(db(), { isPlatformAdmin: true });
    await expectAppError(deleteOwnAccount(await viewerFor(db(), admin.id), { confirmEmail: admin.email }), 'conflict');
    expect(await db().$count(users, eq(users.id, admin.id))).toBe(1);
  });

  it('keeps a firm with other members: the colleague becomes owner, the listings stay open', async () => {
    const summary = await deleteOwnAccount(await viewerFor(db(), w.anna.id), { confirmEmail: `  ${w.anna.email.toUpperCase()} ` });
    expect(summary).toEqual({ firmsKept: 1, firmsClosed: 0, listingsClosed: 0 });
    expect(await db().$count(users, eq(users.id, w.anna.id))).toBe(0);
    expect(await db().$count(sessions, eq(sessions.userId, w.anna.id))).toBe(0);
    expect(await db().$count(apiTokens, eq(apiTokens.userId, w.anna.id))).toBe(0);
    const [bo] = await db().select().from(companyMembers).where(eq(companyMembers.userId, w.bo.id));
    expect(bo!.role).toBe('owner');
    const [firm] = await db().select().from(companies).where(eq(companies.id, w.smedie.company.id));
    expect(firm).toMatchObject({ closedAt: null, email: 'kontakt@smedie.test' });
    const [listing] = await db().select().from(listings).where(eq(listings.id, w.annaListing.id));
    expect(listing).toMatchObject({ status: 'open', createdById: null });
    // Carl's rows are untouched.
    expect(await db().$count(sessions, eq(sessions.userId, w.carl.id))).toBe(1);
  });

  it('closes a firm with nobody left: listings closed, out of its networks, contact details gone; what others rely on stays, anonymised', async () => {
    const summary = await deleteOwnAccount(await viewerFor(db(), w.carl.id), { confirmEmail: w.carl.email });
    expect(summary).toEqual({ firmsKept: 0, firmsClosed: 1, listingsClosed: 2 });
    const [firm] = await db().select().from(companies).where(eq(companies.id, w.plast.company.id));
    expect(firm!.closedAt).toBeInstanceOf(Date);
    expect(firm).toMatchObject({ name: 'Plast ApS', email: null, phone: null });
    const statuses = await db().select({ status: listings.status, by: listings.createdById }).from(listings).where(eq(listings.companyId, w.plast.company.id));
    expect(statuses).toEqual([
      { status: 'closed', by: null },
      { status: 'closed', by: null },
    ]);
    expect(await db().$count(networkMemberships, eq(networkMemberships.companyId, w.plast.company.id))).toBe(0);
    // The accepted introduction and its result stay for the other firm, without Carl's name.
    const [intro] = await db().select().from(introductions).where(eq(introductions.id, w.intro.id));
    expect(intro).toMatchObject({ status: 'accepted', message: 'Hej Carl, vi kan svejse jeres stel.' });
    const [pending] = await db().select().from(introductions).where(eq(introductions.id, w.pendingIntro.id));
    expect(pending!.status).toBe('withdrawn');
    const [result] = await db().select().from(outcomes).where(eq(outcomes.introductionId, w.intro.id));
    expect(result).toMatchObject({ summary: 'Aftale om 40 stel', recordedById: null });
    const [theme] = await db().select().from(themes).where(eq(themes.id, w.theme.id));
    expect(theme).toMatchObject({ title: 'Grøn omstilling', createdById: null });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.networkId, w.net.id));
    expect(audit).toMatchObject({ action: 'vocabulary.add', details: { terms: ['aps'] }, actorId: null, actorEmail: null });
    // Nothing keyed by Carl's address is left: no invitation, sign-in link or rate-limit counter,
    // and his e-mail appears nowhere in the database.
    expect(await db().$count(companyInvites, sql`lower(${companyInvites.email}) = ${w.carl.email.toLowerCase()}`)).toBe(0);
    expect(await db().$count(verificationTokens)).toBe(0);
    const rows = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from rate_limits`);
    expect(rows[0]!.n).toBe(0);
    const dump = await queryRows<{ hits: number }>(
      db(),
      sql`select (select count(*) from notifications n where n.data::text like ${'%' + w.carl.email + '%'})::int as hits`,
    );
    expect(dump[0]!.hits).toBe(0);
    // Matching is told about the closed listings.
    const jobs = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from jobs where type = 'matches.listing'`);
    expect(jobs[0]!.n).toBe(2);
  });

  it('a person with no firm is simply deleted', async () => {
    const loner = await makeUser(db());
    const net = await makeNetwork(db());
    await addMembership(db(), net.id, { userId: loner.id, role: 'facilitator' });
    expect(await deleteOwnAccount(await viewerFor(db(), loner.id), { confirmEmail: loner.email })).toEqual({ firmsKept: 0, firmsClosed: 0, listingsClosed: 0 });
    expect(await db().$count(networkMemberships, eq(networkMemberships.userId, loner.id))).toBe(0);
  });
});
