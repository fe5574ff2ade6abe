// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Response.h"

using namespace Qt::StringLiterals;

namespace MockBench {

Response Response::text(int status, const QString &body, const HeaderList &headers)
{
    Response r;
    r.status = status;
    r.headers = headers;
    r.bodySource = BodySource::Text;
    r.body = body;
    return r;
}

Response Response::fromJson(int status, const QJsonValue &json, const HeaderList &headers)
{
    Response r;
    r.status = status;
    r.headers = headers;
    r.bodySource = BodySource::Json;
    r.json = json;
    return r;
}

QStringList Response::headerValues(const QString &name) const
{
    QStringList values;
    for (const auto &[key, list] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values += list;
        }
    }
    return values;
}

void Response::setHeader(const QString &name, const QString &value)
{
    for (auto &[key, list] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            list = QStringList { value };
            return;
        }
    }
    headers.append({ name, QStringList { value } });
}

Response &Response::withFault(const Fault &newFault)
{
    fault = newFault;
    return *this;
}

QString templateDialectName(TemplateDialect dialect)
{
    switch (dialect) {
    case TemplateDialect::None:
        return u"none"_s;
    case TemplateDialect::Mockoon:
        return u"mockoon"_s;
    case TemplateDialect::WireMock:
        return u"wiremock"_s;
    case TemplateDialect::JavaScript:
        break;
    }
    return u"js"_s;
}

std::optional<TemplateDialect> templateDialectFromName(const QString &name)
{
    for (TemplateDialect d : { TemplateDialect::JavaScript, TemplateDialect::None,
             TemplateDialect::Mockoon, TemplateDialect::WireMock }) {
        if (templateDialectName(d) == name) {
            return d;
        }
    }
    return std::nullopt;
}

bool operator==(const Response &a, const Response &b)
{
    return a.status == b.status && a.reason == b.reason && a.headers == b.headers
        && a.bodySource == b.bodySource && a.body == b.body && a.json == b.json
        && a.bodyFile == b.bodyFile && a.templating == b.templating && a.when == b.when
        && a.bodyData == b.bodyData && a.missingFile == b.missingFile
        && a.templateFile == b.templateFile && a.templatePath == b.templatePath
        && a.base64 == b.base64 && a.isDefault == b.isDefault && a.latency == b.latency
        && a.fault == b.fault && a.extra == b.extra;
}

} // namespace MockBench
