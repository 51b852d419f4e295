#!/usr/bin/env bash
# Runs every VRSS test on this machine, installing what the tests need first:
# PostgreSQL's server binaries (tests start throwaway servers from them), kubectl (renders deploy/k8s), s3rver (a
# real S3-compatible server on loopback), the contract tools of tests/tools (redocly, prism, fast-check, ajv),
# Debian's Chromium and Playwright (tests/Browser: the PWA end to end against a real silo).
# Ends with one line: "N passed, N failed", the .NET tests and the browser tests together.
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_config >/dev/null 2>&1 || [ ! -x "$(pg_config --bindir)/initdb" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries..."
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi

# tests/Deploy.Tests renders deploy/k8s with `kubectl kustomize` (offline) and fails without it. These machines'
# image carries kubectl (with kustomize 5); Debian's own kubernetes-client is the fallback (an older kustomize).
if ! command -v kubectl >/dev/null 2>&1; then
  echo "Installing kubectl..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl >/dev/null 2>&1 \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null
fi

tools_missing() {
  for tool in s3rver redocly prism; do [ -x "tests/tools/node_modules/.bin/$tool" ] || return 0; done
  for package in fast-check ajv ajv-formats; do [ -d "tests/tools/node_modules/$package" ] || return 0; done
  return 1
}
if [ -f tests/tools/package.json ] && tools_missing; then
  echo "Installing the test tools (s3rver, redocly, prism, fast-check, ajv)..."
  (cd tests/tools && npm ci --no-audit --no-fund --silent)
fi

# The browser tests drive Debian's Chromium (Playwright's own browser download does not work on these machines).
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium..."
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ -f tests/Browser/package.json ] && [ ! -x tests/Browser/node_modules/.bin/playwright ]; then
  echo "Installing Playwright (tests/Browser)..."
  (cd tests/Browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi

results=TestResults
rm -rf "$results"
status=0
built=no
dotnet build Vrss.sln -c Release -nologo -v quiet || status=$?
if [ "$status" = 0 ]; then
  built=yes
  # One test assembly at a time (-m:1): several of them start clusters, servers and timed failovers, and
  # two cores shared by concurrent assemblies make timing assertions flaky.
  dotnet test Vrss.sln -c Release --no-build --nologo -m:1 \
    --logger "trx" --results-directory "$results" \
    --blame-hang-timeout 10m -- RunConfiguration.TreatNoTestsAsError=false || status=$?
fi

# The client's unit and component tests (Vitest in jsdom; the build above installed its packages).
client_status=skipped
if [ "$built" = yes ] && [ -f src/Client/package.json ]; then
  client_status=0
  (cd src/Client && npx --no-install vitest run --reporter=default --reporter=junit \
    --outputFile.junit="$(pwd)/../../$results/client-junit.xml") || client_status=$?
fi

# The browser tests run after the .NET tests, against one silo (tests/Testing.BrowserHost, built above, serving the
# client the build made); their JUnit report goes beside the TRX files.
browser_status=skipped
if [ "$built" = yes ]; then
  browser_status=0
  results_path="$(pwd)/$results"
  (cd tests/Browser && VRSS_TEST_RESULTS="$results_path" npx --no-install playwright test) || browser_status=$?
fi

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
# Adds a JUnit report's counts (Vitest's, Playwright's); a run that failed with nothing to count counts as one failure.
count_junit() {
  local junit=$1 run_status=$2 counters t f s e
  counters=$(grep -o '<testsuites [^>]*>' "$junit" 2>/dev/null | head -n 1)
  t=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${t:-0} - ${f:-0} - ${s:-0} - ${e:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  if [ "$run_status" != 0 ] && [ "${f:-0}" = 0 ] && [ "${e:-0}" = 0 ]; then
    failed=$((failed + 1))
  fi
  [ "$run_status" = 0 ] || status=1
}
[ "$client_status" = skipped ] || count_junit "$results/client-junit.xml" "$client_status"
[ "$browser_status" = skipped ] || count_junit "$results/browser-junit.xml" "$browser_status"
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then
  failed=1 # the build or a test host failed without a result to count
fi
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
