import 'server-only';
// Auth.js configuration: e-mail + password (Credentials) and e-mailed sign-in links. Credentials
// forces the JWT strategy, so each sign-in also creates a row in `sessions` whose token rides in the
// JWT; the jwt callback rejects a JWT whose row is gone or expired, which makes sessions revocable.
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { NextAuthConfig } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { forgetUnprovenCredentials } from '@/db/queries/users';
import { deleteExpiredVerificationTokens, selectUserByEmail } from '@/db/queries/auth';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { appUrl, env, pinAuthUrl } from '@/lib/env';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { sendMail } from '@/lib/mail';
import { signInSchema } from '@/lib/validations/auth';
import { noAccountEmail, signInLinkEmail } from './emails';
import { acceptedSignIn } from './limits';
import { burnPasswordCheck, verifyPassword } from './password';
import { safeRedirect } from './redirect';
import { authSecret } from './secret';
import { SESSION_MAX_AGE_SECONDS, createSessionRow, deleteSessionRow, findSessionUserId } from './sessions';

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

export function findUserByEmail(email: string) {
  return selectUserByEmail(getDb(), { email });
}

/** The link Auth.js made, on the app's own origin whatever it was built from (defence in depth:
 * Auth.js builds it from AUTH_URL, which pinAuthUrl() sets from APP_URL). */
export function onAppOrigin(url: string): string {
  const parsed = new URL(url);
  return new URL(`${parsed.pathname}${parsed.search}`, appUrl()).toString();
}

function cookieLocale(request: Request) {
  const cookie = request.headers.get('cookie') ?? '';
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie);
  return resolveLocale(match?.[1]);
}

const emailLink: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url, request }) {
    // Unused links would pile up otherwise; a new request is a cheap moment to drop expired ones.
    await deleteExpiredVerificationTokens(getDb(), { now: new Date() });
    const user = await findUserByEmail(identifier);
    const locale = user?.locale ?? cookieLocale(request);
    if (user?.disabledAt) return;
    if (user) {
      await sendMail(signInLinkEmail({ to: identifier, url: onAppOrigin(url), locale, minutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 }));
    } else {
      await sendMail(noAccountEmail({ to: identifier, signUpUrl: `${appUrl()}/signup`, locale }));
    }
  },
};

async function currentUserAgent() {
  try {
    return (await headers()).get('user-agent');
  } catch {
    return null; // outside a request (never in practice): the row simply has no device label
  }
}

export function authConfig(): NextAuthConfig {
  // Every URL Auth.js makes (the e-mailed link, /api/auth/providers, its redirects) starts from
  // AUTH_URL = APP_URL/api/auth; with it set, the request's Host and X-Forwarded-Host are never read
  // (without it, trustHost would take them from the request).
  pinAuthUrl();
  const configuredUrl = env().APP_URL;
  return {
    secret: authSecret(),
    trustHost: true,
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // Auth.js sets HttpOnly and SameSite=Lax itself. Secure (and the __Secure- prefix) in production;
    // browsers accept those on http://localhost too. An installation served over plain http on a
    // LAN opts out by setting APP_URL=http://….
    useSecureCookies: configuredUrl ? configuredUrl.startsWith('https:') : env().NODE_ENV === 'production',
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await findUserByEmail(parsed.data.email);
          if (!user?.passwordHash) {
            await burnPasswordCheck(parsed.data.password);
            return null;
          }
          if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
          // Only wrong passwords slow an address down (lib/auth/limits.ts).
          await acceptedSignIn(parsed.data.email);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      emailLink,
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        // The link's request answers the same for every address (a disabled account gets no mail).
        if (email?.verificationRequest) return true;
        const known = user.email ? await findUserByEmail(user.email) : undefined;
        // A disabled account (lib/dal/admin.ts) signs in neither by password nor by link.
        if (known?.disabledAt) return false;
        if (account?.provider !== 'email') return true;
        // A link only signs in an existing account: sign-up (with its password) is the way in.
        if (!known) return false;
        // The first proof of the mailbox ends whatever someone set up before it (db/queries/users.ts).
        if (!known.emailVerified) await forgetUnprovenCredentials(getDb(), { userId: known.id });
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const sid = await createSessionRow(getDb(), { userId: user.id, userAgent: await currentUserAgent() });
          return { sub: user.id, name: user.name ?? null, email: user.email ?? null, sid };
        }
        const sid = typeof token.sid === 'string' ? token.sid : null;
        if (!sid) return null;
        const userId = await findSessionUserId(getDb(), sid);
        return userId && userId === token.sub ? token : null;
      },
      async session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
      redirect({ url }) {
        return safeRedirect(url, appUrl());
      },
    },
    events: {
      async signOut(message) {
        const sid = 'token' in message && typeof message.token?.sid === 'string' ? message.token.sid : null;
        if (sid) await deleteSessionRow(getDb(), sid);
      },
    },
  };
}
