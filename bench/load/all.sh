#!/usr/bin/env bash
# The whole guarantees harness in one command: the load benchmark (run.sh), the crash check (crash.sh) and the
# conflict rounds (conflicts.sh), one after the other, each with its own database as it documents, results under
# bench/load/results/all-<date>/{load,crash,conflicts}/. Every setting of the three scripts passes through, e.g.
#   bench/load/all.sh                                              # the full forms: 100 kills, 1,000 rounds (hours)
#   QUICK=1 QUICK_KILLS=20 ROUNDS=20 CONTENTION_ROUNDS=5 bench/load/all.sh
# A part that fails does not stop the others; the exit code is 0 only when all three passed, and summary.txt says
# which did not.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT_ALL=${OUT_ALL:-$HERE/results/all-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT_ALL"
failed=0
part() {
  local name=$1 script=$2 start rc
  start=$(date +%s)
  echo "== $name: $script ($(date -u +%H:%M:%S) UTC)" | tee -a "$OUT_ALL/summary.txt"
  OUT="$OUT_ALL/$name" "$HERE/$script" >"$OUT_ALL/$name.txt" 2>&1
  rc=$?
  echo "   $name: exit $rc after $(( $(date +%s) - start )) s; output $OUT_ALL/$name.txt, results $OUT_ALL/$name/" \
    | tee -a "$OUT_ALL/summary.txt"
  [ "$rc" -eq 0 ] || failed=1
}
echo "commit $(git -C "$HERE" rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT_ALL/summary.txt"
part load run.sh
part crash crash.sh
part conflicts conflicts.sh
if [ "$failed" -eq 0 ]; then
  echo "all three passed" | tee -a "$OUT_ALL/summary.txt"
else
  echo "NOT all passed: see the exit codes above" | tee -a "$OUT_ALL/summary.txt"
fi
exit "$failed"
