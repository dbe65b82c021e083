// The one rule for every redirect target (sign-in's callbackUrl, the layouts' way back, the Auth.js
// redirect callback): resolve it against the app's own origin the way a browser would — which drops
// tabs and newlines ("/\t/evil.example" is "//evil.example") and reads "\" as "/" — and keep it only
// when the origin is still ours. Pure: no environment, usable on both sides.

/** The same-origin path (with query and hash) of `value` resolved against `base`, or null. */
export function sameOriginPath(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  let url: URL;
  let origin: string;
  try {
    origin = new URL(base).origin;
    url = new URL(value, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  // A path that starts with two slashes would be read as another host once the origin is dropped.
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}${url.hash}`;
}

/** A path on this site for `value`, else `fallback` (relative input is resolved against `base`). */
export function safeRedirectPath(value: unknown, fallback: string, base = 'http://app.invalid'): string {
  return sameOriginPath(value, base) ?? fallback;
}

/**
 * Auth.js redirect callback: the same-origin path of `url` (resolved against APP_URL), else the
 * home page. A path, not an absolute URL: the browser stays on the address it is using (a fresh
 * clone opened from another machine on the LAN), and a path can never name another host.
 */
export function safeRedirect(url: string, appOrigin: string) {
  return sameOriginPath(url, appOrigin) ?? '/';
}
