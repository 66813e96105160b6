#!/usr/bin/env bash
# Where a term was first used, timed on a synthetic library of N reports (default 10,000) made from
# ../shared by bench_generate and imported with reportlens-cli.
# Usage: bash bench/firstuse.sh [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/options.sh"
N=10000; RUNS=9
read_counts "bench/firstuse.sh [--reports N] [--runs R]" "$@"
source "$ROOT/scripts/setup.sh" >/dev/null
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
synthetic_library "$N" "$WORK"
"$BUILD_DIR/bin/bench_firstuse" "$WORK/library.sqlite" "$RUNS"
