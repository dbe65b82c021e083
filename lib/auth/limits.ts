import 'server-only';
// The rate limits of the sign-in, sign-up and sign-in-link requests, shared by the forms (server
// actions) and the HTTP endpoints so that neither path is a way around the other. Passwords are
// limited per address (IP) and slowed down per e-mail (a progressive delay, never a lockout);
// sign-in links have their own counters, so a slowed-down account can still get a link.
import { AUTH_LIMITS, appRateLimiter, type RateLimiter, type RateResult } from '@/lib/rate-limit';

export type AuthAttempt = { kind: 'signIn'; ip: string; email: string } | { kind: 'signUp'; ip: string } | { kind: 'link'; ip: string; email: string };

export async function limitAuthAttempt(attempt: AuthAttempt, limiter: RateLimiter = appRateLimiter()): Promise<RateResult> {
  switch (attempt.kind) {
    case 'signIn': {
      const perIp = await limiter.hit([{ rule: AUTH_LIMITS.signInPerIp, subject: attempt.ip }]);
      return perIp.allowed ? limiter.passwordAttempt(attempt.email) : perIp;
    }
    case 'signUp':
      return limiter.hit([{ rule: AUTH_LIMITS.signUpPerIp, subject: attempt.ip }]);
    case 'link':
      return limiter.hit([
        { rule: AUTH_LIMITS.linkPerIp, subject: attempt.ip },
        { rule: AUTH_LIMITS.linkPerEmail, subject: attempt.email },
      ]);
  }
}

/** A right password (lib/auth/config.ts authorize): that attempt does not slow the e-mail down. */
export function acceptedSignIn(email: string, limiter: RateLimiter = appRateLimiter()): Promise<void> {
  return limiter.passwordAccepted(email);
}
