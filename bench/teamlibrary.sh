#!/usr/bin/env bash
# A team library on PostgreSQL against the SQLite library, in one run (issue 16): the same N
# generated reports imported into both (the PostgreSQL one as a member, over a Unix socket, into a
# throwaway server from scripts/pg-scratch.sh), then search on each (bench_search: p50/p95 by
# query length and the matching reports per query, which must be equal).
# Prints the two imports, the two search tables and: import_ratio=PG/SQLite search_p95_ms=… (PG)
#
# Usage: bash bench/run.sh --engine postgresql [--reports N] [--runs R]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-1000}"; RUNS="${2:-3}"
source "$ROOT/scripts/setup.sh" >/dev/null
BIN="$BUILD_DIR/bin"
WORK="$(mktemp -d)"
STATE="$WORK/pg.env"
trap 'bash "$ROOT/scripts/pg-scratch.sh" stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
SHARED="${SHARED_DIR:-$ROOT/../shared}"
"$BIN/bench_generate" "$SHARED" "$N" "$WORK/reports" >/dev/null
MB=$(du -sm "$WORK/reports" | cut -f1)
now() { date +%s.%N; }
seconds() { local t0; t0=$(now); "$@" >/dev/null 2>&1; echo "$(now) - $t0" | bc -l; }

bash "$ROOT/scripts/pg-scratch.sh" start "$STATE" >/dev/null
OWNER=$(grep '^REPORTLENS_PG_OWNER=' "$STATE" | cut -d= -f2-)
MEMBER=$(grep '^REPORTLENS_PG_ALICE=' "$STATE" | cut -d= -f2-)
"$BIN/reportlens-cli" --db "$OWNER" list >/dev/null # the owner creates the schema

SQLITE_IMPORT=$(seconds "$BIN/reportlens-cli" --db "$WORK/lib.sqlite" import "$WORK/reports")
PG_IMPORT=$(seconds "$BIN/reportlens-cli" --db "$MEMBER" import "$WORK/reports")
SQLITE_REPORTS=$("$BIN/reportlens-cli" --db "$WORK/lib.sqlite" list --format csv | tail -n +2 | wc -l)
PG_REPORTS=$("$BIN/reportlens-cli" --db "$MEMBER" list --format csv | tail -n +2 | wc -l)

"$BIN/bench_search" "$WORK/lib.sqlite" "$WORK/texts-sqlite" "$RUNS" > "$WORK/search-sqlite.txt"
"$BIN/bench_search" "$MEMBER" "$WORK/texts-pg" "$RUNS" > "$WORK/search-pg.txt"
# The same reports match each query in both libraries.
if ! diff <(grep '^reports ' "$WORK/search-sqlite.txt") <(grep '^reports ' "$WORK/search-pg.txt") >/dev/null; then
  echo "MISMATCH: the libraries found different numbers of reports:" >&2
  diff <(grep '^reports ' "$WORK/search-sqlite.txt") <(grep '^reports ' "$WORK/search-pg.txt") >&2 || true
  exit 1
fi
PG_SIZE=$(psql -At "$OWNER" -c "select pg_database_size(current_database()) / 1048576")
SQLITE_SIZE=$(du -sm "$WORK/lib.sqlite" | cut -f1)

printf '%-40s %s\n' "library" "$N files ($MB MB): SQLite $SQLITE_REPORTS reports ($SQLITE_SIZE MB), PostgreSQL $PG_REPORTS reports ($PG_SIZE MB)"
printf '%-40s SQLite %.1f s, PostgreSQL %.1f s (ratio %.2f)\n' "import, whole pipeline" "$SQLITE_IMPORT" "$PG_IMPORT" "$(echo "$PG_IMPORT / $SQLITE_IMPORT" | bc -l)"
echo "search, SQLite library:"; grep '^search ' "$WORK/search-sqlite.txt" | sed 's/^/  /'
echo "search, PostgreSQL library:"; grep '^search ' "$WORK/search-pg.txt" | sed 's/^/  /'
grep '^reports ' "$WORK/search-pg.txt" | tr '\n' ' ' | sed 's/^/matching reports (equal in both): /'; echo
PG_P95=$(grep -o 'search_p95_ms=[0-9.]*' "$WORK/search-pg.txt" | cut -d= -f2)
SQLITE_P95=$(grep -o 'search_p95_ms=[0-9.]*' "$WORK/search-sqlite.txt" | cut -d= -f2)
printf 'import_ratio=%.2f search_p95_ms=%.2f sqlite_search_p95_ms=%.2f search_ratio=%.1f\n' \
  "$(echo "$PG_IMPORT / $SQLITE_IMPORT" | bc -l)" "$PG_P95" "$SQLITE_P95" "$(echo "$PG_P95 / $SQLITE_P95" | bc -l)"
