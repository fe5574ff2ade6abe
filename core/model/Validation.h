// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FormatError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

struct Chaos;
struct Fault;
struct Latency;
struct ProxyTarget;
struct MatchConditions;
struct Response;
struct Route;
struct RouteSet;

/// The rules a route set must follow to be served, checked on the model itself: by the file
/// loader after it has read a document's types, by the document before an edit, by the admin
/// API and by importers. Errors name JSON paths as the file format spells them
/// ("routes[2].responses[0].status: must be 100..599").
namespace Validation {

/// A number a field accepts: low..high, an integer or not. The format reader and the model
/// checks share these, so a bound is written once.
struct NumberRule
{
    double low = 0;
    double high = 0;
    bool integer = false;

    bool accepts(double value) const;
    /// "must be a number 0..1", "must be an integer 100..599".
    QString message() const;
};

/// The bounds of every number in chaos settings.
namespace Rules {
NumberRule latencyMs(); ///< 0 .. one hour
NumberRule sigma(); ///< 0..10
NumberRule errorRate(); ///< 0..1
NumberRule errorStatus(); ///< an integer 100..599
NumberRule chunkBytes(); ///< an integer 1 .. 1 MiB
NumberRule intervalMs(); ///< an integer 0..60000
NumberRule bytesPerSecond(); ///< an integer 1 .. 1 GiB
NumberRule seed(); ///< an integer 0 .. 2^53 (exact in a JSON double)
} // namespace Rules

/// True when @p method is "*" or an HTTP token (RFC 9110).
bool isValidMethod(const QString &method);
/// True when @p name is an HTTP token usable as a header name.
bool isValidHeaderName(const QString &name);

/// True when @p rendered, what a templated bodyFile (Response::templatePath) @p pathTemplate
/// gave, stays inside the folder the template names before its first "{{" ("files/" for
/// "files/{{urlParam 'id'}}.json"; the route set's folder when there is none), as Mockoon keeps
/// a templated filePath under its fixed start.
bool staysUnderTemplateFolder(const QString &pathTemplate, const QString &rendered);

/// Every problem of @p set: each route (see route()), duplicate ids, the global chaos.
FormatErrors routeSet(const RouteSet &set);
/// Problems of one route (its id is checked by routeSet()): its path (a template, or a Mockoon
/// endpoint that must compile), conditions, responses (at most one default), fallthrough outside
/// rules mode. bodyFile paths resolve against @p baseDir (empty: not checked on disk). Paths
/// start with @p prefix ("routes[3]"), or are relative to the route when empty.
FormatErrors route(const Route &route, const QString &baseDir, const QString &prefix = {});
/// Problems of one response (status, reason, headers, body source, latency, fault, conditions).
FormatErrors response(const Response &response, const QString &baseDir, const QString &prefix);
/// Where conditions stand: a route's `match`, tried before any route is chosen, or a
/// response's `when`, tried on the chosen route (its params, request count, state).
enum class ConditionsOf { RouteMatch, ResponseWhen };
/// Problems of conditions: regexes that do not compile, JSON subsets that are not containers,
/// rules a route's match cannot know yet (@p place), a schema rule naming no data store.
FormatErrors conditions(
    const MatchConditions &conditions, const QString &prefix, ConditionsOf place);
/// Problems of header names and values (@p prefix is the "headers" object's path).
FormatErrors headers(const QList<std::pair<QString, QStringList>> &headers, const QString &prefix);
/// Problems of a latency distribution's numbers (@p prefix is the "latency" object's path).
FormatErrors latency(const Latency &latency, const QString &prefix);
/// Problems of chaos settings; only @p global chaos may have a seed.
FormatErrors chaos(const Chaos &chaos, const QString &prefix, bool global);
/// Problems of a fault's parameters.
FormatErrors fault(const Fault &fault, const QString &prefix);
/// A "proxy": an absolute http(s) URL with a host, a stripPrefix starting with '/', valid
/// headers, a positive timeout.
FormatErrors proxy(const ProxyTarget &proxy, const QString &prefix);
/// Problems of a bodyFile path: relative, inside @p baseDir, an existing file (on disk only
/// when @p baseDir is given).
FormatErrors bodyFile(const QString &file, const QString &baseDir, const QString &path);
/// The canonical path @p file (a bodyFile) leads to inside @p baseDir, or nothing with @p why
/// saying what is wrong. The server asks again at request time: files and links change.
std::optional<QString> resolveBodyFile(const QString &file, const QString &baseDir, QString *why);

/// @p prefix + "." + @p key, or @p key alone when there is no prefix.
QString join(const QString &prefix, const QString &key);

} // namespace Validation

} // namespace MockBench
