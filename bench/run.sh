#!/usr/bin/env bash
# Library-scale benchmarks (issue 6). Makes a synthetic library of N reports from ../shared, then
# prints medians over RUNS runs of
#   - the full import pipeline (read, decode, clean, metadata, outline, figures, index) against the
#     same clean texts inserted in one transaction into a bare FTS5 trigram table by the sqlite3
#     shell (import_vs_fts5 = ours / floor), and against Recoll indexing the same texts;
#   - search latency (1-, 2-, 4-character and phrase queries: the first page the search pane shows,
#     newest first, and then the count of every match) against grep -rlF over the texts
#     (grep_ratio = grep / ours) and recollq; every query must find the reports and hits grep
#     finds (the texts are written folded, as search reads them), or the run fails;
#   - GUI start-up to the first shown window, the time to open the longest report, to filter the
#     library pane and to show the charts tab (bench_gui, offscreen);
#   - peak RSS of the import and of the GUI.
#   - the library file's size against the input files', and where its bytes go.
# The last line: import_vs_fts5=R search_p95_ms=T count_p95_ms=C grep_ratio=G open_ms=O startup_ms=S
#   peak_rss_mb=M library_vs_input=L
#
# Usage: bash bench/run.sh [--reports N] [--runs R] [--recoll-runs K] [--engine sqlite|postgresql] [--keep DIR]
#   --keep DIR works in DIR and leaves the reports, texts and library there for later measurements.
#   Each step's start is written to stderr with the minutes since the run began.
#   --engine postgresql compares a team library on PostgreSQL with the SQLite one (bench/teamlibrary.sh).
#   Recoll takes minutes per index at 10,000 reports; --recoll-runs (default RUNS) lowers its count,
#   and 0 leaves it out (at 100,000 reports: bash bench/run.sh --reports 100000 --runs 1 --recoll-runs 0).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=1000; RUNS=5; RECOLL_RUNS=""; ENGINE=sqlite; KEEP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) N="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --recoll-runs) RECOLL_RUNS="$2"; shift 2 ;;
    --engine) ENGINE="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--reports N] [--runs R] [--recoll-runs K] [--engine sqlite|postgresql] [--keep DIR]" >&2; exit 2 ;;
  esac
done
if [[ $ENGINE == postgresql ]]; then
  exec bash "$ROOT/bench/teamlibrary.sh" "$N" "$RUNS"
fi
RECOLL_RUNS="${RECOLL_RUNS:-$RUNS}"
source "$ROOT/scripts/setup.sh" >/dev/null
missing=()
for tool in sqlite3:sqlite3 bc:bc recollindex:recollcmd; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else echo "bench/run.sh needs: sudo apt-get install ${missing[*]}" >&2; exit 1; fi
fi
BIN="$BUILD_DIR/bin"
if [[ -n $KEEP ]]; then WORK="$KEEP"; rm -rf "$WORK"; mkdir -p "$WORK"
else WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT; fi
SHARED="${SHARED_DIR:-$ROOT/../shared}"
BEGAN=$SECONDS
step() { printf '[%5.1f min] %s\n' "$(echo "($SECONDS - $BEGAN) / 60" | bc -l)" "$1" >&2; }
step "generating $N reports"
"$BIN/bench_generate" "$SHARED" "$N" "$WORK/reports" >/dev/null
MB=$(du -sm "$WORK/reports" | cut -f1)

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
# Runs a command (output and exit status ignored: grep finds nothing for some queries), prints
# its wall time in milliseconds.
elapsed_ms() {
  local t0
  t0=$(now)
  "$@" >/dev/null 2>&1 || true
  echo "($(now) - $t0) * 1000" | bc -l
}
# Runs a command, prints "seconds peak_kb" (peak RSS polled from /proc every 50 ms).
measure() {
  local t0 pid peak=0 rss
  t0=$(now)
  "$@" >/dev/null 2>&1 &
  pid=$!
  while kill -0 $pid 2>/dev/null; do
    rss=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || true)
    [[ -n $rss && $rss -gt $peak ]] && peak=$rss
    sleep 0.05
  done
  wait $pid
  echo "$(echo "$(now) - $t0" | bc -l) $peak"
}

# 1. The whole pipeline, RUNS times from an empty library.
step "import"
: > "$WORK/import.txt"
for ((r = 0; r < RUNS; r++)); do
  rm -f "$WORK/lib.sqlite"*
  measure "$BIN/reportlens-cli" --db "$WORK/lib.sqlite" import "$WORK/reports" >> "$WORK/import.txt"
