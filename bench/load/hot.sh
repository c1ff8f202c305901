#!/usr/bin/env bash
# Top sampled frames of a JFR recording: the 25 most frequent top frames, and the 25 most frequent frames of the
# application's own packages (nl.opgaveengine) anywhere in the sampled stacks. Usage: hot.sh recording.jfr
set -euo pipefail
f=$1
jfr print --events jdk.ExecutionSample "$f" >"$f.txt"
echo "== top frames (samples) =="
awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$f.txt" | sort | uniq -c | sort -rn | head -25
echo "== nl.opgaveengine frames anywhere in a stack (samples) =="
grep -o 'nl\.opgaveengine[A-Za-z0-9_.$]*' "$f.txt" | sort | uniq -c | sort -rn | head -25
echo "== library packages of the top frame (samples) =="
awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); split($0, a, "."); print a[1]"."a[2]"."a[3]}' "$f.txt" | sort | uniq -c | sort -rn | head -15
