#!/usr/bin/env bash
# Builds the Debian package ($BUILD_DIR/reportlens_<version>_amd64.deb, Release) and validates
# the desktop file and AppStream metainfo that it ships. Install it with
#   sudo apt-get install ./build/reportlens_*_amd64.deb
# scripts/check-deb.sh then tries it on a bare Debian 12.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The same packages (validators included) and Release build as scripts/run.sh and scripts/test.sh.
source "$ROOT/scripts/setup.sh"
# cpack's Depends come from dpkg-shlibdeps (dpkg-dev), which finds the binaries with file(1).
ensure_packages package dpkg-dev file

cd "$BUILD_DIR"
rm -f reportlens_*.deb
cpack -G DEB
DEB="$(ls "$BUILD_DIR"/reportlens_*.deb)"

# Validate the files as packaged, not as in the source tree.
CONTENT="$(mktemp -d)"
trap 'rm -rf "$CONTENT"' EXIT
dpkg-deb -x "$DEB" "$CONTENT"
# desktop-file-validate exits 0 on warnings: fail on them too.
if desktop-file-validate "$CONTENT"/usr/share/applications/*.desktop | grep -E 'error:|warning:'; then
  exit 1
fi
# --no-net: validate offline, as on the build machines.
appstreamcli validate --no-net "$CONTENT"/usr/share/metainfo/*.metainfo.xml
echo "package: desktop file and metainfo valid"
dpkg-deb -f "$DEB" Package Version Depends Recommends
echo "$DEB"
