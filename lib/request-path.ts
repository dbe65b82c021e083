// The path (with query) of the page being requested, passed from proxy.ts to server components:
// a layout is not told which page it wraps, yet a sign-in redirect must come back to that page.
import { sameOriginPath } from '@/lib/auth/redirect';

export const REQUEST_PATH_HEADER = 'x-industrivej-path';

/** The header's value when it is a same-site path, else undefined (never trust a client's copy blindly). */
export function requestPathFrom(headers: Headers): string | undefined {
  const path = headers.get(REQUEST_PATH_HEADER);
  return path?.startsWith('/') ? (sameOriginPath(path, 'http://app.invalid') ?? undefined) : undefined;
}
