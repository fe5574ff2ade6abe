// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueMatcher.h"

#include "model/JsonSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMatch, "mockbench.match", QtInfoMsg)

namespace MockBench {

namespace {

/// PCRE2 takes a match limit from the start of the pattern; it can only lower the default.
QString limitPrefix(int limit)
{
    return u"(*LIMIT_MATCH=%1)"_s.arg(limit);
}

thread_local ValueMatcher::RequestBudget *activeBudget = nullptr;

/// Says once per pattern and reason (for the first hundred) that matching gave up: a request
/// that sends thousands of such values must not write thousands of lines.
void reportGaveUp(const QString &pattern, bool budget)
{
    static QMutex mutex;
    static QSet<QString> reported;
    {
        QMutexLocker lock(&mutex);
        const QString key = (budget ? u"b"_s : u"l"_s) + pattern;
        if (reported.size() >= 100 || reported.contains(key)) {
            return;
        }
        reported.insert(key);
    }
    if (budget) {
        qCWarning(lcMatch).noquote()
            << u"a request used up its %1 costly regex matches: /%2/ counts as not matching "
               "values it would need more than %3 steps of backtracking for"_s.arg(
                   QString::number(ValueMatcher::RequestBudget::FullMatches), pattern,
                   QString::number(ValueMatcher::Regex::QuickMatchLimit));
    } else {
        qCWarning(lcMatch).noquote()
            << u"/%1/ counts as not matching a value it would need more than %2 steps of "
               "backtracking for"_s.arg(
                   pattern, QString::number(ValueMatcher::Regex::FullMatchLimit));
    }
}

} // namespace

ValueMatcher::Regex::Regex(const QString &pattern, QRegularExpression::PatternOptions options)
    : m_pattern(pattern)
    , m_quick(limitPrefix(QuickMatchLimit) + QRegularExpression::anchoredPattern(pattern), options)
    , m_full(limitPrefix(FullMatchLimit) + QRegularExpression::anchoredPattern(pattern), options)
{
    m_quick.optimize();
}

QString ValueMatcher::Regex::errorString() const
{
    if (isValid()) {
        return {};
    }
    const QRegularExpression plain(m_pattern, m_quick.patternOptions());
    return plain.isValid() ? m_quick.errorString() : plain.errorString();
}

qsizetype ValueMatcher::Regex::patternErrorOffset() const
{
    if (isValid()) {
        return -1;
    }
    const QRegularExpression plain(m_pattern, m_quick.patternOptions());
    if (!plain.isValid()) {
        return plain.patternErrorOffset();
    }
    // Only the anchored form is wrong (a \Q quotes the ")" that closes it): its offset, less
    // the limit and the "\A(?:" put before the pattern.
    const qsizetype added = limitPrefix(QuickMatchLimit).size()
        + QRegularExpression::anchoredPattern(QString()).indexOf(u')');
    return std::clamp<qsizetype>(m_quick.patternErrorOffset() - added, 0, m_pattern.size());
}

QRegularExpressionMatch ValueMatcher::Regex::match(const QString &subject) const
{
    QRegularExpressionMatch m = m_quick.match(subject);
    // A match that hit its limit is not valid (hasMatch() is false too).
    if (m.isValid() || !m_quick.isValid()) {
        return m;
    }
    if (RequestBudget *budget = activeBudget) {
        if (budget->m_fullMatches >= RequestBudget::FullMatches) {
            reportGaveUp(m_pattern, true);
            return m;
        }
        ++budget->m_fullMatches;
    }
    m = m_full.match(subject);
    if (!m.isValid()) {
        reportGaveUp(m_pattern, false);
    }
    return m;
}

ValueMatcher::RequestBudget::RequestBudget()
{
    if (!activeBudget) {
        activeBudget = this;
        m_installed = true;
    }
}

ValueMatcher::RequestBudget::~RequestBudget()
{
    if (m_installed) {
        activeBudget = nullptr;
    }
}

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
    m.m_regex = Regex(pattern, QRegularExpression::DontCaptureOption);
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
        ok = m_regex.match(value).hasMatch();
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
