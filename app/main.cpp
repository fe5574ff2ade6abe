// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// mockbench: parses the command line, then serves headless (QCoreApplication, no display
// needed), validates, or hands over to mockbench-gui for the window. It links only
// MockBench::Core, so the headless server starts fast and small without the GUI libraries.
// A build without the GUI (MOCKBENCH_BUILD_GUI=OFF, so no MOCKBENCH_HAVE_GUI) always serves
// headless.
#include "Import.h"
#include "OpenApiWriter.h"
#include "format/AnyFormat.h"
#include "runtime/CommandLine.h"
#include "runtime/HeadlessRunner.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace MockBench;

namespace {

#ifdef MOCKBENCH_HAVE_GUI
/// Exit code when the window program cannot be started.
constexpr int ExitNoWindow = 4;

/// True when a window can be shown: a display to connect to, or a platform chosen explicitly
/// (offscreen, vnc, ...).
bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// mockbench-gui next to this executable (as built, and as installed in the same bin dir).
std::string windowProgram()
{
    std::string self(4096, '\0');
    const ssize_t n = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (n <= 0) {
        return "mockbench-gui";
    }
    self.resize(size_t(n));
    const size_t slash = self.rfind('/');
    return self.substr(0, slash + 1) + "mockbench-gui";
}

/// Replaces this process with the window, same arguments (the PID stays, so scripts that
/// started `mockbench` can still signal it). Returns only on failure.
int execWindow(char *argv[])
{
    const std::string program = windowProgram();
    std::vector<char *> args;
    args.push_back(const_cast<char *>(program.c_str()));
    for (char **arg = argv + 1; *arg; ++arg) {
        args.push_back(*arg);
    }
    args.push_back(nullptr);
    ::execv(program.c_str(), args.data());
    std::fprintf(stderr,
        "mockbench: cannot start the window (%s: %s); --headless serves without it\n",
        program.c_str(), std::strerror(errno));
    return ExitNoWindow;
}
#endif

void describeApplication()
{
    QCoreApplication::setApplicationName(u"mockbench"_s);
    QCoreApplication::setOrganizationName(u"MockBench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCKBENCH_VERSION));
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

/// --export openapi FILE [-o OUT]: FILE in any known format, as an OpenAPI 3.1 document on
/// stdout or in OUT; on stderr one line per thing the reading or the document cannot carry.
int exportOpenApi(const QString &file, const QString &output)
{
    const LoadResult loaded = AnyFormat::readFile(file);
    if (!loaded.ok()) {
        for (const FormatError &error : loaded.errors) {
            printErr(u"%1: %2\n"_s.arg(file, error.toString()));
        }
        return ExitInvalidFile;
    }
    if (!loaded.report.isEmpty()) {
        printErr(u"mockbench: %1 (%2): %3 thing(s) not carried over as they are:\n"_s
                     .arg(file, loaded.format)
                     .arg(loaded.report.size()));
        for (const QString &line : loaded.report) {
            printErr(u"%1: %2\n"_s.arg(file, line));
        }
    }
    const Import::OpenApiWriter::Result result = Import::OpenApiWriter::write(loaded.routeSet);
    if (!result.report.isEmpty()) {
        printErr(u"mockbench: %1: %2 thing(s) the OpenAPI document does not describe as they "
                 "are:\n"_s.arg(file)
                     .arg(result.report.size()));
        for (const QString &line : result.report) {
            printErr(u"%1: %2\n"_s.arg(file, line));
        }
    }
    if (output.isEmpty()) {
        const QByteArray json = Import::OpenApiWriter::toJson(result.document);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString error;
    if (!Import::OpenApiWriter::writeFile(result.document, output, &error)) {
        printErr(u"mockbench: %1\n"_s.arg(error));
        return ExitInvalidFile;
    }
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every reader of other tools' formats, for every place that reads a file.
    MockBench::Import::registerFormats();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const CommandLine cl = CommandLine::parse(arguments);
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
    case CommandLine::Mode::Validate: {
        QCoreApplication app(argc, argv);
        describeApplication();
        return HeadlessRunner::validate(cl.file);
    }
    case CommandLine::Mode::Convert: {
        QCoreApplication app(argc, argv);
        describeApplication();
        return HeadlessRunner::convert(cl.file, cl.output);
    }
    case CommandLine::Mode::Export: {
        QCoreApplication app(argc, argv);
        describeApplication();
        return exportOpenApi(cl.file, cl.output);
    }
    case CommandLine::Mode::Gui:
#ifdef MOCKBENCH_HAVE_GUI
        if (haveDisplay()) {
            return execWindow(argv);
        }
        // On a server or in CI plain `mockbench FILE` still serves, and says why there is no
        // window.
        std::fputs("mockbench: no display found; serving headless (--headless says so "
                   "explicitly)\n",
            stderr);
#else
        std::fputs("mockbench: this build has no window; serving headless (--headless says so "
                   "explicitly)\n",
            stderr);
#endif
        break;
    case CommandLine::Mode::Headless:
        break;
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    return HeadlessRunner::run(cl);
}
