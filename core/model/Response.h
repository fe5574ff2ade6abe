// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchConditions.h"
#include "model/Chaos.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

/// Response headers in file order; a name with several values is sent once per value.
using HeaderList = QList<std::pair<QString, QStringList>>;

/// How a response's text body and header values are rendered (its `templating`). Named in the
/// model, never guessed from the text.
enum class TemplateDialect {
    JavaScript, ///< "js" (the default): {{ expression }} in JavaScript
    None, ///< "none": sent exactly as written
    Mockoon, ///< "mockoon": Handlebars with Mockoon's helpers and request model
    WireMock, ///< "wiremock": Handlebars with WireMock's response-templating helpers and model
};

/// The file name of @p dialect ("js", "none", "mockoon", "wiremock").
QString templateDialectName(TemplateDialect dialect);
/// The dialect named @p name, or nothing.
std::optional<TemplateDialect> templateDialectFromName(const QString &name);

/// One canned response of a route.
struct Response
{
    enum class BodySource { None, Text, Json, File, Data };
    /// What a File body whose file is missing answers: a 500 naming the file, or a 404
    /// (Mockoon's fallbackTo404).
    enum class MissingFile { Error, NotFound };

    int status = 200;
    QString reason; ///< empty: the standard phrase for the status
    HeaderList headers;
    BodySource bodySource = BodySource::None;
    QString body; ///< BodySource::Text: a template
    /// BodySource::Text: body is the base64 of the bytes sent, never rendered ("base64": true;
    /// WireMock's base64Body, a body that is not UTF-8 text).
    bool base64 = false;
    QJsonValue json; ///< BodySource::Json: sent compact, as is
    QString bodyFile; ///< BodySource::File: relative to the route set's folder
    /// BodySource::Data ("bodyData"): the current value of this data store, a string as it is,
    /// anything else as compact JSON (Mockoon's DATABUCKET body).
    QString bodyData;
    MissingFile missingFile = MissingFile::Error; ///< "missingFile": "error" | "404"
    /// BodySource::File: a text file (text/*, JSON, XML, JavaScript... by its name) is
    /// rendered as a template in the response's dialect (Mockoon's file bodies); any other file,
    /// and every file without this, is sent as it is.
    bool templateFile = false;
    /// BodySource::File: bodyFile is a template in the response's dialect, rendered for each
    /// request ("files/{{urlParam 'id'}}.json", Mockoon's templated filePath); the file it names
    /// must still be inside the route set's folder ("templatePath": true).
    bool templatePath = false;
    /// In rules mode: answers when no response's `when` fits ("default": true). When a route
    /// has a default response, its responses without `when` answer only as the default.
    bool isDefault = false;
    /// Added to the route's and the set's latency ("latency", as in `chaos`).
    Latency latency;
    /// How the body (Text) and header values are rendered; unset: the route set's default
    /// (RouteSet::templating).
    std::optional<TemplateDialect> templating;
    std::optional<MatchConditions> when; ///< for responseMode "rules"
    Fault fault; ///< how this response goes wrong on the wire, every time
    QJsonObject extra; ///< keys this version does not know, written back on save

    /// Convenience constructors for routes built in code.
    static Response text(int status, const QString &body, const HeaderList &headers = {});
    static Response fromJson(int status, const QJsonValue &json, const HeaderList &headers = {});

    /// Header value list for @p name (case-insensitive), empty when absent.
    QStringList headerValues(const QString &name) const;
    void setHeader(const QString &name, const QString &value);
    Response &withFault(const Fault &newFault);

    friend bool operator==(const Response &a, const Response &b);
    friend bool operator!=(const Response &a, const Response &b) { return !(a == b); }
};

} // namespace MockBench
