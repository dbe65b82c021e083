// A network's vocabulary (what its facilitator taught the engine) and its audit. Who may read or
// change it is decided in lib/dal/vocabulary.ts; the engine reads it here for ranking.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { networkVocabulary, networkVocabularyAudit, users, type VocabularyKind } from '../schema';
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

export interface VocabularyAuditRow {
  id: string;
  action: 'add' | 'remove';
  kind: VocabularyKind;
  terms: string[];
  createdAt: Date;
  byName: string | null;
}

export async function selectVocabularyAudit(db: Db | Tx, params: { networkId: string; limit?: number }): Promise<VocabularyAuditRow[]> {
  return db
    .select({
      id: networkVocabularyAudit.id,
      action: networkVocabularyAudit.action,
      kind: networkVocabularyAudit.kind,
      terms: networkVocabularyAudit.terms,
      createdAt: networkVocabularyAudit.createdAt,
      byName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(networkVocabularyAudit)
    .leftJoin(users, eq(users.id, networkVocabularyAudit.actorId))
    .where(eq(networkVocabularyAudit.networkId, params.networkId))
    .orderBy(desc(networkVocabularyAudit.createdAt), desc(networkVocabularyAudit.id))
    .limit(params.limit ?? 50);
}

/** Add an entry and its audit line in one transaction. */
export async function insertVocabularyEntry(db: Db, params: { networkId: string; kind: VocabularyKind; terms: string[]; actorId: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(networkVocabulary)
      .values({ networkId: params.networkId, kind: params.kind, terms: params.terms, createdById: params.actorId })
      .returning({ id: networkVocabulary.id });
    await tx
      .insert(networkVocabularyAudit)
      .values({ networkId: params.networkId, action: 'add', kind: params.kind, terms: params.terms, actorId: params.actorId });
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
    await tx
      .insert(networkVocabularyAudit)
      .values({ networkId: params.networkId, action: 'remove', kind: gone.kind, terms: gone.terms, actorId: params.actorId });
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
