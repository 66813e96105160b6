#!/usr/bin/env bash
# Import fidelity on real-tool renderings of corpus reports (issue 11): builds, then runs
# tst_fidelity, which imports every input of tests/data/fidelity and tests/data/fidelity-holdout
# and compares it with the clean text of the report it was made from. One row per input — share of
# source sentences found verbatim, sentences broken by a newline, page-furniture lines left,
# 一、/（一） headings at the right level, figures equal to the clean text's — and each set's totals.
# REPORTLENS_FIDELITY_VERBOSE=N also prints the first N sentences not found per input.
# The inputs are made by scripts/make-fidelity-inputs.sh (and --holdout) and committed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh" >/dev/null
cmake --build "$BUILD_DIR" --target tst_fidelity >/dev/null
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ./tests/tst_fidelity | grep -v '^\(PASS\|QDEBUG\|\*\*\*\|Config\)'
