import 'server-only';
// AUTH_SECRET signs session cookies. A fresh clone should work with zero configuration, so when it
// is not set we create one once and keep it in .data/auth-secret (restarts keep users signed in).
// A production deployment on a shared PostgreSQL may run several instances that must agree on the
// secret, so there it has to be configured explicitly.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const configured = env().AUTH_SECRET;
  if (configured) return (cached = configured);
  if (env().NODE_ENV === 'production' && env().DATABASE_URL) {
    throw new Error('AUTH_SECRET must be set in production when DATABASE_URL is used (instances must share it).');
  }
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return (cached = stored);
  } catch {
    // No file yet: create it below.
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': if another process got there first, use its secret rather than overwrite it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch {
    return (cached = readFileSync(file, 'utf8').trim());
  }
  console.log(`AUTH_SECRET is not set: generated one and stored it in ${file}`);
  return (cached = secret);
}
