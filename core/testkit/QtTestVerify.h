// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QtTest macros over the Verify helpers. Header-only and for test code only (it includes
// <QTest>); the core library never compiles it.
//
//     MOCKBENCH_VERIFY_COUNT(server.journal(), RequestPattern::get(u"/1.1/foo/3"_s), 1);
//     MOCKBENCH_VERIFY_NEVER(mockProcess, RequestPattern::del(u"/items/*"_s));
//     MOCKBENCH_VERIFY_ORDER(server, RequestPattern::post(u"/login"_s),
//                            RequestPattern::get(u"/items"_s));
//
// The source is a Journal, a MockServer, a MockProcess (read through its admin API) or a
// QList<Exchange>. Like QVERIFY2, a failure reports the message (what was expected, what
// arrived instead) and returns from the test function; QEXPECT_FAIL works as with QVERIFY.
#pragma once

#include "journal/Journal.h"
#include "server/MockServer.h"
#include "testkit/MockProcess.h"
#include "testkit/Verify.h"

#include <QTest>

#include <optional>

namespace MockBench::QtTestVerifyDetail {

/// The exchanges of a verification source, or empty with @p error set.
inline std::optional<QList<Exchange>> received(const QList<Exchange> &exchanges, QString *)
{
    return exchanges;
}

inline std::optional<QList<Exchange>> received(const Journal &journal, QString *)
{
    return journal.exchanges();
}

inline std::optional<QList<Exchange>> received(const MockServer &server, QString *)
{
    return server.journal().exchanges();
}

inline std::optional<QList<Exchange>> received(MockProcess &process, QString *error)
{
    std::optional<QList<Exchange>> exchanges = process.receivedExchanges();
    if (!exchanges) {
        *error = QStringLiteral("cannot read the requests of the mockbench process: ")
            + process.errorString();
    }
    return exchanges;
}

/// Runs @p check on the exchanges of @p source; a source that cannot be read fails.
template <typename Source, typename Check>
VerifyResult run(Source &&source, Check check)
{
    QString error;
    const std::optional<QList<Exchange>> exchanges = received(source, &error);
    if (!exchanges) {
        return { false, error };
    }
    return check(*exchanges);
}

} // namespace MockBench::QtTestVerifyDetail

/// The QVERIFY2 step shared by the macros: reports @p result and returns on failure.
#define MOCKBENCH_DETAIL_REPORT(result, expression)                                                \
    do {                                                                                           \
        const ::MockBench::VerifyResult mockbenchResult_ = (result);                               \
        if (!QTest::qVerify(mockbenchResult_.ok, expression, qPrintable(mockbenchResult_.message), \
                __FILE__, __LINE__))                                                               \
            return;                                                                                \
    } while (false)

/// Exactly @p expected requests of @p source match @p pattern.
#define MOCKBENCH_VERIFY_COUNT(source, pattern, expected)                                          \
    MOCKBENCH_DETAIL_REPORT(::MockBench::QtTestVerifyDetail::run(source,                           \
                                [&](const QList<::MockBench::Exchange> &mockbenchReceived_) {      \
                                    return ::MockBench::verifyCount(                               \
                                        mockbenchReceived_, pattern, expected);                    \
                                }),                                                                \
        "MOCKBENCH_VERIFY_COUNT(" #source ", " #pattern ", " #expected ")")

/// At least @p minimum requests of @p source match @p pattern.
#define MOCKBENCH_VERIFY_AT_LEAST(source, pattern, minimum)                                        \
    MOCKBENCH_DETAIL_REPORT(::MockBench::QtTestVerifyDetail::run(source,                           \
                                [&](const QList<::MockBench::Exchange> &mockbenchReceived_) {      \
                                    return ::MockBench::verifyAtLeast(                             \
                                        mockbenchReceived_, pattern, minimum);                     \
                                }),                                                                \
        "MOCKBENCH_VERIFY_AT_LEAST(" #source ", " #pattern ", " #minimum ")")

/// At most @p maximum requests of @p source match @p pattern.
#define MOCKBENCH_VERIFY_AT_MOST(source, pattern, maximum)                                         \
    MOCKBENCH_DETAIL_REPORT(::MockBench::QtTestVerifyDetail::run(source,                           \
                                [&](const QList<::MockBench::Exchange> &mockbenchReceived_) {      \
                                    return ::MockBench::verifyAtMost(                              \
                                        mockbenchReceived_, pattern, maximum);                     \
                                }),                                                                \
        "MOCKBENCH_VERIFY_AT_MOST(" #source ", " #pattern ", " #maximum ")")

/// No request of @p source matches @p pattern.
#define MOCKBENCH_VERIFY_NEVER(source, pattern)                                                    \
    MOCKBENCH_DETAIL_REPORT(::MockBench::QtTestVerifyDetail::run(source,                           \
                                [&](const QList<::MockBench::Exchange> &mockbenchReceived_) {      \
                                    return ::MockBench::verifyNever(mockbenchReceived_, pattern);  \
                                }),                                                                \
        "MOCKBENCH_VERIFY_NEVER(" #source ", " #pattern ")")

/// Requests matching the patterns after @p source arrived in that order (others may come
/// in between).
#define MOCKBENCH_VERIFY_ORDER(source, ...)                                                        \
    MOCKBENCH_DETAIL_REPORT(::MockBench::QtTestVerifyDetail::run(source,                           \
                                [&](const QList<::MockBench::Exchange> &mockbenchReceived_) {      \
                                    return ::MockBench::verifyOrder(mockbenchReceived_,            \
                                        QList<::MockBench::RequestPattern> { __VA_ARGS__ });       \
                                }),                                                                \
        "MOCKBENCH_VERIFY_ORDER(" #source ", " #__VA_ARGS__ ")")
