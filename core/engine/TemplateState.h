// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace MockBench {

/// What templates read and change of a server's state (DESIGN.md §10): its data stores and
/// global variables. The state layer implements it; renderers call it from their worker
/// threads, so every implementation is thread-safe.
class TemplateState
{
public:
    virtual ~TemplateState() = default;

    /// The data store @p name as it is now, or nothing when there is none of that name.
    virtual std::optional<QJsonValue> data(const QString &name) const = 0;
    /// The data stores' names, in the route set's order.
    virtual QStringList dataNames() const { return {}; }
    /// Replaces the data store @p name (made when there is none), as Mockoon's setData does.
    virtual void setData(const QString &name, const QJsonValue &value) = 0;
    /// The global variable @p name (Mockoon's setGlobalVar), or nothing when it is unset.
    virtual std::optional<QJsonValue> globalVar(const QString &name) const = 0;
    virtual void setGlobalVar(const QString &name, const QJsonValue &value) = 0;
};

} // namespace MockBench
