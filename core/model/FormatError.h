// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace MockBench {

/// One problem found while loading: where (a JSON path such as routes[2].status) and what.
struct FormatError
{
    QString path;
    QString message;

    QString toString() const
    {
        // No QStringBuilder here: client builds include this header without its define.
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    friend bool operator==(const FormatError &a, const FormatError &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};

/// The one convention for problems in a route set, whoever finds them: the file loader, the
/// model's validation, the admin API, an importer.
using FormatErrors = QList<FormatError>;

/// One "path: message" line per error, in order.
inline QStringList toStringList(const FormatErrors &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const FormatError &error : errors) {
        lines.append(error.toString());
    }
    return lines;
}

} // namespace MockBench
