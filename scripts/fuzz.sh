#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer harnesses (tests/fuzz, clang with AddressSanitizer and UBSan) in
# build-fuzz and runs each for a bounded time, one after the other.
#   scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]    default 60 s each, every harness
#   scripts/fuzz.sh 600 httpparser                        ten minutes of the HTTP parser
# Each harness starts from its seeds (tests/fuzz/corpus/<name>), its regression inputs
# (tests/fuzz/regressions/<name>) and what earlier runs found (build-fuzz/corpus/<name>, the
# only corpus written to; the source tree is only read). An input that crashes, leaks, trips
# a sanitizer or a harness check, runs over 10 s or over 2 GB is saved as
# build-fuzz/findings/<name>/crash-<sha1> (or leak-, timeout-, oom-); the script prints its
# path and exits 1 after running the others. Replay one with: build-fuzz/fuzz_<name> FILE
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${MOCKBENCH_FUZZ_BUILD:-$root/build-fuzz}"
seconds="${1:-60}"
shift || true
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]" >&2
    exit 2
fi

cxx=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$cxx" ]; then
    echo "fuzz.sh: clang++ not found (scripts/install-deps.sh --test installs clang-14)" >&2
    exit 1
fi
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build"

if [ $# -gt 0 ]; then
    harnesses=("$@")
else
    mapfile -t harnesses <"$build/harnesses.txt"
fi

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"

failed=0
for name in "${harnesses[@]}"; do
    binary="$build/fuzz_$name"
    if [ ! -x "$binary" ]; then
        echo "fuzz.sh: no harness $name (known: $(tr '\n' ' ' <"$build/harnesses.txt"))" >&2
        exit 2
    fi
    corpus="$build/corpus/$name"
    findings="$build/findings/$name"
    log="$build/logs/$name.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
        -artifact_prefix="$findings/")
    if [ -f "$root/tests/fuzz/$name.dict" ]; then
        options+=(-dict="$root/tests/fuzz/$name.dict")
    fi
    sources=("$root/tests/fuzz/corpus/$name")
    if [ -d "$root/tests/fuzz/regressions/$name" ]; then
        sources+=("$root/tests/fuzz/regressions/$name")
    fi
    before=$(find "$findings" -type f | wc -l)
    echo "== fuzz $name for ${seconds} s (log: $log)"
    status=0
    "$binary" "${options[@]}" "$corpus" "${sources[@]}" >"$log" 2>&1 || status=$?
    # The last status line (executions, coverage, corpus) and the final statistics.
    grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ] || [ "$(find "$findings" -type f | wc -l)" -ne "$before" ]; then
        failed=1
        echo "FINDING in $name (exit $status); the end of its log:" >&2
        tail -n 40 "$log" >&2
        grep -E 'Test unit written to' "$log" | sed 's/^.*Test unit written to /crash input: /' >&2 \
            || echo "no input was written; see $log" >&2
    fi
done
exit "$failed"
