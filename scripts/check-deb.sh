#!/usr/bin/env bash
# Installs the package built by scripts/package.sh on a bare Debian 12 (a debootstrap minbase
# chroot, as root) and runs both programs from /usr/bin there: a missing Depends shows up here,
# not on a user's machine. Then validates the installed desktop file and metainfo.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REPORTLENS_BUILD_DIR:-$ROOT/build}"
DEB="$(ls "$BUILD_DIR"/reportlens_*_amd64.deb)"
BASE="${REPORTLENS_CHROOT:-/var/tmp/reportlens-bookworm}"
# The Debian mirror this machine's apt uses (one-line or deb822 sources; either file may be missing).
MIRROR="$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p; s/^deb \(http[^ ]*\/debian\) .*/\1/p' \
          /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | head -n 1 || true)"

source "$ROOT/scripts/packages.sh"
ensure_packages check-deb debootstrap

# A pristine root is made once and copied for each check, so every check starts bare.
if [[ ! -x "$BASE.pristine/usr/bin/apt-get" ]]; then
  rm -rf "$BASE.pristine"
  debootstrap --variant=minbase bookworm "$BASE.pristine" "${MIRROR:-http://deb.debian.org/debian}"
fi
rm -rf "$BASE"
cp -a "$BASE.pristine" "$BASE"
cp "$DEB" "$ROOT"/resources/samples/000_*.txt "$BASE/tmp/"
mount -t proc proc "$BASE/proc"
trap 'umount "$BASE/proc"' EXIT

# Without Recommends: Depends alone must be enough to run. There is no display in the chroot:
# the window needs the offscreen platform (even for --version), the CLI does not.
chroot "$BASE" sh -exc '
  export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends /tmp/reportlens_*.deb
  ls -l /usr/bin/reportlens /usr/bin/reportlens-cli
  QT_QPA_PLATFORM=offscreen reportlens --version
  reportlens-cli --version
  reportlens-cli --db /tmp/library.sqlite import /tmp/000_*.txt
  reportlens-cli --db /tmp/library.sqlite list
  reportlens-cli --db /tmp/library.sqlite chart --indicator gdp --metric growth --out /tmp/gdp.png
  # The window opens the library and runs until timeout stops it (124).
  rc=0; QT_QPA_PLATFORM=offscreen timeout 5 reportlens --db /tmp/library.sqlite || rc=$?; test "$rc" = 124
  apt-get install -y -qq --no-install-recommends desktop-file-utils appstream
  desktop-file-validate /usr/share/applications/*.desktop
  appstreamcli validate --no-net /usr/share/metainfo/io.github.reportlens.ReportLens.metainfo.xml
'
echo "check-deb: $(basename "$DEB") installs and runs on a bare Debian 12"
