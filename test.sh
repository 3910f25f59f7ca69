#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed".
# Installs what the tests need when it is missing: Node.js and npm (the pages' build), Debian's Chromium (browser
# tests), Debian's Prometheus (the dashboards' queries run in it) and PostgreSQL 15 (the actor and server suites run
# a second time on a throwaway PostgreSQL server the tests start themselves), and Debian's Kamailio with the modules
# deploy/kamailio/kamailio.cfg loads (HTTP requests, JSON) and SIPp (sip-tester): the SIP tests run a real call path.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/prometheus ] || missing+=(prometheus)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
kamailio_modules=/usr/lib/x86_64-linux-gnu/kamailio/modules
[ -x /usr/sbin/kamailio ] || missing+=(kamailio)
[ -f $kamailio_modules/http_client.so ] || missing+=(kamailio-utils-modules)
[ -f $kamailio_modules/jansson.so ] || missing+=(kamailio-extra-modules)
[ -x /usr/bin/sipp ] || missing+=(sip-tester)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq "${missing[@]}" || { echo "could not install ${missing[*]}" >&2; exit 2; }
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK 10 is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="TestResults"
rm -rf "$results"

dotnet build Monitoring.sln -v q -nologo || { echo "the build failed" >&2; echo "0 passed, 0 failed"; exit 1; }

# One project's tests on one storage, its results in $results/<storage>/<project>.trx. On PostgreSQL (journal, snapshots,
# sharding state, read models and people there) classes marked [StorageIndependent] — headers, validation, options —
# cannot answer differently and are left out.
run() {
  local project=$1 storage=$2
  shift 2
  local filter=()
  [ "$storage" = postgresql ] && filter=(--filter "Storage!=Independent")
  MONITORING_TEST_STORAGE=$([ "$storage" = postgresql ] && echo PostgreSql || echo Sqlite) \
    dotnet test "tests/$project" --no-build "${filter[@]}" --logger "trx;LogFileName=$project.trx" \
    --results-directory "$results/$storage" "$@"
}

# Three lanes at once, each its own test processes (servers, browsers and PostgreSQL instances of their own): most tests
# wait on servers, clusters and a browser, so two lanes left the two cores idle a third of the time. The lanes are
# balanced by their measured times: the browser and cluster tests, the SQLite pass and the PostgreSQL pass.
lane() {
  local storage=$1
  shift
  local status=0 project
  for project in "${@}"; do
    run "$project" "$storage" "${test_args[@]}" || status=$?
  done
  return $status
}

test_args=("$@")
lanes=(
  "a sqlite Monitoring.EndToEnd.Tests Monitoring.Domain.Tests Monitoring.Simulator.Tests"
  "b sqlite Monitoring.Server.Tests Monitoring.Persistence.Tests Monitoring.Actors.Tests"
  "c postgresql Monitoring.Server.Tests Monitoring.Persistence.Tests Monitoring.Actors.Tests"
)
pids=()
for spec in "${lanes[@]}"; do
  read -r name storage projects <<<"$spec"
  # shellcheck disable=SC2086 # the project list is meant to split
  ( lane "$storage" $projects 2>&1 | sed -u "s/^/[$name] /" ) &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=$?
done

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
trx_count=$(ls "$results"/*/*.trx 2>/dev/null | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (build failure or a test host crash); $trx_count result files read." >&2
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$trx_count" -gt 0 ]
