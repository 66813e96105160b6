#!/usr/bin/env bash
# Renders corpus reports into the file formats users actually bring to ReportLens, with MANIFEST.tsv
# (input, source, engine, shape, furniture). They are the fixtures of the import-fidelity benchmark
# and the tests of issue 11: PDFs laid out with running headers, page numbers, cover pages and two
# columns, a browser print, Word and OpenDocument files, Traditional Chinese in UTF-8 and Big5,
# hard-wrapped GB18030 text and text copied out of a PDF. They are made here with the real
# converters (WeasyPrint, Chromium, LibreOffice, pandoc, OpenCC, iconv, pdftotext) and committed,
# so the tests themselves need none of these tools.
#
#   scripts/make-fidelity-inputs.sh            tests/data/fidelity: the set looked at while the
#                                              importer was tuned
#   scripts/make-fidelity-inputs.sh --holdout  tests/data/fidelity-holdout: the same shapes made
#                                              from other reports, kept aside to measure on
#
# Sources are read from ../shared beside the checkout (REPORTLENS_SHARED overrides). Which source
# each set renders into which shape is listed once, under "The sets"; what is known of each source
# (its cover lines, running header and page-number style) under "The sources". Running the script
# again rewrites every output of its set. Most are byte-identical from run to run; the Chromium PDF
# (print date and temporary path in its header and footer), the LibreOffice PDF (creation date)
# and the pandoc ODT (zip entry times) are not. Cover lines that a source text lacks (the national
# reports that start at 各位代表) are added from the public record.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${REPORTLENS_SHARED:-$ROOT/../shared}"
case "${1:-}" in
  '') SET=fidelity ;;
  --holdout) SET=fidelity-holdout ;;
  *) echo "usage: $0 [--holdout]" >&2; exit 2 ;;
esac
OUT="$ROOT/tests/data/$SET"

PACKAGES=(weasyprint chromium libreoffice-writer pandoc opencc fonts-noto-cjk poppler-utils python3)
source "$ROOT/scripts/packages.sh"
ensure_packages make-fidelity-inputs "${PACKAGES[@]}"

WORK="$(mktemp -d /tmp/fidelity-inputs.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
# pandoc stamps document dates (which the .doc saved from its .docx keeps): pin them.
# TZ: the print date in Chromium's page header is China time, as a user's would be.
export SOURCE_DATE_EPOCH=1709596800 TZ=Asia/Shanghai

# render.py turns a corpus text (one paragraph per line; blank lines and indents are noise) into
# the HTML, flat ODT or wrapped text that the converters below take.
cat >"$WORK/render.py" <<'PY'
import argparse, html, re, unicodedata

CHAPTER = re.compile(r'^[一二三四五六七八九十]+、')
SECTION = re.compile(r'^（[一二三四五六七八九十]+）')
SERIF = '"Noto Serif CJK SC"'
SANS = '"Noto Sans CJK SC"'


def paragraphs(path, skip):
    lines = (line.strip().strip('\u200b\ufeff') for line in open(path, encoding='utf-8'))
    return [line for line in lines if line][skip:]


def blocks(paras):
    """(kind, bold lead, rest): 一、 chapters, （一） sections (bold up to the first 。 when the
    heading runs into its text, as printed reports set it) and plain paragraphs."""
    for p in paras:
        if CHAPTER.match(p) and len(p) <= 40:
            yield 'chapter', p, ''
        elif SECTION.match(p):
            head, stop, rest = p.partition('。')
            yield ('section', head + stop, rest) if rest and len(head) < 60 else ('section', p, '')
        else:
            yield 'para', '', p


def cover_lines(a):
    return [('title', a.title)] + [('dateline', d) for d in a.dateline] + [('speaker', a.speaker)]


def e(text):
    return html.escape(text, quote=False)


def page_css(a):
    return f'''
@page {{ size: A4; margin: 32mm 26mm 30mm 28mm; font-family: {SERIF};
  @top-center {{ content: "{a.header}"; font-size: 10.5pt; width: 100%;
    border-bottom: 0.6pt solid #c00; padding-bottom: 2mm; vertical-align: bottom; }}
  @bottom-center {{ content: {a.footer}; font-size: 12pt; }} }}
@page :first {{ @top-center {{ content: none; border: none }} @bottom-center {{ content: none }} }}
html {{ font-family: {SERIF}; font-size: 14pt; line-height: 1.65; }}
p {{ margin: 0; text-align: justify; text-indent: 2em; }}
h2 {{ font-family: {SANS}; font-size: 15pt; text-align: center; margin: 0.8em 0 0.4em; }}
.cover {{ page-break-after: always; text-align: center; padding-top: 55mm; }}
.cover h1 {{ font-family: {SANS}; font-size: 28pt; line-height: 1.4; margin: 0 0 14mm; }}
.cover p {{ text-indent: 0; text-align: center; font-size: 15pt; }}
.cover .speaker {{ margin-top: 6mm; }}
'''


