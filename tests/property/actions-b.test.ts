// The second half of lib/actions/*.ts (see actions-a.test.ts): every exported server action, called as a browser calls it (FormData from
// arbitrary fields) by an anonymous visitor, a member, a facilitator and an admin: the answer is a
// form state (or Next's redirect, which ends a successful action), never a thrown error and never
// the `internal` message; and when the input is refused (ok: false) no table changed — except
// audit_log and rate_limits, which a refusal may grow since refusals are audited and rate-limited.
// Next.js around the action is mocked as in tests/integration/audit.test.ts.
import { vi } from 'vitest';
import { defineActionProperties } from './actions-harness';

const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUserId: async () => request.userId }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-industrivej-path': '/property' }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
  getLocale: async () => 'da',
}));
// Auth.js itself needs a Next request; a sign-in that gets this far ends in its redirect.
vi.mock('@/lib/auth', () => {
  const redirect = async () => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/;307;' });
  };
  return { signIn: redirect, signOut: redirect, auth: async () => null };
});

defineActionProperties(request, (file) => !/\/(admin|api-tokens|auth|companies|imports|introductions)\.ts$/.test(file));
