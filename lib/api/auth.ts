import 'server-only';
import { viewerForApiToken } from '@/lib/dal/api-tokens';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
import { AppError } from '@/lib/errors';

// Who is calling the API: a bearer token (`Authorization: Bearer iv_…`) or the browser's session
// cookie, else an anonymous visitor. A token that is presented but not valid is an error (401), not
// a silent downgrade to anonymous, so a client notices a revoked token.

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** The bearer token the request presents, if any (not yet checked). */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  return match ? match[1]! : null;
}

export async function viewerFromRequest(request: Request): Promise<Viewer | null> {
  const header = request.headers.get('authorization');
  if (header) {
    const token = bearerToken(request);
    const viewer = token ? await viewerForApiToken(token) : null;
    if (!viewer) throw new AppError('unauthorized', 'The API token is missing, malformed, unknown or revoked.');
    return viewer;
  }
  // Only touch Auth.js when a session cookie is present (it needs the Next request context).
  if (SESSION_COOKIE.test(request.headers.get('cookie') ?? '')) return getViewer();
  return null;
}
