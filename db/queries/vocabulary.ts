// A network's vocabulary (what its facilitator taught the engine) and its lines in the audit log. Who may read or
// change it is decided in lib/dal/vocabulary.ts; the engine reads it here for ranking.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, networkVocabulary, users, type VocabularyKind } from '../schema';
import { queryRows, type Db, type Tx } from '../client';

export interface VocabularyEntryRow {
  id: string;
  networkId: string;
  kind: VocabularyKind;
  terms: string[];
  createdAt: Date;
  byName: string | null;
}

export async function selectVocabulary(db: Db | Tx, params: { networkIds?: readonly string[] }): Promise<VocabularyEntryRow[]> {
  if (params.networkIds && !params.networkIds.length) return [];
  return db
    .select({
      id: networkVocabulary.id,
      networkId: networkVocabulary.networkId,
      kind: networkVocabulary.kind,
      terms: networkVocabulary.terms,
      createdAt: networkVocabulary.createdAt,
      byName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(networkVocabulary)
    .leftJoin(users, eq(users.id, networkVocabulary.createdById))
    .where(params.networkIds ? inArray(networkVocabulary.networkId, [...params.networkIds]) : sql`true`)
    .orderBy(desc(networkVocabulary.createdAt));
}

// The audit log's names for a vocabulary change (written here, in the change's transaction).
const VOCABULARY_ADD = 'vocabulary.add';
const VOCABULARY_REMOVE = 'vocabulary.remove';

export interface VocabularyAuditRow {
  id: string;
  action: 'add' | 'remove';
  kind: VocabularyKind;
  terms: string[];
  createdAt: Date;
  byName: string | null;
}

export async function selectVocabularyAudit(db: Db | Tx, params: { networkId: string; limit?: number }): Promise<VocabularyAuditRow[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      byName: sql<string | null>`coalesce(${users.name}, ${users.email}, ${auditLog.actorEmail})`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.networkId, params.networkId), inArray(auditLog.action, [VOCABULARY_ADD, VOCABULARY_REMOVE])))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(params.limit ?? 50);
  return rows.map((r) => ({
    id: r.id,
    action: r.action === VOCABULARY_ADD ? 'add' : 'remove',
    kind: r.details.kind === 'synonym' ? 'synonym' : 'stop',
    terms: Array.isArray(r.details.terms) ? r.details.terms.map(String) : [],
    createdAt: r.createdAt,
    byName: r.byName,
  }));
}

function vocabularyAuditLine(params: { networkId: string; actorId: string; action: string; kind: VocabularyKind; terms: string[] }) {
  return {
    actorId: params.actorId,
    actorEmail: sql`(select ${users.email} from ${users} where ${users.id} = ${params.actorId})`,
    action: params.action,
    targetType: 'network',
    targetId: params.networkId,
    networkId: params.networkId,
    details: { kind: params.kind, terms: params.terms },
  };
}

/** Add an entry and its audit line in one transaction. */
export async function insertVocabularyEntry(db: Db, params: { networkId: string; kind: VocabularyKind; terms: string[]; actorId: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(networkVocabulary)
      .values({ networkId: params.networkId, kind: params.kind, terms: params.terms, createdById: params.actorId })
      .returning({ id: networkVocabulary.id });
    await tx.insert(auditLog).values(vocabularyAuditLine({ ...params, action: VOCABULARY_ADD }));
    return row!.id;
  });
}

/** Remove an entry of the network (scoped to it) and write the audit line; false when none. */
export async function deleteVocabularyEntry(db: Db, params: { networkId: string; id: string; actorId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(networkVocabulary)
      .where(and(eq(networkVocabulary.id, params.id), eq(networkVocabulary.networkId, params.networkId)))
      .returning({ kind: networkVocabulary.kind, terms: networkVocabulary.terms });
    if (!gone) return false;
    await tx.insert(auditLog).values(vocabularyAuditLine({ ...params, action: VOCABULARY_REMOVE, kind: gone.kind, terms: gone.terms }));
    return true;
  });
}

/** Title, description and language of the network's open listings (its member firms', any
 * visibility: only word counts leave the DAL), newest first, at most `limit`. */
export async function selectNetworkListingTexts(db: Db | Tx, params: { networkId: string; limit?: number }) {
  return queryRows<{ title: string; description: string; language: string }>(
    db,
    sql`select l.title, l.description, l.language from listings l
      where l.status = 'open' and exists (select 1 from network_memberships nm
        where nm.company_id = l.company_id and nm.network_id = ${params.networkId} and nm.role = 'member' and nm.status = 'approved')
      order by l.updated_at desc limit ${params.limit ?? 2000}`,
  );
}

/** Ids of the network's open listings (to queue their recomputation after a change). */
export async function selectNetworkListingIds(db: Db | Tx, params: { networkId: string }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select l.id from listings l where l.status = 'open' and exists (select 1 from network_memberships nm
        where nm.company_id = l.company_id and nm.network_id = ${params.networkId} and nm.role = 'member' and nm.status = 'approved')`,
  );
  return rows.map((r) => r.id);
}
