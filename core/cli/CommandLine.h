// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// What the command line asks for (DESIGN §4), parsed without side effects.
struct CommandLine
{
    enum class Mode { Gui, Headless, Validate, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString file; ///< route set file; empty: the built-in example
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    QString hostText = QStringLiteral("127.0.0.1");
    int port = 5000;
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int idleTimeoutMs = 60 * 1000;
    std::optional<double> latencyMs; ///< --latency-ms: fixed global latency, overrides the file
    std::optional<double> errorRate; ///< --error-rate: 0..1, overrides the file
    std::optional<quint64> seed; ///< --seed, overrides the file
    bool watch = false; ///< --watch: reload FILE when it changes
    QString logFile; ///< --log: append every exchange as one JSON line
    bool noAdmin = false; ///< --no-admin
    QString adminToken; ///< --admin-token
    QString error; ///< Mode::Error: what was wrong
    QString helpText;

    /// Parses @p arguments (argv, program name first).
    static CommandLine parse(const QStringList &arguments);
    /// "32M" -> 33554432; plain numbers are bytes; k, M, G are powers of 1024. -1 on error.
    static qint64 parseSize(const QString &text);
};

} // namespace MockBench
