#!/usr/bin/env bash
# Makes the Traditional-character fixtures of tests/tst_traditional.cpp from two seed reports with
# OpenCC (the Debian package opencc), as reposting sites make them: seed 003 with s2t (OpenCC's
# standard forms: 爲, 衆, 羣) and seed 004 with s2tw (the Taiwan forms Big5 mirrors use: 為, 眾).
# OpenCC converts phrase by phrase, so it is a second opinion on ReportLens's own folding, which is
# character by character (ICU). The outputs are committed: the tests need no OpenCC.
#
# Usage: bash tests/data/traditional/make.sh   (seeds from ../shared beside the checkout;
#        REPORTLENS_SHARED overrides)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED="${REPORTLENS_SHARED:-$HERE/../../../../shared}"
if ! command -v opencc >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opencc >/dev/null
  else echo "make.sh needs: sudo apt-get install opencc" >&2; exit 1; fi
fi
opencc -c s2t.json -i "$SHARED"/seeds/003_*.txt -o "$HERE/seed003-s2t.txt"
opencc -c s2tw.json -i "$SHARED"/seeds/004_*.txt -o "$HERE/seed004-s2tw.txt"
echo "made $(ls "$HERE"/*.txt | wc -l) fixtures in $HERE with $(opencc --version 2>&1 | grep -o '[0-9][0-9.]*' | head -1 || echo opencc)"
