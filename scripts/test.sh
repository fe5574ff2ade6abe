#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, checks formatting, builds everything (warnings are errors) and
# runs the whole test suite with ctest. This is what CI runs (.ci/run).
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
ctest --test-dir "$build" --output-on-failure --timeout 300
