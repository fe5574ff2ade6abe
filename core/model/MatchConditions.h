// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValueMatcher.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

struct HttpRequest;

/// One rule of a `when` or `match` (Mockoon's response rules as a model, DESIGN.md §11): a value
/// taken from the request or the state (the target and its name), tested by an operator against
/// a value, the outcome inverted when asked.
struct MatchRule
{
    enum class Target {
        Body, ///< the body, or with a name the value at a path in it (JSON or form fields)
        Query, ///< a query item (a path into it: "tags.0"); without a name the whole query
        Header, ///< a request header, any case
        Cookie, ///< a cookie of the Cookie header
        Param, ///< a path parameter of the matched route
        Path, ///< the request's path, as sent
        Method, ///< the method, lower case as Mockoon gives it
        RequestNumber, ///< how many requests this route has had, this one included (1 first)
        Global, ///< a global variable (Mockoon's setGlobalVar), a path into it after its name
        Data, ///< a data store, a path into it after its name ("users.0.name")
        Template, ///< the name is a template rendered in the response's dialect
        Url, ///< the request target exactly as sent, query included, still encoded
        UrlPath, ///< the path of the request target as sent, still encoded, without the query
        Form, ///< a field of a form body (application/x-www-form-urlencoded), decoded
    };
    enum class Operator {
        Equals, ///< the text equals the value; an array fits when one of its items does
        Regex, ///< the value is a regex found in the text (not anchored); arrays as above
        RegexI, ///< as Regex, ignoring case
        Null, ///< the target is absent or null
        EmptyArray, ///< the target is an empty array
        ArrayIncludes, ///< the target is an array with an item equal to the value
        Schema, ///< the target is valid against the JSON Schema in the data store the value names
        /// The value is a WireMock value pattern as JSON ({"equalToJson": ..., ...};
        /// model/WireMockPattern.h), matched against every value of the target as WireMock does
        WireMock,
    };

    Target target = Target::Body;
    QString name; ///< what of the target: a path, a header or cookie name; for Template its text
    Operator op = Operator::Equals;
    QString value;
    bool invert = false;
    /// The value is a template, rendered in the response's dialect before the comparison
    /// ("templateValue": true; Mockoon renders every rule value). Not for Schema.
    bool templateValue = false;

    static QString targetName(Target target);
    static std::optional<Target> targetFromName(const QString &name);
    static QString operatorName(Operator op);
    static std::optional<Operator> operatorFromName(const QString &name);
    static QStringList targetNames();
    static QStringList operatorNames();

    friend bool operator==(const MatchRule &a, const MatchRule &b)
    {
        return a.target == b.target && a.name == b.name && a.op == b.op && a.value == b.value
            && a.invert == b.invert && a.templateValue == b.templateValue;
    }
    friend bool operator!=(const MatchRule &a, const MatchRule &b) { return !(a == b); }
};

/// What a rule may need beyond the request: the route's path parameters and request count, the
/// state and the renderer. The server supplies one; without it those targets read as absent.
class RuleContext
{
public:
    virtual ~RuleContext() = default;
    virtual std::optional<QString> pathParam(const QString &name) const = 0;
    virtual quint64 requestNumber() const = 0;
    virtual std::optional<QJsonValue> globalVariable(const QString &name) const = 0;
    virtual std::optional<QJsonValue> dataStore(const QString &name) const = 0;
    /// The rendered text of rule @p rule's template (Target::Template).
    virtual QString renderedTemplate(const MatchRule &rule) const = 0;
    /// The rendered value of rule @p rule (MatchRule::templateValue).
    virtual QString renderedValue(const MatchRule &rule) const = 0;
};

/// Conditions on query items, headers, body and rules: a route's `match` and a response's `when`.
struct MatchConditions
{
    QList<std::pair<QString, ValueMatcher>> query; ///< item name -> condition
    QList<std::pair<QString, ValueMatcher>> headers; ///< header name (any case) -> condition
    std::optional<ValueMatcher> body;
    QList<MatchRule> rules;
    /// "combine": "any": the conditions fit when one of them does; "all" (the default) when
    /// every one does. An empty "any" never fits, an empty "all" always does.
    bool any = false;

    bool isEmpty() const
    {
        return query.isEmpty() && headers.isEmpty() && !body && rules.isEmpty() && !any;
    }
    /// True when the conditions fit @p request; otherwise each miss is appended to @p why.
    /// Rules that need more than the request read it from @p context.
    bool matches(const HttpRequest &request, QStringList *why = nullptr,
        const RuleContext *context = nullptr) const;
    /// True when a rule needs the server's context (params, counts, state, a template).
    bool needsContext() const;
    /// True when a rule renders a template (Target::Template).
    bool hasTemplateRules() const;

    friend bool operator==(const MatchConditions &a, const MatchConditions &b)
    {
        return a.query == b.query && a.headers == b.headers && a.body == b.body
            && a.rules == b.rules && a.any == b.any;
    }
    friend bool operator!=(const MatchConditions &a, const MatchConditions &b) { return !(a == b); }
};

} // namespace MockBench
