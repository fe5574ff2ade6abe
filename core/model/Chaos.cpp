// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chaos.h"

#include "model/Validation.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

using Validation::NumberRule;
namespace Rules = Validation::Rules;

void addError(FormatErrors *errors, const QString &path, const QString &message)
{
    if (errors) {
        errors->append({ path, message });
    }
}

/// Reads a number that @p rule accepts at @p key of @p object; reports and returns nothing
/// otherwise. The rule is checked here, not only by the model's validation, because a value out
/// of range must not be converted to an integer type on the way into the model.
std::optional<double> readNumber(const QJsonObject &object, const QString &key, const QString &path,
    const NumberRule &rule, FormatErrors *errors)
{
    const QJsonValue v = object.value(key);
    const QString where = path + u'.' + key;
    if (v.isUndefined()) {
        addError(errors, where, u"is required"_s);
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !rule.accepts(d)) {
        addError(errors, where, rule.message());
        return std::nullopt;
    }
    return d;
}

void rejectUnknownKeys(
    const QJsonObject &object, const QStringList &known, const QString &path, FormatErrors *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            addError(
                errors, path + u'.' + it.key(), u"unknown key (use %1)"_s.arg(known.join(u", "_s)));
        }
    }
}

} // namespace

// ---- Latency --------------------------------------------------------------------------------

Latency Latency::fixed(double ms)
{
    Latency l;
    l.distribution = Distribution::Fixed;
    l.ms = ms;
    return l;
}

Latency Latency::uniform(double minMs, double maxMs)
{
    Latency l;
    l.distribution = Distribution::Uniform;
    l.minMs = minMs;
    l.maxMs = maxMs;
    return l;
}

Latency Latency::lognormal(double medianMs, double sigma, double maxMs)
{
    Latency l;
    l.distribution = Distribution::Lognormal;
    l.medianMs = medianMs;
    l.sigma = sigma;
    l.maxMs = maxMs;
    return l;
}

bool Latency::isZero() const
{
    switch (distribution) {
    case Distribution::Fixed:
        return ms <= 0;
    case Distribution::Uniform:
        return maxMs <= 0;
    case Distribution::Lognormal:
        return medianMs <= 0 || maxMs <= 0;
    }
    return true;
}

double Latency::draw(QRandomGenerator &random) const
{
    switch (distribution) {
    case Distribution::Fixed:
        return std::max(0.0, ms);
    case Distribution::Uniform:
        return std::max(0.0, minMs + (maxMs - minMs) * random.generateDouble());
    case Distribution::Lognormal: {
        // Box-Muller, written out so a seed gives the same draws on every platform.
        const double u1 = 1.0 - random.generateDouble(); // (0, 1]
        const double u2 = random.generateDouble();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        const double value = medianMs * std::exp(sigma * z);
        return std::clamp(value, 0.0, maxMs);
    }
    }
    return 0;
}

QString Latency::distributionName(Distribution d)
{
    switch (d) {
    case Distribution::Fixed:
        return u"fixed"_s;
    case Distribution::Uniform:
        return u"uniform"_s;
    case Distribution::Lognormal:
        return u"lognormal"_s;
    }
    return {};
}

QJsonObject Latency::toJson() const
{
    QJsonObject o { { u"distribution"_s, distributionName(distribution) } };
    switch (distribution) {
    case Distribution::Fixed:
        o.insert(u"ms"_s, ms);
        break;
    case Distribution::Uniform:
        o.insert(u"minMs"_s, minMs);
        o.insert(u"maxMs"_s, maxMs);
        break;
    case Distribution::Lognormal:
        o.insert(u"medianMs"_s, medianMs);
        o.insert(u"sigma"_s, sigma);
        o.insert(u"maxMs"_s, maxMs);
        break;
    }
    return o;
}

