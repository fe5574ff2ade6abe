// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace MockBench {

/// Turns SIGINT and SIGTERM into a Qt signal on the event loop (the handler only writes a
/// byte to a socket pair), and ignores SIGPIPE so a vanished client cannot kill the process.
/// One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// False when the socket pair could not be created (signals then keep their defaults).
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace MockBench
