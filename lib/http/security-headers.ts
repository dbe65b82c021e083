// The response headers that tell the browser what this site may do: a Content-Security-Policy with
// a fresh nonce per page (Next.js puts it on its own scripts when it finds the policy on the
// request, proxy.ts), HSTS when the public address is https, and a Permissions-Policy that turns off
// the powerful features the app never uses. Pure functions: proxy.ts and the tests call them.

/** Where the map's tiles come from, as a CSP source: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * → `https://*.tile.example.org` (Leaflet's `{s}` subdomains become a wildcard). Null when the
 * template is not an absolute http(s) URL (a relative one is covered by 'self'). */
export function tileSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) return null;
  const host = match[2]!.replace(/\{[^}]*\}/g, '*').toLowerCase();
  // Only host characters (and a leading wildcard label): nothing that could end the directive.
  if (!/^(\*\.)*[a-z0-9.-]+(:\d+)?$/.test(host.replace(/^\*\./, '*.'))) return null;
  return `${match[1]!.toLowerCase()}://${host}`;
}

/** A random, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  tileUrl: string;
  /** Development needs eval for React's refresh and websockets for HMR. */
  dev?: boolean;
  /** Sends `upgrade-insecure-requests` (only when served over https). */
  https?: boolean;
}

/**
 * Scripts only with this response's nonce ('strict-dynamic' lets Next's chunks load theirs).
 * Styles allow inline: React renders `style` attributes (map symbols, progress bars) and Leaflet
 * positions its panes with them; a style can neither run code nor send data under these rules.
 */
export function contentSecurityPolicy({ nonce, tileUrl, dev = false, https = false }: CspOptions): string {
  const tiles = tileSource(tileUrl);
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Two years, subdomains included: only ever sent when the public address is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Powerful features the app never uses are off, for it and for anything it might embed. Only
 * features Chromium knows: an unknown one is reported as an error in the console. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/** A path Next.js cannot decode (`/listings/%FF`): the route's params would throw URIError → 500. */
export function isUndecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
