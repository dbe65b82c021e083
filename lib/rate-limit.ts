// Rate limits kept in the database (table rate_limits, SQL in db/queries/rate-limits.ts), so every
// app instance shares the same counters. Two kinds:
// - fixed windows: a hit increments the counter of the current window atomically; over the limit
//   the caller gets the seconds until the window ends (sign-ups per address, posting, API calls);
// - a progressive delay for passwords per e-mail: after a few failures each further attempt waits
//   longer (2 s, 4 s, … up to 2 min) instead of locking the account, so nobody can lock anyone out,
//   and the sign-in link (its own counters) keeps working meanwhile.
// Limits answer 429 with Retry-After over HTTP and a "wait N minutes" message in forms.
import { createHash } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { getDb, type Db } from '@/db/client';
import {
  claimDelayedHit,
  decrementRateCounter,
  deleteRateCountersBefore,
  incrementRateCounter,
  selectRateCounter,
  type DelayRule,
} from '@/db/queries/rate-limits';
import { env, trustedProxies, type TrustedRange } from '@/lib/env';
import { AppError, ERROR_CATALOGUE } from '@/lib/errors';

export interface RateRule {
  /** Part of the counter key; keep it stable. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const AUTH_LIMITS = {
  signInPerIp: { name: 'signin:ip', limit: 30, windowSeconds: 15 * 60 },
  signUpPerIp: { name: 'signup:ip', limit: 5, windowSeconds: 60 * 60 },
  // Each link is an e-mail to that address: a cap keeps anyone from flooding an inbox. It cannot
  // lock the owner out: the links already sent are in their inbox and stay valid for an hour.
  linkPerEmail: { name: 'link:email', limit: 5, windowSeconds: 60 * 60 },
  linkPerIp: { name: 'link:ip', limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/** Posting: every listing can reach other firms' matches, every interest e-mails the other firm. */
export const ACTIVITY_LIMITS = {
  listingPerUserHour: { name: 'listing:user:h', limit: 20, windowSeconds: 60 * 60 },
  listingPerUserDay: { name: 'listing:user:d', limit: 60, windowSeconds: 24 * 60 * 60 },
  interestPerUserHour: { name: 'interest:user:h', limit: 10, windowSeconds: 60 * 60 },
  interestPerUserDay: { name: 'interest:user:d', limit: 30, windowSeconds: 24 * 60 * 60 },
  apiPerToken: { name: 'api:token', limit: 300, windowSeconds: 60 },
} satisfies Record<string, RateRule>;

/** Failed passwords per e-mail: this many within the window are free, then the delay doubles. */
export const PASSWORD_DELAY = { name: 'signin:fail', freeFailures: 5, windowSeconds: 60 * 60, firstDelaySeconds: 2, maxDelaySeconds: 120 };

/** Windows older than this are deleted: no rule uses a longer one. */
export const MAX_WINDOW_SECONDS = 24 * 60 * 60;

export interface RateCheck {
  rule: RateRule;
  /** Who is counted: an IP address, an e-mail, a user or a token (hashed before it is stored). */
  subject: string;
}

export interface RateResult {
  allowed: boolean;
  /** Seconds until the tightest exceeded window ends (0 when allowed). */
  retryAfterSeconds: number;
  /** Why a password attempt was refused: a fixed limit, or the progressive delay of its e-mail. */
  reason?: 'limit' | 'delay';
}

export interface RateStore {
  /** Adds one to the counter of (key, windowStart) and returns the new count. */
  increment(key: string, windowStart: Date): Promise<number>;
  /** Counts a hit only when the progressive delay allows it (db/queries/rate-limits.ts
   * claimDelayedHit); returns null when refused, with the seconds until it would be allowed. */
  claimDelayed(key: string, windowStart: Date, now: Date, rule: DelayRule): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  /** Takes one hit back, never below zero. */
  decrement(key: string, windowStart: Date): Promise<void>;
  deleteBefore(cutoff: Date): Promise<void>;
}

export function windowFor(now: Date, windowSeconds: number) {
  const ms = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / ms) * ms);
  const end = new Date(start.getTime() + ms);
  return { start, end, retryAfterSeconds: Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000)) };
}

/** RATE_LIMIT_SCALE multiplies every limit (sign-in, sign-up, links, posting, API calls). */
export function scaledLimit(rule: { limit: number }, scale = env().RATE_LIMIT_SCALE ?? 1) {
  return Math.max(1, Math.round(rule.limit * scale));
}

