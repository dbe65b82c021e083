import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import type { Viewer } from './viewer';
import { loadViewerByTokenHash } from './viewer-load';

// Personal API tokens: `iv_` + 32 random bytes (base64url). Only a SHA-256 hash is stored, so a
// leaked database does not leak usable tokens; the token itself is shown once, on creation. A
// token acts as its user (same Viewer, same visibility) and is read-only because the API is.

export const TOKEN_PREFIX = 'iv_';
export const MAX_ACTIVE_TOKENS = 10; // the catalogs' search.apiTokens.tooMany says 10
/** lastUsedAt is written at most this often per token (not on every request). */
const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface ApiTokenDto {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function createApiToken(viewer: Viewer, name: string): Promise<{ id: string; token: string }> {
  const db = getDb();
  const [active] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, viewer.userId), isNull(apiTokens.revokedAt)));
  if ((active?.n ?? 0) >= MAX_ACTIVE_TOKENS) {
    throw new AppError('conflict', 'too many active tokens', { issues: [{ path: 'name', message: 'search.apiTokens.tooMany' }] });
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db.insert(apiTokens).values({ userId: viewer.userId, name, tokenHash: hashToken(token) }).returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** The viewer's own active tokens (never the hash). */
export async function listApiTokens(viewer: Viewer): Promise<ApiTokenDto[]> {
  const rows = await getDb()
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, viewer.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
}

/** Revokes one of the viewer's own tokens; anyone else's id is not_found. */
export async function revokeApiToken(viewer: Viewer, id: string): Promise<void> {
  const updated = await getDb()
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, viewer.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (updated.length === 0) throw notFound('search.apiTokens.notFound');
}

/** The viewer behind a presented token, or null when it is unknown, malformed or revoked. */
export async function viewerForApiToken(token: string, now = new Date()): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const db = getDb();
  const found = await loadViewerByTokenHash(db, hashToken(token));
  if (!found) return null;
  const stale = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  // A client calling in a loop would otherwise send an UPDATE with every request.
  if (!found.lastUsedAt || found.lastUsedAt < stale) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, found.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
  }
  return found.viewer;
}
