import 'server-only';

/**
 * The signed-in user's id for this request, or null when nobody is signed in or the session was
 * revoked server-side. auth() runs the jwt callback (lib/auth/config.ts), which accepts the JWT only
 * while its row in `sessions` exists and is unexpired (findSessionUserId in ./sessions.ts).
 */
export async function getSessionUserId(): Promise<string | null> {
  // Imported on use: lib/dal/viewer imports this module, and DAL tests (plain Node) must not load
  // next-auth, which only resolves inside Next.js.
  const { auth } = await import('./index');
  const session = await auth();
  return session?.user?.id ?? null;
}
