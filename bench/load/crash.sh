#!/usr/bin/env bash
# Crash check in one command. On a PRIVATE PostgreSQL cluster (initdb into $LOAD_WORK/pg, port LOAD_PGPORT=5433,
# never the machine's shared cluster) it runs the load driver (every command with an Idempotency-Key, retried with
# the same key; every 2xx answer logged), and meanwhile
#   1. kills the app with kill -9 at random moments KILLS times (default 100; QUICK=1: 5), restarting it each time;
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
while [ "$kills" -lt "$KILLS" ]; do
  sleep "$(awk -v s="$RANDOM" 'BEGIN{srand(s); printf "%.2f", 1 + rand() * 6}')"
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

TOKEN=$(java -jar "$DRIVER_JAR" --jwt-key "$LOAD_WORK/jwt-private.pem" --print-token beheerder)
projections_caught_up() { # true when every projection is at the head and none is rebuilding
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/v1/beheer/projecties" | python3 -c '
import json,sys
p=json.load(sys.stdin)["projecties"]
ok=all((not x.get("herbouwt")) and (x.get("achterstand") in (0,None)) and x.get("actief") for x in p)
sys.exit(0 if ok else 1)'
}
wait_caught_up() { # label
  local t0; t0=$(date +%s)
  for _ in $(seq 1 300); do
    if projections_caught_up; then
      echo "$1: projections caught up in $(( $(date +%s) - t0 )) s" | tee -a "$OUT/summary.txt"; return 0
    fi
    sleep 0.5
  done
  echo "$1: projections NOT caught up after $(( $(date +%s) - t0 )) s" | tee -a "$OUT/summary.txt"; return 1
}
FAIL=0
t0=$(date +%s)
wait_caught_up "after the load" || FAIL=1
[ $(( $(date +%s) - t0 )) -le 30 ] || { echo "FAIL c: catch-up took more than 30 s" | tee -a "$OUT/summary.txt"; FAIL=1; }

