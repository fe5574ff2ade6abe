// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteFileWatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace MockBench {

Q_LOGGING_CATEGORY(lcWatch, "mockbench.watch", QtInfoMsg)

RouteFileWatcher::RouteFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(DefaultSettleTimeMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &RouteFileWatcher::check);
    connect(
        &m_watcher, &QFileSystemWatcher::fileChanged, this, &RouteFileWatcher::onFileSystemEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
        &RouteFileWatcher::onFileSystemEvent);
}

RouteFileWatcher::~RouteFileWatcher() = default;

void RouteFileWatcher::setPath(const QString &path)
{
    m_settleTimer.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty()) {
        m_watcher.removePaths(watched);
    }
    m_path.clear();
    m_directory.clear();
    m_last = {};
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_directory = info.absolutePath();
    // The directory is what tells us about a file that was replaced, deleted or created: a
    // watch on the file itself follows its inode and is dropped when that inode goes away.
    if (QFileInfo(m_directory).isDir()) {
        m_watcher.addPath(m_directory);
    } else {
        qCWarning(lcWatch) << "cannot watch" << m_directory << "- it is not a directory";
    }
    rewatch();
    m_last = snapshot(m_path);
}

void RouteFileWatcher::setSettleTime(int ms)
{
    m_settleTimer.setInterval(qMax(0, ms));
}

RouteFileWatcher::Snapshot RouteFileWatcher::snapshot(const QString &path)
{
    Snapshot s;
    const QFileInfo info(path);
    if (!info.isFile()) {
        return s;
    }
    s.exists = true;
    s.size = info.size();
    s.modified = info.lastModified();
    // Route files are small, so hashing them on every settled event is cheap, and it is what
    // tells a real edit from a save that rewrote the same bytes.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Md5);
        if (hash.addData(&file)) {
            s.hash = hash.result();
        }
    }
    return s;
}

bool RouteFileWatcher::sameContent(const Snapshot &a, const Snapshot &b)
{
    if (a.exists != b.exists) {
        return false;
    }
    if (!a.exists) {
        return true;
    }
    if (a.size != b.size) {
        return false;
    }
    if (!a.hash.isEmpty() && !b.hash.isEmpty()) {
        return a.hash == b.hash;
    }
    // Unreadable at one of the two moments: the modification time is all there is.
    return a.modified == b.modified;
}

void RouteFileWatcher::onFileSystemEvent()
{
    if (m_path.isEmpty()) {
        return;
    }
    // Restarting the timer on every event collapses a save's burst (truncate, writes, rename,
    // attribute changes) into one check once the file has been quiet for the settle time.
    m_settleTimer.start();
}

void RouteFileWatcher::rewatch()
{
    // Re-added on every check, not only when Qt dropped it: after a rename-over the watch may
    // still be attached to the old inode (kept alive by an open descriptor somewhere) and
    // would never report another change. Adding the path again attaches it to the file that
    // has the name now.
    if (m_watcher.files().contains(m_path)) {
        m_watcher.removePath(m_path);
    }
    if (QFileInfo(m_path).isFile()) {
        m_watcher.addPath(m_path);
    }
}

void RouteFileWatcher::check()
{
    if (m_path.isEmpty()) {
        return;
    }
    // Watch first, read second: a write that lands in between is then either in what we read
    // or reported by the new watch.
    rewatch();
    const Snapshot now = snapshot(m_path);
    if (!now.exists) {
        // Deleted (or between an editor's delete and its write): nothing to load. Forgetting
        // the old content makes the file's reappearance count as a change.
        m_last = now;
        return;
    }
    if (sameContent(now, m_last)) {
        m_last = now;
        return;
    }
    m_last = now;
    qCDebug(lcWatch) << m_path << "changed";
    Q_EMIT fileChanged();
}

} // namespace MockBench
