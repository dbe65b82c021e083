import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '@/lib/env';
import {
  AUTH_LIMITS,
  clientAddress,
  createRateLimiter,
  memoryRateStore,
  rateLimitedResponse,
  scaledLimit,
  trustedProxyList,
  windowFor,
} from '@/lib/rate-limit';

function fakeClock(start: string) {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

const rule = { name: 'test', limit: 3, windowSeconds: 60 };

describe('fixed-window rate limiter', () => {
  it('allows up to the limit, refuses above it with the seconds left, and allows again in the next window', async () => {
    const clock = fakeClock('2026-11-23T10:00:10Z');
    const limiter = createRateLimiter({ store: memoryRateStore(), now: clock.now, scale: 1, cleanupChance: 0 });
    for (let i = 0; i < 3; i++) expect((await limiter.hit([{ rule, subject: 'a@example.dk' }])).allowed).toBe(true);
    const refused = await limiter.hit([{ rule, subject: 'a@example.dk' }]);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 50, reason: 'limit' });
    // Another subject has its own counter.
    expect((await limiter.hit([{ rule, subject: 'b@example.dk' }])).allowed).toBe(true);
    clock.advance(49);
    expect((await limiter.hit([{ rule, subject: 'a@example.dk' }])).retryAfterSeconds).toBe(1);
    clock.advance(1); // 10:01:00 — a new window
    expect((await limiter.hit([{ rule, subject: 'a@example.dk' }])).allowed).toBe(true);
  });

  it('counts e-mails case-insensitively', async () => {
    const clock = fakeClock('2026-11-23T10:00:00Z');
    const limiter = createRateLimiter({ store: memoryRateStore(), now: clock.now, scale: 1, cleanupChance: 0 });
    await limiter.hit([{ rule, subject: 'A@Example.dk' }]);
    await limiter.hit([{ rule, subject: 'a@example.dk ' }]);
    await limiter.hit([{ rule, subject: 'a@EXAMPLE.dk' }]);
    expect((await limiter.hit([{ rule, subject: 'a@example.dk' }])).allowed).toBe(false);
  });

  it('refuses when any of several checks is over, reporting the longest wait', async () => {
    const clock = fakeClock('2026-11-23T10:00:00Z');
    const limiter = createRateLimiter({ store: memoryRateStore(), now: clock.now, scale: 1, cleanupChance: 0 });
    const perIp = { name: 'ip', limit: 1, windowSeconds: 3600 };
    const perEmail = { name: 'email', limit: 5, windowSeconds: 60 };
    await limiter.hit([
      { rule: perIp, subject: '10.0.0.1' },
      { rule: perEmail, subject: 'x@y.dk' },
    ]);
    const r = await limiter.hit([
      { rule: perIp, subject: '10.0.0.1' },
      { rule: perEmail, subject: 'z@y.dk' },
    ]);
    expect(r).toEqual({ allowed: false, retryAfterSeconds: 3600, reason: 'limit' });
  });

  it('deletes windows older than a day when cleaning up', async () => {
    const clock = fakeClock('2026-11-23T10:00:00Z');
    const store = memoryRateStore();
    const limiter = createRateLimiter({ store, now: clock.now, scale: 1, cleanupChance: 1, random: () => 0 });
    await limiter.hit([{ rule, subject: 'old' }]);
    clock.advance(25 * 3600);
    await limiter.hit([{ rule, subject: 'new' }]);
    expect(store.size()).toBe(1);
  });

  it('scales limits (never below one) and computes window boundaries', () => {
    expect(scaledLimit(AUTH_LIMITS.signInPerIp, 1)).toBe(30);
    expect(scaledLimit(AUTH_LIMITS.signInPerIp, 10)).toBe(300);
    expect(scaledLimit(AUTH_LIMITS.signUpPerIp, 0.01)).toBe(1);
    const w = windowFor(new Date('2026-11-23T10:07:30Z'), 15 * 60);
    expect(w.start.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(w.retryAfterSeconds).toBe(450);
  });
});

describe('the client address and the 429 answer', () => {
  const trusted = trustedProxyList(parseTrustedProxies('10.0.0.0/8, 127.0.0.1, ::1')!);

  it('is the peer unless the peer is a trusted proxy; behind proxies, the nearest untrusted X-Forwarded-For hop', () => {
    expect(clientAddress({ peer: '203.0.113.9', forwardedFor: '6.6.6.6', realIp: '1.2.3.4', trusted })).toBe('203.0.113.9');
    expect(clientAddress({ peer: '::ffff:127.0.0.1', forwardedFor: '6.6.6.6, 198.51.100.4, 10.1.2.3', trusted })).toBe('198.51.100.4');
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: '10.0.0.9', realIp: '192.0.2.5', trusted })).toBe('192.0.2.5');
    expect(clientAddress({ peer: '::1', forwardedFor: null, realIp: null, trusted })).toBe('::1');
    expect(clientAddress({ peer: '10.0.0.2', forwardedFor: 'garbage, 192.0.2.8', trusted })).toBe('192.0.2.8');
  });

  it('reads TRUSTED_PROXIES strictly', () => {
    expect(parseTrustedProxies('')).toEqual([]);
    expect(parseTrustedProxies('10.0.0.0/8 fd00::/8')).toHaveLength(2);
    for (const bad of ['localhost', '10.0.0.0/33', '1.2.3.4/8/1', '::1/129', '10.0.0.0/x']) expect(parseTrustedProxies(bad)).toBeNull();
  });

  it('answers 429 with Retry-After and the catalogue error', async () => {
    const res = rateLimitedResponse(120);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('120');
    expect(await res.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests.' } });
  });
});