std::optional<Latency> Latency::fromJson(
    const QJsonValue &value, const QString &path, FormatErrors *errors)
{
    if (!value.isObject()) {
        addError(errors, path,
            u"must be an object such as {\"distribution\": \"fixed\", \"ms\": 100}"_s);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue distribution = o.value(u"distribution"_s);
    // Without "distribution" the latency is fixed; a value that is not a name is an error,
    // not a silent "fixed" (toString() would turn 7 or null into the default).
    const QString name = distribution.isUndefined() ? u"fixed"_s : distribution.toString();
    const int before = errors ? int(errors->size()) : 0;
    Latency l;
    if (name == u"fixed") {
        rejectUnknownKeys(o, { u"distribution"_s, u"ms"_s }, path, errors);
        l = fixed(readNumber(o, u"ms"_s, path, Rules::latencyMs(), errors).value_or(0));
    } else if (name == u"uniform") {
        rejectUnknownKeys(o, { u"distribution"_s, u"minMs"_s, u"maxMs"_s }, path, errors);
        const auto lo = readNumber(o, u"minMs"_s, path, Rules::latencyMs(), errors);
        const auto hi = readNumber(o, u"maxMs"_s, path, Rules::latencyMs(), errors);
        l = uniform(lo.value_or(0), hi.value_or(0));
    } else if (name == u"lognormal") {
        rejectUnknownKeys(
            o, { u"distribution"_s, u"medianMs"_s, u"sigma"_s, u"maxMs"_s }, path, errors);
        const auto median = readNumber(o, u"medianMs"_s, path, Rules::latencyMs(), errors);
        const auto sigma = readNumber(o, u"sigma"_s, path, Rules::sigma(), errors);
        const auto cap = readNumber(o, u"maxMs"_s, path, Rules::latencyMs(), errors);
        l = lognormal(median.value_or(0), sigma.value_or(0), cap.value_or(0));
    } else {
        addError(
            errors, path + u".distribution", u"must be \"fixed\", \"uniform\" or \"lognormal\""_s);
        return std::nullopt;
    }
    if (errors && errors->size() > before) {
        return std::nullopt;
    }
    return l;
}

bool operator==(const Latency &a, const Latency &b)
{
    return a.distribution == b.distribution && a.ms == b.ms && a.minMs == b.minMs
        && a.maxMs == b.maxMs && a.medianMs == b.medianMs && a.sigma == b.sigma;
}

// ---- Fault ----------------------------------------------------------------------------------

Fault Fault::make(Kind kind)
{
    Fault f;
    f.kind = kind;
    return f;
}

Fault Fault::dribble(int chunkBytes, int intervalMs)
{
    Fault f = make(Kind::Dribble);
    f.chunkBytes = chunkBytes;
    f.intervalMs = intervalMs;
    return f;
}

Fault Fault::bandwidth(qint64 bytesPerSecond)
{
    Fault f = make(Kind::Bandwidth);
    f.bytesPerSecond = bytesPerSecond;
    return f;
}

QString Fault::name(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionReset:
        return u"connection-reset"_s;
    case Kind::ConnectionClose:
        return u"connection-close"_s;
    case Kind::EmptyResponse:
        return u"empty-response"_s;
    case Kind::PartialHeaders:
        return u"partial-headers"_s;
    case Kind::PartialBody:
        return u"partial-body"_s;
    case Kind::Garbage:
        return u"garbage"_s;
    case Kind::Stall:
        return u"stall"_s;
    case Kind::Dribble:
        return u"dribble"_s;
    case Kind::Bandwidth:
        return u"bandwidth"_s;
    case Kind::MalformedChunked:
        return u"malformed-chunked"_s;
    case Kind::TlsFailure:
        return u"tls-failure"_s;
    }
    return {};
}

QStringList Fault::names()
{
    QStringList list;
    for (int k = int(Kind::ConnectionReset); k <= int(Kind::TlsFailure); ++k) {
        list.append(name(Kind(k)));
    }
    return list;
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &text)
{
    for (int k = int(Kind::ConnectionReset); k <= int(Kind::TlsFailure); ++k) {
        if (name(Kind(k)) == text) {
            return Kind(k);
        }
    }
    return std::nullopt;
}

QStringList Fault::keys()
{
    return { u"fault"_s, u"chunkBytes"_s, u"intervalMs"_s, u"bytesPerSecond"_s };
}

void Fault::writeJson(QJsonObject *object) const
{
    if (kind == Kind::None) {
        return;
    }
    object->insert(u"fault"_s, name(kind));
    if (kind == Kind::Dribble) {
        object->insert(u"chunkBytes"_s, chunkBytes);
        object->insert(u"intervalMs"_s, intervalMs);
    } else if (kind == Kind::Bandwidth) {
        object->insert(u"bytesPerSecond"_s, double(bytesPerSecond));
    }
}

Fault Fault::fromJson(const QJsonObject &object, const QString &path, FormatErrors *errors)
{
    Fault f;
    const bool hasDribbleKeys =
        object.contains(u"chunkBytes"_s) || object.contains(u"intervalMs"_s);
    const bool hasBandwidthKeys = object.contains(u"bytesPerSecond"_s);
    if (object.contains(u"fault"_s)) {
        const QJsonValue v = object.value(u"fault"_s);
        const auto kind = kindFromName(v.toString());
        if (!v.isString() || !kind) {
            addError(errors, path + u".fault", u"must be one of %1"_s.arg(names().join(u", "_s)));
            return f;
        }
        f.kind = *kind;
    }
    if (hasDribbleKeys && f.kind != Kind::Dribble) {
        addError(errors,
            path + (object.contains(u"chunkBytes"_s) ? u".chunkBytes"_s : u".intervalMs"_s),
            u"only used with \"fault\": \"dribble\""_s);
    }
    if (hasBandwidthKeys && f.kind != Kind::Bandwidth) {
        addError(errors, path + u".bytesPerSecond", u"only used with \"fault\": \"bandwidth\""_s);
    }
    if (f.kind == Kind::Dribble) {
        if (object.contains(u"chunkBytes"_s)) {
            f.chunkBytes =
                int(readNumber(object, u"chunkBytes"_s, path, Rules::chunkBytes(), errors)
                        .value_or(f.chunkBytes));
        }
        if (object.contains(u"intervalMs"_s)) {
            f.intervalMs =
                int(readNumber(object, u"intervalMs"_s, path, Rules::intervalMs(), errors)
                        .value_or(f.intervalMs));
        }
    } else if (f.kind == Kind::Bandwidth && hasBandwidthKeys) {
        f.bytesPerSecond =
            qint64(readNumber(object, u"bytesPerSecond"_s, path, Rules::bytesPerSecond(), errors)
                       .value_or(double(f.bytesPerSecond)));
    }
    return f;
}

