// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "server/MockServer.h"

#include <sys/resource.h>

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace MockBench {

qint64 CommandLine::parseSize(const QString &text)
{
    QString number = text.trimmed();
    qint64 factor = 1;
    if (!number.isEmpty()) {
        switch (number.back().toLower().unicode()) {
        case u'k':
            factor = 1024;
            break;
        case u'm':
            factor = 1024 * 1024;
            break;
        case u'g':
            factor = 1024 * 1024 * 1024;
            break;
        default:
            break;
        }
        if (factor > 1) {
            number.chop(1);
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value < 0 || value > (qint64(1) << 50) / factor) {
        return -1;
    }
    return value * factor;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"MockBench: a workbench and headless server for mocking HTTP services.\n"
        "Without --headless it opens the window and starts serving at once: FILE, or the "
        "last file, or the built-in example."_s);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help and exit."_s);
    const QCommandLineOption version({ u"v"_s, u"version"_s }, u"Show the version and exit."_s);
    const QCommandLineOption headless(
        u"headless"_s, u"Serve without a window (no display needed)."_s);
    const QCommandLineOption validate(
        u"validate"_s, u"Check FILE and exit: 0 if valid, 1 with each error."_s, u"FILE"_s);
    const QCommandLineOption host(
        u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(
        u"port"_s, u"Port to listen on; 0 picks a free one (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption maxBody(u"max-body"_s,
        u"Largest request body accepted, in bytes or with k/M/G (default 32M); larger get 413."_s,
        u"BYTES"_s, u"32M"_s);
    const QCommandLineOption idle(u"idle-timeout"_s,
        u"Close connections idle this many seconds between requests (default 60)."_s, u"SECONDS"_s,
        u"60"_s);
    const QCommandLineOption headerTimeout(u"header-timeout"_s,
        u"A request head must arrive whole within this many seconds of its first byte, else "
        "408 and close (default 10)."_s,
        u"SECONDS"_s, u"10"_s);
    const QCommandLineOption minBodyRate(u"min-body-rate"_s,
        u"A request body still arriving after the header timeout must average this many bytes "
        "a second (k, M allowed; default 1k; 0: no minimum), else 408 and close."_s,
        u"BYTES"_s, u"1k"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
        u"Open connections at most (default 4096); more wait in the listen backlog."_s, u"N"_s,
        u"4096"_s);
    const QCommandLineOption maxBuffered(u"max-buffered-bodies"_s,
        u"Request body bytes held at once across all connections (default 64M, at least "
        "--max-body); a body that does not fit waits unread."_s,
        u"BYTES"_s, u"64M"_s);
    const QCommandLineOption latency(u"latency-ms"_s,
        u"Fixed global latency in ms, replacing the file's global latency."_s, u"N"_s);
    const QCommandLineOption errorRate(u"error-rate"_s,
        u"Probability 0..1 that a matched request gets the error instead, replacing the "
        "file's."_s,
        u"R"_s);
    const QCommandLineOption seed(u"seed"_s,
        u"Seed for latency draws, error rolls and random responses, replacing the file's."_s,
        u"N"_s);
    const QCommandLineOption watch(u"watch"_s,
        u"Reload FILE when it changes on disk; a file that fails validation keeps the last "
        "good routes serving."_s);
    const QCommandLineOption convert(u"convert"_s,
        u"Convert FILE (another tool's format, e.g. a Mockoon environment) to a MockBench route "
        "set on stdout or -o OUT; what cannot be carried over is listed on stderr."_s,
        u"FILE"_s);
    const QCommandLineOption exportOption(u"export"_s,
        u"--export openapi FILE: write an OpenAPI 3.1 document of the route set FILE (any format "
        "--convert reads) on stdout or -o OUT (YAML when OUT ends with .yaml or .yml); what it "
        "cannot describe is listed on stderr."_s,
        u"FORMAT"_s);
    const QCommandLineOption record(u"record"_s,
        u"Serve headless, forward every request to URL (a real backend) and record each "
        "exchange as a route; on exit (Ctrl+C, SIGTERM) write the recorded route set to -o OUT "
        "(large or binary bodies in OUT's folder) or stdout."_s,
        u"URL"_s);
    const QCommandLineOption output({ u"o"_s, u"output"_s },
        u"With --convert, --export or --record: write the result to OUT instead of stdout."_s,
        u"OUT"_s);
    const QCommandLineOption tls(u"tls"_s,
        u"Serve HTTPS (instead of HTTP, or beside it with --tls-port) with a self-signed "
        "certificate for localhost, 127.0.0.1 and ::1, made on first use and kept in the user's "
        "data folder; its path is printed for clients to trust (curl --cacert FILE)."_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
        u"Serve HTTPS with this PEM certificate (its chain after it); needs --tls-key."_s,
        u"FILE"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, u"The unencrypted PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption tlsPort(u"tls-port"_s,
        u"Serve HTTPS on N and HTTP on --port at once (0 picks a free port); implies --tls "
        "unless --tls-cert is given."_s,
        u"N"_s);
    const QCommandLineOption log(
        u"log"_s, u"Append every exchange to FILE as one JSON line."_s, u"FILE"_s);
    const QCommandLineOption noAdmin(
        u"no-admin"_s, u"Turn the admin API under /__mockbench/ off."_s);
    const QCommandLineOption adminToken(u"admin-token"_s,
        u"Require \"Authorization: Bearer TOKEN\" on the admin API (needed to use it on a "
        "non-loopback --host)."_s,
        u"TOKEN"_s);
    parser.addOptions({ help, version, headless, validate, host, port, maxBody, idle, headerTimeout,
        minBodyRate, maxConnections, maxBuffered, latency, errorRate, seed, watch, log, noAdmin,
        adminToken, convert, exportOption, record, output, tls, tlsCert, tlsKey, tlsPort });
    parser.addPositionalArgument(u"FILE"_s,
        u"Route set to serve (*.mockbench.json); default: the built-in "
        "example."_s,
        u"[FILE]"_s);
    // Parsed before any QCoreApplication exists, so Qt cannot know the program's name.
    cl.helpText = parser.helpText().replace(u"<executable_name>"_s, u"mockbench"_s);

    if (!parser.parse(arguments)) {
        cl.mode = Mode::Error;
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        cl.mode = Mode::Error;
        cl.error = u"only one FILE may be given (got %1)"_s.arg(positional.join(u", "_s));
        return cl;
    }
    if (parser.isSet(convert)) {
        cl.mode = Mode::Convert;
        cl.file = parser.value(convert);
        cl.output = parser.value(output);
        if (!positional.isEmpty() || parser.isSet(validate)) {
            cl.mode = Mode::Error;
            cl.error = u"--convert takes exactly one FILE (and -o OUT)"_s;
        }
        return cl;
    }
    if (parser.isSet(exportOption)) {
        cl.mode = Mode::Export;
        cl.exportFormat = parser.value(exportOption);
        cl.file = positional.value(0);
        cl.output = parser.value(output);
        if (cl.exportFormat != u"openapi") {
            cl.mode = Mode::Error;
            cl.error =
                u"--export: \"%1\" is not a format it writes (openapi)"_s.arg(cl.exportFormat);
        } else if (positional.size() != 1 || parser.isSet(validate)) {
            cl.mode = Mode::Error;
            cl.error = u"--export openapi takes exactly one FILE (and -o OUT)"_s;
        }
        return cl;
    }
    if (parser.isSet(record)) {
        cl.recordUrl = parser.value(record);
        cl.output = parser.value(output);
        if (!positional.isEmpty() || parser.isSet(validate) || parser.isSet(watch)) {
            cl.mode = Mode::Error;
            cl.error =
                u"--record forwards every request: it takes no FILE, --watch or --validate"_s;
            return cl;
        }
    } else if (parser.isSet(output)) {
        cl.mode = Mode::Error;
        cl.error = u"-o is for --convert, --export and --record"_s;
        return cl;
    }
    if (parser.isSet(validate)) {
        cl.mode = Mode::Validate;
        cl.file = parser.value(validate);
        if (!positional.isEmpty()) {
            cl.mode = Mode::Error;
            cl.error = u"--validate takes exactly one FILE"_s;
        }
        return cl;
    }
    cl.mode = parser.isSet(headless) || parser.isSet(record) ? Mode::Headless : Mode::Gui;
    cl.file = positional.value(0);
    cl.watch = parser.isSet(watch);
    if (cl.watch && cl.file.isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = u"--watch needs a FILE to watch"_s;
        return cl;
    }
    cl.logFile = parser.value(log);
    if (parser.isSet(log) && cl.logFile.isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = u"--log needs a file name"_s;
        return cl;
    }
    cl.noAdmin = parser.isSet(noAdmin);
    cl.adminToken = parser.value(adminToken);
    if (parser.isSet(adminToken) && cl.adminToken.trimmed().isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = u"--admin-token must not be empty"_s;
        return cl;
    }

    cl.hostText = parser.value(host);
    if (cl.hostText == u"localhost") {
        cl.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!cl.host.setAddress(cl.hostText)) {
        cl.mode = Mode::Error;
        cl.error = u"--host: \"%1\" is not an IP address"_s.arg(cl.hostText);
        return cl;
    }
    bool ok = false;
    cl.port = parser.value(port).toInt(&ok);
    if (!ok || cl.port < 0 || cl.port > 65535) {
        cl.mode = Mode::Error;
        cl.error = u"--port: \"%1\" is not a port number (0..65535)"_s.arg(parser.value(port));
        return cl;
    }
    cl.tls.enabled =
        parser.isSet(tls) || parser.isSet(tlsCert) || parser.isSet(tlsKey) || parser.isSet(tlsPort);
    cl.tls.certificateFile = parser.value(tlsCert);
    cl.tls.keyFile = parser.value(tlsKey);
    if (cl.tls.certificateFile.isEmpty() != cl.tls.keyFile.isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = cl.tls.keyFile.isEmpty() ? u"--tls-cert needs --tls-key FILE, its private key"_s
                                            : u"--tls-key needs --tls-cert FILE, its certificate"_s;
        return cl;
    }
    if (parser.isSet(tlsPort)) {
        cl.tls.port = parser.value(tlsPort).toInt(&ok);
        if (!ok || cl.tls.port < 0 || cl.tls.port > 65535) {
            cl.mode = Mode::Error;
            cl.error =
                u"--tls-port: \"%1\" is not a port number (0..65535)"_s.arg(parser.value(tlsPort));
            return cl;
        }
        if (cl.tls.port != 0 && cl.tls.port == cl.port) {
            cl.mode = Mode::Error;
            cl.error =
                u"--tls-port %1 is --port too: HTTP and HTTPS need a port each"_s.arg(cl.tls.port);
            return cl;
        }
    }
    cl.server.maxBodyBytes = parseSize(parser.value(maxBody));
    if (cl.server.maxBodyBytes < 0) {
        cl.mode = Mode::Error;
        cl.error = u"--max-body: \"%1\" is not a size (bytes, or a number with k, M or G)"_s.arg(
            parser.value(maxBody));
        return cl;
    }
    // toDouble() accepts "nan" and "inf": every range check below is written so NaN fails it.
    const double seconds = parser.value(idle).toDouble(&ok);
    if (!ok || !(seconds > 0 && seconds <= 86400)) {
        cl.mode = Mode::Error;
        cl.error = u"--idle-timeout: \"%1\" is not a number of seconds"_s.arg(parser.value(idle));
        return cl;
    }
    cl.server.idleTimeoutMs = int(seconds * 1000);
    const double headerSeconds = parser.value(headerTimeout).toDouble(&ok);
    if (!ok || !(headerSeconds > 0 && headerSeconds <= 86400)) {
        cl.mode = Mode::Error;
        cl.error = u"--header-timeout: \"%1\" is not a number of seconds"_s.arg(
            parser.value(headerTimeout));
        return cl;
    }
    cl.server.headerTimeoutMs = int(headerSeconds * 1000);
    cl.server.minBodyRate = parseSize(parser.value(minBodyRate));
    if (cl.server.minBodyRate < 0) {
        cl.mode = Mode::Error;
        cl.error = u"--min-body-rate: \"%1\" is not a number of bytes (k, M allowed)"_s.arg(
            parser.value(minBodyRate));
        return cl;
    }
    cl.server.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || cl.server.maxConnections < 1) {
        cl.mode = Mode::Error;
        cl.error = u"--max-connections: \"%1\" is not a number of connections (1 or more)"_s.arg(
            parser.value(maxConnections));
        return cl;
    }
    cl.server.maxBufferedBodyBytes = parseSize(parser.value(maxBuffered));
    if (cl.server.maxBufferedBodyBytes < 0) {
        cl.mode = Mode::Error;
        cl.error =
            u"--max-buffered-bodies: \"%1\" is not a size (bytes, or a number with k, M or G)"_s
                .arg(parser.value(maxBuffered));
        return cl;
    }
    if (parser.isSet(latency)) {
        const double ms = parser.value(latency).toDouble(&ok);
        if (!ok || !(ms >= 0 && ms <= 3600 * 1000)) {
            cl.mode = Mode::Error;
            cl.error = u"--latency-ms: \"%1\" is not a number of milliseconds (0..3600000)"_s.arg(
                parser.value(latency));
            return cl;
        }
        cl.chaos.latencyMs = ms;
    }
    if (parser.isSet(errorRate)) {
        const double rate = parser.value(errorRate).toDouble(&ok);
        if (!ok || !(rate >= 0 && rate <= 1)) {
            cl.mode = Mode::Error;
            cl.error =
                u"--error-rate: \"%1\" is not a probability (0..1)"_s.arg(parser.value(errorRate));
            return cl;
        }
        cl.chaos.errorRate = rate;
    }
    if (parser.isSet(seed)) {
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok || value > (quint64(1) << 53)) {
            cl.mode = Mode::Error;
            cl.error = u"--seed: \"%1\" is not a whole number (0..2^53)"_s.arg(parser.value(seed));
            return cl;
        }
        cl.chaos.seed = value;
    }
    return cl;
}

void ServerOptions::applyTo(MockServer *server) const
{
    // Each connection is a file descriptor, and the usual soft limit (1024) is below the
    // default --max-connections: raise it towards the hard limit, as servers do.
    rlimit files = {};
    const rlim_t wanted = rlim_t(maxConnections) + 256;
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY
        && files.rlim_cur < wanted) {
        files.rlim_cur =
            files.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, files.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    server->setMaxBodySize(maxBodyBytes);
    server->setIdleTimeout(idleTimeoutMs);
    server->setHeaderTimeout(headerTimeoutMs);
    server->setMinBodyRate(minBodyRate);
    server->setMaxConnections(maxConnections);
    server->setMaxBufferedBodyBytes(maxBufferedBodyBytes);
}

void ChaosOverrides::applyTo(Chaos *chaos) const
{
    if (latencyMs) {
        // 0 ms is no latency: the same as a file without one, and what the window shows.
        chaos->latency = *latencyMs > 0 ? std::optional(Latency::fixed(*latencyMs)) : std::nullopt;
    }
    if (errorRate) {
        chaos->errorRate = *errorRate;
    }
    if (seed) {
        chaos->seed = *seed;
    }
}

} // namespace MockBench
