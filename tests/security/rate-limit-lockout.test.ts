// Finding (issue 14, Medium, rate limits): "the per-e-mail limit is a hard lockout that anyone can
// trigger for any user". Ten wrong passwords for someone else's address locked the real owner out
// for 15 minutes. Now wrong passwords per e-mail cost a progressive delay (2 s, 4 s … at most 2 min
// between attempts, lib/rate-limit.ts), the owner's right password still signs in once the short
// delay has passed, and the sign-in link keeps working. Driven through the real Auth.js endpoints.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { hashPassword } from '@/lib/auth/password';
import { testOutbox } from '@/lib/mail';
import { createRateLimiter, dbRateStore } from '@/lib/rate-limit';
import { handlers } from '@/lib/auth';
import { setupTestDb } from '../integration/helpers/db';
import { makeUser } from '../integration/helpers/factories';
import { fromPeer, simulateForwardedHeaderCheck } from '../integration/helpers/peer';

const db = setupTestDb();
simulateForwardedHeaderCheck();

const BASE = 'http://localhost:3000';

async function csrf() {
  const res = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { csrfToken, cookie };
}

async function post(path: string, fields: Record<string, string>, ip: string) {
  const { csrfToken, cookie } = await csrf();
  return POST(
    new NextRequest(`${BASE}/api/auth/${path}`, {
      method: 'POST',
      headers: fromPeer(ip, { cookie, 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: '/dashboard' }),
    }),
  );
}

// lib/rate-limit.ts PASSWORD_DELAY, as literals so that the test also runs against code without it.
const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 120;

const signedIn = (res: Response) => res.headers.getSetCookie().some((c) => /^authjs\.session-token=[^;]/.test(c));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the per-e-mail limit is a hard lockout that anyone can trigger for any user', () => {
  it('after an attacker’s wrong passwords from many addresses, the owner signs in after a short delay and can get a sign-in link at once', async () => {
    const owner = await makeUser(db(), { email: 'mette@smed.example', passwordHash: await hashPassword('rigtig adgangskode') });
    // The attacker tries twelve passwords from twelve addresses, as fast as the server answers.
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await post('callback/credentials', { email: owner.email, password: `gæt ${i}` }, `198.51.100.${i}`)).status);
    expect(answers.slice(0, FREE_FAILURES).every((s) => s === 302)).toBe(true);
    // Then they are slowed down instead of being allowed to keep guessing.
    expect(answers.slice(FREE_FAILURES)).toContain(429);

    // The owner asks for a sign-in link: it is sent at once.
    testOutbox.length = 0;
    const link = await post('signin/email', { email: owner.email }, '203.0.113.5');
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).toContain('verify-request');
    expect(testOutbox.map((m) => m.to)).toEqual([owner.email]);

    // And the right password works within the delay the answer names (never a 15-minute lockout).
    let res = await post('callback/credentials', { email: owner.email, password: 'rigtig adgangskode' }, '203.0.113.5');
    if (res.status === 429) {
      const wait = Number(res.headers.get('retry-after'));
      expect(wait).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
      await sleep(wait * 1000 + 100);
      res = await post('callback/credentials', { email: owner.email, password: 'rigtig adgangskode' }, '203.0.113.5');
    }
    expect(res.status).toBe(302);
    expect(signedIn(res)).toBe(true);
  }, 200_000);

  it('the delay doubles per wrong password up to two minutes, and a burst of parallel guesses gets one through per delay', async () => {
    let t = new Date('2026-12-01T10:00:00Z').getTime();
    const limiter = createRateLimiter({ store: dbRateStore(db()), now: () => new Date(t), scale: 1, cleanupChance: 0 });
    const email = 'lone@toemrer.example';
    for (let i = 0; i < FREE_FAILURES; i++) expect((await limiter.passwordAttempt(email)).allowed).toBe(true);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const refused = await limiter.passwordAttempt(email);
      expect(refused).toMatchObject({ allowed: false, reason: 'delay' });
      waits.push(refused.retryAfterSeconds);
      t += refused.retryAfterSeconds * 1000;
      expect((await limiter.passwordAttempt(email)).allowed).toBe(true);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 120, 120]);
    // Twenty guesses at the same moment once the delay has passed: exactly one is let through.
    t += 120_000;
    const burst = await Promise.all(Array.from({ length: 20 }, () => limiter.passwordAttempt(email)));
    expect(burst.filter((r) => r.allowed)).toHaveLength(1);
    // A right password does not count: the owner's own sign-ins do not slow them down.
    const mine = 'ole@vvs.example';
    for (let i = 0; i < 20; i++) {
      expect((await limiter.passwordAttempt(mine)).allowed).toBe(true);
      await limiter.passwordAccepted(mine);
    }
  });
});
