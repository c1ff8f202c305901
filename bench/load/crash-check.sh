#!/usr/bin/env bash
# The checks of crash.sh (a-d), on its database and app; run by crash.sh, or alone against a running app:
#   OUT=bench/load/results/crash-... LOAD_PGPORT=5433 LOAD_DB=opgave_crash APP_PID=<pid> bench/load/crash-check.sh
set -euo pipefail
export LOAD_PGPORT=${LOAD_PGPORT:-5433}
export LOAD_DB=${LOAD_DB:-opgave_crash}
source "$(dirname "$0")/lib.sh"
: "${OUT:?OUT must name the results directory with acked.tsv}"
TOKEN=$(java -jar "$DRIVER_JAR" --jwt-key "$LOAD_WORK/jwt-private.pem" --print-token beheerder)
projections_caught_up() { # true when every projection is at the head and none is rebuilding
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/v1/beheer/projecties" | python3 -c '
import json,sys
p=json.load(sys.stdin)["projecties"]
# a backlog left out is unknown (a segment still claimed by the killed process), not caught up
ok=len(p)>0 and all((not x.get("herbouwt")) and x.get("achterstand")==0 and x.get("actief") for x in p)
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

# d: after a kill -9 a job taken by the dead node waits for the job timeout (60 s): give the model that long
t0=$(date +%s)
for _ in $(seq 1 150); do
  stuck=$(psql_load -d "$LOAD_DB" -c "select count(*) from qs_opgave_detail where werkwijze = 'PROJECT'
    and gate_id is null and status not in ('AFGEROND', 'GESTOPT')")
  [ "$stuck" = 0 ] && break
  sleep 1
done
echo "d: project opgaven without an open gate: $stuck after $(( $(date +%s) - t0 )) s of waiting" | tee -a "$OUT/summary.txt"

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

# a check that cannot run is a failure, never a silent pass: psql stops at the first error, and every check must
# have printed its line
set +e
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
-- counted once per (aggregate, type) and per document id and joined (hash joins): a sub-select per command group
-- scanned every event per group, and took hours at 24,000 commands
create temp table evn as select a, t, count(*) n from ev group by a, t;
create temp table evdoc as select p->>'documentId' d, count(*) n from ev where t = 'DocumentAttachedEvent' group by 1;
select 'a FAIL (opgave, type) with fewer events than 2xx commands', count(*) from
  (select opgave, t, count(*) n from cmd group by opgave, t) c
  left join evn e on e.a = c.opgave and e.t = c.t where c.n > coalesce(e.n, 0);
select 'a FAIL (opgave, type) with more events than 2xx commands', count(*) from
  (select opgave, t, count(*) n from cmd group by opgave, t) c
  join evn e on e.a = c.opgave and e.t = c.t where c.n < e.n;
select 'a FAIL acked document not stored exactly once', count(*) from cmd c
  left join evdoc e on e.d = (c.body::jsonb)->>'documentId'
  where c.t = 'DocumentAttachedEvent' and coalesce(e.n, 0) <> 1;
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
checks_rc=$?
cat "$OUT/checks.txt" | tee -a "$OUT/summary.txt"
if [ "$checks_rc" != 0 ]; then
  echo "FAIL: the SQL checks stopped with exit $checks_rc" | tee -a "$OUT/summary.txt"; FAIL=1
fi
# one line per check query in this script
expected_checks=$(grep -c "^select '[abd] FAIL" "$0")
found_checks=$(grep -cE '^[abd] FAIL' "$OUT/checks.txt" || true)
if [ "$found_checks" != "$expected_checks" ]; then
  echo "FAIL: $found_checks of $expected_checks checks answered" | tee -a "$OUT/summary.txt"; FAIL=1
fi
if grep -E '^[abd] FAIL' "$OUT/checks.txt" | grep -vq '|0$'; then FAIL=1; fi
grep -E 'RESULT' "$OUT/driver.out" >>"$OUT/summary.txt" 2>/dev/null || true
echo "restart times (s): ${RESTART_SECONDS:-}" >>"$OUT/summary.txt"
if [ "$FAIL" = 0 ]; then echo "CRASH CHECK PASSED" | tee -a "$OUT/summary.txt"; else echo "CRASH CHECK FAILED" | tee -a "$OUT/summary.txt"; fi
exit "$FAIL"
