// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchConditions.h"

#include "http/HttpRequest.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MockBench {

bool MatchConditions::matches(const HttpRequest &request, QStringList *why) const
{
    bool ok = true;
    QString reason;
    for (const auto &[name, matcher] : query) {
        // A repeated item ("?tag=a&tag=b") fits when any one of its values does.
        QStringList values;
        for (const auto &[key, value] : request.query) {
            if (key == name) {
                values.append(value);
            }
        }
        if (values.isEmpty()) {
            if (!why) {
                return false;
            }
            why->append(u"query %1 is missing"_s.arg(name));
            ok = false;
        } else if (std::none_of(values.cbegin(), values.cend(),
                       [&m = matcher](const QString &value) { return m.matches(value); })) {
            if (!why) {
                return false;
            }
            matcher.matches(values.first(), &reason);
            why->append(u"query %1 %2"_s.arg(name, reason));
            ok = false;
        }
    }
    for (const auto &[name, matcher] : headers) {
        const QByteArray key = name.toLatin1();
        if (!request.hasHeader(key)) {
            if (!why) {
                return false;
            }
            why->append(u"header %1 is missing"_s.arg(name));
            ok = false;
        } else if (!matcher.matches(
                       QString::fromLatin1(request.header(key)), why ? &reason : nullptr)) {
            if (!why) {
                return false;
            }
            why->append(u"header %1 %2"_s.arg(name, reason));
            ok = false;
        }
    }
    if (body && !body->matchesBytes(request.body, why ? &reason : nullptr)) {
        if (!why) {
            return false;
        }
        why->append(u"body %1"_s.arg(reason));
        ok = false;
    }
    return ok;
}

} // namespace MockBench
