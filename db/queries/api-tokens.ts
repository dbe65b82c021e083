// Personal API tokens (lib/dal/api-tokens.ts decides what they may do; only hashes are stored).
import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { apiTokens } from '../schema';

export async function countActiveTokens(db: Db | Tx, { userId }: { userId: string }): Promise<number> {
  const [active] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  return active?.n ?? 0;
}

export async function insertToken(db: Db | Tx, { userId, name, tokenHash }: { userId: string; name: string; tokenHash: string }): Promise<{ id: string }> {
  const [row] = await db.insert(apiTokens).values({ userId, name, tokenHash }).returning({ id: apiTokens.id });
  return row!;
}

/** A user's active tokens, newest first (never the hash). */
export async function selectActiveTokens(db: Db | Tx, { userId }: { userId: string }) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's active tokens; false when there is none with that id. */
export async function revokeToken(db: Db | Tx, { id, userId, at }: { id: string; userId: string; at: Date }): Promise<boolean> {
  const updated = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return updated.length > 0;
}

/** Records a use, unless one was recorded since `staleBefore`. */
export async function touchToken(db: Db | Tx, { id, at, staleBefore }: { id: string; at: Date; staleBefore: Date }) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
}
