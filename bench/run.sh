#!/usr/bin/env bash
# Library-scale benchmarks (work in progress for issue 6): a synthetic library of N reports made
# from ../shared, then medians over RUNS of
#   - the full import pipeline (decode, clean, metadata, outline, extract, index) vs the same clean
#     texts inserted into a bare FTS5 trigram table by the sqlite3 shell (import_vs_fts5),
#   - search latency (1-, 2-, 4-character and phrase queries) vs grep -rlF over the texts,
#   - peak RSS of the import.
# Not yet measured here: Recoll, open time in the reader, GUI start-up (printed as n/a).
# Usage: bash bench/run.sh [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=1000; RUNS=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reports) N="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--reports N] [--runs R]" >&2; exit 2 ;;
  esac
done
source "$ROOT/scripts/setup.sh" >/dev/null
for tool in sqlite3 bc; do command -v $tool >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq $tool >/dev/null; }; done
BIN="$BUILD_DIR/bin"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
SHARED="${SHARED_DIR:-$ROOT/../shared}"
"$BIN/bench_generate" "$SHARED" "$N" "$WORK/reports" >/dev/null
MB=$(du -sm "$WORK/reports" | cut -f1)

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

# 1. The whole pipeline, RUNS times from an empty library; peak RSS from /usr/bin/time or /proc.
: > "$WORK/import.times"; : > "$WORK/import.rss"
for ((r = 0; r < RUNS; r++)); do
  rm -f "$WORK/lib.sqlite"*
  t0=$(now)
  "$BIN/reportlens-cli" --db "$WORK/lib.sqlite" import "$WORK/reports" >/dev/null &
  pid=$!; peak=0
  while kill -0 $pid 2>/dev/null; do
    rss=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0); [[ -n $rss && $rss -gt $peak ]] && peak=$rss
    sleep 0.05
  done
  wait $pid
  echo "$(echo "$(now) - $t0" | bc -l)" >> "$WORK/import.times"
  echo "$peak" >> "$WORK/import.rss"
done
IMPORT=$(median < "$WORK/import.times"); PEAK_KB=$(sort -n "$WORK/import.rss" | tail -1)

# 2. Search, and the clean texts for the baselines.
"$BIN/bench_search" "$WORK/lib.sqlite" "$WORK/texts" "$RUNS" > "$WORK/search.txt"
SEARCH_P50=$(grep -o 'search_p50_ms=[0-9.]*' "$WORK/search.txt" | cut -d= -f2)
SEARCH_P95=$(grep -o 'search_p95_ms=[0-9.]*' "$WORK/search.txt" | cut -d= -f2)

# 3. The floor: the same clean texts into a bare FTS5 trigram table, one transaction.
: > "$WORK/fts5.times"
for ((r = 0; r < RUNS; r++)); do
  rm -f "$WORK/floor.sqlite"
  t0=$(now)
  sqlite3 "$WORK/floor.sqlite" "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram'); BEGIN; INSERT INTO t(body) SELECT data FROM fsdir('$WORK/texts') WHERE mode & 0x8000; COMMIT;"
  echo "$(echo "$(now) - $t0" | bc -l)" >> "$WORK/fts5.times"
done
FTS5=$(median < "$WORK/fts5.times")

# 4. grep over the same texts, files cached.
: > "$WORK/grep.times"
for q in 疫 粮 党 稀 就业 疫情 扶贫 物价 高质量发展 乡村振兴 一带一路 营商环境 城镇新增就业 供给侧结构性改革 地区生产总值增长; do
  for ((r = 0; r < RUNS; r++)); do
    t0=$(now); grep -rlF "$q" "$WORK/texts" >/dev/null || true
    echo "$(echo "($(now) - $t0) * 1000" | bc -l)" >> "$WORK/grep.times"
  done
done
GREP=$(median < "$WORK/grep.times")

printf '%-44s %s\n' "reports / text" "$N reports, $MB MB of source files"
printf '%-44s %.2f s (%.1f MB/s, %.0f reports/s)\n' "import, whole pipeline (median of $RUNS)" "$IMPORT" "$(echo "$MB / $IMPORT" | bc -l)" "$(echo "$N / $IMPORT" | bc -l)"
printf '%-44s %.2f s\n' "bare FTS5 trigram insert (median of $RUNS)" "$FTS5"
cat "$WORK/search.txt" | grep '^search ' | sed 's/^/  /'
printf '%-44s %.2f ms\n' "grep -rlF per query (median)" "$GREP"
printf '%-44s %.0f MB\n' "peak RSS during import" "$(echo "$PEAK_KB / 1024" | bc -l)"
printf 'import_vs_fts5=%.2f search_p95_ms=%.2f grep_ratio=%.1f open_ms=n/a startup_ms=n/a peak_rss_mb=%.0f\n' \
  "$(echo "$IMPORT / $FTS5" | bc -l)" "$SEARCH_P95" "$(echo "$GREP / $SEARCH_P50" | bc -l)" "$(echo "$PEAK_KB / 1024" | bc -l)"
