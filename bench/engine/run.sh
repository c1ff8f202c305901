#!/usr/bin/env bash
# Engine benchmark: our embedded engine against Operaton 1.0.3 and Flowable 8.0.0 on the same PostgreSQL.
#
#   bench/engine/run.sh                      # everything: build, three JVMs, table
#   OURS_BEFORE=main bench/engine/run.sh     # also our engine as of another commit, in the same run
#
# Environment (all optional):
#   WARMUP=10 MEASURE=20 THREADS=1,4 MODELS=one-task,project   seconds / thread counts / models
#   ENGINES="ours operaton flowable"                           which engines
#   PEER_HISTORY=audit                                         history level of both peers (audit is their default)
#   OURS_COMMIT=HEAD                                           the commit whose engine is "ours"
#   OURS_BEFORE=<git commit>                                   also run our engine as built from that commit
#                                                              (engine "ours-before"), for a before/after comparison
#   KEEP_DB=1                                                  keep the benchmark databases afterwards
#   BENCH_DB_PREFIX=bench_                                     prefix of the databases (<prefix><engine>, dropped and
#                                                              created per engine), e.g. a name of your own on a shared server
#   PGHOST=127.0.0.1 PGPORT=5432                               the PostgreSQL server (user postgres, trust auth)
#   JAVA_OPTS="-Xms1g -Xmx1g"                                   the same for every JVM
#
# Writes bench/engine/results/<UTC date-time>/: results.csv (one line per figure), one JSON per figure,
# machine.txt (nproc, memory, java, PostgreSQL, git commit, load before/after), <engine>.log, table.txt.
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WARMUP="${WARMUP:-10}"
MEASURE="${MEASURE:-20}"
THREADS="${THREADS:-1,4}"
MODELS="${MODELS:-one-task,project}"
ENGINES="${ENGINES:-ours operaton flowable}"
PEER_HISTORY="${PEER_HISTORY:-audit}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
JAVA_OPTS="${JAVA_OPTS:--Xms1g -Xmx1g}"
STAMP="$(date -u +%Y-%m-%dT%H%MZ)"
OUT="$HERE/results/$STAMP"
mkdir -p "$OUT"
PSQL=(psql -X -q -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

load() { cut -d' ' -f1-3 /proc/loadavg; }

{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command: ${0} (WARMUP=$WARMUP MEASURE=$MEASURE THREADS=$THREADS MODELS=$MODELS ENGINES='$ENGINES' OURS_COMMIT=${OURS_COMMIT:-HEAD} OURS_BEFORE=${OURS_BEFORE:-} PEER_HISTORY=$PEER_HISTORY JAVA_OPTS='$JAVA_OPTS')"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "postgresql: $("${PSQL[@]}" -tAc 'select version()')"
  echo "postgresql settings: $("${PSQL[@]}" -tAc "select string_agg(name || '=' || setting, ', ') from pg_settings where name in ('synchronous_commit','fsync','shared_buffers','max_connections','wal_level')")"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) ($(git -C "$ROOT" status --porcelain 2>/dev/null | grep -vc '^??') modified tracked files in the working tree)"
  echo "load_before (1/5/15 min): $(load)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

# --- build ---------------------------------------------------------------------------------------------------------
# Our engine runs from compiled classes of a commit (api + engine, `git archive` into a temporary directory, compiled
# offline), never from a snapshot in ~/.m2: the benchmark installs nothing (other builds on this machine resolve those
# snapshots), and later edits or builds in the working tree cannot change a running benchmark.
build_commit() {  # $1 commit, $2 directory, $3 log
  git -C "$ROOT" archive "$1" | tar -x -C "$2" || return 1
  (cd "$2" && mvn -B -o -q -pl engine -am compile > "$3" 2>&1)
}
OURS_COMMIT="${OURS_COMMIT:-HEAD}"
OURS_DIR="$(mktemp -d /tmp/opgave-engine-ours.XXXXXX)"
echo "== compile api + engine of commit $OURS_COMMIT in $OURS_DIR (engine ours)"
if ! build_commit "$OURS_COMMIT" "$OURS_DIR" "$OUT/compile.log"; then
  echo "compile failed, see $OUT/compile.log"; tail -30 "$OUT/compile.log"; exit 1
fi
echo "ours: engine classes of commit $(git -C "$ROOT" rev-parse --short "$OURS_COMMIT")" | tee -a "$OUT/machine.txt"
if [[ -n "${OURS_BEFORE:-}" ]]; then
  BEFORE_DIR="$(mktemp -d /tmp/opgave-engine-before.XXXXXX)"
  echo "== compile api + engine of commit $OURS_BEFORE in $BEFORE_DIR (engine ours-before)"
  if ! build_commit "$OURS_BEFORE" "$BEFORE_DIR" "$OUT/compile-before.log"; then
    echo "compile of $OURS_BEFORE failed, see $OUT/compile-before.log"; exit 1
  fi
  echo "ours-before: engine classes of commit $(git -C "$ROOT" rev-parse --short "$OURS_BEFORE")" | tee -a "$OUT/machine.txt"
  ENGINES="ours-before $ENGINES"
fi
echo "== build bench/engine"
if ! (cd "$HERE" && { mvn -B -o -q package -DskipTests || mvn -B -q package -DskipTests; } > "$OUT/build.log" 2>&1); then
  echo "bench build failed, see $OUT/build.log"; tail -30 "$OUT/build.log"; exit 1
fi

# The benchmark module's classpath with the engine and api jars replaced by the compiled classes under $1.
ours_classpath() {
  local deps
  deps="$(tr ':' '\n' < "$HERE/ours/target/classpath.txt" | grep -v '/nl/opgaveengine/engine/\|/nl/opgaveengine/api/' | paste -sd:)"
  echo "$1/engine/target/classes:$1/api/target/classes:$HERE/ours/target/classes:$deps"
}

# --- run -----------------------------------------------------------------------------------------------------------
status=0
for engine in $ENGINES; do
  db="${BENCH_DB_PREFIX:-bench_}${engine//-/_}"
  echo "== $engine (fresh database $db)"
  "${PSQL[@]}" -c "drop database if exists $db" -c "create database $db" || exit 1
  case "$engine" in
    ours|ours-before) main=nl.opgaveengine.bench.ours.OursBenchmark; extra=(--projectBpmn "$ROOT/bpmn/src/main/resources/bpmn/project.bpmn") ;;
    operaton) main=nl.opgaveengine.bench.operaton.OperatonBenchmark; extra=(--history "$PEER_HISTORY") ;;
    flowable) main=nl.opgaveengine.bench.flowable.FlowableBenchmark; extra=(--history "$PEER_HISTORY") ;;
    *) echo "unknown engine $engine"; exit 1 ;;
  esac
  label=()
  case "$engine" in
    ours)        cp="$(ours_classpath "$OURS_DIR")" ;;
    ours-before) cp="$(ours_classpath "$BEFORE_DIR")"; label=(-Dbench.engine-label=ours-before) ;;
    *)           cp="$HERE/$engine/target/classes:$(cat "$HERE/$engine/target/classpath.txt")" ;;
  esac
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${label[@]}" -Daxoniq.update-checker.disabled=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp "$cp" "$main" --out "$OUT" --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$db" --db "$db" \
      --warmup "$WARMUP" --measure "$MEASURE" --threads "$THREADS" --models "$MODELS" "${extra[@]}" \
      2>&1 | tee "$OUT/$engine.log" | grep --line-buffered -v '^\s*at \|^\s*\.\.\. [0-9]* more'
  rc=${PIPESTATUS[0]}
  if [[ $rc -ne 0 ]]; then echo "   $engine exited with $rc (see $OUT/$engine.log)"; status=1; fi
  echo "   database size after the run: $("${PSQL[@]}" -tAc "select pg_size_pretty(pg_database_size('$db'))")" | tee -a "$OUT/$engine.log"
  [[ -z "${KEEP_DB:-}" ]] && "${PSQL[@]}" -c "drop database if exists $db"
done
echo "load_after (1/5/15 min): $(load)" >> "$OUT/machine.txt"

# --- table ---------------------------------------------------------------------------------------------------------
"$HERE/table.sh" "$OUT/results.csv" | tee "$OUT/table.txt"
echo
grep '^load_' "$OUT/machine.txt"
echo "raw results: $OUT"
exit $status
