// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueMatcher.h"

#include "model/JsonSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MockBench {

ValueMatcher ValueMatcher::exact(const QString &text)
{
    ValueMatcher m;
    m.m_kind = Kind::Exact;
    m.m_text = text;
    return m;
}

ValueMatcher ValueMatcher::regex(const QString &pattern)
{
    ValueMatcher m;
    m.m_kind = Kind::Regex;
    m.m_text = pattern;
    // Anchored like WireMock's "matches": the whole value must fit. "contains" covers the rest.
    m.m_regex = QRegularExpression(
        QRegularExpression::anchoredPattern(pattern), QRegularExpression::DontCaptureOption);
    m.m_regex.optimize();
    return m;
}

ValueMatcher ValueMatcher::contains(const QString &text)
{
    ValueMatcher m;
    m.m_kind = Kind::Contains;
    m.m_text = text;
    return m;
}

ValueMatcher ValueMatcher::json(const QJsonValue &subset)
{
    ValueMatcher m;
    m.m_kind = Kind::Json;
    m.m_json = subset;
    return m;
}

bool ValueMatcher::isValid() const
{
    return m_kind != Kind::Regex || m_regex.isValid();
}

QString ValueMatcher::errorString() const
{
    if (m_kind == Kind::Regex && !m_regex.isValid()) {
        return u"invalid regex: %1"_s.arg(m_regex.errorString());
    }
    return {};
}

static QString shorten(const QString &text)
{
    return text.size() > 40 ? text.left(37) + u"..."_s : text;
}

bool ValueMatcher::matches(const QString &value, QString *why) const
{
    bool ok = false;
    switch (m_kind) {
    case Kind::Exact:
        ok = value == m_text;
        break;
    case Kind::Regex:
        ok = m_regex.isValid() && m_regex.match(value).hasMatch();
        break;
    case Kind::Contains:
        ok = value.contains(m_text);
        break;
    case Kind::Json:
        return matchesBytes(value.toUtf8(), why);
    }
    if (!ok && why) {
        *why = u"\"%1\" is not %2"_s.arg(shorten(value), describe());
    }
    return ok;
}

bool ValueMatcher::matchesBytes(const QByteArray &value, QString *why) const
{
    if (m_kind != Kind::Json) {
        return matches(QString::fromUtf8(value), why);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value, &error);
    if (error.error != QJsonParseError::NoError) {
        if (why) {
            *why = u"is not JSON (%1)"_s.arg(error.errorString());
        }
        return false;
    }
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (!JsonSubset::contains(root, m_json)) {
        if (why) {
            *why = u"does not contain %1"_s.arg(describe());
        }
        return false;
    }
    return true;
}

QJsonValue ValueMatcher::toJson() const
{
    switch (m_kind) {
    case Kind::Exact:
        return m_text;
    case Kind::Regex:
        return QJsonObject { { u"regex"_s, m_text } };
    case Kind::Contains:
        return QJsonObject { { u"contains"_s, m_text } };
    case Kind::Json:
        return QJsonObject { { u"json"_s, m_json } };
    }
    return {};
}

QString ValueMatcher::describe() const
{
    switch (m_kind) {
    case Kind::Exact:
        return u"\"%1\""_s.arg(shorten(m_text));
    case Kind::Regex:
        return u"matching /%1/"_s.arg(m_text);
    case Kind::Contains:
        return u"containing \"%1\""_s.arg(shorten(m_text));
    case Kind::Json: {
        // QJsonDocument holds only objects and arrays: wrap a scalar subset and unwrap it.
        QByteArray compact = m_json.isObject()
            ? QJsonDocument(m_json.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(m_json.isArray() ? m_json.toArray() : QJsonArray { m_json })
                  .toJson(QJsonDocument::Compact);
        if (!m_json.isObject() && !m_json.isArray()) {
            compact = compact.mid(1, compact.size() - 2);
        }
        return u"JSON %1"_s.arg(shorten(QString::fromUtf8(compact)));
    }
    }
    return {};
}

} // namespace MockBench
