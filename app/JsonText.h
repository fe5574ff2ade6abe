// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace MockBench {

/// JSON as the editors show and read it: a value of any kind (also a bare 42 or "x"), and
/// where and why a text is not JSON.
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(MockBench::JsonText)

public:
    /// A parsed value, or the line and column (1-based) of what is wrong and why.
    struct Parsed
    {
        std::optional<QJsonValue> value;
        QString error;
        int line = 0;
        int column = 0;
    };

    static Parsed parse(const QString &text);
    /// @p value indented for objects and arrays (the body editor).
    static QString indented(const QJsonValue &value);
    /// @p value on one line (a condition's JSON subset).
    static QString compact(const QJsonValue &value);
};

} // namespace MockBench
