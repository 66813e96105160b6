#!/usr/bin/env bash
# What changed between the two longest national reports of ../shared, timed: median of RUNS runs.
# Usage: bash bench/diff.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" >/dev/null
"$BUILD_DIR/bin/bench_diff" "${SHARED_DIR:-$ROOT/../shared}" "${1:-9}"
