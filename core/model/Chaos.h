// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FormatError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

class QRandomGenerator;

namespace MockBench {

/// A latency distribution in milliseconds: fixed, uniform (min, max) or lognormal
/// (median, sigma, capped at max).
struct Latency
{
    enum class Distribution { Fixed, Uniform, Lognormal };

    Distribution distribution = Distribution::Fixed;
    double ms = 0; ///< Fixed
    double minMs = 0; ///< Uniform
    double maxMs = 0; ///< Uniform: upper bound; Lognormal: the cap
    double medianMs = 0; ///< Lognormal
    double sigma = 0; ///< Lognormal

    static Latency fixed(double ms);
    static Latency uniform(double minMs, double maxMs);
    static Latency lognormal(double medianMs, double sigma, double maxMs);

    /// True when every draw is 0 ms.
    bool isZero() const;
    /// One draw in milliseconds, never negative, never above the distribution's bounds.
    double draw(QRandomGenerator &random) const;

    QJsonObject toJson() const;
    static std::optional<Latency> fromJson(
        const QJsonValue &value, const QString &path, FormatErrors *errors);
    static QString distributionName(Distribution d);

    friend bool operator==(const Latency &a, const Latency &b);
    friend bool operator!=(const Latency &a, const Latency &b) { return !(a == b); }
};

/// Something that goes wrong on the wire instead of (or while) answering.
struct Fault
{
    enum class Kind {
        None,
        ConnectionReset, ///< RST as soon as it is this response's turn
        ConnectionClose, ///< FIN right after the request, before any byte (ignores latency)
        EmptyResponse, ///< FIN, no byte, when the answer would have been sent (after latency)
        PartialHeaders, ///< part of the status line and headers, then FIN
        PartialBody, ///< all headers (full Content-Length), half the body, then FIN
        Garbage, ///< bytes that are not HTTP, then FIN
        Stall, ///< the request is read and never answered
        Dribble, ///< headers at once, then the body chunkBytes every intervalMs
        Bandwidth, ///< headers at once, then the body at bytesPerSecond
        MalformedChunked, ///< chunked transfer encoding with a broken chunk, then FIN
        /// A fatal TLS alert record (handshake_failure) instead of the answer, then the
        /// connection drops (under TLS: without close_notify)
        TlsFailure,
    };

    Kind kind = Kind::None;
    int chunkBytes = 10; ///< Dribble
    int intervalMs = 100; ///< Dribble
    qint64 bytesPerSecond = 1024; ///< Bandwidth

    static Fault make(Kind kind);
    static Fault dribble(int chunkBytes, int intervalMs);
    static Fault bandwidth(qint64 bytesPerSecond);

    bool isNone() const { return kind == Kind::None; }
    /// The file name of @p kind ("connection-reset"), empty for None.
    static QString name(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    /// Every fault name, in declaration order.
    static QStringList names();
    /// The keys a fault uses in a response or error object.
    static QStringList keys();

    /// Writes "fault" and its parameters into @p object (nothing for None).
    void writeJson(QJsonObject *object) const;
    /// Reads "fault" and its parameters from @p object (a response or an error).
    static Fault fromJson(const QJsonObject &object, const QString &path, FormatErrors *errors);

    friend bool operator==(const Fault &a, const Fault &b);
    friend bool operator!=(const Fault &a, const Fault &b) { return !(a == b); }
};

/// What a request gets when the error roll hits: a status (with optional body) or a fault.
struct ChaosError
{
    int status = 503;
    std::optional<QString> body; ///< default: a short text naming the simulated error
    Fault fault; ///< when set, the fault replaces the status

    static ChaosError withStatus(int status, const std::optional<QString> &body = {});
    static ChaosError withFault(const Fault &fault);

    QJsonObject toJson() const;
    static std::optional<ChaosError> fromJson(
        const QJsonValue &value, const QString &path, FormatErrors *errors);

    friend bool operator==(const ChaosError &a, const ChaosError &b)
    {
        return a.status == b.status && a.body == b.body && a.fault == b.fault;
    }
    friend bool operator!=(const ChaosError &a, const ChaosError &b) { return !(a == b); }
};

/// Chaos settings, global (a route set's) or per route. Unset fields mean "not configured":
/// route latency adds to global latency, a route's errorRate and error replace the global ones.
struct Chaos
{
    std::optional<Latency> latency;
    std::optional<double> errorRate; ///< 0..1
    std::optional<ChaosError> error;
    std::optional<quint64> seed; ///< global only: makes every random choice repeat
    QJsonObject extra; ///< unknown keys, written back on save

    bool isEmpty() const;
    QJsonObject toJson() const;
    static Chaos fromJson(const QJsonValue &value, const QString &path, FormatErrors *errors);
    static QStringList knownKeys();

    friend bool operator==(const Chaos &a, const Chaos &b);
    friend bool operator!=(const Chaos &a, const Chaos &b) { return !(a == b); }
};

} // namespace MockBench
