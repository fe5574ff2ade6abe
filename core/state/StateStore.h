// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/TemplateState.h"
#include "model/RouteSet.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace MockBench {

/// A server's state (DESIGN.md §10): scenario states, data stores and global variables, with
/// the starting values of the route set it serves. Thread-safe: the server's thread matches
/// and answers with it, template renderers read and change it from their worker threads.
class StateStore : public TemplateState
{
public:
    StateStore() = default;

    /// Takes the starting values of @p set (its scenarios, all in "Started", and its "data").
    /// With @p keep, what is unchanged keeps its current value: a scenario still in the set
    /// keeps its state (if its routes still name it), a data store whose starting value is the
    /// same keeps its contents, stores made while serving stay, global variables stay. Without
    /// it everything starts over (a reload).
    void setStartingValues(const RouteSet &set, bool keep);
    /// Puts everything back to its starting values and clears the global variables.
    void reset();

    /// Every scenario of the set with its current state.
    QMap<QString, QString> scenarioStates() const;
    /// The states scenario @p name can be in: "Started" and every "requires" and "then" of its
    /// routes, in that order; empty when the set has no such scenario.
    QStringList possibleStates(const QString &name) const;
    bool hasScenario(const QString &name) const;
    /// The state of scenario @p name ("Started" for one the set does not have).
    QString scenarioState(const QString &name) const;
    /// False (nothing changed) when there is no scenario @p name or @p state is not one of its
    /// possible states.
    bool setScenarioState(const QString &name, const QString &state);
    /// Moves scenario @p name to @p state, whatever it is (a route's "then").
    void moveScenario(const QString &name, const QString &state);

    QStringList dataStoreNames() const;
    /// The same, under the name a TemplateState::dataNames() would have (the "mockoon" dialect
    /// finds a store by part of its name).
    QStringList dataNames() const override { return dataStoreNames(); }
    std::optional<QJsonValue> data(const QString &name) const override;
    void setData(const QString &name, const QJsonValue &value) override;
    /// The data store @p name as compact JSON, kept between changes (a list answered a thousand
    /// times is serialised once); empty when there is none.
    QByteArray dataJson(const QString &name) const;
    /// How an item of an array store is named: its key's text, or nothing when it has none.
    using KeyOf = std::function<std::optional<QString>(const QJsonValue &item, qsizetype position)>;
    /// The first item of the array store @p name that @p keyOf names @p key. The index behind it
    /// is built once per change of the store (and per @p keyField, which names what @p keyOf
    /// reads), so a lookup costs the same however many items there are.
    std::optional<QJsonValue> findItem(
        const QString &name, const QString &keyField, const QString &key, const KeyOf &keyOf) const;
    /// Runs @p change on the data store @p name (made null when there is none) under the lock,
    /// so a read-modify-write is atomic; @p change returns whether it changed anything.
    void modifyData(const QString &name, const std::function<bool(QJsonValue &)> &change);

    QJsonObject globalVariables() const;
    std::optional<QJsonValue> globalVar(const QString &name) const override;
    void setGlobalVar(const QString &name, const QJsonValue &value) override;

    /// Called after every change, on the thread that made it, with no lock held.
    void setChangeCallback(std::function<void()> callback);

private:
    struct Store
    {
        Store() = default;
        explicit Store(const QJsonValue &v)
            : value(v)
        {
        }
        QJsonValue value;
        mutable QByteArray json; ///< compact serialisation of value, made when first asked
        mutable bool jsonValid = false;
        mutable QHash<QString, qsizetype> index; ///< key text -> first position, for indexKey
        mutable QString indexKey;
        mutable bool indexValid = false;
    };
    void changed();

    mutable QMutex m_mutex;
    QMap<QString, QString> m_scenarios; ///< name -> current state
    QHash<QString, QStringList> m_possible; ///< name -> possible states
    QJsonObject m_startData;
    QMap<QString, Store> m_data;
    QJsonObject m_globals;

    QMutex m_callbackMutex;
    std::function<void()> m_callback;
};

} // namespace MockBench
