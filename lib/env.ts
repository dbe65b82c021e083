// The only reader of process.env: every setting is validated once, and a wrong one fails at start.
import { isIP } from 'node:net';
import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  PGLITE_DIR: optional,
  AUTH_SECRET: optional,
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'PORT must be a port number')
      .optional(),
  ),
  // The public address: every link in every e-mail and every Auth.js URL is built from it, never
  // from the request's Host or X-Forwarded-Host.
  APP_URL: optional.pipe(
    z
      .url({ protocol: /^https?$/, error: 'APP_URL must be an http:// or https:// address' })
      .refine(
        (v) => ['', '/'].includes(new URL(v).pathname) && !new URL(v).search,
        'APP_URL must be an origin such as https://industrivej.example.dk (no path)',
      )
      .optional(),
  ),
  // Reverse proxies whose X-Forwarded-For / X-Real-IP / X-Forwarded-Host are believed: addresses or
  // CIDR ranges, separated by commas. Checked against the connection's peer by
  // scripts/forwarded-headers.mjs (loaded by npm start); from anyone else those headers are dropped.
  TRUSTED_PROXIES: optional.pipe(
    z
      .string()
      .refine((v) => parseTrustedProxies(v) !== null, 'TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, e.g. 127.0.0.1,10.0.0.0/8')
      .optional(),
  ),
  SMTP_URL: optional,
  MAIL_FROM: optional,
  SEED_DEMO: optional.pipe(z.enum(['true', 'false']).optional()),
  MAP_TILE_URL: optional,
  MAP_TILE_ATTRIBUTION: optional,
  RATE_LIMIT_SCALE: optional.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number)
      .optional(),
  ),
  LOG_MAIL: optional.pipe(z.enum(['true', 'false']).optional()),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= load();
  return cached;
}

/** For tests that change a setting: the next env() call reads process.env again. */
export function resetEnvCache() {
  cached = undefined;
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** One entry of TRUSTED_PROXIES: an address, or a range in CIDR notation. */
export interface TrustedRange {
  address: string;
  prefix: number;
  family: 4 | 6;
}

/** The ranges of a TRUSTED_PROXIES value, or null when an entry is not an address or CIDR range.
 * scripts/forwarded-headers.mjs parses the same format (it runs before the app is loaded). */
export function parseTrustedProxies(value: string | undefined): TrustedRange[] | null {
  const ranges: TrustedRange[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    if ((family !== 4 && family !== 6) || extra !== undefined) return null;
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!(prefix >= 0 && prefix <= max)) return null;
    ranges.push({ address, prefix, family });
  }
  return ranges;
}

let trusted: { value: string | undefined; ranges: TrustedRange[] } | undefined;

/** TRUSTED_PROXIES, parsed (the same array until the setting changes). */
export function trustedProxies(): TrustedRange[] {
  const value = env().TRUSTED_PROXIES;
  if (trusted?.value !== value || !trusted) trusted = { value, ranges: parseTrustedProxies(value) ?? [] };
  return trusted.ranges;
}

/**
 * The public origin (no trailing slash) that links in e-mails and Auth.js URLs are built from:
 * APP_URL, else http://localhost:PORT — never the request's host. A production server on PostgreSQL
 * (several instances, real users) must say where it lives, as it must set AUTH_SECRET.
 */
export function appUrl(): string {
  const { APP_URL, NODE_ENV, DATABASE_URL, PORT } = env();
  if (APP_URL) return new URL(APP_URL).origin;
  if (NODE_ENV === 'production' && DATABASE_URL) {
    throw new Error(
      'APP_URL must be set in production when DATABASE_URL is used: e-mailed sign-in links are built from it (e.g. APP_URL=https://industrivej.example.dk).',
    );
  }
  return `http://localhost:${PORT ?? '3000'}`;
}

/**
 * Auth.js v5 builds its URLs (the e-mailed sign-in link, /api/auth/providers, redirects) from
 * AUTH_URL when it is set, and from the request's X-Forwarded-Host / Host otherwise; it reads
 * AUTH_URL from process.env itself. This points it at appUrl(), whatever the environment said.
 */
export function pinAuthUrl(): string {
  const url = `${appUrl()}/api/auth`;
  process.env.AUTH_URL = url;
  delete process.env.NEXTAUTH_URL;
  return url;
}
