// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessRunner.h"

#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "server/MockServer.h"

#include "admin/AdminApi.h"
#include "document/RouteSetDocument.h"
#include "engine/TemplateRenderer.h"
#include "journal/ExchangeLog.h"
#include "proxy/Recorder.h"
#include "runtime/RouteFileWatcher.h"
#include "runtime/Serving.h"
#include "runtime/SignalWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

/// Writes what --record recorded (to -o, else stdout) and says what on stderr; the exit code.
int writeRecording(const Recorder &recorder, const CommandLine &cl)
{
    const QString name = u"Recorded from %1"_s.arg(cl.recordUrl);
    const QList<Route> routes = recorder.routes();
    for (const QString &line : recorder.skipped()) {
        printErr(u"mockbench: not recorded: %1\n"_s.arg(line));
    }
    if (cl.output.isEmpty()) {
        RouteSet set;
        set.name = name;
        set.defaultContentType = false; // an answer that had no Content-Type is served without
        set.routes = routes;
        const QByteArray json = RouteSetFormat::toJson(set);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else if (QString error; !recorder.writeRouteSet(cl.output, name, &error)) {
        printErr(u"mockbench: --record: %1\n"_s.arg(error));
        return ExitInvalidFile;
    }
    printErr(
        u"mockbench: recorded %1 exchange(s) as %2 route(s)%3\n"_s.arg(recorder.exchangeCount())
            .arg(routes.size())
            .arg(cl.output.isEmpty() ? QString() : u" in "_s + cl.output));
    return ExitOk;
}

} // namespace

/// The conversion report of @p result, one line each, for @p file.
void printReport(const QString &file, const LoadResult &result)
{
    if (result.report.isEmpty()) {
        return;
    }
    printErr(u"mockbench: %1 (%2): %3 thing(s) not carried over as they are:\n"_s
                 .arg(file, result.format)
                 .arg(result.report.size()));
    for (const QString &line : result.report) {
        printErr(u"%1: %2\n"_s.arg(file, line));
    }
}