dump_views() { # file
  : >"$1"
  for t in $(psql_load -d "$LOAD_DB" -c "select tablename from pg_tables where schemaname='public' and tablename like 'qs\_%' order by 1"); do
    echo "== $t" >>"$1"
    # every column, except qs_gebeurtenis.volgorde (a surrogate identity) and .globale_positie (compared apart)
    cols=$(psql_load -d "$LOAD_DB" -c "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
      where table_schema='public' and table_name='$t' and not (table_name='qs_gebeurtenis' and column_name in ('volgorde','globale_positie'))")
    psql_load -d "$LOAD_DB" -c "\\copy (select $cols from $t) to stdout" | sort >>"$1"
  done
  psql_load -d "$LOAD_DB" -c "\\copy (select event_id, globale_positie from qs_gebeurtenis) to stdout" | sort >"$1.positions"
}
# quiet time for the model's last steps, then the views as they are, then a full replay, then compare
sleep 5
wait_caught_up "before the replay" || FAIL=1
dump_views "$OUT/views-live.txt"
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
  "$BASE/v1/beheer/projecties/_herbouwen" >/dev/null
sleep 1
wait_caught_up "full replay" || FAIL=1
dump_views "$OUT/views-replayed.txt"
if diff -q "$OUT/views-live.txt" "$OUT/views-replayed.txt" >/dev/null; then
  echo "OK c: the views equal a full replay ($(wc -l <"$OUT/views-live.txt") rows)" | tee -a "$OUT/summary.txt"
else
  diff "$OUT/views-live.txt" "$OUT/views-replayed.txt" >"$OUT/views.diff" || true
  echo "FAIL c: the views differ from a full replay: $(grep -c '^[<>]' "$OUT/views.diff") rows, see views.diff" \
    | tee -a "$OUT/summary.txt"; FAIL=1
fi

positions=$(diff "$OUT/views-live.txt.positions" "$OUT/views-replayed.txt.positions" | grep -c '^<' || true)
if [ "$positions" = 0 ]; then
  echo "OK c: qs_gebeurtenis.globale_positie equals the replay" | tee -a "$OUT/summary.txt"
else
  echo "FAIL c: qs_gebeurtenis.globale_positie differs from the replay for $positions events (live processing stores the" \
    "gap-aware token's highest index, not the event's own global index, for events that commit out of order)" \
    | tee -a "$OUT/summary.txt"; FAIL=1
fi

# d: after a kill -9 a job taken by the dead node waits for the job timeout (60 s): give the model that long
t0=$(date +%s)
for _ in $(seq 1 150); do
  stuck=$(psql_load -d "$LOAD_DB" -c "select count(*) from qs_opgave_detail where werkwijze = 'PROJECT'
    and gate_id is null and status not in ('AFGEROND', 'GESTOPT')")
  [ "$stuck" = 0 ] && break
  sleep 1
done
echo "d: project opgaven without an open gate: $stuck after $(( $(date +%s) - t0 )) s of waiting" | tee -a "$OUT/summary.txt"

psql_load -d "$LOAD_DB" >"$OUT/checks.txt" <<SQL
create temp table acked (k text, principal text, method text, path text, status int, body text);
\copy acked from '$OUT/acked.tsv'
create temp table ev as select aggregate_identifier a, sequence_number s, event_identifier id,
  regexp_replace(payload_type, '.*\.', '') t, convert_from(payload, 'UTF8')::jsonb p from domain_event_entry;
create temp table cmd as select k, principal,
  case when path = '/v1/opgaven' then (body::jsonb)->>'opgaveId' else split_part(path, '/', 4) end opgave,
  case when path = '/v1/opgaven' then 'OpgaveRegisteredEvent' when path like '%/intake' then 'IntakeRecordedEvent'
       when path like '%/werkwijze' then 'WerkwijzeChosenEvent' when path like '%/rollen' then 'RolAssignedEvent'
       when path like '%/documenten' then 'DocumentAttachedEvent' when path like '%/besluiten' then 'GateDecidedEvent'
  end t, body from acked;
select 'acked commands', count(*) from acked;
select 'a FAIL acked without its key row', count(*) from acked a
  where not exists (select 1 from cs_idempotency_key i where i.principal = a.principal and i.idempotency_key = a.k);
select 'a FAIL acked key logged twice', count(*) from (select k from acked group by k having count(*) > 1) x;
select 'a FAIL (opgave, type) with fewer events than 2xx commands', count(*) from
  (select opgave, t, count(*) n from cmd group by opgave, t) c
  where n > (select count(*) from ev where ev.a = c.opgave and ev.t = c.t);
select 'a FAIL (opgave, type) with more events than 2xx commands', count(*) from
  (select opgave, t, count(*) n from cmd group by opgave, t) c
  where n < (select count(*) from ev where ev.a = c.opgave and ev.t = c.t);
select 'a FAIL acked document not stored exactly once', count(*) from cmd c where t = 'DocumentAttachedEvent'
  and (select count(*) from ev where ev.t = c.t and ev.p->>'documentId' = (c.body::jsonb)->>'documentId') <> 1;
select 'b FAIL duplicate event ids', count(*) - count(distinct id) from ev;
select 'b FAIL duplicate aggregate sequence numbers', count(*) from (select a, s from ev group by a, s having count(*) > 1) x;
select 'b FAIL gates decided twice', count(*) from
  (select a, p->>'gateId' from ev where t = 'GateDecidedEvent' group by 1, 2 having count(*) > 1) x;
select 'b FAIL documents attached twice', count(*) from
  (select a, p->>'naam' from ev where t = 'DocumentAttachedEvent' group by 1, 2 having count(*) > 1) x;
select 'b FAIL opgaven registered twice (same title)', count(*) from
  (select p->>'titel' from ev where t = 'OpgaveRegisteredEvent' group by 1 having count(*) > 1) x;
select 'd FAIL project opgaven neither at an open gate nor finished', count(*) from qs_opgave_detail
  where werkwijze = 'PROJECT' and gate_id is null and status not in ('AFGEROND', 'GESTOPT');
select 'd FAIL engine incidents', count(*) from engine_incident;
select 'info opgaven finished', count(*) from qs_opgave_detail where status = 'AFGEROND';
select 'info gate decisions stored', count(*) from ev where t = 'GateDecidedEvent';
select 'info events stored', count(*) from ev;
SQL
cat "$OUT/checks.txt" | tee -a "$OUT/summary.txt"
if grep -E '^[abd] FAIL' "$OUT/checks.txt" | grep -vq '|0$'; then FAIL=1; fi
grep -E 'RESULT' "$OUT/driver.out" >>"$OUT/summary.txt" 2>/dev/null || true
echo "restart times (s): ${restart_seconds[*]:-}" >>"$OUT/summary.txt"
if [ "$FAIL" = 0 ]; then echo "CRASH CHECK PASSED" | tee -a "$OUT/summary.txt"; else echo "CRASH CHECK FAILED" | tee -a "$OUT/summary.txt"; fi
exit "$FAIL"
