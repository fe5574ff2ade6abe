// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

namespace MockBench {

/// One condition on a text value: exact, anchored regex, substring or JSON subset.
class ValueMatcher
{
public:
    enum class Kind { Exact, Regex, Contains, Json };

    ValueMatcher() = default;
    static ValueMatcher exact(const QString &text);
    static ValueMatcher regex(const QString &pattern);
    static ValueMatcher contains(const QString &text);
    static ValueMatcher json(const QJsonValue &subset);

    Kind kind() const { return m_kind; }
    QString text() const { return m_text; } ///< the exact text, regex pattern or substring
    QJsonValue jsonSubset() const { return m_json; }
    bool isValid() const; ///< false for a regex that does not compile
    QString errorString() const;

    /// True when @p value fits; @p why (optional) gets a short reason when it does not.
    bool matches(const QString &value, QString *why = nullptr) const;
    /// JSON-subset test on raw bytes (the body); other kinds decode the bytes as UTF-8.
    bool matchesBytes(const QByteArray &value, QString *why = nullptr) const;

    /// The JSON form written to files: a string, or {"regex"|"contains"|"json": ...}.
    QJsonValue toJson() const;
    QString describe() const;

    friend bool operator==(const ValueMatcher &a, const ValueMatcher &b)
    {
        return a.m_kind == b.m_kind && a.m_text == b.m_text && a.m_json == b.m_json;
    }
    friend bool operator!=(const ValueMatcher &a, const ValueMatcher &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Exact;
    QString m_text;
    QJsonValue m_json;
    QRegularExpression m_regex;
};

} // namespace MockBench
