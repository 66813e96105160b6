#!/usr/bin/env bash
# Where a term was first used, timed on a synthetic library of N reports (default 10,000) made from
# ../shared by bench_generate and imported with reportlens-cli.
# Usage: bash bench/firstuse.sh [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=10000; RUNS=9
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) N="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: bench/firstuse.sh [--reports N] [--runs R]" >&2; exit 2 ;;
  esac
done
source "$ROOT/scripts/setup.sh" >/dev/null
BIN="$BUILD_DIR/bin"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
"$BIN/bench_generate" "${SHARED_DIR:-$ROOT/../shared}" "$N" "$WORK/reports" >/dev/null
"$BIN/reportlens-cli" --db "$WORK/library.sqlite" import "$WORK/reports" >/dev/null
"$BIN/bench_firstuse" "$WORK/library.sqlite" "$RUNS"
