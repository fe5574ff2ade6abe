// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

#include "http/BodyStream.h"

namespace MockBench {

HttpResponse HttpResponse::plain(int status, const QByteArray &text)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({ QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8") });
    r.body = text;
    return r;
}

QByteArray HttpResponse::standardReason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 102:
        return "Processing";
    case 103:
        return "Early Hints";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-Authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 207:
        return "Multi-Status";
    case 208:
        return "Already Reported";
    case 226:
        return "IM Used";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 305:
        return "Use Proxy";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 424:
        return "Failed Dependency";
    case 425:
        return "Too Early";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 506:
        return "Variant Also Negotiates";
    case 507:
        return "Insufficient Storage";
    case 508:
        return "Loop Detected";
    case 510:
        return "Not Extended";
    case 511:
        return "Network Authentication Required";
    default:
        return "Unknown";
    }
}

bool HttpResponse::isBodyless(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

qint64 HttpResponse::bodySize() const
{
    if (stream) {
        return stream->length();
    }
    return file ? file->length : body.size();
}

QByteArray HttpResponse::serialize(bool head, bool close, bool keepAlive10, bool chunked) const
{
    const QByteArray phrase = reason.isEmpty() ? standardReason(status) : reason;
    const bool bodyless = isBodyless(status);
    const bool withBody = !head && !bodyless && !file && !stream;
    qsizetype size = 64 + phrase.size() + (withBody ? body.size() : 0);
    for (const auto &[name, value] : headers) {
        size += name.size() + value.size() + 4;
    }
    QByteArray out;
    out.reserve(size);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += phrase;
    out += "\r\n";
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!bodyless && bodySize() >= 0) {
        out += "Content-Length: ";
        out += QByteArray::number(bodySize());
        out += "\r\n";
    } else if (!bodyless && chunked) {
        // A stream of unknown length: chunked, unless the close ends it (HTTP/1.0).
        out += "Transfer-Encoding: chunked\r\n";
    }
    if (close) {
        out += "Connection: close\r\n";
    } else if (keepAlive10) {
        out += "Connection: keep-alive\r\n";
    }
    out += "\r\n";
    if (withBody) {
        out += body;
    }
    return out;
}

} // namespace MockBench
