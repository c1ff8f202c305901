#!/usr/bin/env bash
# Prints the figures of a results.csv (from run.sh) as a table, then our throughput against each peer variant.
#   bench/engine/table.sh bench/engine/results/<date>/results.csv
set -euo pipefail
CSV="${1:?results.csv}"
awk -F, '
NR == 1 { next }
{
  key = $1 "/" $2; m = $3; t = $5
  tp[key, m, t] = $9; p50[key, m, t] = $10; p99[key, m, t] = $11
  rows[++n] = sprintf("| %-9s | %-9s | %-8s | %2s | %8s | %8.2f | %8.2f | %7s | %7s | %s |", $1, $2, m, t, sprintf("%.1f", $9), $10, $11, $15, $16, $14)
  if (!(key in seenk)) { seenk[key] = 1; keys[++nk] = key }
  if (!((m, t) in seenmt)) { seenmt[m, t] = 1; mts[++nmt] = m SUBSEP t }
}
END {
  print "| engine    | variant   | model    | th | inst/s   | p50 ms   | p99 ms   | commits | rows ins | errors |"
  print "|-----------|-----------|----------|----|----------|----------|----------|---------|----------|--------|"
  for (i = 1; i <= n; i++) print rows[i]
  print ""
  print "Ratios: our throughput / peer throughput (goal >= 2.0)"
  header = "| model    | th |"
  for (j = 1; j <= nk; j++) if (keys[j] !~ /^ours/) for (o = 1; o <= nk; o++) if (keys[o] ~ /^ours/) header = header sprintf(" %s vs %s |", keys[o], keys[j])
  print header
  for (i = 1; i <= nmt; i++) {
    split(mts[i], mt, SUBSEP)
    line = sprintf("| %-8s | %2s |", mt[1], mt[2])
    for (j = 1; j <= nk; j++) if (keys[j] !~ /^ours/) for (o = 1; o <= nk; o++) if (keys[o] ~ /^ours/) {
      a = tp[keys[o], mt[1], mt[2]]; b = tp[keys[j], mt[1], mt[2]]
      line = line sprintf(" %s |", (a == "" || b == "" || b == 0) ? "-" : sprintf("%.2f", a / b))
    }
    print line
  }
}' "$CSV"