/** The delay rule of password attempts at this scale: the free attempts scale, the delays do not. */
export function passwordDelayRule(scale = env().RATE_LIMIT_SCALE ?? 1): DelayRule {
  return {
    free: scaledLimit({ limit: PASSWORD_DELAY.freeFailures }, scale),
    firstDelaySeconds: PASSWORD_DELAY.firstDelaySeconds,
    maxDelaySeconds: PASSWORD_DELAY.maxDelaySeconds,
  };
}

/** Seconds to wait after the last counted hit when `count` hits are on the counter (0 while free). */
export function delaySeconds(count: number, rule: DelayRule) {
  if (count < rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** (count - rule.free));
}

/** The seconds a refused delayed hit has to wait, from its counter's state. */
export function delayRetryAfter(count: number, lastHit: Date, now: Date, rule: DelayRule) {
  return Math.max(1, Math.ceil(delaySeconds(count, rule) - (now.getTime() - lastHit.getTime()) / 1000));
}

function counterKey(name: string, subject: string) {
  // Hashed so that the table never holds e-mail addresses, IPs or tokens in clear text.
  const digest = createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url').slice(0, 22);
  return `${name}:${digest}`;
}

export interface RateLimiterOptions {
  store: RateStore;
  now?: () => Date;
  scale?: number;
  /** Chance per hit of deleting old windows (keeps the table small without a scheduler). */
  cleanupChance?: number;
  random?: () => number;
}

