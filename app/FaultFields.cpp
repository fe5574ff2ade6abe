// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultFields.h"

#include "EditorFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace MockBench {

namespace {

constexpr int MaxChunkBytes = 1024 * 1024;
constexpr int MaxIntervalMs = 60000;
constexpr int MaxBytesPerSecond = 1024 * 1024 * 1024;

} // namespace

FaultFields::FaultFields(QFormLayout *form, const QString &prefix, QWidget *parent)
    : QObject(parent)
    , m_form(form)
{
    const Fault defaults;
    m_chunkBytes = EditorFields::spinBox(parent, prefix + u"ChunkBytesSpin", 1, MaxChunkBytes);
    //: unit suffix of a spin box, with a leading space
    m_chunkBytes->setSuffix(tr(" bytes"));
    m_chunkBytes->setValue(defaults.chunkBytes);
    m_chunkBytes->setToolTip(tr("Bytes of the body sent at each step."));
    m_intervalMs = EditorFields::msSpinBox(parent, prefix + u"IntervalSpin");
    m_intervalMs->setMaximum(MaxIntervalMs);
    m_intervalMs->setValue(defaults.intervalMs);
    m_intervalMs->setToolTip(tr("Time between two chunks of the body."));
    m_bytesPerSecond =
        EditorFields::spinBox(parent, prefix + u"BandwidthSpin", 1, MaxBytesPerSecond);
    //: unit suffix of a spin box, with a leading space
    m_bytesPerSecond->setSuffix(tr(" bytes/s"));
    m_bytesPerSecond->setValue(int(defaults.bytesPerSecond));
    m_bytesPerSecond->setToolTip(tr("How fast the body is sent."));
    form->addRow(tr("Chunk size:"), m_chunkBytes);
    form->addRow(tr("Every:"), m_intervalMs);
    form->addRow(tr("Bandwidth:"), m_bytesPerSecond);

    for (QSpinBox *spin : { m_chunkBytes, m_intervalMs, m_bytesPerSecond }) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading) {
                Q_EMIT edited();
            }
        });
    }
    showFor(std::nullopt);
}

void FaultFields::showFor(std::optional<Fault::Kind> kind)
{
    EditorFields::setRowShown(m_form, m_chunkBytes, kind == Fault::Kind::Dribble);
    EditorFields::setRowShown(m_form, m_intervalMs, kind == Fault::Kind::Dribble);
    EditorFields::setRowShown(m_form, m_bytesPerSecond, kind == Fault::Kind::Bandwidth);
}

void FaultFields::setFault(const Fault &fault)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    if (fault.kind == Fault::Kind::Dribble) {
        m_chunkBytes->setValue(fault.chunkBytes);
        m_intervalMs->setValue(fault.intervalMs);
    } else if (fault.kind == Fault::Kind::Bandwidth) {
        m_bytesPerSecond->setValue(
            int(std::min<qint64>(fault.bytesPerSecond, m_bytesPerSecond->maximum())));
    }
}

Fault FaultFields::fault(Fault::Kind kind) const
{
    if (kind == Fault::Kind::Dribble) {
        return Fault::dribble(m_chunkBytes->value(), m_intervalMs->value());
    }
    if (kind == Fault::Kind::Bandwidth) {
        return Fault::bandwidth(m_bytesPerSecond->value());
    }
    return Fault::make(kind);
}

QString FaultFields::displayName(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::None:
        return tr("None");
    case Fault::Kind::ConnectionReset:
        return tr("Connection reset");
    case Fault::Kind::ConnectionClose:
        return tr("Connection closed before answering");
    case Fault::Kind::EmptyResponse:
        return tr("Empty response");
    case Fault::Kind::PartialHeaders:
        return tr("Partial headers");
    case Fault::Kind::PartialBody:
        return tr("Partial body");
    case Fault::Kind::Garbage:
        return tr("Garbage (not HTTP)");
    case Fault::Kind::Stall:
        return tr("Stall (never answer)");
    case Fault::Kind::Dribble:
        return tr("Dribble the body");
    case Fault::Kind::Bandwidth:
        return tr("Limit bandwidth");
    case Fault::Kind::MalformedChunked:
        return tr("Malformed chunked encoding");
    case Fault::Kind::TlsFailure:
        return tr("TLS failure (fatal alert)");
    }
    return Fault::name(kind);
}

void FaultFields::addFaults(QComboBox *combo)
{
    for (const QString &name : Fault::names()) {
        combo->addItem(displayName(Fault::kindFromName(name).value_or(Fault::Kind::None)), name);
    }
}

} // namespace MockBench
