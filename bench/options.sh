# Sourced by the bench scripts: their --reports N and --runs R options, and a synthetic library.

# Sets N and RUNS (their defaults set before) from --reports and --runs; anything else prints USAGE.
read_counts() {
  local usage="$1"; shift
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --reports) N="$2"; shift 2 ;;
      --runs) RUNS="$2"; shift 2 ;;
      *) echo "usage: $usage" >&2; exit 2 ;;
    esac
  done
}

# A library of N reports made from ../shared by bench_generate, imported with reportlens-cli:
# DIR/library.sqlite (its files in DIR/reports). Needs BUILD_DIR (scripts/setup.sh).
synthetic_library() {
  local count="$1" dir="$2"
  "$BUILD_DIR/bin/bench_generate" "${SHARED_DIR:-$ROOT/../shared}" "$count" "$dir/reports" >/dev/null
  "$BUILD_DIR/bin/reportlens-cli" --db "$dir/library.sqlite" import "$dir/reports" >/dev/null
}