done
IMPORT=$(cut -d' ' -f1 "$WORK/import.txt" | median); IMPORT_KB=$(cut -d' ' -f2 "$WORK/import.txt" | sort -n | tail -1)
REPORTS=$("$BIN/reportlens-cli" --db "$WORK/lib.sqlite" list --format csv | tail -n +2 | wc -l)
# The library file against its input, and where its bytes go (dbstat: pages per table and index).
LIB_MB=$(du -sm "$WORK/lib.sqlite" | cut -f1)
read -r ORIGINALS_MB CLEAN_MB < <(sqlite3 -separator ' ' "$WORK/lib.sqlite" \
  "SELECT sum(length(original_delta)) / 1048576, sum(length(clean_zstd)) / 1048576 FROM report_texts")
read -r INDEX_MB CHARACTERS_MB < <(sqlite3 -separator ' ' "$WORK/lib.sqlite" \
  "SELECT sum(pgsize) FILTER (WHERE name LIKE 'search_index%') / 1048576,
          sum(pgsize) FILTER (WHERE name LIKE 'search_characters%') / 1048576 FROM dbstat")

# 2. Search, and the clean texts for the baselines.
step "search"
"$BIN/bench_search" "$WORK/lib.sqlite" "$WORK/texts" "$RUNS" > "$WORK/search.txt"
SEARCH_P50=$(grep -o 'search_p50_ms=[0-9.]*' "$WORK/search.txt" | cut -d= -f2)
SEARCH_P95=$(grep -o 'search_p95_ms=[0-9.]*' "$WORK/search.txt" | cut -d= -f2)
COUNT_P95=$(grep -o 'count_p95_ms=[0-9.]*' "$WORK/search.txt" | cut -d= -f2)
TEXT_MB=$(du -sm "$WORK/texts" | cut -f1)

# 3. The floor: the same clean texts into a bare FTS5 trigram table, one transaction.
step "bare FTS5 insert"
: > "$WORK/fts5.txt"
for ((r = 0; r < RUNS; r++)); do
  rm -f "$WORK/floor.sqlite"
  measure sqlite3 "$WORK/floor.sqlite" "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram'); BEGIN; INSERT INTO t(body) SELECT data FROM fsdir('$WORK/texts') WHERE mode & 0x8000; COMMIT;" >> "$WORK/fts5.txt"
done
FTS5=$(cut -d' ' -f1 "$WORK/fts5.txt" | median)

# 4. grep and Recoll over the same texts, files cached.
step "grep and Recoll"
QUERIES=(疫 粮 党 稀 就业 疫情 扶贫 物价 脱贫攻坚 乡村振兴 一带一路 营商环境 城镇新增就业 供给侧结构性改革 地区生产总值增长)
: > "$WORK/grep.times"
for q in "${QUERIES[@]}"; do
  for ((r = 0; r < RUNS; r++)); do elapsed_ms grep -rlF "$q" "$WORK/texts" >> "$WORK/grep.times"; done
done
GREP=$(median < "$WORK/grep.times")
# Every query must find the reports and hits grep finds in the same texts (written folded, as search
# reads them). grep -o counts occurrences that do not overlap, which for these queries (none
# begins with its own ending) are all of them.
SAME_AS_GREP=0; NOT_AS_GREP=()
for q in "${QUERIES[@]}"; do
  ours=$(awk -v q="$q" '$1 == "reports" && $2 == q {print $3, $5}' "$WORK/search.txt")
  theirs="$(grep -rlF "$q" "$WORK/texts" | wc -l) $(grep -rohF "$q" "$WORK/texts" | wc -l)"
  if [[ $ours == "$theirs" ]]; then SAME_AS_GREP=$((SAME_AS_GREP + 1))
  else NOT_AS_GREP+=("$q: reports and hits ${ours:-none} here, $theirs by grep"); fi
done

# Recoll takes minutes per index at 10,000 reports; --recoll-runs 0 leaves it out.
if ((RECOLL_RUNS > 0)); then
  mkdir -p "$WORK/recoll"
  printf 'topdirs = %s\nloglevel = 1\n' "$WORK/texts" > "$WORK/recoll/recoll.conf"
  : > "$WORK/recoll.txt"
  for ((r = 0; r < RECOLL_RUNS; r++)); do
    rm -rf "$WORK/recoll/xapiandb" "$WORK/recoll/"*.db 2>/dev/null || true
    measure recollindex -c "$WORK/recoll" -z >> "$WORK/recoll.txt"
  done
  RECOLL=$(cut -d' ' -f1 "$WORK/recoll.txt" | median); RECOLL_KB=$(cut -d' ' -f2 "$WORK/recoll.txt" | sort -n | tail -1)
  : > "$WORK/recollq.times"
  for q in "${QUERIES[@]}"; do
    for ((r = 0; r < RUNS; r++)); do elapsed_ms recollq -c "$WORK/recoll" -b -n 0-100000 "$q" >> "$WORK/recollq.times"; done
  done
  RECOLLQ=$(median < "$WORK/recollq.times")
  RECOLLQ_P95=$(sort -g "$WORK/recollq.times" | awk '{a[NR]=$1} END {print a[int(NR*0.95+0.5)]}')
fi

# 5. The window on this library: start-up, opening the longest report, peak RSS.
step "window"
: > "$WORK/gui.txt"
# At least three processes: one start-up alone is often the cold first read of the libraries.
for ((r = 0; r < (RUNS < 3 ? 3 : RUNS); r++)); do
  QT_QPA_PLATFORM=offscreen "$BIN/bench_gui" "$WORK/lib.sqlite" 9 2>/dev/null | grep '^startup_ms' >> "$WORK/gui.txt"
done
field() { grep -o "$1=[0-9.]*" "$WORK/gui.txt" | cut -d= -f2; }
STARTUP=$(field startup_ms | median); OPEN=$(field open_ms | median); OPEN_P95=$(field open_p95_ms | median)
FILTER=$(field filter_ms | median); FILTER_P95=$(field filter_p95_ms | median); CHARTS=$(field charts_ms | median)
GUI_MB=$(field peak_rss_mb | sort -n | tail -1)
IMPORT_MB=$(echo "$IMPORT_KB / 1024" | bc -l)
PEAK_MB=$(printf '%s\n%s\n' "$IMPORT_MB" "$GUI_MB" | sort -g | tail -1)

step "done"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "machine: $cpu, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; runs: $RUNS (Recoll index: $RECOLL_RUNS)"
printf '%-48s %s\n' "library" "$N files ($MB MB), $REPORTS reports, $TEXT_MB MB of clean text"
printf '%-48s %.1f s  (%.1f MB/s, %.0f reports/s)\n' "import, whole pipeline (median)" "$IMPORT" "$(echo "$MB / $IMPORT" | bc -l)" "$(echo "$N / $IMPORT" | bc -l)"
printf '%-48s %.1f s\n' "bare FTS5 trigram insert of the clean texts" "$FTS5"
((RECOLL_RUNS > 0)) && printf '%-48s %.1f s  (peak RSS %.0f MB)\n' "Recoll index of the clean texts" "$RECOLL" "$(echo "$RECOLL_KB / 1024" | bc -l)"
printf '%-48s %s MB (%.2fx the input): clean texts %s MB and originals %s MB (compressed), search index %s MB, index of characters %s MB\n' \
  "library file" "$LIB_MB" "$(echo "$LIB_MB / $MB" | bc -l)" "$CLEAN_MB" "$ORIGINALS_MB" "$INDEX_MB" "$CHARACTERS_MB"
grep '^search ' "$WORK/search.txt" | sed 's/^/  /'
printf '%-48s %.2f ms\n' "grep -rlF per query (median)" "$GREP"
printf '%-48s %d of %d queries\n' "same reports and hits as grep" "$SAME_AS_GREP" "${#QUERIES[@]}"
((RECOLL_RUNS > 0)) && printf '%-48s %.1f ms  (p95 %.1f ms)\n' "recollq per query (median)" "$RECOLLQ" "$RECOLLQ_P95"
printf '%-48s %.0f ms\n' "GUI start-up to the first shown window" "$STARTUP"
printf '%-48s %.1f ms  (p95 %.1f ms)\n' "open the longest report in the reader" "$OPEN" "$OPEN_P95"
printf '%-48s %.1f ms  (p95 %.1f ms)\n' "library pane: a filter typed, both views shown" "$FILTER" "$FILTER_P95"
printf '%-48s %.1f ms\n' "charts tab: regions read, default chart drawn" "$CHARTS"
printf '%-48s import %.0f MB, GUI %.0f MB\n' "peak RSS" "$IMPORT_MB" "$GUI_MB"
((RECOLL_RUNS > 0)) && printf '%-48s %.1fx faster\n' "indexing vs Recoll" "$(echo "$RECOLL / $IMPORT" | bc -l)"
printf 'import_vs_fts5=%.2f search_p95_ms=%.2f count_p95_ms=%.2f grep_ratio=%.1f open_ms=%.1f startup_ms=%.0f peak_rss_mb=%.0f library_vs_input=%.2f\n' \
  "$(echo "$IMPORT / $FTS5" | bc -l)" "$SEARCH_P95" "$COUNT_P95" "$(echo "$GREP / $SEARCH_P50" | bc -l)" "$OPEN" "$STARTUP" \
  "$PEAK_MB" "$(echo "$LIB_MB / $MB" | bc -l)"
if [[ ${#NOT_AS_GREP[@]} -gt 0 ]]; then
  printf 'search differs from grep: %s\n' "${NOT_AS_GREP[@]}" >&2
  exit 1
fi
