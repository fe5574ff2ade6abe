#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a translation misses a string of the current sources: runs lupdate on a copy of
# translations/mockbench_LANG.ts against the sources the build translates, then lrelease, and
# requires every string to be finished.
#   tests/check_translations.sh LUPDATE LRELEASE LANG
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=$1 lrelease=$2 lang=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$root/translations/mockbench_$lang.ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$root"/app/*.cpp "$root"/app/*.h \
    "$root"/core/itemmodels/*.cpp "$root"/core/document/*.cpp "$root"/core/admin/*.cpp -ts "$work/check.ts"
report=$("$lrelease" "$work/check.ts" -qm "$work/check.qm")
echo "$report"
if grep -q "untranslated" <<<"$report" || ! grep -q " 0 unfinished" <<<"$report"; then
    echo "translations/mockbench_$lang.ts is not complete: run the update_translations target" \
        "and translate what it marks unfinished" >&2
    exit 1
fi
