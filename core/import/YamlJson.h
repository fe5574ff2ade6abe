// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace MockBench::Import {

/// YAML read as JSON with yaml-cpp, as YAML 1.2's core schema types it: quoted scalars are
/// strings; plain ones are null (null, ~, empty), booleans (true/false in any of its three
/// cases), integers (decimal, 0o, 0x), floats (.inf and .nan stay strings: JSON has neither) or
/// strings. Anchors and aliases are followed (at most MaxValues values in all, so that aliases
/// cannot blow up), merge keys (<<) fill in what a map does not set, and a map key that repeats
/// is an error. The first document of a stream is read.
class YamlJson
{
public:
    static constexpr int MaxDepth = 200;
    static constexpr int MaxValues = 1000000;

    /// Where a problem is: 1-based line and column of @p content.
    struct Problem
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    /// The JSON value of @p content, or nothing with @p problem set.
    static std::optional<QJsonValue> parse(const QByteArray &content, Problem *problem);
};

} // namespace MockBench::Import
