// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace MockBench {

/// Watches one route file and reports, once per settled change, that its content changed:
/// in-place writes as well as editors that save by renaming a new file over the old one.
class RouteFileWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultSettleTimeMs = 150;

    explicit RouteFileWatcher(QObject *parent = nullptr);
    ~RouteFileWatcher() override;

    /// Starts watching @p path (it need not exist yet); an empty path stops watching.
    void setPath(const QString &path);
    /// The watched file as an absolute path, empty when not watching.
    QString path() const { return m_path; }

    /// How long the file must stay quiet after a change before fileChanged() is emitted.
    void setSettleTime(int ms);
    int settleTime() const { return m_settleTimer.interval(); }

Q_SIGNALS:
    /// The file exists and its content differs from when it was last seen.
    void fileChanged();

private:
    /// What the file looked like at one moment; equal snapshots mean "nothing to reload".
    struct Snapshot
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QByteArray hash; ///< empty when the file could not be read
    };

    static Snapshot snapshot(const QString &path);
    static bool sameContent(const Snapshot &a, const Snapshot &b);
    void onFileSystemEvent();
    void rewatch();
    void check();

    QFileSystemWatcher m_watcher;
    QTimer m_settleTimer;
    QString m_path;
    QString m_directory;
    Snapshot m_last;
};

} // namespace MockBench
