// Finding (issue 14, Low): `/listings/%FF` (and companies, themes, notifications, any dynamic route)
// answered 500: Next.js throws URIError decoding the route's params. proxy.ts now answers a path
// that cannot be percent-decoded with 404 — the not-found page, or the API's JSON error — before
// any route runs. The real server's answer is checked in tests/e2e/security-headers.spec.ts.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

const run = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));
const matches = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe('a path that cannot be decoded is a 404, not a 500', () => {
  it.each(['/listings/%FF', '/companies/%E0%A4%A', '/themes/%C0', '/notifications/%FF', '/listings/%FF/edit', '/companies/x%ZZ', '/networks/%'])(
    'page %s',
    (path) => {
      expect(matches(path)).toBe(true);
      const res = run(path);
      expect(res.status).toBe(404);
      // Rendered by the app's not-found page (a rewrite to a path no route has).
      expect(res.headers.get('x-middleware-rewrite')).toMatch(/\/_malformed-path$/);
    },
  );

  it.each(['/api/v1/listings/%FF', '/api/v1/companies/%FF', '/api/v1/listings/%FF/matches'])('API %s: JSON not_found', async (path) => {
    expect(matches(path)).toBe(true);
    const res = run(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('lets well-formed paths through, encoded letters included', () => {
    for (const path of ['/listings/li-abc', '/companies/regstrup-plast', '/listings?q=%C3%A6bler', '/companies/%C3%A6%C3%B8']) {
      expect(run(path).status).toBe(200);
    }
  });
});