bool operator==(const Fault &a, const Fault &b)
{
    if (a.kind != b.kind) {
        return false;
    }
    if (a.kind == Fault::Kind::Dribble) {
        return a.chunkBytes == b.chunkBytes && a.intervalMs == b.intervalMs;
    }
    if (a.kind == Fault::Kind::Bandwidth) {
        return a.bytesPerSecond == b.bytesPerSecond;
    }
    return true;
}

// ---- ChaosError -----------------------------------------------------------------------------

ChaosError ChaosError::withStatus(int status, const std::optional<QString> &body)
{
    ChaosError e;
    e.status = status;
    e.body = body;
    return e;
}

ChaosError ChaosError::withFault(const Fault &fault)
{
    ChaosError e;
    e.fault = fault;
    return e;
}

QJsonObject ChaosError::toJson() const
{
    QJsonObject o;
    if (!fault.isNone()) {
        fault.writeJson(&o);
        return o;
    }
    o.insert(u"status"_s, status);
    if (body) {
        o.insert(u"body"_s, *body);
    }
    return o;
}

std::optional<ChaosError> ChaosError::fromJson(
    const QJsonValue &value, const QString &path, FormatErrors *errors)
{
    if (!value.isObject()) {
        addError(errors, path, u"must be an object: {\"status\": 503} or {\"fault\": \"...\"}"_s);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const int before = errors ? int(errors->size()) : 0;
    ChaosError e;
    if (o.contains(u"fault"_s)) {
        rejectUnknownKeys(o, Fault::keys(), path, errors);
        e.fault = Fault::fromJson(o, path, errors);
    } else if (o.contains(u"status"_s)) {
        rejectUnknownKeys(o, { u"status"_s, u"body"_s }, path, errors);
        e.status =
            int(readNumber(o, u"status"_s, path, Rules::errorStatus(), errors).value_or(503));
        if (o.contains(u"body"_s)) {
            if (!o.value(u"body"_s).isString()) {
                addError(errors, path + u".body", u"must be a string"_s);
            }
            e.body = o.value(u"body"_s).toString();
        }
    } else {
        addError(errors, path, u"needs \"status\" or \"fault\""_s);
    }
    if (errors && errors->size() > before) {
        return std::nullopt;
    }
    return e;
}

// ---- Chaos ----------------------------------------------------------------------------------

QStringList Chaos::knownKeys()
{
    return { u"latency"_s, u"errorRate"_s, u"error"_s, u"seed"_s };
}

bool Chaos::isEmpty() const
{
    return !latency && !errorRate && !error && !seed && extra.isEmpty();
}

QJsonObject Chaos::toJson() const
{
    QJsonObject o = extra;
    if (latency) {
        o.insert(u"latency"_s, latency->toJson());
    }
    if (errorRate) {
        o.insert(u"errorRate"_s, *errorRate);
    }
    if (error) {
        o.insert(u"error"_s, error->toJson());
    }
    if (seed) {
        o.insert(u"seed"_s, double(*seed));
    }
    return o;
}

Chaos Chaos::fromJson(const QJsonValue &value, const QString &path, FormatErrors *errors)
{
    Chaos c;
    if (!value.isObject()) {
        static const char *const kinds[] = { "null", "a boolean", "a number", "a string",
            "an array", "an object" };
        const int type = int(value.type());
        addError(errors, path,
            u"must be an object, not %1"_s.arg(
                QLatin1StringView(type >= 0 && type < 6 ? kinds[type] : "missing")));
        return c;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys().contains(it.key())) {
            c.extra.insert(it.key(), it.value());
        }
    }
    if (o.contains(u"latency"_s)) {
        c.latency = Latency::fromJson(o.value(u"latency"_s), path + u".latency", errors);
    }
    if (o.contains(u"errorRate"_s)) {
        c.errorRate = readNumber(o, u"errorRate"_s, path, Rules::errorRate(), errors);
    }
    if (o.contains(u"error"_s)) {
        c.error = ChaosError::fromJson(o.value(u"error"_s), path + u".error", errors);
    }
    if (o.contains(u"seed"_s)) {
        // Integers up to 2^53 survive JSON doubles exactly.
        if (const auto seed = readNumber(o, u"seed"_s, path, Rules::seed(), errors)) {
            c.seed = quint64(*seed);
        }
    }
    return c;
}

bool operator==(const Chaos &a, const Chaos &b)
{
    return a.latency == b.latency && a.errorRate == b.errorRate && a.error == b.error
        && a.seed == b.seed && a.extra == b.extra;
}

} // namespace MockBench
