// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Chaos.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

class MockServer;

/// How the server treats its clients: sizes, deadlines and limits (--max-body, --idle-timeout,
/// --header-timeout, --min-body-rate, --max-connections, --max-buffered-bodies), the same for
/// the window and headless.
struct ServerOptions
{
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int idleTimeoutMs = 60 * 1000;
    int headerTimeoutMs = 10 * 1000;
    qint64 minBodyRate = 1024; ///< bytes per second; 0: none
    int maxConnections = 4096;
    qint64 maxBufferedBodyBytes = 64 * 1024 * 1024;

    void applyTo(MockServer *server) const;
};

/// --latency-ms, --error-rate and --seed: the global chaos a run starts with, over the file's.
struct ChaosOverrides
{
    std::optional<double> latencyMs; ///< fixed global latency; 0 removes the file's latency
    std::optional<double> errorRate; ///< 0..1
    std::optional<quint64> seed;

    bool isEmpty() const { return !latencyMs && !errorRate && !seed; }
    /// Applies the overrides to @p chaos (a set's global chaos) field by field; what was not
    /// given stays as it is. The window and headless both start from this.
    void applyTo(Chaos *chaos) const;
};

/// --tls, --tls-cert, --tls-key and --tls-port (DESIGN §13): HTTPS instead of HTTP, or beside it.
struct TlsOptions
{
    bool enabled = false; ///< any of the four given
    QString certificateFile; ///< --tls-cert; empty: the generated certificate
    QString keyFile; ///< --tls-key
    int port = -1; ///< --tls-port: HTTPS there, HTTP on --port; -1: HTTPS on --port alone
};

/// What the command line asks for (DESIGN §4), parsed without side effects.
struct CommandLine
{
    enum class Mode { Gui, Headless, Validate, Convert, Export, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString file; ///< route set file; empty: the built-in example
    QString
        output; ///< --convert's, --export's and --record's -o: where the result goes; empty: stdout
    QString exportFormat; ///< --export FORMAT: "openapi"
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    QString hostText = QStringLiteral("127.0.0.1");
    int port = 5000;
    ServerOptions server;
    TlsOptions tls; ///< over the file's "tls"
    ChaosOverrides chaos; ///< --latency-ms, --error-rate, --seed
    bool watch = false; ///< --watch: reload FILE when it changes
    QString logFile; ///< --log: append every exchange as one JSON line
    bool noAdmin = false; ///< --no-admin
    QString adminToken; ///< --admin-token
    /// --record URL: serve headless, forward everything to URL and write what was recorded to
    /// output (stdout when empty) on exit.
    QString recordUrl;
    QString error; ///< Mode::Error: what was wrong
    QString helpText;

    /// Parses @p arguments (argv, program name first).
    static CommandLine parse(const QStringList &arguments);
    /// "32M" -> 33554432; plain numbers are bytes; k, M, G are powers of 1024. -1 on error.
    static qint64 parseSize(const QString &text);
};

} // namespace MockBench
