#!/usr/bin/env bash
# Prints indicator-extraction throughput over ../shared (seeds + national corpus): median of 7 runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
"$BUILD_DIR/bin/bench_extraction" "${SHARED_DIR:-$ROOT/../shared}" "${1:-7}"
