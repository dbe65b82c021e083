// Finding (issue 14, High): "sign-in links follow the request's Host". With trustHost and no
// configured public URL, a sign-in-link request sent with `Host: evil.example` (or only
// X-Forwarded-Host) e-mailed the real user a link on evil.example whose token redeems on the real
// host. Every link must be built from APP_URL (http://localhost:PORT without it), never the request.
import { spawnSync } from 'node:child_process';
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appUrl, resetEnvCache } from '@/lib/env';
import { testOutbox } from '@/lib/mail';
import { setupTestDb } from '../integration/helpers/db';
import { makeUser } from '../integration/helpers/factories';

const EVIL = 'evil.example';
const evilHeaders = { host: EVIL, 'x-forwarded-host': EVIL, 'x-forwarded-proto': 'https' };

// The server action path (the sign-in page's link form) reads the request's headers through
// next/headers: here they are an attacker's.
vi.mock('next/headers', () => ({
  headers: async () => new Headers(evilHeaders),
  cookies: async () => ({ set: () => undefined, get: () => undefined, getAll: () => [], has: () => false }),
}));

const db = setupTestDb();
const saved = { APP_URL: process.env.APP_URL, PORT: process.env.PORT, AUTH_URL: process.env.AUTH_URL, DATABASE_URL: process.env.DATABASE_URL };

function setEnv(values: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

beforeAll(() => setEnv({ APP_URL: 'https://industrivej.example.dk' }));
afterAll(() => setEnv(saved));
beforeEach(() => {
  testOutbox.length = 0;
});
afterEach(() => setEnv({ APP_URL: 'https://industrivej.example.dk', PORT: saved.PORT, AUTH_URL: undefined }));

const urlsIn = (text: string) => text.match(/https?:\/\/[^\s"'<>]+/g) ?? [];

async function auth() {
  return import('@/lib/auth');
}

describe("sign-in links follow the request's Host", () => {
  it('GET /api/auth/providers sent with Host / X-Forwarded-Host: evil.example answers only APP_URL addresses', async () => {
    const { handlers } = await auth();
    for (const headers of [evilHeaders, { host: EVIL }, { 'x-forwarded-host': EVIL }] as Record<string, string>[]) {
      const res = await handlers.GET(new NextRequest(`http://${EVIL}/api/auth/providers`, { headers }));
      const body = await res.text();
      expect(res.status).toBe(200);
      expect(body).not.toContain(EVIL);
      const urls = urlsIn(body);
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) expect(u.startsWith('https://industrivej.example.dk/api/auth/')).toBe(true);
    }
  });

  it('the sign-in-link form (server action → Auth.js signIn) e-mails a link on APP_URL, not on the Host it was posted to', async () => {
    const user = await makeUser(db(), { email: 'mette@smed.example' });
    const { signIn } = await auth();
    const answer: unknown = await signIn('email', { email: user.email, redirectTo: '/dashboard', redirect: false });
    expect(String(answer)).not.toContain(EVIL);
    expect(testOutbox).toHaveLength(1);
    const mail = testOutbox[0]!;
    expect(`${mail.text}${mail.html}`).not.toContain(EVIL);
    const link = urlsIn(mail.text).find((u) => u.includes('token='));
    expect(link).toMatch(/^https:\/\/industrivej\.example\.dk\/api\/auth\/callback\/email\?/);
    // Where the link leads after signing in: a path on the site it is opened on.
    expect(new URL(link!).searchParams.get('callbackUrl')).toBe('/dashboard');
  });

  it('POST /api/auth/signin/email with Host: evil.example e-mails a link on APP_URL (also to an address without an account)', async () => {
    await makeUser(db(), { email: 'ole@vvs.example' });
    const { handlers } = await auth();
    const csrf = await handlers.GET(new NextRequest(`http://${EVIL}/api/auth/csrf`, { headers: evilHeaders }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    for (const email of ['ole@vvs.example', 'nobody@nowhere.example']) {
      const res = await handlers.POST(
        new NextRequest(`http://${EVIL}/api/auth/signin/email`, {
          method: 'POST',
          headers: { ...evilHeaders, cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ email, csrfToken, callbackUrl: '/dashboard' }),
        }),
      );
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).not.toContain(EVIL);
    }
    expect(testOutbox).toHaveLength(2);
    for (const mail of testOutbox) {
      expect(`${mail.text}${mail.html}`).not.toContain(EVIL);
      for (const u of urlsIn(mail.text)) expect(u.startsWith('https://industrivej.example.dk/')).toBe(true);
    }
  });

  it('without APP_URL the links use http://localhost:PORT, still never the request host', async () => {
    setEnv({ APP_URL: undefined, PORT: '4123' });
    expect(appUrl()).toBe('http://localhost:4123');
    const user = await makeUser(db(), { email: 'lone@toemrer.example' });
    const { signIn } = await auth();
    await signIn('email', { email: user.email, redirectTo: '/dashboard', redirect: false });
    const link = urlsIn(testOutbox[0]!.text).find((u) => u.includes('token='));
    expect(link).toMatch(/^http:\/\/localhost:4123\/api\/auth\/callback\/email\?/);
  });

  it('a production server on PostgreSQL without APP_URL refuses to start, with a clear message', () => {
    setEnv({ APP_URL: undefined, NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/none' });
    try {
      expect(() => appUrl()).toThrow(/APP_URL must be set in production/);
    } finally {
      setEnv({ NODE_ENV: 'test', DATABASE_URL: saved.DATABASE_URL });
    }
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, APP_URL: '', DATABASE_URL: 'postgres://x@127.0.0.1:1/none', SKIP_BUILD: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('APP_URL must be set');
  });
});
