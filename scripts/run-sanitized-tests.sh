#!/usr/bin/env bash
# Builds Callboard a second time with AddressSanitizer and UndefinedBehaviorSanitizer in
# ./build-sanitize and runs the whole test suite under them. Slower than run-tests.sh; CI runs both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sanitize_build="$callboard_root/build-sanitize"
cmake -S "$callboard_root" -B "$sanitize_build" -DCMAKE_BUILD_TYPE=Debug \
    -DCALLBOARD_SANITIZE=address,undefined >/dev/null
cmake --build "$sanitize_build" --parallel "$(nproc 2>/dev/null || echo 2)"
export QT_QPA_PLATFORM=offscreen
# Leak checking stays on for our code; Qt's platform plugins keep a few caches until exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$callboard_root/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir "$sanitize_build" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)"
