// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentEditCommand.h"

#include "document/RouteSetDocument.h"

#include <QDateTime>

namespace MockBench {

DocumentEditCommand::DocumentEditCommand(RouteSetDocument *document, const DocumentEdit &edit)
    : m_document(document)
    , m_edit(edit)
{
    setText(edit.text);
    m_lastChangeMs = QDateTime::currentMSecsSinceEpoch();
}

void DocumentEditCommand::redo()
{
    if (m_document) {
        m_document->apply(m_edit);
    }
}

void DocumentEditCommand::undo()
{
    if (m_document) {
        m_document->apply(m_edit.inverted());
    }
}

int DocumentEditCommand::id() const
{
    return m_edit.kind == DocumentEdit::Kind::SetChaos ? ChaosMergeId : -1;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand *other)
{
    // Only quick runs of the same chaos change merge ("Change error rate" three times in a
    // second is one step; a latency change after it, or a change a while later, is another).
    const auto *next = static_cast<const DocumentEditCommand *>(other);
    if (next->m_edit.kind != DocumentEdit::Kind::SetChaos || next->m_edit.text != m_edit.text
        || next->m_lastChangeMs - m_lastChangeMs > MergeWindowMs) {
        return false;
    }
    m_edit.chaosAfter = next->m_edit.chaosAfter;
    m_lastChangeMs = next->m_lastChangeMs;
    // Steps that end where they started are no step at all.
    setObsolete(m_edit.chaosAfter == m_edit.chaosBefore);
    return true;
}

} // namespace MockBench
