#!/usr/bin/env bash
# Installs what ReportLens needs on Debian 12 and configures + builds it (Release, out of tree).
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again: it reuses the build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REPORTLENS_BUILD_DIR:-$ROOT/build}"

# libqt6sql6-psql: Qt's PostgreSQL driver, for team libraries (postgresql:// URLs); small (libpq).
# libpq-dev: the library that driver is built on, for the one read it cannot do well (SearchPostings).
# libzstd-dev: a personal library keeps each report's decoded original compressed (core/util/compression.h).
PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev libzstd-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6opengl6-dev libxkbcommon-dev libpoppler-qt6-dev libicu-dev libsqlite3-dev
  libgl-dev fonts-noto-cjk fonts-arphic-uming xvfb xauth poppler-utils libzip-dev qt6-translations-l10n
  desktop-file-utils appstream)

source "$ROOT/scripts/packages.sh"
ensure_packages setup "${PACKAGES[@]}"

# Callers that build differently (sanitizers) only want the packages.
[[ -n "${REPORTLENS_PACKAGES_ONLY:-}" ]] && return 0

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
export BUILD_DIR
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
