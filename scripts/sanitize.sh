#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer in ./build-asan and runs
# every test under it (the same tests as scripts/test.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPORTLENS_PACKAGES_ONLY=1 source "$ROOT/scripts/setup.sh"
# The same PostgreSQL 15 server as scripts/test.sh, for the team-library tests.
ensure_packages sanitize postgresql-15
BUILD="$ROOT/build-asan"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTLENS_SANITIZE=ON >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)"
cd "$BUILD"
# Qt and fontconfig keep caches for the life of the process; leaks reported there are not ours.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --output-on-failure --timeout 1200 -j "$(nproc)"
