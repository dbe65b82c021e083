// npm start — the one command for a fresh clone after `npm ci`: builds when needed, then serves the
// production build on PORT (default 3000). With no DATABASE_URL the embedded database lives in
// PGLITE_DIR (default .data/pglite) and is migrated and seeded with the demo area on first start
// (instrumentation.ts → db/startup.ts). The server runs with scripts/forwarded-headers-register.mjs,
// which trusts forwarding headers only from TRUSTED_PROXIES (see that file).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// Everything that goes into the build; a change to any of these makes the build stale.
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'messages',
  'public',
  'instrumentation.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const SKIP = new Set(['node_modules', '.next', '.data', 'migrations']);

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(buildId)) return 'no build yet';
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const port = process.env.PORT || '3000';
const appUrl = process.env.APP_URL?.trim();

// Links in e-mails are built from APP_URL, never from the request's host (lib/env.ts appUrl()).
if (!appUrl) {
  if (process.env.DATABASE_URL?.trim()) {
    console.error(
      'APP_URL must be set when the app runs on PostgreSQL (DATABASE_URL): e-mailed sign-in links are built from it.\n' +
        'Set it to the public address, e.g. APP_URL=https://industrivej.example.dk npm start',
    );
    process.exit(1);
  }
  console.warn(`Warning: APP_URL is not set: links in e-mails will point to http://localhost:${port}. Set APP_URL to the public address.`);
}

const reason = process.env.SKIP_BUILD === '1' ? null : needsBuild();
if (reason) {
  console.log(`Building the app (${reason}) …`);
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Starting Industrivej on http://localhost:${port}${appUrl ? ` (public address ${appUrl})` : ''}`);
// A larger young generation (32 MB semi-spaces instead of 16): the matching worker and the API
// allocate a few MB a request; with the default, a young-generation collection of ~8 ms fell into
// one ranking in eight, with this into one in seventeen (npm run bench:match runs with the same).
const register = path.join(root, 'scripts', 'forwarded-headers-register.mjs');
const server = spawn(process.execPath, ['--max-semi-space-size=32', '--import', pathToFileURL(register).href, nextBin, 'start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
