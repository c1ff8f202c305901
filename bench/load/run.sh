#!/usr/bin/env bash
# Load benchmark in one command: builds the app and the driver, starts the app on a fresh database of its own
# (LOAD_DB, default opgave_load on 127.0.0.1:5432), measures the raw PostgreSQL ceiling with pgbench
# (single-row INSERT commits/s, 1 and 8 clients, database LOAD_DB_pgbench), then runs the driver at a fixed
# 150 decisions/s and at the maximum, and writes everything to bench/load/results/<date>/.
#   bench/load/run.sh            # warm-up 10 s, 30 s per measurement
#   QUICK=1 bench/load/run.sh    # warm-up 5 s, 15 s
# APP_ARGS passes settings to the app (e.g. APP_ARGS=--spring.datasource.hikari.maximum-pool-size=20).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
WARMUP=${WARMUP:-10}; DURATION=${DURATION:-30}; PREPARE=${PREPARE:-400}
# the driver waits for a gate to open and for a decision to show by conditional GETs the API holds until the detail
# changes (If-None-Match + Prefer: wait=WAIT seconds); WAIT=0 polls the detail instead (every 50 ms / 10 ms), as
# before 2026-11-29
WAIT=${WAIT:-10}
if [ "${QUICK:-}" = "1" ]; then WARMUP=5; DURATION=15; PREPARE=200; fi
OUT=${OUT:-$ROOT/bench/load/results/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
build
jwt_keys
trap stop_app EXIT

{
  machine
  echo "command: $0 (WARMUP=$WARMUP DURATION=$DURATION PREPARE=$PREPARE WAIT=$WAIT APP_ARGS='$APP_ARGS' JAVA_OPTS='$JAVA_OPTS')"
} | tee "$OUT/summary.txt"

# the raw ceiling: single-row commits/s on the same server, fsync on
PGB=/usr/lib/postgresql/15/bin/pgbench
psql_load -d postgres -c "DROP DATABASE IF EXISTS ${LOAD_DB}_pgbench" -c "CREATE DATABASE ${LOAD_DB}_pgbench"
psql_load -d "${LOAD_DB}_pgbench" -c "CREATE TABLE t (id bigserial PRIMARY KEY, v int)"
echo 'INSERT INTO t (v) VALUES (1);' >"$OUT/pgbench-insert.sql"
for c in 1 8; do
  echo "load average before pgbench -c $c: $(loadavg)" | tee -a "$OUT/summary.txt"
  $PGB -h 127.0.0.1 -p "$LOAD_PGPORT" -U postgres -n -c "$c" -j "$c" -T 15 -f "$OUT/pgbench-insert.sql" \
    "${LOAD_DB}_pgbench" >"$OUT/pgbench-c$c.txt" 2>&1
  echo "pgbench single-row INSERT commits, $c client(s): $(grep -m1 'tps' "$OUT/pgbench-c$c.txt")" | tee -a "$OUT/summary.txt"
done

fresh_database
start_app "$OUT/app.log"
wait_up 180 || { echo "app did not start; see $OUT/app.log" >&2; exit 1; }

commits() { psql_load -d postgres -c "SELECT xact_commit FROM pg_stat_database WHERE datname = '$LOAD_DB'"; }

drive() { # label, driver args...
  local label=$1; shift
  echo "load average before '$label': $(loadavg)" | tee -a "$OUT/summary.txt"
  local c0 t0; c0=$(commits); t0=$(date +%s)
  java -jar "$DRIVER_JAR" --base "$BASE" --jwt-key "$LOAD_WORK/jwt-private.pem" --warmup "$WARMUP" \
    --duration "$DURATION" --prepare "$PREPARE" --wait "$WAIT" --label "$label" "$@" 2>"$OUT/driver-$label.err" | tee -a "$OUT/summary.txt"
  # counted, not timed: what the app asks of PostgreSQL for the whole phase (preparation and warm-up included)
  echo "database commits during '$label': $(( $(commits) - c0 )) in $(( $(date +%s) - t0 )) s" | tee -a "$OUT/summary.txt"
  echo "load average after '$label': $(loadavg)" | tee -a "$OUT/summary.txt"
}
# the app's own transactions while nobody uses it (processor claims, pollers)
c0=$(commits); sleep 30
echo "idle: $(( $(commits) - c0 )) database commits in 30 s" | tee -a "$OUT/summary.txt"
# service time of one command with nobody queueing, with and without the Idempotency-Key (its cost)
for keys in true false; do
  echo "load average before serial keys=$keys: $(loadavg)" | tee -a "$OUT/summary.txt"
  java -jar "$DRIVER_JAR" --base "$BASE" --jwt-key "$LOAD_WORK/jwt-private.pem" --serial "${SERIAL:-200}" \
    --keys "$keys" --label "serial-keys-$keys" 2>>"$OUT/driver-serial.err" | tee -a "$OUT/summary.txt"
done
drive fixed150 --rate 150
if [ "${PROFILE:-}" = "1" ]; then
  # JFR during the maximum run; hot.txt lists the most sampled top frames (our code and the libraries')
  jcmd "$APP_PID" JFR.start name=load settings=profile filename="$OUT/max.jfr" delay="${WARMUP}s" duration="${DURATION}s" >/dev/null
fi
drive max --rate 0 --concurrency "${MAX_CONCURRENCY:-64}"
if [ "${PROFILE:-}" = "1" ]; then
  sleep 3
  "$ROOT/bench/load/hot.sh" "$OUT/max.jfr" >"$OUT/hot.txt" || true
fi
echo "results in $OUT"
