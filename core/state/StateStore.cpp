// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    // A scalar: serialised inside an array, whose brackets are then cut off.
    return QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace

void StateStore::setStartingValues(const RouteSet &set, bool keep)
{
    {
        QMutexLocker lock(&m_mutex);
        QHash<QString, QStringList> possible;
        for (const Route &route : set.routes) {
            if (!route.scenario || route.scenario->name.isEmpty()) {
                continue;
            }
            QStringList &states = possible[route.scenario->name];
            if (states.isEmpty()) {
                states.append(RouteScenario::startedState());
            }
            for (const auto &state : { route.scenario->requiredState, route.scenario->newState }) {
                if (state && !states.contains(*state)) {
                    states.append(*state);
                }
            }
        }
        QMap<QString, QString> scenarios;
        for (auto it = possible.cbegin(); it != possible.cend(); ++it) {
            const QString current = m_scenarios.value(it.key());
            // A state that the edited routes no longer name starts over.
            scenarios.insert(it.key(),
                keep && it.value().contains(current) ? current : RouteScenario::startedState());
        }
        QMap<QString, Store> data;
        for (auto it = set.data.constBegin(); it != set.data.constEnd(); ++it) {
            const auto old = m_data.constFind(it.key());
            if (keep && old != m_data.constEnd() && m_startData.value(it.key()) == it.value()) {
                data.insert(it.key(), old.value());
            } else {
                data.insert(it.key(), Store(it.value()));
            }
        }
        if (keep) {
            // Stores made while serving (a template's setData, the admin API) stay too, unless
            // the new set brings its own starting value for them.
            for (auto it = m_data.cbegin(); it != m_data.cend(); ++it) {
                if (!m_startData.contains(it.key()) && !data.contains(it.key())) {
                    data.insert(it.key(), it.value());
                }
            }
        }
        m_possible = possible;
        m_scenarios = scenarios;
        m_startData = set.data;
        m_data = data;
        if (!keep) {
            m_globals = {};
        }
    }
    changed();
}

void StateStore::reset()
{
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_scenarios.begin(); it != m_scenarios.end(); ++it) {
            it.value() = RouteScenario::startedState();
        }
        m_data.clear();
        for (auto it = m_startData.constBegin(); it != m_startData.constEnd(); ++it) {
            m_data.insert(it.key(), Store(it.value()));
        }
        m_globals = {};
    }
    changed();
}

QMap<QString, QString> StateStore::scenarioStates() const
{
    QMutexLocker lock(&m_mutex);
    return m_scenarios;
}

QStringList StateStore::possibleStates(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_possible.value(name);
}

bool StateStore::hasScenario(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_scenarios.contains(name);
}

QString StateStore::scenarioState(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_scenarios.value(name, RouteScenario::startedState());
}

bool StateStore::setScenarioState(const QString &name, const QString &state)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_scenarios.find(name);
        if (it == m_scenarios.end() || !m_possible.value(name).contains(state)) {
            return false;
        }
        if (it.value() == state) {
            return true;
        }
        it.value() = state;
    }
    changed();
    return true;
}

void StateStore::moveScenario(const QString &name, const QString &state)
{
    {
        QMutexLocker lock(&m_mutex);
        QString &current = m_scenarios[name];
        if (current == state) {
            return;
        }
        current = state;
    }
    changed();
}

QStringList StateStore::dataStoreNames() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.keys();
}

std::optional<QJsonValue> StateStore::data(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_data.constFind(name);
    if (it == m_data.constEnd()) {
        return std::nullopt;
    }
    return it->value;
}

void StateStore::setData(const QString &name, const QJsonValue &value)
{
    {
        QMutexLocker lock(&m_mutex);
        // An undefined value (a template's undefined) is stored as null: JSON has no undefined.
        m_data.insert(name, Store(value.isUndefined() ? QJsonValue() : value));
    }
    changed();
}

QByteArray StateStore::dataJson(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_data.constFind(name);
    if (it == m_data.constEnd()) {
        return {};
    }
    if (!it->jsonValid) {
        it->json = compactJson(it->value);
        it->jsonValid = true;
    }
    return it->json;
}

std::optional<QJsonValue> StateStore::findItem(
    const QString &name, const QString &keyField, const QString &key, const KeyOf &keyOf) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_data.constFind(name);
    if (it == m_data.constEnd() || !it->value.isArray()) {
        return std::nullopt;
    }
    const QJsonArray items = it->value.toArray();
    if (!it->indexValid || it->indexKey != keyField) {
        it->index.clear();
        it->index.reserve(items.size());
        // QHash::insert replaces: walked back, the first item of a key is the one kept.
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            if (const std::optional<QString> text = keyOf(items.at(i), i)) {
                it->index.insert(*text, i);
            }
        }
        it->indexKey = keyField;
        it->indexValid = true;
    }
    const auto found = it->index.constFind(key);
    if (found == it->index.constEnd()) {
        return std::nullopt;
    }
    return items.at(found.value());
}

void StateStore::modifyData(const QString &name, const std::function<bool(QJsonValue &)> &change)
{
    bool modified = false;
    {
        QMutexLocker lock(&m_mutex);
        Store &store = m_data[name];
        modified = change(store.value);
        if (modified) {
            store.jsonValid = false;
            store.json.clear();
            store.indexValid = false;
            store.index.clear();
        }
    }
    if (modified) {
        changed();
    }
}

QJsonObject StateStore::globalVariables() const
{
    QMutexLocker lock(&m_mutex);
    return m_globals;
}

std::optional<QJsonValue> StateStore::globalVar(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_globals.constFind(name);
    if (it == m_globals.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

void StateStore::setGlobalVar(const QString &name, const QJsonValue &value)
{
    {
        QMutexLocker lock(&m_mutex);
        m_globals.insert(name, value.isUndefined() ? QJsonValue() : value);
    }
    changed();
}

void StateStore::setChangeCallback(std::function<void()> callback)
{
    QMutexLocker lock(&m_callbackMutex);
    m_callback = std::move(callback);
}

void StateStore::changed()
{
    // Its own lock, held while the callback runs, so clearing the callback (the server going
    // away) waits for a call under way on another thread.
    QMutexLocker lock(&m_callbackMutex);
    if (m_callback) {
        m_callback();
    }
}

} // namespace MockBench
