#!/usr/bin/env bash
# README command (2): install what is missing, build (Release, out of tree) and run every test.
set -euo pipefail
# The tests also check that the sources are formatted as .clang-format says, and run the store
# tests against a throwaway PostgreSQL 15 server (scripts/pg-scratch.sh) through Qt's driver.
source "$(dirname "${BASH_SOURCE[0]}")/packages.sh"
ensure_packages test clang-format-14 postgresql-15 libqt6sql6-psql
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 -j "$(nproc)"
