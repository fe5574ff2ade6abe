// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "cli/HeadlessRunner.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace MockBench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mockbench"_s);
    QCoreApplication::setOrganizationName(u"MockBench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCKBENCH_VERSION));

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    switch (cl.mode) {
    case CommandLine::Mode::Help:
        std::fputs(cl.helpText.toLocal8Bit().constData(), stdout);
        return ExitOk;
    case CommandLine::Mode::Version:
        std::printf("mockbench %s\n", MOCKBENCH_VERSION);
        return ExitOk;
    case CommandLine::Mode::Error:
        std::fprintf(
            stderr, "mockbench: %s\nTry 'mockbench --help'.\n", cl.error.toLocal8Bit().constData());
        return ExitUsage;
    case CommandLine::Mode::Validate:
        return HeadlessRunner::validate(cl.file);
    case CommandLine::Mode::Gui:
        // The window arrives with the workbench issue; until then plain `mockbench` serves
        // headless so the README's first command works today.
    case CommandLine::Mode::Headless:
        break;
    }
    return HeadlessRunner::run(cl);
}
