// The audit log end to end: the action builders (as a browser calls them) and apiHandler record
// refusals in one place; admin and facilitator actions leave exactly one line; admins read and
// filter the log; old lines go after the retention period.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, listings, users } from '@/db/schema';
import { deleteAuditLinesBefore, insertAuditLine } from '@/db/queries/audit';
import { insertVocabularyEntry } from '@/db/queries/vocabulary';
import { disableUserAction, hideListingAction } from '@/lib/actions/admin';
import { initialFormState } from '@/lib/form-state';
import { decideMembershipAction } from '@/lib/actions/networks';
import { apiHandler } from '@/lib/api/handler';
import { createApiToken } from '@/lib/dal/api-tokens';
import { listAuditLines, recordAudit } from '@/lib/dal/audit';
import type { Viewer } from '@/lib/dal/viewer';
import { forbidden } from '@/lib/errors';
import { auditCutoff } from '@/lib/policy/admin';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

// What Next.js provides around a server action: the signed-in user, the request's headers, the
// message catalogue (keys stand in for texts) and the cache.
const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUserId: async () => request.userId }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-industrivej-path': '/admin/users/someone' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
  getLocale: async () => 'da',
}));

const db = setupTestDb();

let admin: Viewer;
let member: Viewer;
let facilitator: Viewer;
let listingId: string;
let networkId: string;

beforeAll(async () => {
  const net = await makeNetwork(db());
  networkId = net.id;
  admin = await viewerFor(db(), (await makeUser(db(), { email: 'admin@audit.test', isPlatformAdmin: true })).id);
  const firm = await makeMemberFirm(db(), net.id);
  member = firm.viewer;
  listingId = (await makeListing(db(), firm.company.id, { visibility: 'public' })).id;
  const fac = await makeUser(db(), { email: 'fac@audit.test' });
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), fac.id);
});

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const linesOf = (actorId: string) => db().select().from(auditLog).where(eq(auditLog.actorId, actorId));

describe('a refused action is logged once, where every action passes', () => {
  it('a member calling an admin action is refused, nothing changes, and the refusal is in the log', async () => {
    const target = await makeUser(db());
    request.userId = member.userId;
    const result = await disableUserAction(initialFormState, form({ userId: target.id, reason: 'hævn' }));
    expect(result).toMatchObject({ ok: false, message: 'errors.forbidden' });
    const [row] = await db().select().from(users).where(eq(users.id, target.id));
    expect(row?.disabledAt).toBeNull();
    const lines = await linesOf(member.userId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action: 'user.disable', outcome: 'refused', actorEmail: member.email, targetType: 'user', targetId: target.id });
    expect(lines[0]!.details).toMatchObject({ page: '/admin/users/someone', reason: 'hævn' });
  });

  it('a facilitator calling an admin action is refused and logged too', async () => {
    request.userId = facilitator.userId;
    const result = await hideListingAction(initialFormState, form({ listingId, reason: 'Konkurrent' }));
    expect(result.ok).toBe(false);
    const [row] = await db().select().from(listings).where(eq(listings.id, listingId));
    expect(row?.hiddenAt).toBeNull();
    const lines = await linesOf(facilitator.userId);
    expect(lines.map((l) => [l.action, l.outcome, l.targetId])).toEqual([['listing.hide', 'refused', listingId]]);
  });

  it('a member calling a facilitator action is refused and logged', async () => {
    const applicant = await makeCompany(db(), { name: 'Ansøger ApS' });
    const membership = await addMembership(db(), networkId, { companyId: applicant.id }, 'pending');
    request.userId = member.userId;
    const before = (await linesOf(member.userId)).length;
    expect((await decideMembershipAction(initialFormState, form({ membershipId: membership.id, decision: 'approve' }))).ok).toBe(false);
    const lines = await linesOf(member.userId);
    expect(lines).toHaveLength(before + 1);
    expect(lines.find((l) => l.action === 'membership.decide')).toMatchObject({ outcome: 'refused', targetType: 'membership', targetId: membership.id });

    // The facilitator's own decision (it ends in a redirect) is logged as done, once.
    request.userId = facilitator.userId;
    const redirected = await decideMembershipAction(initialFormState, form({ membershipId: membership.id, decision: 'approve' })).then(
      () => null,
      (error: unknown) => error as { digest?: string },
    );
    expect(redirected?.digest).toContain('NEXT_REDIRECT');
    const done = (await linesOf(facilitator.userId)).filter((l) => l.action === 'membership.decide');
    expect(done.map((l) => [l.outcome, l.targetId, l.details.decision])).toEqual([['done', membership.id, 'approve']]);
  });

  it('an admin action leaves exactly one line, written with the change', async () => {
    const target = await makeUser(db(), { email: 'target@audit.test' });
    request.userId = admin.userId;
    const result = await disableUserAction(initialFormState, form({ userId: target.id }));
    expect(result.ok).toBe(true);
    const lines = await db().select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(lines.map((l) => [l.action, l.outcome, l.actorId])).toEqual([['user.disable', 'done', admin.userId]]);
    expect(lines[0]!.details).toMatchObject({ email: 'target@audit.test' });
    // The refusal of the rule "not the last admin" is the DAL's, with its own message.
    const self = await disableUserAction(initialFormState, form({ userId: admin.userId }));
    expect(self).toMatchObject({ ok: false, fieldErrors: { _form: ['admin.errors.notYourself'] } });
  });

  it('an API call refused as forbidden is logged by apiHandler, with its method and path', async () => {
    const { token } = await createApiToken(member, 'audit');
    const handler = apiHandler({ requireViewer: true }, async () => {
      throw forbidden();
    });
    const res = await handler(new Request('http://localhost/api/v1/listings/li-123', { method: 'PATCH', headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(403);
    const [line] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.userId), eq(auditLog.action, 'api')));
    expect(line).toMatchObject({ outcome: 'refused', details: { method: 'PATCH', path: '/api/v1/listings/li-123' } });
  });

  it('writing a line never fails the request (a line that cannot be stored is dropped)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(recordAudit({ actorId: 'no-such-user', actorEmail: null, action: 'x', outcome: 'refused' })).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith('audit log: could not record', 'x', expect.anything());
    logged.mockRestore();
    expect(await linesOf('no-such-user')).toHaveLength(0);
  });
});

