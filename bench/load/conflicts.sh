#!/usr/bin/env bash
# Conflicting decisions, the full form: ROUNDS (default 1000) rounds of CONTENDERS (default 50) concurrent,
# contradictory decisions (GO / NO_GO) on one open gate, each round on a fresh project. Runs the suite's
# ConcurrentDecisionTest (the CI form runs 2 rounds) on PostgreSQL, database LOAD_TEST_DB (default
# opgave_load_test; dropped and created), and keeps Maven's output. Per round it asserts: exactly one 201,
# every other answer 409 with a code (GATE_ALREADY_DECIDED, GATE_NOT_OPEN, OPGAVE_CLOSED or
# CONCURRENT_MODIFICATION) and a detail, no 5xx, one GateDecidedEvent in the event store, unique sequence numbers.
# Then CONTENTION_ROUNDS (default ROUNDS) rounds of ConcurrentContentionTest: CONTENDERS concurrent assignments of
# one sturingsdriehoek role (exactly one holder), and CONTENDERS racing deployments of one process (distinct
# versions 1..n or 409; unchanged content: one version). PREPARERS projects are prepared in parallel ahead.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROUNDS=${ROUNDS:-1000}; CONTENDERS=${CONTENDERS:-50}; DB=${LOAD_TEST_DB:-opgave_load_test}
CONTENTION_ROUNDS=${CONTENTION_ROUNDS:-$ROUNDS}; PREPARERS=${PREPARERS:-2}
OUT=${OUT:-$ROOT/bench/load/results/conflicts-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit: $(cd "$ROOT" && git rev-parse --short HEAD); $(nproc) cores"
  echo "command: $0 (ROUNDS=$ROUNDS CONTENTION_ROUNDS=$CONTENTION_ROUNDS CONTENDERS=$CONTENDERS PREPARERS=$PREPARERS, PostgreSQL database $DB)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
cd "$ROOT"
set +e
# only the default test execution (the app module runs this test a second time in gateway mode in CI)
mvn -B -o -pl app -am test-compile surefire:test@default-test -Ppostgres -Dtest.postgres.database="$DB" \
  -Dtest='ConcurrentDecisionTest,ConcurrentContentionTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dconflict.rounds="$ROUNDS" -Dconflict.contention-rounds="$CONTENTION_ROUNDS" -Dconflict.contenders="$CONTENDERS" \
  -Dconflict.preparers="$PREPARERS" >"$OUT/maven.log" 2>&1
rc=$?
set -e
grep -E "conflicts: |contention: |Tests run:.*Concurrent|FAIL|BUILD" "$OUT/maven.log" | tee -a "$OUT/summary.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); exit $rc" | tee -a "$OUT/summary.txt"
exit $rc
