// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ValueMatcher.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// A value captured from the path; int captures render as numbers in templates.
struct PathCapture
{
    QString name;
    QString value;
    bool isInt = false;

    friend bool operator==(const PathCapture &a, const PathCapture &b)
    {
        return a.name == b.name && a.value == b.value && a.isInt == b.isInt;
    }
};
using PathCaptures = QList<PathCapture>;

/// A compiled route path: "/users/{id:int}/files/{name}.json", "/static/{*rest}".
class PathTemplate
{
public:
    struct Segment
    {
        enum class Kind { Literal, Param, Int, Pattern };
        Kind kind = Kind::Literal;
        QString literal; ///< Kind::Literal: the exact (decoded) text
        QStringList names; ///< capture names in order (Param/Int: one; Pattern: any)
        QList<bool> intCaptures; ///< per name: captured by {name:int}
        QList<int> groups; ///< Kind::Pattern, per name: its group number in regex
        ValueMatcher::Regex regex; ///< Kind::Pattern: the anchored segment expression
        QString key; ///< shape of the segment without capture names (index key)
    };

    /// Compiles @p path; on a bad template returns nothing and sets @p error.
    static std::optional<PathTemplate> parse(const QString &path, QString *error = nullptr);

    const QString &source() const { return m_source; }
    const QList<Segment> &segments() const { return m_segments; }
    bool hasRest() const { return !m_restName.isEmpty(); }
    const QString &restName() const { return m_restName; }

    /// Splits a request path into decoded segments ("/a/b/" -> {"a", "b"}).
    static QStringList splitPath(const QString &path);

    /// True when @p segment fits segment @p index; captures appended to @p captures.
    static bool matchSegment(const Segment &segment, const QString &text, PathCaptures *captures);
    /// Full match of request path @p segments; @p why gets the first mismatch.
    bool match(const QStringList &segments, PathCaptures *captures, QString *why = nullptr) const;

private:
    QString m_source;
    QList<Segment> m_segments;
    QString m_restName;
};

} // namespace MockBench
