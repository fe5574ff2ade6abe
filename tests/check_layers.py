#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file of core/ includes a layer above its own (layers: core/layers.txt), a
folder that is not a layer, or a Qt GUI module. Prints one line per offending include.

    check_layers.py [CORE_DIR]
"""
import pathlib
import re
import sys

core = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent / "core")
rank = {}
for number, line in enumerate(
        l for l in (core / "layers.txt").read_text().splitlines() if l.strip() and not l.startswith("#")):
    for folder in line.split():
        rank[folder] = number

include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
gui = re.compile(r'^(Qt(Gui|Widgets|Charts|Quick)/|Q(Widget|Application|Painter|Pixmap|Image)\b)')
problems = []
checked = 0
for source in sorted(core.rglob("*")):
    if source.suffix not in (".h", ".cpp") or source.parent == core:
        continue
    folder = source.relative_to(core).parts[0]
    if folder not in rank:
        problems.append(f"{source.relative_to(core)}: folder '{folder}' is not a layer in layers.txt")
        continue
    checked += 1
    for lineno, text in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        m = include.match(text)
        if not m:
            continue
        kind, name = m.groups()
        where = f"{source.relative_to(core)}:{lineno}"
        if kind == "<":
            if gui.match(name):
                problems.append(f"{where}: includes <{name}>: core never uses Qt GUI modules")
            continue
        if "/" not in name:
            continue  # a header of the same folder
        target = name.split("/")[0]
        if target.endswith(".moc") or name.endswith(".moc"):
            continue
        if target not in rank:
            problems.append(f"{where}: includes \"{name}\": '{target}' is not a layer")
        elif rank[target] > rank[folder]:
            problems.append(
                f"{where}: includes \"{name}\": layer '{target}' is above '{folder}'")

for p in problems:
    print(p)
print(f"{checked} files checked, {len(problems)} wrong includes")
sys.exit(1 if problems else 0)
