// How big a request body a visitor who is not signed in may send. Server actions share one size
// limit (next.config.ts serverActions.bodySizeLimit), sized for the signed-in facilitator's import
// upload; the anonymous ones (sign-in, sign-up, language) and anonymous API calls need a few KB,
// and a large body from anyone who is not even signed in only costs the server memory and time.
// proxy.ts refuses it before Next.js reads it.

/** Far above any anonymous form (sign-up: name, e-mail, password) and JSON call. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;

/** Signed-in requests: the facilitator's import (10 MB file, lib/dal/imports.ts) plus the form's
 * other fields and multipart framing. Mirrors serverActions.bodySizeLimit in next.config.ts. */
export const SIGNED_IN_BODY_LIMIT = '12mb';

const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Does the request carry an Auth.js session cookie? Whether it is valid is checked later, by the
 * action or handler itself; this only decides which size limit applies. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/**
 * The status to refuse an anonymous request's body with, or null to let it through: 413 when its
 * declared length is over the limit, 411 when a body comes without a length (chunked) — it could
 * not be limited before being read.
 */
export function anonymousBodyRefusal(request: { method: string; headers: Headers }, signedIn: boolean): 411 | 413 | null {
  if (signedIn || request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null;
  const length = request.headers.get('content-length');
  if (length === null) return request.headers.has('transfer-encoding') ? 411 : null;
  const bytes = Number(length);
  return Number.isFinite(bytes) && bytes <= ANONYMOUS_BODY_LIMIT ? null : 413;
}
