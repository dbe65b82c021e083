import 'server-only';
import { auth } from './index';

/**
 * The signed-in user's id for this request, or null when nobody is signed in or the session was
 * revoked server-side. auth() runs the jwt callback (lib/auth/config.ts), which accepts the JWT only
 * while its row in `sessions` exists and is unexpired (findSessionUserId in ./sessions.ts).
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