TWO_COLUMN_CSS = f'''
.cover {{ page-break-after: auto; padding-top: 0; margin-bottom: 8mm; }}
.cover h1 {{ font-size: 22pt; margin-bottom: 4mm; }}
.cover p {{ font-size: 12pt; }}
.columns {{ column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #888; font-size: 10.5pt; }}
.columns h2 {{ font-size: 12pt; }}
'''

WEB_CSS = f'''
body {{ font-family: {SANS}; font-size: 16px; line-height: 1.8; max-width: 760px; margin: 0 auto; }}
h1 {{ font-size: 24px; text-align: center; }}
.meta {{ color: #666; font-size: 13px; text-align: center; }}
p {{ text-indent: 2em; margin: 0 0 0.6em; }}
'''


def html_body(paras):
    out = []
    for kind, lead, rest in blocks(paras):
        if kind == 'chapter':
            out.append(f'<h2>{e(lead)}</h2>')
        else:
            bold = f'<b>{e(lead)}</b>' if lead else ''
            out.append(f'<p>{bold}{e(rest)}</p>')
    return out


def cmd_html(a):
    paras = paragraphs(a.source, a.skip)
    head = f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(a.title.replace(chr(10), ""))}</title>'
    if a.style == 'web':
        # A saved web page: the source's own first line is the page title.
        body = [f'<h1>{e(paras[0])}</h1>'] + [f'<p>{e(p)}</p>' for p in paras[1:]]
        doc = [head, f'<style>{WEB_CSS}</style></head><body>'] + body
    else:
        cover = ['<section class="cover">']
        for kind, text in cover_lines(a):
            cover.append(f'<h1>{"<br>".join(map(e, text.split(chr(10))))}</h1>' if kind == 'title'
                         else f'<p class="{kind}">{e(text)}</p>')
        cover.append('</section>')
        css = page_css(a) + (TWO_COLUMN_CSS if a.style == 'two-column' else '')
        body = html_body(paras)
        if a.style == 'two-column':
            body = ['<div class="columns">'] + body + ['</div>']
        doc = [head, f'<style>{css}</style></head><body>'] + cover + body
    open(a.out, 'w', encoding='utf-8').write('\n'.join(doc + ['</body></html>\n']))


def cmd_pandoc_html(a):
    """HTML for pandoc: `headings` makes 一、/（一） Word headings under a document title; `bold`
    keeps them as bold paragraphs, every paragraph opening with two ideographic spaces as
    clerks type them."""
    paras = paragraphs(a.source, a.skip)
    title = a.title.replace('\n', '')
    out = [f'<html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>'
           if a.style == 'headings' else '<html><head><meta charset="utf-8"></head><body>']
    if a.style == 'bold':
        out.append(f'<p><strong>{e(title)}</strong></p>')
    out += [f'<p>{e(t)}</p>' for kind, t in cover_lines(a)[1:]]
    for kind, lead, rest in blocks(paras):
        if a.style == 'headings' and kind != 'para':
            level = 1 if kind == 'chapter' else 2
            out.append(f'<h{level}>{e(lead)}</h{level}>')
            if rest:
                out.append(f'<p>{e(rest)}</p>')
        elif kind == 'para':
            out.append(f'<p>{"　　" if a.style == "bold" else ""}{e(rest)}</p>')
        else:
            out.append(f'<p><strong>{e(lead)}</strong>{e(rest)}</p>')
    open(a.out, 'w', encoding='utf-8').write('\n'.join(out + ['</body></html>\n']))


FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="150%"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"
   fo:font-size="14pt" style:font-size-asian="14pt" fo:language="zh" fo:country="CN"
   style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.99cm"/>
 </style:style>
 <style:style style:name="Chapter" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"
   fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
   fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="1cm" fo:margin-bottom="0.6cm"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"
   fo:font-size="24pt" style:font-size-asian="24pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Cover" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt"/>
 </style:style>
 <style:style style:name="Margin" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="Strong" style:family="text">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
   fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"
   fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title"
  style:master-page-name="FirstPage"/>
