// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include "cli/SignalWatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

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

    SignalWatcher watcher;
    if (!watcher.isValid()) {
        printErr(u"mockbench: cannot set up signal handling\n"_s);
        return ExitCannotListen;
    }
    QObject::connect(&watcher, &SignalWatcher::quitRequested, qApp, [&] {
        server.stop();
        QCoreApplication::exit(ExitOk);
    });

    // The single line scripts wait for; flushed before serving the first request.
    const QString line = u"MockBench listening on %1\n"_s.arg(server.baseUrl().toString());
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);

    return QCoreApplication::exec();
}

} // namespace MockBench
