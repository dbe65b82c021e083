import 'server-only';
// The rate limits of the sign-in, sign-up and sign-in-link requests, shared by the forms (server
// actions) and the HTTP endpoints so that neither path is a way around the other.
import { getDb } from '@/db/client';
import { AUTH_LIMITS, createRateLimiter, dbRateStore, type RateLimiter, type RateResult } from '@/lib/rate-limit';

export type AuthAttempt = { kind: 'signIn'; ip: string; email: string } | { kind: 'signUp'; ip: string } | { kind: 'link'; ip: string; email: string };

export function appRateLimiter(): RateLimiter {
  return createRateLimiter({ store: dbRateStore(getDb()) });
}

export function limitAuthAttempt(attempt: AuthAttempt, limiter: RateLimiter = appRateLimiter()): Promise<RateResult> {
  switch (attempt.kind) {
    case 'signIn':
      return limiter.hit([
        { rule: AUTH_LIMITS.signInPerIp, subject: attempt.ip },
        { rule: AUTH_LIMITS.signInPerEmail, subject: attempt.email },
      ]);
    case 'signUp':
      return limiter.hit([{ rule: AUTH_LIMITS.signUpPerIp, subject: attempt.ip }]);
    case 'link':
      return limiter.hit([
        { rule: AUTH_LIMITS.linkPerIp, subject: attempt.ip },
        { rule: AUTH_LIMITS.linkPerEmail, subject: attempt.email },
      ]);
  }
}
