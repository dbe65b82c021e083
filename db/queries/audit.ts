// The audit log (table audit_log): every admin and facilitator action and every authorization
// refusal. Written by lib/dal/audit.ts (and by the vocabulary's own transaction); read by the admin
// page; trimmed nightly to the retention period (lib/policy/admin.ts).
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { auditLog, users, type AuditOutcome } from '../schema';

export interface AuditLineInput {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  outcome: AuditOutcome;
  targetType?: string | null;
  targetId?: string | null;
  networkId?: string | null;
  details?: Record<string, unknown>;
}

export async function insertAuditLine(db: Db | Tx, line: AuditLineInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: line.actorId,
    actorEmail: line.actorEmail,
    action: line.action,
    outcome: line.outcome,
    targetType: line.targetType ?? null,
    targetId: line.targetId ?? null,
    networkId: line.networkId ?? null,
    details: line.details ?? {},
  });
}

export interface AuditFilter {
  /** Part of the actor's e-mail or name. */
  actor?: string;
  /** An action name, or its first part (`user` matches `user.disable`). */
  action?: string;
  outcome?: AuditOutcome;
  /** The target's id (a user, firm, listing …). */
  targetId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AuditLineRow {
  id: string;
  actorId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  outcome: AuditOutcome;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function auditWhere(f: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.actor) {
    const pattern = `%${escapeLike(f.actor)}%`;
    conditions.push(or(ilike(auditLog.actorEmail, pattern), ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  if (f.action) conditions.push(or(eq(auditLog.action, f.action), sql`${auditLog.action} like ${`${escapeLike(f.action)}.%`}`)!);
  if (f.outcome) conditions.push(eq(auditLog.outcome, f.outcome));
  if (f.targetId) conditions.push(eq(auditLog.targetId, f.targetId));
  if (f.from) conditions.push(gte(auditLog.createdAt, f.from));
  if (f.to) conditions.push(lt(auditLog.createdAt, f.to));
  return conditions.length ? and(...conditions) : undefined;
}

/** Newest first; `limit + 1` rows are read so the caller knows whether there is a next page. */
export async function selectAuditLines(db: Db | Tx, params: { filter: AuditFilter; limit: number; offset: number }): Promise<AuditLineRow[]> {
  return db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorEmail: sql<string | null>`coalesce(${users.email}, ${auditLog.actorEmail})`,
      actorName: users.name,
      action: auditLog.action,
      outcome: auditLog.outcome,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(auditWhere(params.filter))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(params.limit + 1)
    .offset(params.offset);
}

/** The action names in the log (for the filter's choices). */
export async function selectAuditActions(db: Db | Tx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).limit(200);
  return rows.map((r) => r.action);
}

/** Deletes lines older than `before`; returns how many went. */
export async function deleteAuditLinesBefore(db: Db | Tx, { before }: { before: Date }): Promise<number> {
  const gone = await db.delete(auditLog).where(lt(auditLog.createdAt, before)).returning({ id: auditLog.id });
  return gone.length;
}
