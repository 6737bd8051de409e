#!/usr/bin/env bash
# Start-up: how long sjt takes, with the bundled 30-scenario bank, to its first screen (play), to
# score the sample cohort (batch) and to check the bank (validate): the median wall-clock time of
# five runs of each, in milliseconds, as a Markdown table. Run on demand, never in CI.
#   benchmarks/startup.sh [OLDER-SJT]    OLDER-SJT: a binary from before, timed beside this one; it
#                                        is given the bank as a folder (--scenarios), as it needs
# SJT_BENCH_RUNS=9 for the median of nine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sjt="$("$root/scripts/build-sjt" release)"
older="${1:-}"
runs="${SJT_BENCH_RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"   # no scenarios/ here: the built-in bank, or the folder named

# Milliseconds of wall-clock time for one run (a batch with rejected rows exits 2: still timed).
ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | awk '{ value[NR] = $1 } END { print value[int((NR + 1) / 2)] }'; }
timed() { for _ in $(seq "$runs"); do ms "$@"; done | median; }

# Each command, given the binary and any bank options. play runs on a store made by a first run.
play() { "$1" play --store "$work/store-$(basename "$1").sqlite" --learner bench --level frontline-leader --next --answers q "${@:2}"; }
batch() { rm -rf "$work/out"; "$1" batch "$root/scenarios/sample-cohort/responses.csv" -o "$work/out" "${@:2}"; }
validate() { "$1" validate "$root/scenarios"; }

folder=(--scenarios "$root/scenarios")
[ -z "$older" ] || play "$older" "${folder[@]}" >/dev/null 2>&1 || true
play "$sjt" >/dev/null 2>&1 || true

printf '| command | %sthis build, built-in bank | this build, --scenarios folder |\n' "${older:+older build, --scenarios folder | }"
printf '|---|%s---|---|\n' "${older:+---|}"
for command in play batch; do
  row="| sjt $command |"
  [ -z "$older" ] || row+=" $(timed "$command" "$older" "${folder[@]}") ms |"
  row+=" $(timed "$command" "$sjt") ms | $(timed "$command" "$sjt" "${folder[@]}") ms |"
  echo "$row"
done
row="| sjt validate scenarios |"
[ -z "$older" ] || row+=" $(timed validate "$older") ms |"
echo "$row (reads the folder) | $(timed validate "$sjt") ms |"
