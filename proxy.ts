// Runs before every page and API request:
// - A visitor who is not signed in may not send a body over ANONYMOUS_BODY_LIMIT (lib/http/
//   body-limit.ts): 413 before Next.js reads it. Signed-in requests have next.config's limit.
// - A path that cannot be percent-decoded (`/listings/%FF`) is answered 404 here: Next.js would
//   throw URIError decoding the route's params and answer 500.
// - Pages get a Content-Security-Policy with a fresh nonce (set on the request too, where Next.js
//   reads it to put the nonce on its scripts), HSTS when APP_URL is https, and tell the server
//   components which path was requested (REQUEST_PATH_HEADER), so a route group's layout can send a
//   signed-out visitor to sign-in with a callbackUrl back to the page. The header a client sends is
//   always overwritten.
// No authorization here: layouts, pages, API handlers and the DAL decide.
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_TILE_URL, appUrl, env } from '@/lib/env';
import { ERROR_CATALOGUE } from '@/lib/errors';
import { anonymousBodyRefusal, hasSessionCookie } from '@/lib/http/body-limit';
import { contentSecurityPolicy, HSTS, isUndecodablePath, newNonce } from '@/lib/http/security-headers';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

export const NONCE_HEADER = 'x-nonce';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refusal = anonymousBodyRefusal(request, hasSessionCookie(request.cookies.getAll().map((c) => c.name)));
  if (refusal) {
    const body = { error: { code: 'payload_too_large', message: ERROR_CATALOGUE.payload_too_large.api } };
    return NextResponse.json(body, { status: refusal, headers: { 'cache-control': 'no-store' } });
  }
  if (isUndecodablePath(pathname)) {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json(
        { error: { code: 'not_found', message: ERROR_CATALOGUE.not_found.api } },
        { status: 404, headers: { 'cache-control': 'no-store' } },
      );
    }
    // Any path that matches no route renders app/not-found.tsx with status 404.
    return NextResponse.rewrite(new URL('/_malformed-path', request.url), { status: 404 });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();

  const nonce = newNonce();
  const https = appUrl().startsWith('https:');
  const csp = contentSecurityPolicy({ nonce, tileUrl: env().MAP_TILE_URL ?? DEFAULT_TILE_URL, dev: env().NODE_ENV === 'development', https });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  headers.set(NONCE_HEADER, nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  if (https) response.headers.set('strict-transport-security', HSTS);
  return response;
}

export const config = {
  // Pages and the API; not Next's own files or static assets.
  matcher: ['/((?!_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
