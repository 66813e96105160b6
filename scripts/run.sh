#!/usr/bin/env bash
# README command (1): install what is missing, build (Release, out of tree) and start ReportLens.
# Extra arguments go to the application, e.g. --db /path/to/library.sqlite
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$BUILD_DIR/bin/reportlens" "$@"