export function createRateLimiter({ store, now = () => new Date(), scale, cleanupChance = 0.02, random = Math.random }: RateLimiterOptions) {
  const cleanup = async (at: Date) => {
    if (random() < cleanupChance) await store.deleteBefore(new Date(at.getTime() - MAX_WINDOW_SECONDS * 1000));
  };
  return {
    /** Counts one attempt against every check; refuses when any of them is over its limit. */
    async hit(checks: RateCheck[]): Promise<RateResult> {
      const at = now();
      let retryAfterSeconds = 0;
      for (const { rule, subject } of checks) {
        const window = windowFor(at, rule.windowSeconds);
        const count = await store.increment(counterKey(rule.name, subject), window.start);
        if (count > scaledLimit(rule, scale)) retryAfterSeconds = Math.max(retryAfterSeconds, window.retryAfterSeconds);
      }
      await cleanup(at);
      return retryAfterSeconds === 0 ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds, reason: 'limit' };
    },

    /**
     * May a password be tried for this e-mail now? Each attempt counts; the first few in the
     * window are free, then each must come at least 2 s, 4 s, 8 s … (at most 2 min) after the
     * previous counted one. The check and the count are one statement in the database, so parallel
     * requests cannot share a slot; refused attempts do not count and do not lengthen the delay.
     */
    async passwordAttempt(email: string): Promise<RateResult> {
      const at = now();
      const window = windowFor(at, PASSWORD_DELAY.windowSeconds);
      const claim = await store.claimDelayed(counterKey(PASSWORD_DELAY.name, email), window.start, at, passwordDelayRule(scale));
      await cleanup(at);
      return claim.allowed ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: claim.retryAfterSeconds, reason: 'delay' };
    },

    /** The password was right: that attempt does not count towards the e-mail's delay. */
    async passwordAccepted(email: string): Promise<void> {
      await store.decrement(counterKey(PASSWORD_DELAY.name, email), windowFor(now(), PASSWORD_DELAY.windowSeconds).start);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function dbRateStore(db: Db): RateStore {
  return {
    increment: (key, windowStart) => incrementRateCounter(db, { key, windowStart }),
    async claimDelayed(key, windowStart, now, rule) {
      if ((await claimDelayedHit(db, { key, windowStart, now, rule })) !== null) return { allowed: true };
      const row = await selectRateCounter(db, { key, windowStart });
      return { allowed: false, retryAfterSeconds: row ? delayRetryAfter(row.count, row.updatedAt, now, rule) : 1 };
    },
    decrement: (key, windowStart) => decrementRateCounter(db, { key, windowStart }),
    deleteBefore: (cutoff) => deleteRateCountersBefore(db, { cutoff }),
  };
}

/** The limiter of the running app: counters in its database. */
export function appRateLimiter(): RateLimiter {
  return createRateLimiter({ store: dbRateStore(getDb()) });
}

/** Counts one hit; over a limit, throws rate_limited (429 with Retry-After from the API, a form message in actions). */
export async function enforceRateLimit(checks: RateCheck[], limiter: RateLimiter = appRateLimiter()): Promise<void> {
  const result = await limiter.hit(checks);
  if (!result.allowed) throw new AppError('rate_limited', undefined, { retryAfterSeconds: result.retryAfterSeconds });
}

/** For unit tests: the same semantics in memory. */
export function memoryRateStore(): RateStore & { size(): number } {
  const counts = new Map<string, { windowStart: Date; count: number; updatedAt: Date }>();
  const id = (key: string, windowStart: Date) => `${key}@${windowStart.toISOString()}`;
  return {
    async increment(key, windowStart) {
      const entry = counts.get(id(key, windowStart)) ?? { windowStart, count: 0, updatedAt: new Date() };
      entry.count += 1;
      counts.set(id(key, windowStart), entry);
      return entry.count;
    },
    async claimDelayed(key, windowStart, now, rule) {
      const entry = counts.get(id(key, windowStart));
      if (entry && entry.count >= rule.free && now.getTime() - entry.updatedAt.getTime() < delaySeconds(entry.count, rule) * 1000) {
        return { allowed: false, retryAfterSeconds: delayRetryAfter(entry.count, entry.updatedAt, now, rule) };
      }
      counts.set(id(key, windowStart), { windowStart, count: (entry?.count ?? 0) + 1, updatedAt: now });
      return { allowed: true };
    },
    async decrement(key, windowStart) {
      const entry = counts.get(id(key, windowStart));
      if (entry) entry.count = Math.max(0, entry.count - 1);
    },
    async deleteBefore(cutoff) {
      for (const [k, entry] of counts) if (entry.windowStart < cutoff) counts.delete(k);
    },
    size: () => counts.size,
  };
}

// ---------------------------------------------------------------- who is the client

/** Set by scripts/forwarded-headers.mjs on every request: the address of the connection's peer. */
export const PEER_HEADER = 'x-industrivej-peer';
/** Set by the same script when it is loaded: only then is PEER_HEADER the server's own word. */
const CHECKED = Symbol.for('industrivej.forwardedHeadersChecked');

export function forwardedHeadersChecked(): boolean {
  return (globalThis as Record<symbol, unknown>)[CHECKED] === true;
}

/** An IPv4 address that arrives IPv6-mapped (::ffff:1.2.3.4) is that IPv4 address. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

export function trustedProxyList(ranges: TrustedRange[]): BlockList {
  const list = new BlockList();
  for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family === 4 ? 'ipv4' : 'ipv6');
  return list;
}

function isTrusted(list: BlockList, address: string) {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address from the connection's peer and the forwarding headers: the peer itself
 * unless it is a trusted proxy; behind trusted proxies, the nearest address in X-Forwarded-For that
 * is not one of them (X-Real-IP when the proxies left no such entry). A header sent by anyone else
 * is never read, so rotating it gains nothing.
 */
export function clientAddress({
  peer,
  forwardedFor,
  realIp,
  trusted,
}: {
  peer: string;
  forwardedFor?: string | null;
  realIp?: string | null;
  trusted: BlockList;
}): string {
  const direct = normalizeAddress(peer);
  if (!isTrusted(trusted, direct)) return direct || 'unknown';
  const chain = (forwardedFor ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter((a) => isIP(a) !== 0);
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrusted(trusted, chain[i]!)) return chain[i]!;
  const real = realIp ? normalizeAddress(realIp) : '';
  if (isIP(real)) return real;
  return chain[0] ?? direct;
}

let warnedUnchecked = false;

/**
 * The client's address for per-address limits. Only scripts/forwarded-headers.mjs (loaded by
 * `npm start`) sees the connection's peer; a server started without it cannot tell a client's
 * X-Forwarded-For from a proxy's, so every client counts as one ('unknown') rather than as whoever
 * it claims to be.
 */
export function clientIp(headers: Headers): string {
  const peer = forwardedHeadersChecked() ? headers.get(PEER_HEADER) : null;
  if (!peer) {
    if (!warnedUnchecked && env().NODE_ENV === 'production') {
      warnedUnchecked = true;
      console.warn(
        'Client addresses are unknown: the server was started without scripts/forwarded-headers-register.mjs (npm start loads it; ' +
          'with `next start` use NODE_OPTIONS=--import=./scripts/forwarded-headers-register.mjs). Per-address rate limits are shared by all clients.',
      );
    }
    return 'unknown';
  }
  return clientAddress({ peer, forwardedFor: headers.get('x-forwarded-for'), realIp: headers.get('x-real-ip'), trusted: configuredProxies() });
}

let proxies: { ranges: TrustedRange[]; list: BlockList } | undefined;
function configuredProxies(): BlockList {
  const ranges = trustedProxies();
  if (proxies?.ranges !== ranges) proxies = { ranges, list: trustedProxyList(ranges) };
  return proxies.list;
}

/** The HTTP answer for a refused request: 429 with Retry-After and the catalogue's error body. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return Response.json(
    { error: { code: 'rate_limited', message: ERROR_CATALOGUE.rate_limited.api } },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}
