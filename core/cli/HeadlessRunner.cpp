// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

int HeadlessRunner::validate(const QString &file)
{
    const LoadResult result = RouteSetFormat::readFile(file);
    if (!result.ok()) {
        for (const FormatError &error : result.errors) {
            printErr(u"%1: %2\n"_s.arg(file, error.toString()));
        }
        return ExitInvalidFile;
    }
    const QString line = u"%1: valid (format %2, %3 route(s))\n"_s.arg(file)
                             .arg(result.sourceVersion)
                             .arg(result.routeSet.routes.size());
    std::fputs(line.toLocal8Bit().constData(), stdout);
    return ExitOk;
}

int HeadlessRunner::run(const CommandLine &cl)
{
    RouteSet set;
    if (cl.file.isEmpty()) {
        set = RouteSet::builtInExample();
    } else {
        const LoadResult result = RouteSetFormat::readFile(cl.file);
        if (!result.ok()) {
            printErr(u"mockbench: not serving %1, it has %2 error(s):\n"_s.arg(cl.file).arg(
                result.errors.size()));
            for (const FormatError &error : result.errors) {
                printErr(u"%1: %2\n"_s.arg(cl.file, error.toString()));
            }
            return ExitInvalidFile;
        }
        set = result.routeSet;
    }

    // Command-line chaos replaces the file's global settings, field by field.
    if (cl.latencyMs) {
        set.chaos.latency = Latency::fixed(*cl.latencyMs);
    }
    if (cl.errorRate) {
        set.chaos.errorRate = *cl.errorRate;
    }
    if (cl.seed) {
        set.chaos.seed = *cl.seed;
    }

    MockServer server;
    server.setMaxBodySize(cl.maxBodyBytes);
    server.setIdleTimeout(cl.idleTimeoutMs);
    server.setRouteSet(set);
    if (!server.listen(cl.host, quint16(cl.port))) {
        printErr(u"mockbench: %1\n"_s.arg(server.errorString()));
        return ExitCannotListen;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        printErr(u"mockbench: cannot set up signal handling\n"_s);
        return ExitCannotListen;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        server.stop();
        QCoreApplication::exit(ExitOk);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A client that vanishes must not kill the server through SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);

    // The single line scripts wait for; flushed before serving the first request.
    const QString line = u"MockBench listening on %1\n"_s.arg(server.baseUrl().toString());
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return code;
}

} // namespace MockBench
