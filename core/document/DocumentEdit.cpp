// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentEdit.h"

#include <utility>

namespace MockBench {

DocumentEdit DocumentEdit::inverted() const
{
    DocumentEdit back = *this;
    switch (kind) {
    case Kind::UpdateRoute:
        std::swap(back.before, back.after);
        break;
    case Kind::InsertRoute:
        back.kind = Kind::RemoveRoute;
        back.before = after;
        back.after = Route();
        break;
    case Kind::RemoveRoute:
        back.kind = Kind::InsertRoute;
        back.after = before;
        back.before = Route();
        break;
    case Kind::MoveRoute:
        std::swap(back.row, back.toRow);
        break;
    case Kind::SetChaos:
        std::swap(back.chaosBefore, back.chaosAfter);
        break;
    case Kind::SetName:
        std::swap(back.nameBefore, back.nameAfter);
        break;
    case Kind::ReplaceAll:
        std::swap(back.setBefore, back.setAfter);
        break;
    }
    return back;
}

} // namespace MockBench
