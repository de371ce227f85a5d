#!/usr/bin/env bash
# CI robustness stage (called from .ci/run): the whole test suite under AddressSanitizer,
# LeakSanitizer and UBSan, then each libFuzzer target for 60 seconds. See
# README.md, "When things go wrong". Any sanitizer finding, fuzzer crash or failing test fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
bash packaging/install-deps.sh
bash packaging/install-deps.sh tests/fuzz/debian-deps.txt
make asan
echo "robustness: sanitizer suite passed after $((SECONDS - start)) s"
make fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
echo "robustness: sanitizers and fuzzers clean, $((SECONDS - start)) s in all"
