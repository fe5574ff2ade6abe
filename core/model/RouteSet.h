// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"
#include "model/Chaos.h"
#include "model/FormatError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// A whole route set: what one file holds and what one server serves.
struct RouteSet
{
    QString name;
    QList<Route> routes;
    Chaos chaos; ///< global chaos: latency, error rate and error, seed
    /// The dialect of every response that names none (its `templating`).
    TemplateDialect templating = TemplateDialect::JavaScript;
    /// The data stores' starting values, by name ("data" in files): any JSON values.
    QJsonObject data;
    /// CORS for browser clients ("cors"). On (true): an OPTIONS request no route takes gets the
    /// preflight answer (200, empty, Access-Control-Allow-Origin/-Methods/-Headers, the headers
    /// a preflight asks for allowed; the set's headers overriding them), and every answer gets
    /// Access-Control-Allow-Origin and -Expose-Headers unless it has them. PreflightOnly
    /// ("preflight"): the preflight answer with Mockoon's fixed header list, other answers only
    /// the headers declared for them, as Mockoon's `cors` does.
    enum class Cors { Off, On, PreflightOnly };
    Cors cors = Cors::Off;
    /// Headers every answer of a route gets, unless the response sets the same name
    /// ("headers": Mockoon's environment headers).
    HeaderList headers;
    /// True: an answer whose response declares no Content-Type gets one guessed from its body
    /// (JSON, text, a file's type); false ("defaultContentType": false): it is sent without one,
    /// as Mockoon does for a file of unknown type and WireMock for every undeclared one.
    bool defaultContentType = true;
    /// The answer to a request no route takes ("notFound"); unset: MockBench's 404 that names
    /// the nearest routes.
    std::optional<Response> notFound;
    /// Forwards what no route takes to a real backend ("proxy"), before notFound would answer.
    std::optional<ProxyTarget> proxy;
    /// "tls": the set is served over HTTPS (DESIGN.md §13) unless the command line says
    /// otherwise ("--tls-port" adds HTTP beside it).
    struct Tls
    {
        /// "cert", "key": PEM files, relative to the set's folder; both empty: the certificate
        /// MockBench generates for localhost.
        QString certificateFile;
        QString keyFile;
        QJsonObject extra; ///< keys this version does not know, written back on save
        friend bool operator==(const Tls &a, const Tls &b)
        {
            return a.certificateFile == b.certificateFile && a.keyFile == b.keyFile
                && a.extra == b.extra;
        }
    };
    std::optional<Tls> tls;
    QJsonObject extra; ///< keys this version does not know, written back on save
    QString baseDir; ///< folder bodyFile paths resolve against; not saved

    /// Loads the route set file at @p path. On failure the set is empty and the errors go to
    /// @p errors, or, when none is given, to the warning log (mockbench.format), one line each:
    /// a failed load is never silent. Reading files is the format layer's job, so this is
    /// defined there (format/RouteSetFormat.cpp).
    static RouteSet fromFile(const QString &path, FormatErrors *errors = nullptr);
    /// The built-in example served when no file is given (defined in the format layer too).
    static RouteSet builtInExample();

    /// Appends @p route; one without an id gets "route-N" (N its position), as in files.
    RouteSet &add(const Route &route);
    /// Index of the route with @p id, or -1.
    int indexOf(const QString &id) const;

    /// The one route-id generator: @p base ("route" when empty) if no route uses it, else the
    /// first free "base-N", N >= 2.
    QString uniqueId(const QString &base) const;
    /// Gives every route without an id "route-N" (N its 1-based position, made unique with
    /// uniqueId()), as the file loader, the document and the admin API do.
    void assignMissingIds();

    /// Every problem of the set, as the file loader reports them ("routes[2].method: ..."):
    /// empty when it can be served. The rules are in model/Validation.h.
    FormatErrors validate() const;
    /// The dialect @p response renders in: its own, else the set's default.
    TemplateDialect dialectOf(const Response &response) const
    {
        return response.templating.value_or(templating);
    }

    friend bool operator==(const RouteSet &a, const RouteSet &b)
    {
        return a.name == b.name && a.routes == b.routes && a.chaos == b.chaos
            && a.templating == b.templating && a.data == b.data && a.cors == b.cors
            && a.defaultContentType == b.defaultContentType && a.headers == b.headers
            && a.notFound == b.notFound && a.proxy == b.proxy && a.tls == b.tls
            && a.extra == b.extra;
    }
    friend bool operator!=(const RouteSet &a, const RouteSet &b) { return !(a == b); }
};

} // namespace MockBench
