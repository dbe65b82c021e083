// Finding (issue 14, Medium, rate limits): "the client IP comes from X-Real-IP/X-Forwarded-For even
// without a proxy": rotating the header gave unlimited sign-ups and password spraying. Now only the
// connection's peer counts, and forwarding headers only when that peer is in TRUSTED_PROXIES
// (scripts/forwarded-headers.mjs, which `npm start` loads, sees the peer; lib/rate-limit.ts reads it).
// These tests run a real HTTP server with the check installed in front of the real sign-up route.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { POST as signUp } from '@/app/api/v1/auth/signup/route';
import { resetEnvCache } from '@/lib/env';
import { clientIp, PEER_HEADER } from '@/lib/rate-limit';
import type * as ForwardedHeaders from '../../scripts/forwarded-headers.mjs';
import { setupTestDb } from '../integration/helpers/db';

setupTestDb();

// The check the real server runs in front of Next.js (npm start loads it).
const hook: typeof ForwardedHeaders | null = await import('../../scripts/forwarded-headers.mjs').catch(() => null);
const parseTrustedProxies = (v: string) => hook!.parseTrustedProxies(v);

let server: Server | undefined;
let uninstall: (() => void) | undefined;
afterEach(async () => {
  delete process.env.TRUSTED_PROXIES;
  resetEnvCache();
  uninstall?.();
  uninstall = undefined;
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

function toRequest(req: IncomingMessage, body: string): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
}

/** A server that answers /ip with what the app sees, and /signup with the real sign-up route. */
async function startServer(trustedProxies: string): Promise<string> {
  // The script and the app read the same setting.
  process.env.TRUSTED_PROXIES = trustedProxies;
  resetEnvCache();
  uninstall = hook?.installForwardedHeaderCheck(parseTrustedProxies(trustedProxies));
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      void (async () => {
        const request = toRequest(req, body);
        const answer =
          req.url === '/signup' ? await signUp(request) : Response.json({ ip: clientIp(request.headers), headers: Object.fromEntries(request.headers) });
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(await answer.text());
      })();
    });
  });
  const listening = server;
  await new Promise<void>((r) => listening.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
}

const seen = async (base: string, headers: Record<string, string>) =>
  (await (await fetch(`${base}/ip`, { headers })).json()) as { ip: string; headers: Record<string, string> };

describe('the client IP comes from X-Real-IP/X-Forwarded-For even without a proxy', () => {
  it('without a trusted proxy, forged X-Forwarded-For / X-Real-IP / X-Forwarded-Host / peer headers are dropped', async () => {
    const base = await startServer('');
    const { ip, headers } = await seen(base, {
      'x-forwarded-for': '198.51.100.7',
      'x-real-ip': '198.51.100.8',
      'x-forwarded-host': 'evil.example',
      forwarded: 'for=198.51.100.9;host=evil.example',
      [PEER_HEADER]: '198.51.100.10',
    });
    expect(ip).toBe('127.0.0.1');
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['x-real-ip']).toBeUndefined();
    expect(headers['x-forwarded-host']).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    expect(headers[PEER_HEADER]).toBe('127.0.0.1');
  });

  it('rotating X-Forwarded-For or X-Real-IP does not get past the sign-up limit (5 an hour per address)', async () => {
    const base = await startServer('');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${base}/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `192.0.2.${i}` },
        body: JSON.stringify({ name: 'Bot', email: `bot${i}@spam.example`, password: 'lang adgangskode 123' }),
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await res.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests.' } });
      }
    }
    expect(statuses.filter((s) => s === 202)).toHaveLength(5); // sign-up answers 202 whether or not the address exists
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('behind a trusted proxy the client is the nearest untrusted X-Forwarded-For entry (or X-Real-IP)', async () => {
    const base = await startServer('127.0.0.1, 10.0.0.0/8');
    expect((await seen(base, { 'x-forwarded-for': '198.51.100.7' })).ip).toBe('198.51.100.7');
    // A client's own forged entries come first; the proxies append what they saw.
    expect((await seen(base, { 'x-forwarded-for': '1.1.1.1, 198.51.100.7, 10.1.2.3' })).ip).toBe('198.51.100.7');
    expect((await seen(base, { 'x-real-ip': '192.0.2.44' })).ip).toBe('192.0.2.44');
    expect((await seen(base, { 'x-forwarded-host': 'industrivej.example.dk' })).headers['x-forwarded-host']).toBe('industrivej.example.dk');
  });

  it('a server started without the check counts every client as one address, whatever the headers say', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7', 'x-real-ip': '198.51.100.8', [PEER_HEADER]: '198.51.100.9' });
    expect(clientIp(headers)).toBe('unknown');
  });

  it('TRUSTED_PROXIES is validated', () => {
    expect(() => parseTrustedProxies('localhost')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/8, ::1, fd00::/8')).not.toThrow();
  });
});