</office:automatic-styles>
'''


def cmd_fodt(a):
    """Flat ODT: the first page (style FirstPage) has the title block and no running header;
    the following pages (Standard) carry the header and a page-number field in the footer."""
    footer = ('<text:p text:style-name="Margin">第 <text:page-number text:select-page="current">1'
              '</text:page-number> 页</text:p>')
    out = [FODT_HEAD, '<office:master-styles>',
           f'<style:master-page style:name="FirstPage" style:page-layout-name="A4" style:next-style-name="Standard">'
           f'<style:footer>{footer}</style:footer></style:master-page>',
           f'<style:master-page style:name="Standard" style:page-layout-name="A4">'
           f'<style:header><text:p text:style-name="Margin">{e(a.header)}</text:p></style:header>'
           f'<style:footer>{footer}</style:footer></style:master-page>',
           '</office:master-styles>', '<office:body><office:text>',
           f'<text:p text:style-name="TitleFirst">{e(a.title)}</text:p>']
    out += [f'<text:p text:style-name="Cover">{e(t)}</text:p>' for kind, t in cover_lines(a)[1:]]
    for kind, lead, rest in blocks(paragraphs(a.source, a.skip)):
        if kind == 'chapter':
            out.append(f'<text:p text:style-name="Chapter">{e(lead)}</text:p>')
        else:
            bold = f'<text:span text:style-name="Strong">{e(lead)}</text:span>' if lead else ''
            out.append(f'<text:p text:style-name="Body">{bold}{e(rest)}</text:p>')
    out.append('</office:text></office:body></office:document>\n')
    open(a.out, 'w', encoding='utf-8').write('\n'.join(out))


def columns(ch):
    # Wide, full-width and ambiguous (“”、…) characters take two columns in a Chinese text view.
    return 2 if unicodedata.east_asian_width(ch) in 'WFA' else 1


def cmd_wrap(a):
    """Hard line breaks at a display width, as text copied out of a PDF viewer: each paragraph
    starts with two ideographic spaces, no blank lines between paragraphs, closing punctuation
    hangs at a line end instead of opening the next line, and ASCII runs (numbers) are not split."""
    hang = set('，。、；：？！”’）》」』,.;:?!)')
    out = []
    for p in paragraphs(a.source, a.skip):
        tokens = re.findall(r'[!-~]+|.', '\u3000\u3000' + p)
        line, width = '', 0
        for t in tokens:
            w = sum(map(columns, t))
            if width + w > a.width and line and t not in hang:
                out.append(line)
                line, width = '', 0
            line += t
            width += w
        out.append(line)
    open(a.out, 'w', encoding='utf-8', newline='').write('\r\n'.join(out) + '\r\n')


ap = argparse.ArgumentParser()
ap.add_argument('command', choices=['html', 'pandoc-html', 'fodt', 'wrap'])
ap.add_argument('source')
ap.add_argument('out')
ap.add_argument('--style', default='cover', help='html: cover, two-column, web; pandoc-html: headings, bold')
ap.add_argument('--skip', type=int, default=0, help='leading paragraphs of the source that the cover replaces')
ap.add_argument('--title', default='政府工作报告')
ap.add_argument('--dateline', action='append', default=[])
ap.add_argument('--speaker', default='')
ap.add_argument('--header', default='')
ap.add_argument('--footer', default='counter(page)', help='CSS content of the page-number box')
ap.add_argument('--width', type=int, default=70)
args = ap.parse_args()
{'html': cmd_html, 'pandoc-html': cmd_pandoc_html, 'fodt': cmd_fodt, 'wrap': cmd_wrap}[args.command](args)
PY
render() { python3 "$WORK/render.py" "$@"; }

# The sets: which source is rendered into which shape. Every shape is in both sets, and no source.
if [[ $SET == fidelity ]]; then
  PAGED=(N2024 N2010 N1980) # 1. WeasyPrint: cover page, running header, a page-number style each
  TWO_COLUMN=YUQUAN         # 2. two columns, as a gazette prints it
  BROWSER=XINGHE            # 3. Chromium's print of the web page
  LIBREOFFICE=N2022         # 4. LibreOffice PDF, no cover page
  WORD=N2010                # 5. .docx, .odt and .doc
  TRADITIONAL=N2022         # 6. Traditional characters, UTF-8 and Big5
  WRAPPED=(XINGHE)          # 7a. hard-wrapped GB18030 text
  COPY_TEXT=N2024           # 7b. pdftotext of its PAGED PDF
else
  PAGED=(N2018 N1995 N1986)
  TWO_COLUMN=HOHHOT
  BROWSER=XINCHENG
  LIBREOFFICE=N2006
  WORD=N2018
  TRADITIONAL=N2014
  WRAPPED=(HOHHOT YUQUAN_NEWS)
  COPY_TEXT=N1995
fi

# The sources. about NAME sets what is known of one:
#   SRC       the corpus file;  STEM  what the names of its outputs start with
#   COVER     render's cover arguments: --skip drops the source's own cover lines from the body;
#             lines a text lacks (title, dateline, speaker) are from the public record
#   HEADER    the running header of its printed pages (a gazette's name for a local report)
#   FOOTER    its page-number style as CSS content, PAGE_RE a regular expression for it
#   WEB_TITLE, PAGE_FILE  the title and file name of the saved web page (Chromium prints both),
#             TITLE_RE  the title as Chromium's page header gives it, for the furniture column (the
#             tuning set's browser print has none there)
#   WIDTH     the display columns its wrapped text is broken at
about() { # NAME
  COVER=() HEADER='' FOOTER='counter(page)' PAGE_RE='^\d+$|\n\d+\n' WEB_TITLE='' PAGE_FILE='' TITLE_RE='' WIDTH=70
  case "$1" in
    # The tuning set.
    N2024) SRC=corpus/national/national-2024.txt STEM=national-2024
      COVER=(--skip 4 --dateline '——2024年3月5日在第十四届全国人民代表大会第二次会议上' --speaker '国务院总理　李　强')
      HEADER='2024年政府工作报告' FOOTER='"— " counter(page) " —"' PAGE_RE='—\s*\d+\s*—' ;;
    N2022) SRC=corpus/national/national-2022.txt STEM=national-2022
      COVER=(--skip 4 --dateline '——2022年3月5日在第十三届全国人民代表大会第五次会议上' --speaker '国务院总理　李克强')
      HEADER='2022年政府工作报告' ;;
    N2010) SRC=corpus/national/national-2010.txt STEM=national-2010
      COVER=(--dateline '——2010年3月5日在第十一届全国人民代表大会第三次会议上' --speaker '国务院总理　温家宝')
      HEADER='2010年政府工作报告' FOOTER='"- " counter(page) " -"' PAGE_RE='-\s*\d+\s*-' ;;
    N1980) SRC=corpus/national/national-1980.txt STEM=national-1980
      COVER=(--title $'关于1980、1981年国民经济\n计划安排的报告'
             --dateline '——1980年8月30日在第五届全国人民代表大会第三次会议上'
             --speaker '国务院副总理兼国家计划委员会主任　姚依林')
      HEADER='1980年政府工作报告' FOOTER='"第 " counter(page) " 页 共 " counter(pages) " 页"'
      PAGE_RE='第\s*\d+\s*页\s*共\s*\d+\s*页' ;;
    YUQUAN) SRC=seeds/000_c46a4d3624a7205a.txt STEM=seed000-yuquan-2021 # 玉泉区 2021, district
      COVER=(--skip 4 --dateline '——2021年2月7日在玉泉区第十七届' --dateline '人民代表大会第四次会议上'
             --speaker '玉泉区人民政府区长  云鉴')
      HEADER='玉泉区人民政府公报' ;;
    XINGHE) SRC=seeds/004_41762010afd6dccc.txt STEM=seed004-xinghe-2022 # 兴和县 2022, county, as a web page gives it
      WEB_TITLE='(内蒙古)2022年兴和县人民政府工作报告(全文)' PAGE_FILE=xinghe-2022.html ;;
    # The held-out set.
    N2018) SRC=corpus/national/national-2018.txt STEM=national-2018
      COVER=(--dateline '——2018年3月5日在第十三届全国人民代表大会第一次会议上' --speaker '国务院总理　李克强')
      HEADER='2018年政府工作报告' FOOTER='"— " counter(page) " —"' PAGE_RE='—\s*\d+\s*—' ;;
    N2014) SRC=corpus/national/national-2014.txt STEM=national-2014 ;;
    N2006) SRC=corpus/national/national-2006.txt STEM=national-2006
      COVER=(--dateline '——2006年3月5日在第十届全国人民代表大会第四次会议上' --speaker '国务院总理　温家宝')
      HEADER='2006年政府工作报告' ;;
    N1995) SRC=corpus/national/national-1995.txt STEM=national-1995
      COVER=(--dateline '——1995年3月5日在第八届全国人民代表大会第三次会议上' --speaker '国务院总理　李　鹏')
      HEADER='1995年政府工作报告' FOOTER='"第 " counter(page) " 页"' PAGE_RE='第\s*\d+\s*页' ;;
    N1986) SRC=corpus/national/national-1986.txt STEM=national-1986
      COVER=(--title '关于第七个五年计划的报告' --dateline '——1986年3月25日在第六届全国人民代表大会第四次会议上'
             --speaker '国务院总理　赵紫阳')
      HEADER='1986年政府工作报告' FOOTER='counter(page) " / " counter(pages)' PAGE_RE='\d+\s*/\s*\d+' ;;
    HOHHOT) SRC=seeds/001_2487ef9fbb820ba4.txt STEM=seed001-hohhot-2020 # 呼和浩特市 2020, city, as a web page gives it
      COVER=(--skip 5 --dateline '——2020年4月22日在呼和浩特市第十五届' --dateline '人民代表大会第三次会议上'
             --speaker '呼和浩特市人民政府市长 张佰成')
      HEADER='呼和浩特市人民政府公报' ;;
    YUQUAN_NEWS) SRC=seeds/002_c6c9bcf65c226b1e.txt STEM=seed002-yuquan-2020-news # a news article on 玉泉区's 2020
      WIDTH=60 ;;
    XINCHENG) SRC=seeds/003_249eb67f9a40c0a1.txt STEM=seed003-xincheng-2023 # 新城区 2023, a forum thread
      WEB_TITLE='[内蒙古] 2023年呼和浩特市新城区政府工作报告' PAGE_FILE=forum-thread-xincheng-2023.html
      TITLE_RE='内蒙古\] 2023年呼和浩特市新城区政府工作报告' ;;
    *) echo "make-fidelity-inputs: no source $1" >&2; exit 1 ;;
  esac
}

MANIFEST="$OUT/MANIFEST.tsv"
# furniture: a regular expression for what the layout repeats on its pages (none must reach the
# imported text); empty for sources without pages.
printf 'input\tsource\tengine\tshape\tfurniture\n' >"$MANIFEST"
made() { # FILE SOURCE ENGINE SHAPE [FURNITURE]
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >>"$MANIFEST"
  printf '  %-44s %8d bytes  %s\n' "$1" "$(stat -c %s "$OUT/$1")" "$4"
}

echo "make-fidelity-inputs: writing $OUT"

# 1. WeasyPrint, A4 with a cover page, a running header and the source's style of page number.
#    Covers that are the source's own first lines are dropped from the body (--skip).
weasy() { # OUTPUT.pdf SHAPE RENDER-ARGS... (of the source that `about` described)
  local pdf="$1" shape="$2"
  shift 2
  render html "$SHARED/$SRC" "$WORK/${pdf%.pdf}.html" "${COVER[@]}" --header "$HEADER" --footer "$FOOTER" "$@"
  weasyprint "$WORK/${pdf%.pdf}.html" "$OUT/$pdf"
  made "$pdf" "$SRC" weasyprint "$shape" "$HEADER|$PAGE_RE"
}
for name in "${PAGED[@]}"; do
  about "$name"
  weasy "$STEM.weasyprint.pdf" pdf-a4-header-pagenum-cover
done

# 2. Two columns under a full-width title block, as a government gazette (公报) prints it.
about "$TWO_COLUMN"
weasy "$STEM.two-column.pdf" pdf-two-column --style two-column

# 3. Chromium's print-to-PDF of the page, with its own header (date, title) and footer (URL, n/N).
about "$BROWSER"
render html "$SHARED/$SRC" "$WORK/$PAGE_FILE" --style web --title "$WEB_TITLE"
mkdir "$WORK/chromium-profile"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/chromium-profile" --print-to-pdf="$OUT/$STEM.chromium.pdf" \
  "file://$WORK/$PAGE_FILE" 2>"$WORK/chromium.log" \
  || { cat "$WORK/chromium.log" >&2; exit 1; }
made "$STEM.chromium.pdf" "$SRC" chromium pdf-browser-print \
  '\d+/\d+/\d+,? \d+:\d+|file://|\d+/\d+$|\d+/\d+\n'"${TITLE_RE:+|$TITLE_RE}"

# LibreOffice needs a writable profile; a fresh one per run also keeps root's home untouched.
soffice_convert() { # FORMAT INPUT
  HOME="$WORK/lo-home" soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
    --convert-to "$1" --outdir "$WORK" "$2" >"$WORK/soffice.log" 2>&1 \
    || { cat "$WORK/soffice.log" >&2; exit 1; }
}

# 4. LibreOffice PDF of a flat ODT with page styles: header and page-number field, no cover page.
#    LibreOffice's text sets a space between the year and 年 of the header.
about "$LIBREOFFICE"
render fodt "$SHARED/$SRC" "$WORK/$STEM.fodt" "${COVER[@]}" --header "$HEADER"
soffice_convert pdf "$WORK/$STEM.fodt"
cp "$WORK/$STEM.pdf" "$OUT/$STEM.libreoffice.pdf"
made "$STEM.libreoffice.pdf" "$SRC" libreoffice pdf-a4-header-pagenum \
  "$(sed -E 's/([0-9])年/\1\\s*年/' <<<"$HEADER")|第\s*\d+\s*页"

# 5. pandoc: .docx with Word heading styles, .odt with bold paragraphs; the .doc is Word 97 saved
#    by LibreOffice from the .docx.
about "$WORD"
for style in headings bold; do
  render pandoc-html "$SHARED/$SRC" "$WORK/$STEM.$style.html" --style "$style" "${COVER[@]}"
done
pandoc -f html "$WORK/$STEM.headings.html" -o "$OUT/$STEM.pandoc.docx"
made "$STEM.pandoc.docx" "$SRC" pandoc docx
pandoc -f html "$WORK/$STEM.bold.html" -o "$OUT/$STEM.pandoc.odt"
made "$STEM.pandoc.odt" "$SRC" pandoc odt
cp "$OUT/$STEM.pandoc.docx" "$WORK/$STEM.docx"
soffice_convert doc "$WORK/$STEM.docx"
cp "$WORK/$STEM.doc" "$OUT/$STEM.libreoffice.doc"
made "$STEM.libreoffice.doc" "$SRC" libreoffice doc

# 6. Traditional characters. s2tw, not s2t: s2t writes OpenCC's standard forms (爲, 衆, 羣), which
#    Big5 lacks, while s2tw writes the forms Big5 mirrors use, without s2twp's vocabulary swaps.
#    iconv without //IGNORE fails rather than drop a character. It does fail on some reports
#    (national-2024, 2018, 2016, 1986 among them), so each set's source is one that converts whole.
about "$TRADITIONAL"
opencc -c s2tw.json -i "$SHARED/$SRC" -o "$OUT/$STEM.s2tw.utf8.txt"
made "$STEM.s2tw.utf8.txt" "$SRC" opencc traditional-utf8
iconv -f UTF-8 -t BIG5 "$OUT/$STEM.s2tw.utf8.txt" >"$OUT/$STEM.s2tw.big5.txt"
made "$STEM.s2tw.big5.txt" "$SRC" opencc+iconv traditional-big5

# 7a. Wrapped at the source's width (70 columns: 35 full-width characters), GB18030 with CRLF
#     line ends.
for name in "${WRAPPED[@]}"; do
  about "$name"
  render wrap "$SHARED/$SRC" "$WORK/$STEM.wrapped.txt" --width "$WIDTH"
  iconv -f UTF-8 -t GB18030 "$WORK/$STEM.wrapped.txt" >"$OUT/$STEM.wrapped-gb18030-crlf.txt"
  made "$STEM.wrapped-gb18030-crlf.txt" "$SRC" iconv wrapped-gb18030-crlf
done

# 7b. pdftotext's reading-order text of a WeasyPrint PDF: headers, page numbers and form feeds kept.
about "$COPY_TEXT"
pdftotext -enc UTF-8 "$OUT/$STEM.weasyprint.pdf" "$OUT/$STEM.pdftotext.txt"
made "$STEM.pdftotext.txt" "$SRC" pdftotext pdf-copy-text "$HEADER|$PAGE_RE"

echo "make-fidelity-inputs: $(($(wc -l <"$MANIFEST") - 1)) files, $(du -cb "$OUT"/* | tail -1 | cut -f1) bytes in all"
