# Sourced by the benchmarks that compare this checkout with an earlier commit.
# base_binary REF TARGET WORK: builds TARGET of REF out of tree in a worktree under WORK (removed by
# base_cleanup) and prints the path of the binary.
base_binary() {
  local ref="$1" target="$2" work="$3"
  git -C "$ROOT" worktree add --detach "$work/base" "$ref" >/dev/null 2>&1
  cmake -S "$work/base" -B "$work/base-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DREPORTLENS_SHARED_DIR="${SHARED_DIR:-$ROOT/../shared}" >/dev/null
  cmake --build "$work/base-build" --target "$target" >/dev/null
  echo "$work/base-build/bin/$target"
}
base_cleanup() { git -C "$ROOT" worktree remove --force "$1/base" >/dev/null 2>&1 || true; rm -rf "$1"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
