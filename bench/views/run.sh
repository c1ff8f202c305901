#!/bin/bash
# Runs the views benchmark against the modules compiled in this checkout, without installing anything into ~/.m2.
# usage: bench/views/run.sh <database> [opgaven=1000 rate=50 lagSeconds=20]
# The database must exist; the schema bench_views in it is dropped first. JAVA_OPTS is passed to the JVM
# (e.g. -Dopgave.projecties.herbouw.pagina=5000). The load average is printed every 15 s.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DB="${1:?database}"; shift
OUT="$ROOT/bench/views/target"
mkdir -p "$OUT/classes"
# the modules' runtime classpaths, from the reactor (nothing of ours needs to be installed in ~/.m2); the dependency
# plugin itself may need one online resolution the first time
CP_ARGS=(-pl query-side,engine -am -DskipTests package
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime)
(cd "$ROOT" && { mvn -B -o -q "${CP_ARGS[@]}" || mvn -B -q "${CP_ARGS[@]}"; })
cat "$ROOT/query-side/target/bench-classpath.txt" "$ROOT/engine/target/bench-classpath.txt" | tr ':' '\n' | sort -u \
  | paste -sd: > "$OUT/classpath.txt"
DEPS="$(tr ':' '\n' < "$OUT/classpath.txt" | grep -v '/nl/opgaveengine/' | paste -sd:)"
MODULES="$ROOT/api/target/classes:$ROOT/engine/target/classes:$ROOT/query-side/target/classes"
javac -d "$OUT/classes" -cp "$MODULES:$DEPS" -parameters \
  "$ROOT/bench/views/src/main/java/nl/opgaveengine/bench/views/ViewsBenchmark.java"
cp "$ROOT/bench/views/src/main/resources/application.yml" "$OUT/classes/"
psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "drop schema if exists bench_views cascade"
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) commit $(git -C "$ROOT" rev-parse --short HEAD)"
( while true; do echo "load $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 15; done ) &
LOAD=$!
trap 'kill $LOAD 2>/dev/null || true' EXIT
BENCH_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=bench_views&reWriteBatchedInserts=true" \
  java -Xms1g -Xmx2g ${JAVA_OPTS:-} -cp "$OUT/classes:$MODULES:$DEPS" nl.opgaveengine.bench.views.ViewsBenchmark "$@"
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
