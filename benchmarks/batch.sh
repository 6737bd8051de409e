#!/usr/bin/env bash
# The batch runner at scale: simulate cohorts, time `sjt batch` on each, and time the libcsv floor
# (parse the same input, write output of the same size, no scoring). Run on demand, never in CI.
#   benchmarks/batch.sh [LEARNERS…]      default: 10000 100000 1000000
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Runs a command under /usr/bin/time and prints "cpu-seconds wall-seconds peak-kib".
measure() {
  /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" "$@" > /dev/null
  awk '{ printf "%.2f %.2f %d\n", $1 + $2, $3, $4 }' "$work/time.txt"
}

# The run with the least CPU time of $runs: the machine is shared, and other work only ever adds.
best() {
  local best="" line
  for _ in $(seq "$runs"); do
    line=$("$@")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$line"; fi
  done
  echo "$best"
}

printf '| learners | rows | batch CPU s | batch wall s | rows/s (CPU) | peak RSS MiB | bytes/learner | floor CPU s | floor rows/s (CPU) | throughput ÷ floor |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
for learners in "${sizes[@]}"; do
  input="$work/sim-$learners.csv"
  [ -f "$input" ] || "$sjt" simulate --learners "$learners" --seed 1 -o "$input" --scenarios "$root/scenarios" 2>/dev/null
  rows=$(( $(wc -l < "$input") - 1 ))
  batch_once() { rm -rf "$work/out-$learners"; measure "$sjt" batch "$input" -o "$work/out-$learners" --scenarios "$root/scenarios"; }
  read -r cpu wall rss <<< "$(best batch_once)"
  bytes=$(du -sb "$work/out-$learners" | awk '{print $1}')
  floor_once() { measure "$bench" csv-floor "$input" "$bytes" "$work/floor-$learners.csv"; }
  read -r floor _ _ <<< "$(best floor_once)"
  rm -f "$work/floor-$learners.csv"
  awk -v l="$learners" -v r="$rows" -v c="$cpu" -v w="$wall" -v m="$rss" -v f="$floor" 'BEGIN {
    printf "| %d | %d | %.2f | %.2f | %.0f | %.0f | %.0f | %.2f | %.0f | %.2f |\n", l, r, c, w, r/c, m/1024, m*1024/l, f, r/f, f/c }'
done
