#!/usr/bin/env bash
# The whole test run behind `npm test` and .ci/run. Every stage runs even when an earlier one
# fails, every test is counted (each jest test, each manifest check, each e2e test; lint,
# typecheck and build count one each), and the last line is always `tests: N passed, N failed`.
# The exit code is non-zero when anything failed. Reports and screenshots go to test-output/.
set -uo pipefail
cd "$(dirname "$0")/.."
export OFFICE_ADDIN_USAGE_DATA_LEVEL=off

OUT=test-output
mkdir -p "$OUT"
rm -f "$OUT"/*.json

passed=0
failed=0
summary=()

record() { # name passed failed seconds
  passed=$((passed + $2))
  failed=$((failed + $3))
  local mark="ok  "
  [ "$3" -gt 0 ] && mark="FAIL"
  summary+=("$(printf '%s %-34s %4d passed %4d failed %5ss' "$mark" "$1" "$2" "$3" "$4")")
}

# A stage that is one test: it passes when the command exits 0.
single() { # name command...
  local name=$1 start=$SECONDS
  shift
  echo
  echo "== $name: $*"
  if "$@"; then record "$name" 1 0 $((SECONDS - start)); else record "$name" 0 1 $((SECONDS - start)); fi
}

# A stage that writes {passed, failed} (or jest's JSON) to a report file. A command that fails
# without writing a report, or fails while reporting no failure, counts as one failed test.
counted() { # name report command...
  local name=$1 report=$2 start=$SECONDS rc counts p f
  shift 2
  echo
  echo "== $name: $*"
  "$@"
  rc=$?
  counts=$(node -e '
    const fs = require("fs");
    try {
      const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      const p = r.numPassedTests ?? r.passed;
      const f = (r.numFailedTests ?? r.failed) + (r.numRuntimeErrorTestSuites ?? 0);
      console.log(`${p} ${f}`);
    } catch { console.log("0 0 missing"); }' "$report")
  read -r p f missing <<<"$counts"
  if [ -n "${missing:-}" ] || { [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; }; then
    echo "!! $name exited with $rc${missing:+ and wrote no report}"
    f=$((f + 1))
  fi
  missing=""
  record "$name" "$p" "$f" $((SECONDS - start))
}

single "lint" npm run --silent lint
single "typecheck" npm run --silent typecheck
# The command-line tests run the compiled bin (lib/), as a user would.
single "compile engine and CLI (lib/)" npm run --silent build:lib
counted "unit tests (jest)" "$OUT/jest.json" npx jest --ci --json --outputFile="$OUT/jest.json"
# The same suite with the clock two years ahead (libfaketime, child processes included): no test may
# depend on the day it runs.
counted "unit tests, clock +2 years (faketime)" "$OUT/jest-shifted.json" \
  faketime -f "+730d" npx jest --ci --json --outputFile="$OUT/jest-shifted.json"
counted "manifest.xml validation" "$OUT/validate-source.json" node scripts/validate-manifest.js manifest.xml --report "$OUT/validate-source.json"
single "production build" npm run --silent build
counted "dist/manifest.xml validation" "$OUT/validate-dist.json" node scripts/validate-manifest.js dist/manifest.xml --dist dist --report "$OUT/validate-dist.json"
counted "initial JS size budget" "$OUT/bundle-size.json" node scripts/bundle-size.js --dist dist --report "$OUT/bundle-size.json"
counted "end-to-end (headless Chromium)" "$OUT/e2e.json" node tests/e2e/run.js --dist dist --report "$OUT/e2e.json"

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
