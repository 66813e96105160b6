#!/usr/bin/env bash
# Makes the Word and OpenDocument fixtures of tests/tst_officereader.cpp with the real tools, so
# the test itself needs none of them: pandoc writes .docx and .odt, LibreOffice (headless) writes
# .odt, .doc and .xlsx, and LibreOffice driven through python3-uno writes the password-protected
# .doc (its command line cannot set a password). Run it again to rewrite every file here.
#
#   seed-003.docx            seed 003 (../shared/seeds/003_*.txt), every non-empty line a paragraph,
#                            一、 lines as level-1 headings and （一） lines as level-2 (pandoc)
#   seed-003.odt             the same, saved by LibreOffice from seed-003.docx
#   seed-003-pandoc.odt      the same, written by pandoc (indented XML: white space to collapse)
#   seed-003.doc             the same as Word 97–2003, saved by LibreOffice from seed-003.docx
#   seed-003.rtf             the same as RTF (pandoc)
#   features.docx / .odt     features.md: a line break, tables, a footnote, a tracked deletion and
#                            insertion, a numbered list (pandoc; the .odt by LibreOffice from the .docx)
#   features.doc             features.docx saved by LibreOffice as Word 97–2003
#   password.doc             features.docx saved by LibreOffice as Word 97–2003 with the password
#                            "secret" (LibreOffice 7.4 saves no encrypted .docx: the test builds
#                            that compound file itself)
#   spreadsheet.xlsx         a small table saved by LibreOffice Calc
#
# Seeds are read from ../shared beside the checkout (REPORTLENS_SHARED overrides).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED="${REPORTLENS_SHARED:-$HERE/../../../../shared}"
SEED="$(ls "$SHARED"/seeds/003_*.txt)"

PACKAGES=(pandoc libreoffice-writer libreoffice-calc python3-uno)
source "$(cd "$HERE/../../.." && pwd)/scripts/packages.sh"
ensure_packages make.sh "${PACKAGES[@]}"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
lo() { soffice --headless --norestore "-env:UserInstallation=file://$TMP/profile" "$@" >/dev/null 2>&1; }
cd "$HERE"

# Seed 003 as a web page of paragraphs and headings, the input pandoc reads without guessing.
/usr/bin/python3 - "$SEED" >"$TMP/seed-003.html" <<'PY'
import html, re, sys
print('<html><head><meta charset="utf-8"></head><body>')  # no <title>: pandoc would add it as a paragraph
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if not line:
        continue
    tag = 'h1' if re.match(r'^[一二三四五六七八九十]+、', line) else 'h2' if re.match(r'^（[一二三四五六七八九十]+）', line) else 'p'
    print(f'<{tag}>{html.escape(line)}</{tag}>')
print('</body></html>')
PY
pandoc -f html -t docx -o seed-003.docx "$TMP/seed-003.html"
pandoc -f html -t odt -o seed-003-pandoc.odt "$TMP/seed-003.html"
pandoc -f html -t rtf -s -o seed-003.rtf "$TMP/seed-003.html"
lo --convert-to odt --outdir . seed-003.docx
lo --convert-to doc --outdir . seed-003.docx

cat >"$TMP/features.md" <<'MD'
# 一、2022年工作回顾

各位代表：现在，我代表区人民政府向大会报告工作。\
这是同一段里的换行。

主要指标如下表：

| 指标 | 2022年 | 增长 |
|------|--------|------|
| 地区生产总值 | 665亿元 | 2% |
| 一般公共预算收入 | 33.28亿元 | 0.5% |

+----------------------+----------------------+
| 左栏第一段。         | 右栏只有一段。       |
|                      |                      |
| 左栏第二段。         |                      |
+----------------------+----------------------+

我们坚持人民至上[^1]，[删除的文字]{.deletion author="x" date="2023-01-01T00:00:00Z"}[插入的文字]{.insertion author="x" date="2023-01-01T00:00:00Z"}全区经济保持平稳。

1. 第一项任务。
2. 第二项任务。

[^1]: 脚注里的文字。
MD
pandoc -f markdown -t docx -o features.docx "$TMP/features.md"
lo --convert-to odt --outdir . features.docx
lo --convert-to doc --outdir . features.docx

printf '指标,2022年,增长\n地区生产总值,665亿元,2%%\n' >"$TMP/spreadsheet.csv"
lo --convert-to xlsx --outdir . "$TMP/spreadsheet.csv"

# A password-protected copy: LibreOffice through its UNO bridge.
PIPE="reportlens-make-$$"
soffice --headless --norestore "-env:UserInstallation=file://$TMP/uno-profile" "--accept=pipe,name=$PIPE;urp;" >/dev/null 2>&1 &
OFFICE=$!
trap 'kill "$OFFICE" 2>/dev/null || true; rm -rf "$TMP"' EXIT
cp features.docx "$TMP/" # LibreOffice leaves a lock file beside what it opens
/usr/bin/python3 - "$PIPE" "$HERE" "$TMP" <<'PY'
import sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

pipe, here, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
for _ in range(120):
    try:
        ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        break
    except Exception:
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
doc = None
for _ in range(20):  # the office may still be starting up
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(f'{tmp}/features.docx'), '_blank', 0, (prop('Hidden', True),))
    if doc:
        break
    time.sleep(1)
doc.storeToURL(uno.systemPathToFileUrl(f'{here}/password.doc'), (prop('FilterName', 'MS Word 97'), prop('Password', 'secret')))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass  # the bridge closes as the office quits
PY
wait "$OFFICE" || true
ls -l "$HERE"
