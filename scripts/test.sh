#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, checks formatting, builds everything (warnings are errors) and
# runs the whole test suite with ctest; builds without the GUI, tests that build, checks its
# mockbench loads no GUI library, installs it and builds and runs a client project of the
# installed package (tests/client); then builds again with AddressSanitizer and UBSan and runs
# the suite once more; last, fuzzes each fuzz harness for 25 s (scripts/fuzz.sh, clang).
# This is what CI runs (.ci/run).
#   MOCKBENCH_SKIP_SANITIZE=1 scripts/test.sh     without the sanitizer build
#   MOCKBENCH_SKIP_FUZZ=1 scripts/test.sh         without the fuzz step
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-tests"

"$root/scripts/install-deps.sh" --test

echo "== clang-format"
mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' '*.h' 2>/dev/null || find core app tests -name '*.cpp' -o -name '*.h')
(cd "$root" && clang-format --dry-run --Werror "${sources[@]}")
echo "${#sources[@]} files formatted"

echo "== build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOCKBENCH_WERROR=ON >/dev/null
cmake --build "$build"

echo "== test"
# Two at a time: every test uses its own port 0 server and waits on signals, not on time.
ctest --test-dir "$build" --output-on-failure --timeout 300 --parallel 2

echo "== build without the GUI"
nogui="$root/build-nogui"
cmake -S "$root" -B "$nogui" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMOCKBENCH_WERROR=ON \
    -DMOCKBENCH_BUILD_GUI=OFF >/dev/null
# It must configure where Qt Gui, Widgets, Charts and the Linguist tools are not installed.
if grep -E '^Qt6(Gui|Widgets|Charts|LinguistTools)_DIR:' "$nogui/CMakeCache.txt"; then
    echo "a build without the GUI looked for the GUI packages above" >&2
    exit 1
fi
cmake --build "$nogui"
echo "== test without the GUI"
ctest --test-dir "$nogui" --output-on-failure --timeout 300 --parallel 2
libs=$(ldd "$nogui/app/mockbench")
if ! grep -q 'libQt6Core' <<<"$libs" || grep -E 'libQt6(Widgets|Gui|Charts)' <<<"$libs"; then
    echo "$nogui/app/mockbench must link Qt Core and no GUI library (ldd above)" >&2
    exit 1
fi
echo "mockbench without the GUI: $(wc -l <<<"$libs") libraries, none of Qt Gui/Widgets/Charts"

echo "== install, then build and test a client of the installed package"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$nogui" --prefix "$work/prefix" >/dev/null
cmake -S "$root/tests/client" -B "$work/client" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$work/prefix" -DMOCKBENCH_CLIENT_WERROR=ON >/dev/null
cmake --build "$work/client"
ctest --test-dir "$work/client" --output-on-failure --timeout 120

if [ "${MOCKBENCH_SKIP_SANITIZE:-0}" != 1 ]; then
    echo "== build with AddressSanitizer + UBSan"
    asan="$root/build-asan"
    # -O1 and line tables only: what ASan recommends, and a much shorter build than -O2 -g.
    cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOCKBENCH_WERROR=ON \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DMOCKBENCH_SANITIZE=ON >/dev/null
    cmake --build "$asan"
    echo "== test with AddressSanitizer + UBSan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
        ctest --test-dir "$asan" --output-on-failure --timeout 600 --parallel 2
fi

if [ "${MOCKBENCH_SKIP_FUZZ:-0}" != 1 ]; then
    # Bounded: about a minute and a half in all, its own clang build included. A finding fails
    # the run and names the input, saved under build-fuzz/findings/.
    echo "== fuzz, 25 s per harness"
    "$root/scripts/fuzz.sh" 25
fi
