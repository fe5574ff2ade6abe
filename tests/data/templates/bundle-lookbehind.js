// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An entry bundle.mjs must refuse (ctest vendor_bundle_refuses_lookbehind): QJSEngine 6.4
// cannot compile a look-behind, and the library code making it would fail when it ran.
globalThis.__mbLookBehind = /(?<=a)b/;
