#!/usr/bin/env bash
# The batch runner at scale: simulate cohorts, time `sjt batch` on each, and time the libcsv floor
# (parse the same input, write output of the same size, no scoring). Run on demand, never in CI.
#   benchmarks/batch.sh [LEARNERS…]      default: 10000 100000 1000000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${SJT_BENCH_DIR:-/tmp/sjt-bench}"
mkdir -p "$work"
"$root/scripts/setup"
swift build --package-path "$root" -c release --product sjt >/dev/null
swift build --package-path "$root" -c release --product sjt-bench >/dev/null
sjt="$root/.build/release/sjt"
bench="$root/.build/release/sjt-bench"
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }

printf '| learners | rows | batch s | rows/s | peak RSS MiB | bytes/learner | floor s | floor rows/s | throughput ÷ floor |\n|---|---|---|---|---|---|---|---|---|\n'
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
for learners in "${sizes[@]}"; do
  input="$work/sim-$learners.csv"
  [ -f "$input" ] || "$sjt" simulate --learners "$learners" --seed 1 -o "$input" --scenarios "$root/scenarios" 2>/dev/null
  rows=$(( $(wc -l < "$input") - 1 ))
  rm -rf "$work/out-$learners"
  /usr/bin/time -v "$sjt" batch "$input" -o "$work/out-$learners" --scenarios "$root/scenarios" > /dev/null 2> "$work/time-$learners.txt"
  seconds=$(grep "Elapsed (wall clock)" "$work/time-$learners.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident" "$work/time-$learners.txt" | awk '{print $NF}')
  bytes=$(du -sb "$work/out-$learners" | awk '{print $1}')
  floor=$("$bench" csv-floor "$input" "$bytes" "$work/floor-$learners.csv" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
  rm -f "$work/floor-$learners.csv"
  awk -v l="$learners" -v r="$rows" -v s="$seconds" -v m="$rss" -v f="$floor" 'BEGIN {
    printf "| %d | %d | %.2f | %.0f | %.0f | %.0f | %.2f | %.0f | %.2f |\n", l, r, s, r/s, m/1024, m*1024/l, f, r/f, f/s }'
done
