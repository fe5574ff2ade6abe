// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FormatError.h"
#include "model/RouteSet.h"
#include "runtime/CommandLine.h"

namespace MockBench {

/// Exit codes of the mockbench program.
enum ExitCode { ExitOk = 0, ExitInvalidFile = 1, ExitUsage = 2, ExitCannotListen = 3 };

/// The headless program: load, listen, print the listening line, serve until SIGINT/SIGTERM.
class HeadlessRunner
{
public:
    /// Runs --headless (needs a QCoreApplication); returns the process exit code.
    static int run(const CommandLine &commandLine);
    /// Runs --validate; returns the process exit code.
    static int validate(const QString &file);
    /// Runs --convert: @p file in any known format to a MockBench route set at @p output
    /// (stdout when empty), one stderr line per thing not carried over; the exit code.
    static int convert(const QString &file, const QString &output);
    /// Templates in @p set that do not compile, with their JSON paths.
    static FormatErrors templateErrors(const RouteSet &set);
    /// --latency-ms, --error-rate and --seed replace the global chaos of @p set.
};

} // namespace MockBench
