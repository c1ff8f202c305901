#!/usr/bin/env bash
# Profiling run of our engine only (not the benchmark): one thread, every SQL statement timed per kind
# (ours/SqlTiming), and a JFR recording summarised by package (CPU samples of all threads).
#   bench/engine/profile.sh            # writes bench/engine/results/<UTC date-time>-profile/
# Environment: WARMUP=5 MEASURE=10 MODELS=one-task,project VARIANTS=driver,handlers (same build as run.sh: run that first;
# our engine runs from this working tree's compiled classes, as in run.sh)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/results/$(date -u +%Y-%m-%dT%H%MZ)-profile"
mkdir -p "$OUT"
db="${BENCH_DB_PREFIX:-bench_}ours_profile"
PSQL=(psql -X -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c "drop database if exists $db" -c "create database $db" || exit 1
echo "load_before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
java -Xms1g -Xmx1g -Daxoniq.update-checker.disabled=true \
    -XX:StartFlightRecording=filename="$OUT/ours.jfr",settings=profile \
    -cp "$ROOT/engine/target/classes:$ROOT/api/target/classes:$HERE/ours/target/classes:$(tr ':' '\n' < "$HERE/ours/target/classpath.txt" | grep -v '/nl/opgaveengine/engine/\|/nl/opgaveengine/api/' | paste -sd:)" \
    nl.opgaveengine.bench.ours.OursBenchmark \
    --out "$OUT" --jdbc "jdbc:postgresql://127.0.0.1:5432/$db" --db "$db" --warmup "${WARMUP:-5}" \
    --measure "${MEASURE:-10}" --threads 1 --models "${MODELS:-one-task,project}" --variants "${VARIANTS:-driver,handlers}" \
    --projectBpmn "$ROOT/bpmn/src/main/resources/bpmn/project.bpmn" --sqlTiming true 2>&1 | tee "$OUT/ours.log"
echo "load_after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
"${PSQL[@]}" -c "drop database if exists $db"
jfr print --events jdk.ExecutionSample --stack-depth 200 "$OUT/ours.jfr" > "$OUT/samples.txt"
python3 - "$OUT/samples.txt" <<'PY' | tee "$OUT/jfr-summary.txt"
import re, sys, collections
text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")[1:]
groups = [("Jackson (event/variable (de)serialisation)", "com.fasterxml.jackson"),
          ("PostgreSQL JDBC driver", "org.postgresql"),
          ("HikariCP", "com.zaxxer"),
          ("FEEL engine / Scala", "org.camunda.feel"),
          ("Axon aggregate loading (EventSourcingRepository)", "EventSourcingRepository.doLoad"),
          ("Axon event store append", "appendEvents"),
          ("Axon (all)", "org.axonframework"),
          ("engine lookup projection", "nl.opgaveengine.engine.lookup"),
          ("engine ProcessInstanceAggregate", "nl.opgaveengine.engine.instance"),
          ("engine model parsing", "nl.opgaveengine.engine.model.ModelParser"),
          ("Spring transactions", "org.springframework.transaction"),
          ("Flyway / other", "org.flywaydb")]
inclusive = collections.Counter(); top = collections.Counter(); bench = 0
for e in events:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", e, re.M)
    if not frames:
        continue
    thread = re.search(r'sampledThread = "([^"]+)"', e)
    if thread and (thread.group(1).startswith("bench-") or thread.group(1).startswith("opgave-engine")):
        bench += 1
        top[frames[0].rsplit(".", 1)[0]] += 1
        for name, needle in groups:
            if any(needle in f for f in frames):
                inclusive[name] += 1
print(f"CPU samples on benchmark and engine worker threads: {bench}")
print("share of samples whose stack contains (inclusive, overlapping):")
for name, _ in groups:
    print(f"  {name:55s} {100.0 * inclusive[name] / max(1, bench):5.1f} %")
print("top classes by self samples:")
for cls, n in top.most_common(15):
    print(f"  {cls:80s} {100.0 * n / max(1, bench):5.1f} %")
PY
rm -f "$OUT/samples.txt"   # derived from ours.jfr (jfr print), large
