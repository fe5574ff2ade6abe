// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PathTemplate.h"
#include "model/ValueMatcher.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// A route path written as a Mockoon endpoint (Route::PathSyntax::Mockoon), matched as Mockoon 9
/// matches it: its Express 4 syntax ("users/:id?", "files/*", "ab+c", "(group)") is first
/// rewritten into path-to-regexp 8's ("{/:id}", "*wildcard0", "ab{b}c", "{group}"), which is then
/// matched case-insensitively against the path as sent (still percent-encoded, runs of slashes
/// made one), with one optional trailing slash. ":name" takes one segment, "*name" any text
/// (slashes too), "{...}" is optional, "\x" is a literal x.
class MockoonPath
{
public:
    /// Compiles @p path (a Mockoon endpoint with its prefix, "/v1/users/:id"); on a path
    /// Mockoon refuses (it then never serves the route) returns nothing and sets @p error.
    static std::optional<MockoonPath> compile(const QString &path, QString *error = nullptr);

    /// The path-to-regexp 8 form of the path, after Mockoon's rewriting.
    const QString &converted() const { return m_converted; }
    /// Names of the parameters and wildcards, in order.
    const QStringList &names() const { return m_names; }
    /// True when @p rawPath (the path as sent, without the query) fits; the parameters
    /// (percent-decoded; a wildcard's segments joined by ",", as Mockoon prints its array) are
    /// appended to @p captures. A value that does not decode makes the route not fit, as in
    /// Mockoon.
    bool match(const QString &rawPath, PathCaptures *captures) const;

    /// "//a///b" -> "/a/b": what Mockoon does to a request's URL before matching it.
    static QString collapseSlashes(const QString &path);

private:
    /// One way of taking the optional groups, tried in path-to-regexp 8's order.
    struct Alternative
    {
        ValueMatcher::Regex regex;
        QStringList names;
        QList<bool> wildcard;
    };
    QList<Alternative> m_alternatives;
    QString m_converted;
    QStringList m_names;
};

} // namespace MockBench
