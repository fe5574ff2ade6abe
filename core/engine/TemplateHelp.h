// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace MockBench {

/// One helper or context value of a template dialect, as its help catalogue describes it
/// (resources/templates/README.md, "Help catalogues").
struct TemplateHelpEntry
{
    enum class Kind {
        Helper, ///< "helper": {{name args}} (in JavaScript: a function)
        Block, ///< "block": {{#name}}...{{/name}}
        Value, ///< "value": a context value such as request.path
    };

    QString name;
    Kind kind = Kind::Helper;
    QString group;
    QString signature;
    QString description;
    QString example;
    QString output; ///< what example renders for the help panel's example request

    friend bool operator==(const TemplateHelpEntry &a, const TemplateHelpEntry &b)
    {
        return a.name == b.name && a.kind == b.kind && a.group == b.group
            && a.signature == b.signature && a.description == b.description
            && a.example == b.example && a.output == b.output;
    }
};

/// The help catalogues of the template dialects: what the window's templates help lists and
/// what the body editor completes.
class TemplateHelp
{
public:
    /// The catalogue's resource, ":/mockbench/templates/<dialect>-help.json"; empty for "none".
    static QString resourcePath(TemplateDialect dialect);
    /// The entries of @p dialect's catalogue in catalogue order; none for "none". What cannot be
    /// read (the file, or an entry) is left out and said in @p error, else in the warning log.
    static QList<TemplateHelpEntry> load(TemplateDialect dialect, QString *error = nullptr);
    /// The entries of the catalogue @p json. Entries with problems are left out, each problem
    /// named by its place ("[3].name: missing") in @p errors; text that is no JSON array gives
    /// no entries and one error.
    static QList<TemplateHelpEntry> fromJson(const QByteArray &json, QStringList *errors);
    /// "helper", "block" or "value".
    static QString kindName(TemplateHelpEntry::Kind kind);
};

} // namespace MockBench
