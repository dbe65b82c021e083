#!/usr/bin/env bash
# npm test — every test runner in turn: unit, integration on PGlite, integration on PostgreSQL (when
# DATABASE_URL is set), the security regression tests (tests/security) and the property-based tests
# (tests/property) on both, end-to-end, then
# every `bench:*` script at its tiny size (tests/bench; after the e2e step so that bench:map-client
# reuses its production build; PostgreSQL halves when DATABASE_URL is set). Keeps going after a failure so that one run shows
# everything, exits non-zero if any part failed, and ends with one plain line that CI reads:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."

OUT="test-results"
mkdir -p "$OUT"
rm -f "$OUT/summary.txt"
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
STATUS=0
SUMMARY=()

# count <runner name> <exit code> <json file> <vitest|playwright>
count() {
  local name="$1" rc="$2" json="$3" kind="$4" line
  if [[ -s "$json" ]]; then
    line="$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const [p, f, s] = process.argv[2] === "vitest"
        ? [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests]
        : [r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ?? 0), r.stats.skipped];
      console.log(`${p} ${f} ${s}`);' "$json" "$kind")"
  else
    line="0 0 0"
  fi
  read -r p f s <<<"$line"
  # A runner that failed without reporting a failed test (crash, build error) counts as one failure.
  if [[ "$rc" -ne 0 && "$f" -eq 0 ]]; then f=1; fi
  if [[ "$rc" -ne 0 ]]; then STATUS=1; fi
  TOTAL_PASSED=$((TOTAL_PASSED + p)); TOTAL_FAILED=$((TOTAL_FAILED + f)); TOTAL_SKIPPED=$((TOTAL_SKIPPED + s))
  SUMMARY+=("$(printf '%-26s %4d passed, %d failed, %d skipped%s' "$name:" "$p" "$f" "$s" "$([[ $rc -ne 0 ]] && echo '  <-- FAILED')")")
}

run_vitest() {
  local name="$1" json="$2"; shift 2
  echo; echo "=== $name ==="
  rm -f "$json"
  "$@" --reporter=default --reporter=json --outputFile.json="$json"
  count "$name" "$?" "$json" vitest
}

run_vitest "unit" "$OUT/unit.json" npx vitest run --project unit
run_vitest "integration (PGlite)" "$OUT/integration-pglite.json" env -u DATABASE_URL TEST_DB=pglite npx vitest run --project integration
if [[ -n "${DATABASE_URL:-}" ]]; then
  run_vitest "integration (PostgreSQL)" "$OUT/integration-postgres.json" env TEST_DB=postgres npx vitest run --project integration
else
  echo; echo "=== integration (PostgreSQL) === skipped: DATABASE_URL is not set"
  SUMMARY+=("integration (PostgreSQL):  skipped (no DATABASE_URL)")
fi
# tests/security: one regression test per finding of the security review, on both databases too.
run_vitest "security (PGlite)" "$OUT/security-pglite.json" env -u DATABASE_URL TEST_DB=pglite npx vitest run --project security
if [[ -n "${DATABASE_URL:-}" ]]; then
  run_vitest "security (PostgreSQL)" "$OUT/security-postgres.json" env TEST_DB=postgres npx vitest run --project security
else
  echo; echo "=== security (PostgreSQL) === skipped: DATABASE_URL is not set"
  SUMMARY+=("security (PostgreSQL):     skipped (no DATABASE_URL)")
fi

# tests/property: fast-check properties of every zod schema, server action and API route (issue 14).
run_vitest "property (PGlite)" "$OUT/property-pglite.json" env -u DATABASE_URL TEST_DB=pglite npx vitest run --project property
if [[ -n "${DATABASE_URL:-}" ]]; then
  run_vitest "property (PostgreSQL)" "$OUT/property-postgres.json" env TEST_DB=postgres npx vitest run --project property
else
  echo; echo "=== property (PostgreSQL) === skipped: DATABASE_URL is not set"
  SUMMARY+=("property (PostgreSQL):     skipped (no DATABASE_URL)")
fi

echo; echo "=== end-to-end (Playwright) ==="
rm -f "$OUT/e2e-results.json"
E2E_JSON="$OUT/e2e-results.json" bash scripts/test-e2e.sh
rc=$?
if [[ ! -s "$OUT/e2e-results.json" && $rc -eq 0 ]]; then
  SUMMARY+=("end-to-end:                skipped (no Chromium at /usr/bin/chromium)")
else
  count "end-to-end" "$rc" "$OUT/e2e-results.json" playwright
fi

# A benchmark that no longer runs fails the test run (its figures are not checked: tiny sizes).
run_vitest "benchmarks (tiny)" "$OUT/bench.json" npx vitest run --project bench

{
  echo "=== summary ==="
  printf '%s\n' "${SUMMARY[@]}"
  echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed, ${TOTAL_SKIPPED} skipped"
} > "$OUT/summary.txt"
echo
cat "$OUT/summary.txt"
exit "$STATUS"
