#!/usr/bin/env bash
# Fuzzes the CSV reader, the Asterisk queue_log import and the field parsers with libFuzzer, one
# after the other, for SECONDS each (default 600), under AddressSanitizer (leak detection on) and
# UndefinedBehaviorSanitizer. Installs Clang and its runtime when missing, builds the harnesses in
# ./build-fuzz, and fuzzes a writable copy of tests/fuzz/corpus (the committed corpus is left as
# it is). Exits non-zero on any crash, hang (an input taking longer than FUZZ_TIMEOUT seconds),
# leak or memory blow-up, and says where the reproducer is. Not part of .ci/run: it takes long.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    targets: csvreader queuelog fieldparsers
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(csvreader queuelog fieldparsers)
fi
build="$root/build-fuzz"
work="${FUZZ_WORK_DIR:-$build/fuzz-runs}"
timeout_seconds="${FUZZ_TIMEOUT:-10}"
rss_limit_mb="${FUZZ_RSS_LIMIT_MB:-2048}"

# What the project itself needs, then Clang with libFuzzer's runtime.
source "$root/scripts/setup.sh" --packages-only
callboard_packages+=(clang-14 libclang-rt-14-dev llvm-14)
install_packages

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCALLBOARD_FUZZ=ON >/dev/null
fuzzers=()
for target in "${targets[@]}"; do
    fuzzers+=("fuzz_$target")
done
cmake --build "$build" --target "${fuzzers[@]}" --parallel "${FUZZ_JOBS:-2}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export TZ=UTC LC_ALL=C.UTF-8

failed=()
for target in "${targets[@]}"; do
    corpus="$work/$target/corpus"
    artifacts="$work/$target/artifacts"
    rm -rf "$work/$target"
    mkdir -p "$corpus" "$artifacts"
    cp "$root/tests/fuzz/corpus/$target/"* "$corpus/"
    echo "fuzz: $target for ${seconds}s (log: $work/$target/fuzz.log)"
    status=0
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout="$timeout_seconds" \
        -rss_limit_mb="$rss_limit_mb" -detect_leaks=1 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" >"$work/$target/fuzz.log" 2>&1 || status=$?
    grep -E '^(stat::|Done )' "$work/$target/fuzz.log" | sed "s/^/fuzz: $target: /" || true
    echo "fuzz: $target: corpus now $(find "$corpus" -type f | wc -l) inputs"
    reproducers=("$artifacts"/*)
    if [ "$status" -ne 0 ] || [ -e "${reproducers[0]}" ]; then
        failed+=("$target")
        echo "fuzz: $target FAILED (exit $status); reproducer(s):" >&2
        ls -1 "$artifacts" | sed "s|^|    $artifacts/|" >&2
        echo "    replay one with: $build/tests/fuzz/fuzz_$target <file>" >&2
        grep -m1 -E 'ERROR: |runtime error:|fuzz invariant failed' "$work/$target/fuzz.log" \
            | sed 's/^/    /' >&2 || true
    fi
done

if [ "${#failed[@]}" -ne 0 ]; then
    echo "fuzz: failures in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: no crash, hang or leak in ${targets[*]} (${seconds}s each)"
