// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace MockBench {

static const QByteArray listeningPrefix = "MockBench listening on ";

MockProcess::MockProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this,
        [this] { m_stderr += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::finished, this,
        [this](int code, QProcess::ExitStatus) { Q_EMIT finished(code); });
}

MockProcess::~MockProcess()
{
    stop();
}

void MockProcess::setProgram(const QString &program)
{
    m_program = program;
}

QString MockProcess::program() const
{
    if (!m_program.isEmpty()) {
        return m_program;
    }
    const QString fromEnv = qEnvironmentVariable("MOCKBENCH_BINARY");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"mockbench"_s);
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(u"mockbench"_s);
}

bool MockProcess::start(const QString &routeFile, const QStringList &extraArguments, int timeoutMs)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    const QString binary = program();
    if (binary.isEmpty()) {
        m_error = u"mockbench binary not found (set MOCKBENCH_BINARY)"_s;
        return false;
    }
    QStringList args { u"--headless"_s };
    if (!routeFile.isEmpty()) {
        args.append(routeFile);
    }
    args += { u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s };
    args += extraArguments;

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto readLine = connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        m_stdout += m_process.readAllStandardOutput();
        const qsizetype at = m_stdout.indexOf(listeningPrefix);
        const qsizetype eol = at < 0 ? -1 : m_stdout.indexOf('\n', at);
        if (eol >= 0) {
            const QByteArray url =
                m_stdout.mid(at + listeningPrefix.size(), eol - at - listeningPrefix.size())
                    .trimmed();
            m_baseUrl = QUrl(QString::fromUtf8(url));
            loop.quit();
        }
    });
    const auto ended = connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    const auto failed = connect(
        &m_process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError) { loop.quit(); });
    m_process.start(binary, args);
    timeout.start(timeoutMs);
    loop.exec();
    disconnect(readLine);
    disconnect(ended);
    disconnect(failed);

    if (m_baseUrl.isValid() && m_process.state() == QProcess::Running) {
        Q_EMIT started(port());
        return true;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_error = u"%1 did not print its listening line within %2 ms"_s.arg(binary).arg(timeoutMs);
        m_process.kill();
        m_process.waitForFinished(2000);
    } else if (m_process.error() == QProcess::FailedToStart) {
        m_error = u"cannot start %1: %2"_s.arg(binary, m_process.errorString());
    } else {
        m_stderr += m_process.readAllStandardError();
        m_error = u"%1 exited with code %2: %3"_s.arg(binary)
                      .arg(m_process.exitCode())
                      .arg(QString::fromUtf8(m_stderr).trimmed());
    }
    return false;
}

bool MockProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return true;
    }
    m_process.terminate();
    if (m_process.waitForFinished(timeoutMs)) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    m_process.kill();
    m_process.waitForFinished(timeoutMs);
    return false;
}

bool MockProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

} // namespace MockBench