describe('reading the log', () => {
  it('admins filter by who, what, outcome and target; nobody else reads it', async () => {
    const everything = await listAuditLines(admin, {}, 1);
    expect(everything.lines.length).toBeGreaterThanOrEqual(5);
    expect(everything.actions).toEqual(expect.arrayContaining(['user.disable', 'listing.hide', 'membership.decide', 'api']));
    const refusals = await listAuditLines(admin, { outcome: 'refused' }, 1);
    expect(refusals.lines.every((l) => l.outcome === 'refused')).toBe(true);
    const byMember = await listAuditLines(admin, { actor: member.email }, 1);
    expect(new Set(byMember.lines.map((l) => l.actorId))).toEqual(new Set([member.userId]));
    const userActions = await listAuditLines(admin, { action: 'user' }, 1);
    expect(userActions.lines.length).toBeGreaterThan(0);
    expect(userActions.lines.every((l) => l.action.startsWith('user.'))).toBe(true);
    const onListing = await listAuditLines(admin, { targetId: listingId }, 1);
    expect(onListing.lines.map((l) => l.action)).toEqual(['listing.hide']);
    const future = await listAuditLines(admin, { from: new Date(Date.now() + 86_400_000) }, 1);
    expect(future.lines).toEqual([]);
    await expect(listAuditLines(member, {}, 1)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAuditLines(facilitator, {}, 1)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('the vocabulary page writes into the same log', async () => {
    await insertVocabularyEntry(db(), { networkId, kind: 'stop', terms: ['ordet'], actorId: facilitator.userId });
    const lines = await listAuditLines(admin, { action: 'vocabulary.add' }, 1);
    expect(lines.lines[0]).toMatchObject({
      actorId: facilitator.userId,
      targetType: 'network',
      targetId: networkId,
      details: { kind: 'stop', terms: ['ordet'] },
    });
  });

  it('keeps lines for the retention period only', async () => {
    await insertAuditLine(db(), { actorId: null, actorEmail: 'old@audit.test', action: 'old.line', outcome: 'done' });
    const longAgo = new Date(auditCutoff().getTime() - 86_400_000);
    await db().update(auditLog).set({ createdAt: longAgo }).where(eq(auditLog.action, 'old.line'));
    const total = (await db().select().from(auditLog)).length;
    expect(await deleteAuditLinesBefore(db(), { before: auditCutoff() })).toBe(1);
    expect((await db().select().from(auditLog)).length).toBe(total - 1);
  });
});
