// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Chaos.h"

#include <QObject>
#include <optional>

class QComboBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace MockBench {

/// The parameters of a fault as rows of a form: chunk size and interval (dribble) and
/// bandwidth (bandwidth), each shown only for the fault that uses it. A response's fault (the
/// response editor) and the fault of a simulated error (the chaos editor) are edited with it,
/// and their combo boxes name the faults with displayName().
class FaultFields : public QObject
{
    Q_OBJECT

public:
    /// Adds the rows to @p form; the spin boxes are named @p prefix + "ChunkBytesSpin",
    /// "IntervalSpin" and "BandwidthSpin".
    FaultFields(QFormLayout *form, const QString &prefix, QWidget *parent);

    /// Shows the rows that @p kind uses (none for nullopt).
    void showFor(std::optional<Fault::Kind> kind);
    /// Shows the parameters of @p fault that its kind uses; the others keep their values.
    void setFault(const Fault &fault);
    /// A fault of @p kind with the parameters in the fields.
    Fault fault(Fault::Kind kind) const;

    /// What the window calls @p kind ("Connection reset"); the file says Fault::name().
    static QString displayName(Fault::Kind kind);
    /// Adds every fault to @p combo: its display name, with its file name as the item data.
    static void addFaults(QComboBox *combo);

Q_SIGNALS:
    /// The user changed a parameter.
    void edited();

private:
    QFormLayout *m_form = nullptr;
    QSpinBox *m_chunkBytes = nullptr;
    QSpinBox *m_intervalMs = nullptr;
    QSpinBox *m_bytesPerSecond = nullptr;
    bool m_loading = false;
};

} // namespace MockBench
