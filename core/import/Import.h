// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// MockBench::Import: the readers of other tools' formats (DESIGN.md §11), above the core.
namespace MockBench::Import {

/// Registers every reader of this library with AnyFormat (format/AnyFormat.h), so that every
/// place that reads a route set file also takes these formats. Call once at start-up, before
/// the first file is read; calling it again does nothing.
void registerFormats();

} // namespace MockBench::Import
