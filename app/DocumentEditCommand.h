// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/DocumentEdit.h"

#include <QPointer>
#include <QUndoCommand>

namespace MockBench {

class RouteSetDocument;

/// A DocumentEdit on the undo stack: redo applies it, undo applies its inverse. Changes of
/// the same chaos setting less than MergeWindowMs apart merge into one step, so a run of
/// arrow-key steps on a slider is undone at once.
class DocumentEditCommand : public QUndoCommand
{
public:
    /// Chaos edits share this id so QUndoStack can merge them.
    static constexpr int ChaosMergeId = 1;
    static constexpr qint64 MergeWindowMs = 1000;

    DocumentEditCommand(RouteSetDocument *document, const DocumentEdit &edit);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<RouteSetDocument> m_document;
    DocumentEdit m_edit;
    qint64 m_lastChangeMs = 0;
};

} // namespace MockBench