int HeadlessRunner::convert(const QString &file, const QString &output)
{
    const LoadResult result = AnyFormat::readFile(file);
    if (!result.ok()) {
        for (const FormatError &error : std::as_const(result.errors)) {
            printErr(u"%1: %2\n"_s.arg(file, error.toString()));
        }
        return ExitInvalidFile;
    }
    printReport(file, result);
    RouteSet set = result.routeSet;
    const QString outputDir =
        output.isEmpty() ? QString() : QFileInfo(output).absoluteDir().absolutePath();
    const bool hasFiles = std::any_of(set.routes.cbegin(), set.routes.cend(), [](const Route &r) {
        return std::any_of(r.responses.cbegin(), r.responses.cend(),
            [](const Response &x) { return x.bodySource == Response::BodySource::File; });
    });
    if (hasFiles && !outputDir.isEmpty()
        && QFileInfo(outputDir).canonicalFilePath() != QFileInfo(set.baseDir).canonicalFilePath()) {
        printErr(u"mockbench: %1: body files are found beside the route set: write %2 into %3, "
                 "or copy them beside it\n"_s.arg(file, output, set.baseDir));
    }
    if (output.isEmpty()) {
        const QByteArray json = RouteSetFormat::toJson(set);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString error;
    if (!RouteSetFormat::writeFile(set, output, &error)) {
        printErr(u"mockbench: %1\n"_s.arg(error));
        return ExitInvalidFile;
    }
    return ExitOk;
}

int HeadlessRunner::validate(const QString &file)
{
    LoadResult result = AnyFormat::readFile(file);
    if (result.ok()) {
        // The format cannot see inside {{ }}: compile every template as the server would, so
        // a syntax error is found here rather than as a 500 at request time.
        result.errors = templateErrors(result.routeSet);
    }
    if (!result.ok()) {
        for (const FormatError &error : std::as_const(result.errors)) {
            printErr(u"%1: %2\n"_s.arg(file, error.toString()));
        }
        return ExitInvalidFile;
    }
    printReport(file, result);
    const QString line = result.format.isEmpty()
        ? u"%1: valid (format %2, %3 route(s))\n"_s.arg(file)
              .arg(result.sourceVersion)
              .arg(result.routeSet.routes.size())
        : u"%1: valid (%2, %3 route(s))\n"_s.arg(file, result.format)
              .arg(result.routeSet.routes.size());
    std::fputs(line.toLocal8Bit().constData(), stdout);
    return ExitOk;
}

FormatErrors HeadlessRunner::templateErrors(const RouteSet &set)
{
    FormatErrors errors;
    TemplateRenderers renderers;
    const auto check = [&](TemplateDialect dialect, const QString &text, const QString &path) {
        const auto compiled = renderers.forDialect(dialect).compile(text);
        if (!compiled->error().isEmpty()) {
            errors.append({ path, u"template does not compile: %1"_s.arg(compiled->error()) });
        }
    };
    for (qsizetype i = 0; i < set.routes.size(); ++i) {
        const Route &route = set.routes.at(i);
        for (qsizetype j = 0; j < route.responses.size(); ++j) {
            const Response &response = route.responses.at(j);
            const QString at = u"routes[%1].responses[%2]"_s.arg(i).arg(j);
            if (response.bodySource == Response::BodySource::Text) {
                check(set.dialectOf(response), response.body, at + u".body"_s);
            }
            for (const auto &[name, values] : response.headers) {
                for (const QString &value : values) {
                    check(set.dialectOf(response), value, at + u".headers."_s + name);
                }
            }
        }
    }
    // A forwarding target's header values that are templates, in the set's dialect.
    const auto checkTarget = [&](const ProxyTarget &target, const QString &at) {
        for (const auto &[name, values] : target.requestHeaders) {
            for (const QString &value : values) {
                check(set.templating, value, at + u".requestHeaders."_s + name);
            }
        }
        for (const auto &[name, values] : target.responseHeaders) {
            for (const QString &value : values) {
                check(set.templating, value, at + u".responseHeaders."_s + name);
            }
        }
    };
    if (set.proxy) {
        checkTarget(*set.proxy, u"proxy"_s);
    }
    for (qsizetype i = 0; i < set.routes.size(); ++i) {
        if (set.routes.at(i).proxy) {
            checkTarget(*set.routes.at(i).proxy, u"routes[%1].proxy"_s.arg(i));
        }
    }
    return errors;
}

int HeadlessRunner::run(const CommandLine &cl)
{
    RouteSet set;
    if (cl.file.isEmpty()) {
        set = RouteSet::builtInExample();
    } else {
        const LoadResult result = AnyFormat::readFile(cl.file);
        if (!result.ok()) {
            printErr(u"mockbench: not serving %1, it has %2 error(s):\n"_s.arg(cl.file).arg(
                result.errors.size()));
            for (const FormatError &error : result.errors) {
                printErr(u"%1: %2\n"_s.arg(cl.file, error.toString()));
            }
            return ExitInvalidFile;
        }
        printReport(cl.file, result);
        set = result.routeSet;
    }
    cl.chaos.applyTo(&set.chaos);

    MockServer server;
    cl.server.applyTo(&server);
    // The document is what the admin API edits and what --watch replaces; it serves every
    // change on the server at once.
    RouteSetDocument document;
    document.reset(set, cl.file.isEmpty() ? QString() : QFileInfo(cl.file).absoluteFilePath());
    document.attachServer(&server);
    // The server compiled every template: its errors, not a second compile (which would load
    // each Handlebars dialect twice).
    for (const FormatError &error : server.templateErrors()) {
        // Served anyway (the route answers 500 with the error), but said at once.
        printErr(u"mockbench: warning: %1\n"_s.arg(error.toString()));
    }

    AdminApi admin(&server, &document);
    const AdminApi::Access access = AdminApi::accessFor(cl.host, cl.noAdmin, cl.adminToken);
    admin.setAccess(access, cl.adminToken);

    ExchangeLog log;
    if (!cl.logFile.isEmpty()) {
        QString error;
        if (!log.open(cl.logFile, &error)) {
            printErr(u"mockbench: --log: %1\n"_s.arg(error));
            return ExitUsage;
        }
        log.attach(&server.journal());
        QObject::connect(&log, &ExchangeLog::errorOccurred, &log,
            [](const QString &message) { printErr(u"mockbench: --log: %1\n"_s.arg(message)); });
    }

    RouteFileWatcher fileWatcher;
    if (cl.watch) {
        fileWatcher.setPath(cl.file);
        QObject::connect(&fileWatcher, &RouteFileWatcher::fileChanged, &fileWatcher, [&] {
            LoadResult result = AnyFormat::readFile(cl.file);
            if (!result.ok()) {
                // A half-saved or broken edit: the last good routes keep serving.
                printErr(u"mockbench: %1 not reloaded, the last good routes keep serving:\n"_s.arg(
                    cl.file));
                for (const FormatError &error : std::as_const(result.errors)) {
                    printErr(u"  %1\n"_s.arg(error.toString()));
                }
                return;
            }
            cl.chaos.applyTo(&result.routeSet.chaos);
            document.reset(result.routeSet, document.filePath());
            printErr(u"mockbench: reloaded %1 (%2 route(s))\n"_s.arg(cl.file).arg(
                result.routeSet.routes.size()));
        });
    }

    QStringList notices;
    if (QString error;
        !startServing(&server, cl.host, cl.port, cl.tls, document.routeSet(), &notices, &error)) {
        printErr(u"mockbench: %1\n"_s.arg(error));
        return ExitCannotListen;
    }
    for (const QString &notice : std::as_const(notices)) {
        printErr(u"mockbench: %1\n"_s.arg(notice));
    }

    Recorder *recorder = nullptr;
    if (!cl.recordUrl.isEmpty()) {
        // The target is read and checked as a route set's "proxy" is.
        const QJsonObject target { { u"mockbench"_s, RouteSetFormat::CurrentVersion },
            { u"proxy"_s, QJsonObject { { u"url"_s, cl.recordUrl } } },
            { u"routes"_s, QJsonArray() } };
        const LoadResult loaded =
            RouteSetFormat::fromJson(QJsonDocument(target).toJson(QJsonDocument::Compact));
        if (!loaded.ok()) {
            printErr(u"mockbench: --record: %1\n"_s.arg(
                loaded.errors.value(0).message.replace(u"must be"_s, u"the URL must be"_s)));
            server.stop();
            return ExitUsage;
        }
        if (const QFileInfo folder(QFileInfo(cl.output).absolutePath());
            !cl.output.isEmpty() && !(folder.isDir() && folder.isWritable())) {
            // Said now, not after the session, whose recording would be lost.
            printErr(
                u"mockbench: --record: cannot write -o %1: %2 is not a writable folder\n"_s.arg(
                    cl.output, folder.absoluteFilePath()));
            server.stop();
            return ExitUsage;
        }
        recorder = admin.recorder();
        recorder->start(*loaded.routeSet.proxy);
    }

    SignalWatcher watcher;
    if (!watcher.isValid()) {
        printErr(u"mockbench: cannot set up signal handling\n"_s);
        return ExitCannotListen;
    }
    QObject::connect(&watcher, &SignalWatcher::quitRequested, qApp, [&] {
        server.stop();
        int code = ExitOk;
        if (recorder) {
            recorder->stop();
            code = writeRecording(*recorder, cl);
        }
        QCoreApplication::exit(code);
    });

    // The single line scripts wait for; flushed before serving the first request. Everything
    // else goes to stderr.
    const QString line = u"MockBench listening on %1\n"_s.arg(server.baseUrl().toString());
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
    QString adminLine = AdminApi::describe(access, server.baseUrl().toString());
    if (access == AdminApi::Access::Off && !cl.noAdmin) {
        adminLine += u" (listening on %1, not a loopback address: give --admin-token TOKEN to "
                     "use it)"_s.arg(cl.hostText);
    }
    printErr(u"mockbench: %1\n"_s.arg(adminLine));
    if (server.tlsBaseUrl().isValid() && server.baseUrl() != server.tlsBaseUrl()) {
        printErr(u"mockbench: HTTPS on %1\n"_s.arg(server.tlsBaseUrl().toString()));
    }
    if (recorder) {
        printErr(
            u"mockbench: recording: every request goes to %1; stop with Ctrl+C to write %2\n"_s.arg(
                cl.recordUrl, cl.output.isEmpty() ? u"the routes to stdout"_s : cl.output));
    }

    return QCoreApplication::exec();
}

} // namespace MockBench
