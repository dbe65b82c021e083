import 'server-only';
// Placeholder contract, implemented by the auth module: the signed-in user's id for this request,
// or null when nobody is signed in or the session was revoked server-side.
export async function getSessionUserId(): Promise<string | null> {
  return null;
}
