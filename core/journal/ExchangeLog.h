// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"

#include <QFile>
#include <QMetaObject>
#include <QObject>
#include <QString>

namespace MockBench {

class Journal;

/// Appends every exchange to a file as one ExchangeJson line (the --log option), each line on
/// disk by the time the exchange is recorded, so `tail -f` and crashed runs see all of them.
class ExchangeLog : public QObject
{
    Q_OBJECT
public:
    explicit ExchangeLog(QObject *parent = nullptr);
    ~ExchangeLog() override;

    /// Opens @p path for appending (created if missing, existing lines kept); false with a
    /// message naming the file in @p error when it cannot be opened.
    bool open(const QString &path, QString *error = nullptr);
    /// Stops writing; later exchanges are ignored until the next open().
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    /// The file given to the last successful open(), empty when closed.
    QString path() const { return m_path; }

    /// Writes every exchange @p journal records from now on (nullptr: stop following one).
    void attach(Journal *journal);
    /// Appends one line for @p exchange and flushes it; does nothing when not open.
    void write(const Exchange &exchange);

Q_SIGNALS:
    /// The first write that failed since open() (disk full, file system gone); later
    /// failures are not reported again.
    void errorOccurred(const QString &message);

private:
    QFile m_file;
    QString m_path;
    QMetaObject::Connection m_journalConnection;
    bool m_failed = false;
};

} // namespace MockBench
