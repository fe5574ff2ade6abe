// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateHelp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTemplateHelp, "mockbench.templates")

namespace MockBench {

namespace {

std::optional<TemplateHelpEntry::Kind> kindFromName(const QString &name)
{
    for (auto kind : { TemplateHelpEntry::Kind::Helper, TemplateHelpEntry::Kind::Block,
             TemplateHelpEntry::Kind::Value }) {
        if (TemplateHelp::kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace

QString TemplateHelp::kindName(TemplateHelpEntry::Kind kind)
{
    switch (kind) {
    case TemplateHelpEntry::Kind::Block:
        return u"block"_s;
    case TemplateHelpEntry::Kind::Value:
        return u"value"_s;
    case TemplateHelpEntry::Kind::Helper:
        break;
    }
    return u"helper"_s;
}

QString TemplateHelp::resourcePath(TemplateDialect dialect)
{
    if (dialect == TemplateDialect::None) {
        return {};
    }
    return u":/mockbench/templates/%1-help.json"_s.arg(templateDialectName(dialect));
}

QList<TemplateHelpEntry> TemplateHelp::fromJson(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(u"at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!doc.isArray()) {
        errors->append(u"the catalogue must be a JSON array of entries"_s);
        return {};
    }
    const QJsonArray array = doc.array();
    QList<TemplateHelpEntry> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = u"[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            errors->append(place + u": an entry must be an object");
            continue;
        }
        const QJsonObject obj = array.at(i).toObject();
        bool ok = true;
        const auto text = [&](const QString &key, bool required) {
            const QJsonValue value = obj.value(key);
            if (value.isUndefined() && !required) {
                return QString();
            }
            if (!value.isString() || (required && value.toString().isEmpty())) {
                errors->append(place + u'.' + key
                    + (value.isUndefined() ? u": missing"_s : u": must be a non-empty string"_s));
                ok = false;
                return QString();
            }
            return value.toString();
        };
        TemplateHelpEntry entry;
        entry.name = text(u"name"_s, true);
        const QString kind = text(u"kind"_s, true);
        entry.group = text(u"group"_s, true);
        entry.signature = text(u"signature"_s, false);
        entry.description = text(u"description"_s, false);
        entry.example = text(u"example"_s, false);
        entry.output = text(u"output"_s, false);
        if (ok) {
            const auto parsedKind = kindFromName(kind);
            if (!parsedKind) {
                errors->append(place + u".kind: \"" + kind
                    + u"\" is none of \"helper\", \"block\", \"value\"");
                continue;
            }
            entry.kind = *parsedKind;
        }
        if (!ok) {
            continue;
        }
        if (entry.signature.isEmpty()) {
            entry.signature = entry.name;
        }
        entries.append(entry);
    }
    return entries;
}

QList<TemplateHelpEntry> TemplateHelp::load(TemplateDialect dialect, QString *error)
{
    const QString path = resourcePath(dialect);
    if (path.isEmpty()) {
        return {};
    }
    QStringList errors;
    QList<TemplateHelpEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(file.errorString());
    } else {
        entries = fromJson(file.readAll(), &errors);
    }
    if (!errors.isEmpty()) {
        const QString message = path + u": " + errors.join(u"; "_s);
        if (error) {
            *error = message;
        } else {
            qCWarning(lcTemplateHelp).noquote() << message;
        }
    } else if (error) {
        error->clear();
    }
    return entries;
}

} // namespace MockBench
