#!/usr/bin/env bash
# Installs what ReportLens needs on Debian 12 and configures + builds it (Release, out of tree).
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again: it reuses the build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REPORTLENS_BUILD_DIR:-$ROOT/build}"

PACKAGES=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-charts-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6opengl6-dev libxkbcommon-dev libpoppler-qt6-dev libicu-dev libsqlite3-dev
  libgl-dev fonts-noto-cjk xvfb xauth poppler-utils libzip-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: missing packages. Run as root:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# Callers that build differently (sanitizers) only want the packages.
[[ -n "${REPORTLENS_PACKAGES_ONLY:-}" ]] && return 0

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
export BUILD_DIR
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
