#!/usr/bin/env bash
# npm run test:e2e — builds the app (next build) and runs Playwright against `next start` on a free
# port with a fresh embedded database in a temporary PGLITE_DIR, seeded with the demo area on start.
# Skips (exit 0, with a clear message) only when there is no Chromium at /usr/bin/chromium.
# Set E2E_SKIP_BUILD=1 to reuse an existing build while iterating on tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export E2E_JSON="${E2E_JSON:-test-results/e2e-results.json}"
mkdir -p "$(dirname "$E2E_JSON")"
rm -f "$E2E_JSON"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "E2E SKIPPED: no Chromium at /usr/bin/chromium (install it with: apt-get install -y chromium)."
  exit 0
fi

if [[ "${E2E_SKIP_BUILD:-}" == "1" && -f .next/BUILD_ID ]]; then
  echo "E2E: reusing the existing build (.next/BUILD_ID)."
else
  echo "E2E: building (next build) …"
  NEXT_TELEMETRY_DISABLED=1 npx next build
fi

# A free port chosen by the OS, and a database folder that exists only for this run.
E2E_PORT="${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
E2E_PGLITE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/industrivej-e2e-XXXXXX")"
export E2E_PORT E2E_PGLITE_DIR
trap 'rm -rf "$E2E_PGLITE_DIR"' EXIT

echo "E2E: next start on 127.0.0.1:$E2E_PORT with a fresh embedded database ($E2E_PGLITE_DIR)."
NEXT_TELEMETRY_DISABLED=1 npx playwright test "$@"
