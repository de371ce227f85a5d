#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) in build-fuzz/ and runs each
# for FUZZ_SECONDS (default 60). Seeds: the seed corpus, the tests/data fixtures and the
# catalogues; what libFuzzer finds is kept in build-fuzz/fuzz/corpus-*, a crash in
# build-fuzz/fuzz/crash-*. Inputs that once broke something live in tests/fuzz/regressions/
# and are replayed first. Used by `make fuzz` and .ci/robustness.sh.
#   usage: tests/fuzz/run.sh [TARGET...]      (TARGET: corpusparser, catalogue, database; default all)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(corpusparser catalogue database)

bash "$root/packaging/install-deps.sh"
bash "$root/packaging/install-deps.sh" "$root/tests/fuzz/debian-deps.txt"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DPOLICY_ATLAS_FUZZ=ON -DBUILD_TESTING=ON
fi
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

work="$build/fuzz"
mkdir -p "$work"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
command -v llvm-symbolizer >/dev/null && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}

failed=()
for target in "${targets[@]}"; do
  seeds="$work/seeds-$target"
  rm -rf "$seeds"
  mkdir -p "$seeds" "$work/corpus-$target"
  case "$target" in
    corpusparser)
      cp "$root"/resources/corpus/*.txt "$root"/tests/data/core/*.txt "$root"/tests/data/cli/*.txt "$seeds"/ ;;
    catalogue)
      cp "$root"/resources/catalogue/*.json "$root"/tests/data/cli/*.json "$seeds"/ ;;
    database)
      # Small real databases (fixtures imported into 512-byte pages), written by the target itself.
      FUZZ_DATABASE_MAKE_SEEDS="$seeds" "$build/tests/fuzz/fuzz_$target" ;;
    *) echo "run.sh: unknown fuzz target $target" >&2; exit 2 ;;
  esac
  binary="$build/tests/fuzz/fuzz_$target"
  regressions="$root/tests/fuzz/regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== fuzz_$target: replaying $(ls "$regressions" | wc -l) regression input(s)"
    "$binary" -runs=0 "$regressions"/* || { failed+=("$target (regressions)"); continue; }
  fi
  echo "== fuzz_$target: ${seconds}s"
  if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -dict="$root/tests/fuzz/$target.dict" -artifact_prefix="$work/" -print_final_stats=1 \
        "$work/corpus-$target" "$seeds"; then
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in $work/crash-*, timeout-*, oom-*)" >&2
  exit 1
fi
echo "fuzzing: no crash, hang or sanitizer finding in ${targets[*]} (${seconds}s each)"
