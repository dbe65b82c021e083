// Finding (issue 14, Low): no Content-Security-Policy (with nonces), no HSTS, no Permissions-Policy.
// proxy.ts now gives every page a CSP with a fresh nonce (on the request too, where Next.js reads it
// for its own scripts), HSTS only when APP_URL is https, and next.config.ts sends a
// Permissions-Policy with every response. The map's tile host is allowed from MAP_TILE_URL. That the
// app still works under the policy is checked by the e2e map and home specs.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { resetEnvCache } from '@/lib/env';
import { contentSecurityPolicy, PERMISSIONS_POLICY, tileSource } from '@/lib/http/security-headers';
import { proxy } from '@/proxy';

const saved = { APP_URL: process.env.APP_URL, MAP_TILE_URL: process.env.MAP_TILE_URL };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
});

function page(path = '/') {
  return proxy(new NextRequest(`http://localhost:3000${path}`));
}
const nonceOf = (csp: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

describe('Content-Security-Policy', () => {
  it('is on every page, with a fresh unguessable nonce for scripts and nothing inline', () => {
    const a = page('/').headers.get('content-security-policy')!;
    const b = page('/map').headers.get('content-security-policy')!;
    expect(a).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(nonceOf(a)).toHaveLength(24); // 16 random bytes
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    expect(a).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(a).not.toMatch(/'unsafe-eval'/);
    for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) expect(a).toContain(d);
  });

  it('hands the same policy to Next.js on the request, so its scripts get the nonce', () => {
    const res = page('/listings');
    const csp = res.headers.get('content-security-policy')!;
    // NextResponse.next({ request: { headers } }) forwards overridden request headers like this.
    expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(res.headers.get('x-middleware-request-x-nonce')).toBe(nonceOf(csp));
  });

  it("allows the map's tile host from MAP_TILE_URL", () => {
    expect(page('/map').headers.get('content-security-policy')).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org/);
    process.env.MAP_TILE_URL = 'https://{s}.tiles.example.dk/base/{z}/{x}/{y}.png';
    resetEnvCache();
    expect(page('/map').headers.get('content-security-policy')).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.dk;/);
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource("https://evil.example; script-src *'/{z}.png")).toBeNull();
  });

  it('allows eval and websockets only in development', () => {
    expect(contentSecurityPolicy({ nonce: 'n', tileUrl: '', dev: true })).toMatch(/'unsafe-eval'.*connect-src 'self' ws: wss:/);
  });
});

describe('HSTS', () => {
  it('only when APP_URL is https', () => {
    delete process.env.APP_URL;
    resetEnvCache();
    expect(page().headers.get('strict-transport-security')).toBeNull();
    process.env.APP_URL = 'http://intranet.example:3000';
    resetEnvCache();
    expect(page().headers.get('strict-transport-security')).toBeNull();
    process.env.APP_URL = 'https://industrivej.example.dk';
    resetEnvCache();
    expect(page().headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(page().headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});

describe('Permissions-Policy', () => {
  it('is sent with every response and turns off what the app never uses', async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === '/:path*')!;
    expect(all.headers).toContainEqual({ key: 'Permissions-Policy', value: PERMISSIONS_POLICY });
    for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(PERMISSIONS_POLICY).toContain(f);
  });
});
