// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeLog.h"

#include "journal/ExchangeJson.h"
#include "journal/Journal.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace MockBench {

ExchangeLog::ExchangeLog(QObject *parent)
    : QObject(parent)
{
}

ExchangeLog::~ExchangeLog()
{
    close();
}

bool ExchangeLog::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    // Unbuffered: each line goes to the file in one write() on an O_APPEND descriptor, so it
    // is on disk when write() returns, and a full disk shows up at once instead of as a
    // buffer that grows for ever.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error) {
            *error = u"cannot open %1 for writing: %2"_s.arg(
                QDir::toNativeSeparators(path), m_file.errorString());
        }
        return false;
    }
    m_path = path;
    m_failed = false;
    return true;
}

void ExchangeLog::close()
{
    if (m_file.isOpen()) {
        m_file.close();
    }
    m_path.clear();
}

void ExchangeLog::attach(Journal *journal)
{
    disconnect(m_journalConnection);
    m_journalConnection = {};
    if (journal) {
        m_journalConnection =
            connect(journal, &Journal::exchangeRecorded, this, &ExchangeLog::write);
    }
}

void ExchangeLog::write(const Exchange &exchange)
{
    if (!m_file.isOpen()) {
        return;
    }
    const QByteArray line = ExchangeJson::toLine(exchange);
    const bool written = m_file.write(line) == line.size() && m_file.flush();
    if (written || m_failed) {
        return;
    }
    // Reported once: a full disk would otherwise produce one message per request. Writing
    // goes on, so the log resumes by itself when space comes back.
    m_failed = true;
    const QString message =
        u"cannot write to %1: %2"_s.arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    Q_EMIT errorOccurred(message);
}

} // namespace MockBench
