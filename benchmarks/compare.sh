#!/usr/bin/env bash
# sjt batch beside the comparators of issue 13, on the same simulated input: a DuckDB SQL script and a
# pandas script doing the core job (score single-choice responses by a join with the bank's keys,
# write responses, attempts and learners), and the libcsv floor (read the input, write as many bytes
# as sjt writes, no scoring). Prints one markdown table. Run on demand, never in CI.
#   benchmarks/compare.sh [LEARNERS…]      default: 100000 1000000
# SJT_BENCH_DIR (default /tmp/sjt-bench) keeps the simulated inputs, the outputs and the Python venv;
# SJT_BENCH_RUNS (default 3) runs of each, interleaved, the quickest by wall-clock kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python=python3
# The comparators bring in duckdb and pandas themselves; done once here so no timed run installs them.
"$python" "$root/benchmarks/bench_venv.py" >/dev/null
"$bench" key-table "$root/scenarios" "$work/keys.csv" >/dev/null

# Runs a command under /usr/bin/time; prints "wall-seconds cpu-seconds peak-kib".
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > /dev/null
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$work/time.txt"
}

# Keeps the quicker of two "wall cpu kib" lines: the machine is shared, and other work only adds.
quicker() {
  if [ -z "$1" ] || awk -v a="${2%% *}" -v b="${1%% *}" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| learners | rows | tool | wall s | CPU s | peak RSS MiB | bytes/learner | rows/s (wall) | wall ÷ sjt wall |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
checks=()
for learners in "${sizes[@]}"; do
  input="$work/sim-$learners.csv"
  [ -f "$input" ] || "$sjt" simulate --learners "$learners" --seed 1 -o "$input" --scenarios "$root/scenarios" >/dev/null 2>&1
  rows=$(( $(wc -l < "$input") - 1 ))
  # The bank built into sjt, as a trainer runs it (the same scenarios/ the keys and the input come from).
  run_sjt() { rm -rf "$work/sjt-$learners"; measure "$sjt" batch "$input" -o "$work/sjt-$learners"; }
  run_duckdb() { rm -rf "$work/duckdb-$learners"; measure "$python" "$root/benchmarks/duckdb_batch.py" "$input" "$work/keys.csv" "$work/duckdb-$learners"; }
  run_pandas() { rm -rf "$work/pandas-$learners"; measure "$python" "$root/benchmarks/pandas_batch.py" "$input" "$work/keys.csv" "$work/pandas-$learners"; }
  run_sjt >/dev/null  # sjt's output size sets what the floor writes
  bytes=$(du -sb "$work/sjt-$learners" | awk '{print $1}')
  run_floor() { measure "$bench" csv-floor "$input" "$bytes" "$work/floor-$learners.csv"; }
  s="" d="" p="" f=""
  for _ in $(seq "$runs"); do
    s=$(quicker "$s" "$(run_sjt)")
    d=$(quicker "$d" "$(run_duckdb)")
    p=$(quicker "$p" "$(run_pandas)")
    f=$(quicker "$f" "$(run_floor)")
  done
  rm -f "$work/floor-$learners.csv"
  sjt_wall=${s%% *}
  for entry in "sjt batch|$s" "DuckDB script|$d" "pandas script|$p" "libcsv floor|$f"; do
    tool=${entry%%|*}
    read -r wall cpu kib <<< "${entry#*|}"
    awk -v l="$learners" -v r="$rows" -v t="$tool" -v w="$wall" -v c="$cpu" -v m="$kib" -v sw="$sjt_wall" 'BEGIN {
      printf "| %d | %d | %s | %.2f | %.2f | %.0f | %.0f | %.0f | %.2f |\n", l, r, t, w, c, m/1024, m*1024/l, r/w, w/sw }'
  done
  checks+=("$learners")
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for learners in "${checks[@]}"; do
  for tool in duckdb pandas; do
    "$python" "$root/benchmarks/check_comparator.py" "$work/sjt-$learners" "$work/$tool-$learners"
  done
done
