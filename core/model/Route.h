// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchConditions.h"
#include "Response.h"
#include "model/Chaos.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace MockBench {

/// One route: method + path template (+ optional conditions) -> one of its responses.
struct Route
{
    enum class ResponseMode { Rules, Sequential, Random };

    QString id;
    bool enabled = true;
    QString method = QStringLiteral("GET"); ///< an HTTP method token, or "*" for any
    QString path; ///< template: literals, {name}, {name:int}, {name:regex}, trailing {*name}
    MatchConditions match;
    QList<Response> responses;
    ResponseMode responseMode = ResponseMode::Rules;
    Chaos chaos; ///< per route: latency adds to global, errorRate/error replace it
    QJsonObject extra; ///< keys this version does not know, written back on save

    /// Builders for routes made in code: Route::get(u"/items/{id:int}"_s).respond(200, body).
    static Route get(const QString &path) { return on(QStringLiteral("GET"), path); }
    static Route post(const QString &path) { return on(QStringLiteral("POST"), path); }
    static Route put(const QString &path) { return on(QStringLiteral("PUT"), path); }
    static Route del(const QString &path) { return on(QStringLiteral("DELETE"), path); }
    static Route on(const QString &method, const QString &path);

    Route &withId(const QString &newId);
    Route &respond(int status, const QString &body = {}, const HeaderList &headers = {});
    Route &respondJson(int status, const QJsonValue &json, const HeaderList &headers = {});
    Route &respond(const Response &response);
    Route &whenQuery(const QString &name, const ValueMatcher &matcher);
    Route &whenHeader(const QString &name, const ValueMatcher &matcher);
    Route &whenBody(const ValueMatcher &matcher);
    Route &withMode(ResponseMode mode);
    Route &withChaos(const Chaos &routeChaos);

    static QString modeName(ResponseMode mode);

    friend bool operator==(const Route &a, const Route &b);
    friend bool operator!=(const Route &a, const Route &b) { return !(a == b); }
};

} // namespace MockBench
