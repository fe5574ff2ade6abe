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

    /// A regular expression from a route file, matched against a whole value of request data
    /// (anchored at both ends) at a bounded cost.
    /// PCRE2 gives up on a match after a fixed amount of backtracking, and then it does not
    /// match: `(a+)+$` against forty a and a ! costs a fraction of a millisecond, not 100 ms.
    /// Most matches end within a small bound; the few that need more get a larger one, as many
    /// times per request as a RequestBudget allows.
    class Regex
    {
    public:
        /// Backtracking steps (PCRE2's match limit) of the first try and of the second.
        static constexpr int QuickMatchLimit = 500;
        static constexpr int FullMatchLimit = 100000;

        Regex() = default;
        explicit Regex(const QString &pattern, QRegularExpression::PatternOptions options = {});

        bool isValid() const { return m_quick.isValid(); }
        /// The error in pattern() as written (anchoring can make PCRE2 name another one).
        QString errorString() const;
        /// Where in pattern() the error is, -1 when it is valid.
        qsizetype patternErrorOffset() const;
        int captureCount() const { return m_quick.captureCount(); }
        const QString &pattern() const { return m_pattern; }

        /// The match of the whole pattern in @p subject; no match when the bound ran out.
        QRegularExpressionMatch match(const QString &subject) const;

    private:
        QString m_pattern;
        QRegularExpression m_quick;
        QRegularExpression m_full;
    };

    /// While one lives on a thread, the regex matches made there (one request's route
    /// matching) may take the larger bound RequestBudget::FullMatches times in all; later
    /// costly matches fail at the small bound. So a request of thousands of values that each
    /// backtrack costs milliseconds, not seconds. One made while another lives shares it.
    class RequestBudget
    {
    public:
        static constexpr int FullMatches = 16;

        RequestBudget();
        ~RequestBudget();
        RequestBudget(const RequestBudget &) = delete;
        RequestBudget &operator=(const RequestBudget &) = delete;

    private:
        friend class Regex;
        int m_fullMatches = 0;
        bool m_installed = false;
    };

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
    Regex m_regex;
};

} // namespace MockBench
