#!/usr/bin/env bash
# Prints import time on the worst shapes of input (one paragraph of figures, 100,000 headings, one
# line, short lines, deeply nested HTML) at N, 2N and 4N with the ratio between sizes: ~2 is linear.
# Arguments go to bench_worstcase: [--scale S] [--runs R] [SHAPE...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
"$BUILD_DIR/bin/bench_worstcase" "$@"
