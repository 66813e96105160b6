#!/usr/bin/env bash
# Indicator-extraction throughput over ../shared (seeds + national corpus): median of RUNS runs.
# With BASE_REF, the same for the bench of an earlier commit, alternating five times so that both
# see the same machine load, and the ratio of the medians (ours / base).
#
# Usage: bash bench/extraction.sh [RUNS] [BASE_REF]   (BASE_BENCH=PATH: a bench_extraction of BASE_REF already built)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" >/dev/null
SHARED="${SHARED_DIR:-$ROOT/../shared}"
RUNS="${1:-7}"
OURS_BENCH="$BUILD_DIR/bin/bench_extraction"
if [[ $# -lt 2 ]]; then
  "$OURS_BENCH" "$SHARED" "$RUNS"
  exit 0
fi
source "$ROOT/bench/basebuild.sh"
WORK="$(mktemp -d)"
trap 'base_cleanup "$WORK"' EXIT
BASE_BENCH="${BASE_BENCH:-$(base_binary "$2" bench_extraction "$WORK")}"
ms() { "$1" "$SHARED" "$RUNS" | awk '/extraction median/ {print $3}'; }
: > "$WORK/base.txt"; : > "$WORK/ours.txt"
for ((r = 0; r < 5; r++)); do
  ms "$BASE_BENCH" >> "$WORK/base.txt"
  ms "$OURS_BENCH" >> "$WORK/ours.txt"
done
BASE=$(median < "$WORK/base.txt"); OURS=$(median < "$WORK/ours.txt")
printf 'extraction at %-10s median %.1f ms  (medians of %s runs each: %s)\n' "$2" "$BASE" "$RUNS" "$(tr '\n' ' ' < "$WORK/base.txt")"
printf 'extraction at %-10s median %.1f ms  (medians of %s runs each: %s)\n' "HEAD+tree" "$OURS" "$RUNS" "$(tr '\n' ' ' < "$WORK/ours.txt")"
printf 'extraction_cost_ratio=%.3f\n' "$(echo "$OURS / $BASE" | bc -l)"
