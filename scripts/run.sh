#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds MockBench (Release, in build/) and runs it.
#   scripts/run.sh                   serves the built-in example on http://127.0.0.1:5000
#   scripts/run.sh FILE [OPTIONS]    serves FILE; options as in `mockbench --help`
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" --target mockbench >/dev/null
exec "$root/build/app/mockbench" "$@"
