#!/usr/bin/env bash
# What changed between the two longest national reports of ../shared, timed (median of RUNS runs):
# the sentence diff, the new and dropped terms, and the terms weighed against a synthetic library of
# N reports (default 10,000) as the side-by-side view weighs them. --reports 0 skips the library.
# Usage: bash bench/diff.sh [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/options.sh"
N=10000; RUNS=9
read_counts "bench/diff.sh [--reports N] [--runs R]" "$@"
source "$ROOT/scripts/setup.sh" >/dev/null
SHARED="${SHARED_DIR:-$ROOT/../shared}"
if [[ "$N" -gt 0 ]]; then
  WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
  synthetic_library "$N" "$WORK"
  "$BUILD_DIR/bin/bench_diff" "$SHARED" "$RUNS" "$WORK/library.sqlite"
else
  "$BUILD_DIR/bin/bench_diff" "$SHARED" "$RUNS"
fi
