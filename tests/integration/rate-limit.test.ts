import { describe, expect, it, vi } from 'vitest';
import { rateLimits } from '@/db/schema';
import { guardAuthPost } from '@/lib/auth/guard';
import { AUTH_LIMITS, createRateLimiter, dbRateStore } from '@/lib/rate-limit';
import { POST as signUpPost } from '@/app/api/v1/auth/signup/route';
import { setupTestDb } from './helpers/db';
import { fromPeer, simulateForwardedHeaderCheck } from './helpers/peer';

const db = setupTestDb();
simulateForwardedHeaderCheck();

function fakeClock(start: string) {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

describe('rate limits on the database', () => {
  it('counts in the table: below, above, and after the window resets', async () => {
    const clock = fakeClock('2026-11-23T10:05:00Z');
    const limiter = createRateLimiter({ store: dbRateStore(db()), now: clock.now, scale: 1, cleanupChance: 0 });
    const check = [{ rule: { name: 'test:email', limit: 10, windowSeconds: 15 * 60 }, subject: 'mette@smed.dk' }];
    for (let i = 0; i < 10; i++) expect((await limiter.hit(check)).allowed).toBe(true);
    expect(await limiter.hit(check)).toEqual({ allowed: false, retryAfterSeconds: 600, reason: 'limit' });
    clock.advance(600);
    expect((await limiter.hit(check)).allowed).toBe(true);
    const rows = await db().select().from(rateLimits);
    expect(rows.some((r) => r.key.includes('mette'))).toBe(false); // subjects are hashed
  });

  it('counts concurrent hits exactly (atomic upsert)', async () => {
    const clock = fakeClock('2026-11-23T11:00:00Z');
    const store = dbRateStore(db());
    const counts = await Promise.all(Array.from({ length: 12 }, () => store.increment('race:x', clock.now())));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('cleans up windows older than a day', async () => {
    const clock = fakeClock('2026-11-20T09:00:00Z');
    const limiter = createRateLimiter({ store: dbRateStore(db()), now: clock.now, scale: 1, cleanupChance: 1, random: () => 0 });
    await limiter.hit([{ rule: AUTH_LIMITS.linkPerIp, subject: 'old-ip' }]);
    clock.advance(3 * 24 * 3600);
    await limiter.hit([{ rule: AUTH_LIMITS.linkPerIp, subject: 'new-ip' }]);
    const rows = await db().select().from(rateLimits);
    expect(rows.every((r) => r.windowStart.getTime() > clock.now().getTime() - 24 * 3600 * 1000)).toBe(true);
  });
});

describe('the Auth.js POST wrapper', () => {
  const signInRequest = (email: string, ip = '203.0.113.7') =>
    new Request('http://localhost:3000/api/auth/callback/credentials', {
      method: 'POST',
      headers: fromPeer(ip, { 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ email, password: 'wrong', csrfToken: 'x' }),
    });

  it('slows an e-mail down after five failed passwords (429 with Retry-After), without calling Auth.js', async () => {
    const limiter = createRateLimiter({ store: dbRateStore(db()), now: () => new Date('2026-11-23T12:01:00Z'), scale: 1, cleanupChance: 0 });
    const next = vi.fn(async () => new Response('auth.js', { status: 302 }));
    for (let i = 0; i < 5; i++) expect((await guardAuthPost(signInRequest('ole@vvs.dk'), next, limiter)).status).toBe(302);
    const res = await guardAuthPost(signInRequest('OLE@vvs.dk'), next, limiter);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('2');
    expect(await res.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests.' } });
    expect(next).toHaveBeenCalledTimes(5);
    // The request body is still readable by Auth.js after the wrapper looked at it.
    const passthrough = vi.fn(async (r: Request) => new Response((await r.formData()).get('email') as string));
    expect(await (await guardAuthPost(signInRequest('someone@else.dk', '198.51.100.1'), passthrough, limiter)).text()).toBe('someone@else.dk');
  });

  it('leaves other Auth.js POSTs (e.g. sign-out) alone', async () => {
    const limiter = createRateLimiter({ store: dbRateStore(db()), now: () => new Date(), scale: 0.0001, cleanupChance: 0 });
    const next = vi.fn(async () => new Response(null, { status: 302 }));
    for (let i = 0; i < 3; i++) {
      const res = await guardAuthPost(new Request('http://localhost/api/auth/signout', { method: 'POST' }), next, limiter);
      expect(res.status).toBe(302);
    }
  });
});

describe('POST /api/v1/auth/signup', () => {
  const post = (body: unknown, ip: string) =>
    signUpPost(
      new Request('http://localhost/api/v1/auth/signup', {
        method: 'POST',
        headers: fromPeer(ip, { 'content-type': 'application/json' }),
        body: JSON.stringify(body),
      }),
    );

  it('starts a sign-up (202), answers 422 for bad input, 202 for a taken e-mail too, and 429 after 5 per hour per IP', async () => {
    const ok = await post({ name: 'Lone', email: 'Lone@Tømrer.dk', password: 'lang adgangskode' }, '192.0.2.10');
    expect(ok.status).toBe(202);
    const bad = await post({ name: 'Lone', email: 'nope', password: 'kort' }, '192.0.2.10');
    expect(bad.status).toBe(422);
    const badBody = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(badBody.error.code).toBe('validation');
    expect(badBody.error.issues.map((i) => i.path).sort()).toEqual(['body.email', 'body.password']);
    // The same answer whether or not the address has an account (tests/security/signup-reveals-accounts).
    const taken = await post({ name: 'Lone', email: 'lone@tømrer.dk', password: 'lang adgangskode' }, '192.0.2.10');
    expect(taken.status).toBe(202);
    await post({}, '192.0.2.10');
    await post({}, '192.0.2.10');
    const limited = await post({ name: 'X', email: 'x@y.dk', password: 'lang adgangskode' }, '192.0.2.10');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests.' } });
    expect((await post({ name: 'X', email: 'x@y.dk', password: 'lang adgangskode' }, '192.0.2.99')).status).toBe(202);
  });

  it('answers a body that is too large (413) or not JSON (422) in the standard error shape', async () => {
    const raw = (body: string, ip: string) =>
      signUpPost(new Request('http://localhost/api/v1/auth/signup', { method: 'POST', headers: fromPeer(ip, { 'content-type': 'application/json' }), body }));
    const large = await raw(JSON.stringify({ name: 'x'.repeat(20_000) }), '192.0.2.20');
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ error: { code: 'payload_too_large', message: 'Request too large.' } });
    const notJson = await raw('{"name": ', '192.0.2.21');
    expect(notJson.status).toBe(422);
    expect(await notJson.json()).toEqual({
      error: { code: 'validation', message: 'Invalid request.', issues: [{ path: 'body', message: 'Body must be JSON' }] },
    });
  });
});
