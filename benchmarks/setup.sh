# Sourced by batch.sh and compare.sh: the release builds they time and where their files go.
# Sets root, work (SJT_BENCH_DIR, default /tmp/sjt-bench, exported), sjt, bench and runs.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${SJT_BENCH_DIR:-/tmp/sjt-bench}"
export SJT_BENCH_DIR="$work"
mkdir -p "$work"
"$root/scripts/setup"
# The flags scripts/sjt and scripts/install build with, so that neither builds everything again.
source "$root/scripts/static-link-flags"
static_link_flags_for release
swift build --package-path "$root" -c release --product sjt "${static_link_flags[@]}" >/dev/null
swift build --package-path "$root" -c release --product sjt-bench "${static_link_flags[@]}" >/dev/null
sjt="$root/.build/release/sjt"
bench="$root/.build/release/sjt-bench"
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }
runs="${SJT_BENCH_RUNS:-3}"
