// Fixed-window rate limits kept in the database (table rate_limits), so every app instance shares
// the same counters. A hit increments the counter of the current window atomically (upsert
// returning count); over the limit the caller gets the seconds until the window ends.
import { createHash } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { env } from '@/lib/env';

export interface RateRule {
  /** Part of the counter key; keep it stable. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const AUTH_LIMITS = {
  signInPerEmail: { name: 'signin:email', limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { name: 'signin:ip', limit: 30, windowSeconds: 15 * 60 },
  signUpPerIp: { name: 'signup:ip', limit: 5, windowSeconds: 60 * 60 },
  linkPerEmail: { name: 'link:email', limit: 5, windowSeconds: 60 * 60 },
  linkPerIp: { name: 'link:ip', limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/** Windows older than this are deleted: no rule uses a longer one. */
export const MAX_WINDOW_SECONDS = 24 * 60 * 60;

export interface RateCheck {
  rule: RateRule;
  /** Who is counted: an IP address or an e-mail (hashed before it is stored). */
  subject: string;
}

export interface RateResult {
  allowed: boolean;
  /** Seconds until the tightest exceeded window ends (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateStore {
  /** Adds one to the counter of (key, windowStart) and returns the new count. */
  increment(key: string, windowStart: Date): Promise<number>;
  deleteBefore(cutoff: Date): Promise<void>;
}

export function windowFor(now: Date, windowSeconds: number) {
  const ms = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / ms) * ms);
  const end = new Date(start.getTime() + ms);
  return { start, end, retryAfterSeconds: Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000)) };
}

export function scaledLimit(rule: RateRule, scale = env().RATE_LIMIT_SCALE ?? 1) {
  return Math.max(1, Math.round(rule.limit * scale));
}

function counterKey(rule: RateRule, subject: string) {
  // Hashed so that the table never holds e-mail addresses or IPs in clear text.
  const digest = createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url').slice(0, 22);
  return `${rule.name}:${digest}`;
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
  return {
    /** Counts one attempt against every check; refuses when any of them is over its limit. */
    async hit(checks: RateCheck[]): Promise<RateResult> {
      const at = now();
      let retryAfterSeconds = 0;
      for (const { rule, subject } of checks) {
        const window = windowFor(at, rule.windowSeconds);
        const count = await store.increment(counterKey(rule, subject), window.start);
        if (count > scaledLimit(rule, scale)) retryAfterSeconds = Math.max(retryAfterSeconds, window.retryAfterSeconds);
      }
      if (random() < cleanupChance) await store.deleteBefore(new Date(at.getTime() - MAX_WINDOW_SECONDS * 1000));
      return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function dbRateStore(db: Db): RateStore {
  return {
    async increment(key, windowStart) {
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
        .returning({ count: rateLimits.count });
      return row?.count ?? 1;
    },
    async deleteBefore(cutoff) {
      await db.delete(rateLimits).where(lt(rateLimits.windowStart, cutoff));
    },
  };
}

/** For unit tests: the same semantics in memory. */
export function memoryRateStore(): RateStore & { size(): number } {
  const counts = new Map<string, { windowStart: Date; count: number }>();
  return {
    async increment(key, windowStart) {
      const id = `${key}@${windowStart.toISOString()}`;
      const entry = counts.get(id) ?? { windowStart, count: 0 };
      entry.count += 1;
      counts.set(id, entry);
      return entry.count;
    },
    async deleteBefore(cutoff) {
      for (const [id, entry] of counts) if (entry.windowStart < cutoff) counts.delete(id);
    },
    size: () => counts.size,
  };
}

/**
 * The client's address as seen by the nearest proxy. Behind a reverse proxy that appends to
 * X-Forwarded-For, the last entry is the one the proxy saw; without one, Next.js fills the header
 * from the socket. X-Real-IP wins when a proxy sets it.
 */
export function clientIp(headers: Headers): string {
  const real = headers.get('x-real-ip')?.trim();
  if (real) return real;
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? 'unknown';
}

/** The HTTP answer for a refused request: 429 with Retry-After and a machine-readable body. */
export function rateLimitedResponse(retryAfterSeconds: number): Response {
  return Response.json(
    { error: { code: 'rate_limited', retryAfterSeconds } },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}
