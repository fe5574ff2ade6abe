// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace MockBench {

/// Runs `mockbench --headless` as a separate process for client tests: start() returns once
/// the server printed its listening line, so the client can connect at once.
class MockProcess : public QObject
{
    Q_OBJECT
public:
    explicit MockProcess(QObject *parent = nullptr);
    ~MockProcess() override;

    /// The mockbench binary; by default $MOCKBENCH_BINARY, else `mockbench` beside the
    /// running program, else `mockbench` on PATH.
    void setProgram(const QString &program);
    QString program() const;

    /// Starts serving @p routeFile (empty: the built-in example) on 127.0.0.1 and a free port,
    /// with @p extraArguments added; false (see errorString()) if it did not come up within
    /// @p timeoutMs.
    bool start(const QString &routeFile = {}, const QStringList &extraArguments = {},
        int timeoutMs = 10000);
    /// SIGTERM, then waits up to @p timeoutMs for a clean exit (kills after that).
    bool stop(int timeoutMs = 5000);

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString errorString() const { return m_error; }
    /// Everything the process wrote to stderr so far.
    QByteArray standardError() const { return m_stderr; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

Q_SIGNALS:
    void started(quint16 port);
    void finished(int exitCode);

private:
    QProcess m_process;
    QString m_program;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace MockBench
