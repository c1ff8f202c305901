#!/usr/bin/env bash
# Crash check in one command. On a PRIVATE PostgreSQL cluster (initdb into $LOAD_WORK/pg, port LOAD_PGPORT=5433,
# never the machine's shared cluster) it runs the load driver (every command with an Idempotency-Key, retried with
# the same key; every 2xx answer logged), and meanwhile
#   1. kills the app with kill -9 at random moments KILLS times (default 100; QUICK=1: 5), restarting it each time
#      (UNTIL=<time>: no kill starts after that time);
#   2. restarts the private PostgreSQL twice during load (pg_ctl restart -m fast, then -m immediate);
# then checks:
#   a. every 2xx command is in the store exactly once (its key row, and its domain event per opgave and type);
#   b. no event is duplicated (event ids, aggregate sequences, one decision per gate, one document per name);
#   c. every projection catches up within 30 s, and equals a full replay (tables dumped, rebuilt, dumped, diffed);
#   d. process instances continue: every project opgave has an open gate or is finished, and no engine incidents.
# Exit code 0 when every check holds. Results in bench/load/results/crash-<date>/.
set -euo pipefail
export LOAD_PGPORT=${LOAD_PGPORT:-5433}
export LOAD_DB=${LOAD_DB:-opgave_crash}
source "$(dirname "$0")/lib.sh"
KILLS=${KILLS:-100}
RATE=${RATE:-60}
if [ "${QUICK:-}" = "1" ]; then KILLS=${QUICK_KILLS:-5}; fi
OUT=${OUT:-$ROOT/bench/load/results/crash-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
PGBIN=/usr/lib/postgresql/15/bin
PGDATA=$LOAD_WORK/pg
PGSOCK=$LOAD_WORK/pgsock

pg_private() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$LOAD_WORK/pg.log" -w -t 60 "$@"; }

start_private_postgres() {
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" "$PGSOCK"
    chown postgres "$PGDATA" "$PGSOCK" "$LOAD_WORK"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust >/dev/null
  fi
  pg_private -o "-p $LOAD_PGPORT -k $PGSOCK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
}

DRIVER_PID=
cleanup() {
  [ -n "$DRIVER_PID" ] && kill "$DRIVER_PID" 2>/dev/null || true
  stop_app
  if [ "${KEEP_PG:-}" != "1" ]; then pg_private stop -m fast >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

build
(cd "$ROOT/bench/load" && mvn -B -o -q package -DskipTests)
jwt_keys
start_private_postgres
fresh_database
{
  machine
  echo "command: $0 (KILLS=$KILLS RATE=$RATE decisions/s; private PostgreSQL on port $LOAD_PGPORT, database $LOAD_DB)"
  echo "load average at start: $(loadavg)"
} | tee "$OUT/summary.txt"

start_app "$OUT/app.log"
wait_up 180 || { echo "app did not start" >&2; exit 1; }
: >"$OUT/acked.tsv"
java -jar "$DRIVER_JAR" --base "$BASE" --jwt-key "$LOAD_WORK/jwt-private.pem" --rate "$RATE" --warmup 0 \
  --duration 100000 --prepare 60 --prep-threads 16 --acked "$OUT/acked.tsv" --label crash \
  >"$OUT/driver.out" 2>"$OUT/driver.err" &
DRIVER_PID=$!
sleep 20

kills=0
restart_seconds=()
# UNTIL (a time `date -d` understands, e.g. 00:35 UTC): no kill starts after it; the run goes on to the
# PostgreSQL restarts and the checks with the kills done so far, and says so
until_epoch=
if [ -n "${UNTIL:-}" ]; then until_epoch=$(date -d "$UNTIL" +%s); fi
while [ "$kills" -lt "$KILLS" ]; do
  if [ -n "$until_epoch" ] && [ "$(date +%s)" -ge "$until_epoch" ]; then
    echo "UNTIL $UNTIL reached: $kills of $KILLS kills done" | tee -a "$OUT/summary.txt"
    break
  fi
  # a random moment 5-20 s (KILL_MIN, KILL_MAX) after the app is back: long enough for work to be in flight
  sleep "$(awk -v s="$RANDOM" -v a="${KILL_MIN:-5}" -v b="${KILL_MAX:-20}" 'BEGIN{srand(s); printf "%.2f", a + rand() * (b - a)}')"
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  kills=$((kills + 1))
  t=$(date +%s)
  start_app "$OUT/app.log"
  wait_up 180 || { echo "app did not come back after kill $kills" | tee -a "$OUT/summary.txt"; exit 1; }
  restart_seconds+=($(( $(date +%s) - t )))
  echo "kill -9 #$kills: back in ${restart_seconds[-1]} s; acked so far $(wc -l <"$OUT/acked.tsv"); load $(loadavg)" \
    | tee -a "$OUT/kills.txt"
done

for mode in fast immediate; do
  sleep 10
  t=$(date +%s)
  pg_private restart -m "$mode" -o "-p $LOAD_PGPORT -k $PGSOCK -c listen_addresses=127.0.0.1" >/dev/null
  echo "PostgreSQL restart -m $mode during load: back in $(( $(date +%s) - t )) s; acked so far $(wc -l <"$OUT/acked.tsv")" \
    | tee -a "$OUT/summary.txt"
done
sleep 20
kill "$DRIVER_PID" 2>/dev/null || true; wait "$DRIVER_PID" 2>/dev/null || true; DRIVER_PID=
echo "driver stopped; 2xx commands logged: $(wc -l <"$OUT/acked.tsv"); load $(loadavg)" | tee -a "$OUT/summary.txt"

set +e
OUT=$OUT APP_PID=$APP_PID RESTART_SECONDS="${restart_seconds[*]:-}" "$ROOT/bench/load/crash-check.sh"
rc=$?
exit $rc
