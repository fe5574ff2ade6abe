// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/RouteSet.h"

#include <QString>

namespace MockBench {

/// One change to a RouteSetDocument, with what it replaces, so it can be undone by applying
/// inverted(). Plain data: the GUI wraps it in a QUndoCommand, tests apply it directly.
struct DocumentEdit
{
    enum class Kind {
        UpdateRoute, ///< routes[row]: before -> after
        InsertRoute, ///< after inserted at row
        RemoveRoute, ///< before removed from row
        MoveRoute, ///< the route at row moves to toRow
        SetChaos, ///< global chaos: chaosBefore -> chaosAfter
        SetName, ///< the set's name: nameBefore -> nameAfter
        ReplaceAll, ///< the whole set: setBefore -> setAfter
    };

    Kind kind = Kind::UpdateRoute;
    int row = -1;
    int toRow = -1;
    Route before;
    Route after;
    Chaos chaosBefore;
    Chaos chaosAfter;
    QString nameBefore;
    QString nameAfter;
    RouteSet setBefore;
    RouteSet setAfter;
    QString text; ///< what the edit did, for the undo menu ("Change status of GET /foo")

    /// The edit that takes this one back.
    DocumentEdit inverted() const;
};

} // namespace MockBench
