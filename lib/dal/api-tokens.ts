import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import { countActiveTokens, insertToken, revokeToken, selectActiveTokens, touchToken } from '@/db/queries/api-tokens';
import { AppError, notFound } from '@/lib/errors';
import { loadViewerByTokenHash, type Viewer } from '@/lib/policy/viewer';

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
  if ((await countActiveTokens(db, { userId: viewer.userId })) >= MAX_ACTIVE_TOKENS) {
    throw new AppError('conflict', 'too many active tokens', { issues: [{ path: 'name', message: 'search.apiTokens.tooMany' }] });
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await insertToken(db, { userId: viewer.userId, name, tokenHash: hashToken(token) });
  return { id: row.id, token };
}

/** The viewer's own active tokens (never the hash). */
export async function listApiTokens(viewer: Viewer): Promise<ApiTokenDto[]> {
  const rows = await selectActiveTokens(getDb(), { userId: viewer.userId });
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
}

/** Revokes one of the viewer's own tokens; anyone else's id is not_found. */
export async function revokeApiToken(viewer: Viewer, id: string): Promise<void> {
  if (!(await revokeToken(getDb(), { id, userId: viewer.userId, at: new Date() }))) throw notFound('search.apiTokens.notFound');
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
    await touchToken(db, { id: found.tokenId, at: now, staleBefore: stale });
  }
  return found.viewer;
}
