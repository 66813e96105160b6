#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 600), two at a time,
# seeded from ../shared (seeds and corpus). Crashes land in fuzz/findings/<target>/.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-600}"; shift || true
TARGETS=("$@"); [[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(fuzz_decoder fuzz_html fuzz_cleaner fuzz_outline fuzz_numbers fuzz_extractor)
BUILD="${REPORTLENS_FUZZ_BUILD:-$ROOT/build-fuzz}"
if [[ $(id -u) -eq 0 ]] && ! command -v clang++-14 >/dev/null; then apt-get install -y -qq clang-14 libclang-rt-14-dev; fi
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DREPORTLENS_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" --target "${TARGETS[@]}"
SHARED="${SHARED_DIR:-$ROOT/../shared}"
run() {
  local t="$1" work="$BUILD/fuzz/work/$1"
  mkdir -p "$work/corpus" "$ROOT/fuzz/findings/$t"
  cp -n "$SHARED"/seeds/*.txt "$SHARED"/corpus/national/*.txt "$work/corpus/" 2>/dev/null || true
  cp -n "$ROOT"/fuzz/corpus/* "$work/corpus/" 2>/dev/null || true
  QT_QPA_PLATFORM=offscreen "$BUILD/fuzz/$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
     -artifact_prefix="$ROOT/fuzz/findings/$t/" "$work/corpus" > "$work/log.txt" 2>&1 && echo "$t: ok ($(grep -c 'NEW\|REDUCE' "$work/log.txt") new inputs, $(tail -1 "$work/log.txt"))" \
     || { echo "$t: FAILED, see $work/log.txt"; return 1; }
}
status=0
for ((i = 0; i < ${#TARGETS[@]}; i += 2)); do
  run "${TARGETS[i]}" & a=$!
  b=""; if (( i + 1 < ${#TARGETS[@]} )); then run "${TARGETS[i+1]}" & b=$!; fi
  wait $a || status=1
  [[ -n $b ]] && { wait $b || status=1; }
done
exit $status
