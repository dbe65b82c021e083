// Tells the server components which path was requested (REQUEST_PATH_HEADER), so a route group's
// layout can send a signed-out visitor to sign-in with a callbackUrl back to the page. The header a
// client sends is always overwritten. No authorization here: layouts, pages and the DAL decide.
import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's own files, or static assets.
  matcher: ['/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
