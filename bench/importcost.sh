#!/usr/bin/env bash
# What a change costs the import: the same synthetic library of N reports imported by this
# checkout's reportlens-cli and by the one of an earlier commit, runs alternating so that both see
# the same machine load. Prints each median, all runs, and the ratio (ours / base).
#
# Usage: bash bench/importcost.sh BASE_REF [--reports N] [--runs R]
#   BASE_REF is built out of tree in a temporary worktree (reportlens-cli only); BASE_CLI=PATH
#   uses a reportlens-cli already built from it instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: bench/importcost.sh BASE_REF [--reports N] [--runs R]" >&2; exit 2; }
BASE_REF="$1"; shift
N=1000; RUNS=5
source "$ROOT/bench/options.sh"
read_counts "bench/importcost.sh BASE_REF [--reports N] [--runs R]" "$@"
source "$ROOT/scripts/setup.sh" >/dev/null
source "$ROOT/bench/basebuild.sh"
WORK="$(mktemp -d)"
trap 'base_cleanup "$WORK"' EXIT
BASE_CLI="${BASE_CLI:-$(base_binary "$BASE_REF" reportlens-cli "$WORK")}"
OUR_CLI="$BUILD_DIR/bin/reportlens-cli"
"$BUILD_DIR/bin/bench_generate" "${SHARED_DIR:-$ROOT/../shared}" "$N" "$WORK/reports" >/dev/null

seconds() { # CLI: one import into an empty library, wall seconds
  rm -f "$WORK/lib.sqlite"*
  local t0 t1
  t0=$(date +%s.%N)
  "$1" --db "$WORK/lib.sqlite" import "$WORK/reports" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}

: > "$WORK/base.txt"; : > "$WORK/ours.txt"
for ((r = 0; r < RUNS; r++)); do
  seconds "$BASE_CLI" >> "$WORK/base.txt"
  seconds "$OUR_CLI" >> "$WORK/ours.txt"
done
BASE=$(median < "$WORK/base.txt"); OURS=$(median < "$WORK/ours.txt")
echo "library: $N files ($(du -sm "$WORK/reports" | cut -f1) MB); runs: $RUNS, alternating"
printf 'import at %-12s median %.2f s  (runs: %s)\n' "$BASE_REF" "$BASE" "$(tr '\n' ' ' < "$WORK/base.txt" | xargs printf '%.2f ')"
printf 'import at %-12s median %.2f s  (runs: %s)\n' "HEAD+tree" "$OURS" "$(tr '\n' ' ' < "$WORK/ours.txt" | xargs printf '%.2f ')"
printf 'import_cost_ratio=%.3f\n' "$(echo "$OURS / $BASE" | bc -l)"
