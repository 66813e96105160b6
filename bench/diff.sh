#!/usr/bin/env bash
# What changed between the two longest national reports of ../shared, timed (median of RUNS runs):
# the sentence diff, the new and dropped terms, and the terms weighed against a synthetic library of
# N reports (default 10,000; made by bench_generate, imported with reportlens-cli) as the
# side-by-side view weighs them. --reports 0 skips the library.
# Usage: bash bench/diff.sh [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=10000; RUNS=9
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) N="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: bench/diff.sh [--reports N] [--runs R]" >&2; exit 2 ;;
  esac
done
source "$ROOT/scripts/setup.sh" >/dev/null
BIN="$BUILD_DIR/bin"
SHARED="${SHARED_DIR:-$ROOT/../shared}"
if [[ "$N" -gt 0 ]]; then
  WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
  "$BIN/bench_generate" "$SHARED" "$N" "$WORK/reports" >/dev/null
  "$BIN/reportlens-cli" --db "$WORK/library.sqlite" import "$WORK/reports" >/dev/null
  "$BIN/bench_diff" "$SHARED" "$RUNS" "$WORK/library.sqlite"
else
  "$BIN/bench_diff" "$SHARED" "$RUNS"
fi
