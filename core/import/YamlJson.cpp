// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

class Converter
{
public:
    std::optional<QJsonValue> convert(const YAML::Node &node, int depth);

    YamlJson::Problem problem;

private:
    bool fail(const YAML::Node &node, const QString &message)
    {
        const YAML::Mark mark = node.Mark();
        problem = { mark.line + 1, mark.column + 1, message };
        return false;
    }
    std::optional<QJsonValue> scalar(const YAML::Node &node);
    bool addMap(const YAML::Node &node, int depth, QJsonObject *object);

    int m_values = 0;
};

std::optional<QJsonValue> plainScalar(const QString &text)
{
    static const QRegularExpression nullRe(u"^(?:~|null|Null|NULL|)$"_s);
    static const QRegularExpression decimalRe(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression octalRe(u"^0o[0-7]+$"_s);
    static const QRegularExpression hexRe(u"^0x[0-9a-fA-F]+$"_s);
    static const QRegularExpression floatRe(
        u"^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"_s);
    if (nullRe.match(text).hasMatch()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (text == u"true"_s || text == u"True"_s || text == u"TRUE"_s) {
        return QJsonValue(true);
    }
    if (text == u"false"_s || text == u"False"_s || text == u"FALSE"_s) {
        return QJsonValue(false);
    }
    bool ok = false;
    if (decimalRe.match(text).hasMatch()) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok) {
            return QJsonValue(n);
        }
        const double d = text.toDouble(&ok);
        return ok ? std::optional<QJsonValue>(QJsonValue(d)) : std::nullopt;
    }
    if (octalRe.match(text).hasMatch() || hexRe.match(text).hasMatch()) {
        const qulonglong n = text.mid(2).toULongLong(&ok, text.at(1) == u'o' ? 8 : 16);
        if (ok && n <= qulonglong(std::numeric_limits<qint64>::max())) {
            return QJsonValue(qint64(n));
        }
        return QJsonValue(text);
    }
    if (floatRe.match(text).hasMatch()) {
        const double d = text.toDouble(&ok);
        if (ok) {
            return QJsonValue(d);
        }
    }
    return QJsonValue(text);
}

std::optional<QJsonValue> Converter::scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") {
        return QJsonValue(text);
    }
    if (tag == "?" || tag.empty()) {
        return plainScalar(text);
    }
    if (tag == "tag:yaml.org,2002:null") {
        return QJsonValue(QJsonValue::Null);
    }
    const std::optional<QJsonValue> typed = plainScalar(text);
    if (tag == "tag:yaml.org,2002:bool" && typed && typed->isBool()) {
        return typed;
    }
    if ((tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float") && typed
        && typed->isDouble()) {
        return typed;
    }
    if (tag == "tag:yaml.org,2002:binary" || tag == "tag:yaml.org,2002:timestamp") {
        return QJsonValue(text);
    }
    fail(
        node, u"the tag %1 does not fit the value \"%2\""_s.arg(QString::fromStdString(tag), text));
    return std::nullopt;
}

bool Converter::addMap(const YAML::Node &node, int depth, QJsonObject *object)
{
    QJsonObject merged; // what merge keys bring, under what the map sets itself
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            return fail(key, u"a map key must be a scalar"_s);
        }
        const QString name = QString::fromStdString(key.Scalar());
        if (name == u"<<"_s && key.Tag() == "?") {
            const YAML::Node value = it->second;
            QList<YAML::Node> sources;
            if (value.IsMap()) {
                sources.append(value);
            } else if (value.IsSequence()) {
                for (const YAML::Node &item : value) {
                    sources.append(item);
                }
            }
            for (const YAML::Node &source : std::as_const(sources)) {
                if (!source.IsMap()) {
                    return fail(value, u"a merge key (<<) takes a map or a list of maps"_s);
                }
                QJsonObject part;
                if (!addMap(source, depth + 1, &part)) {
                    return false;
                }
                for (auto p = part.begin(); p != part.end(); ++p) {
                    if (!merged.contains(p.key())) {
                        merged.insert(p.key(), p.value());
                    }
                }
            }
            if (sources.isEmpty()) {
                return fail(value, u"a merge key (<<) takes a map or a list of maps"_s);
            }
            continue;
        }
        if (object->contains(name)) {
            return fail(key, u"the key \"%1\" appears twice in this map"_s.arg(name));
        }
        const std::optional<QJsonValue> value = convert(it->second, depth + 1);
        if (!value) {
            return false;
        }
        object->insert(name, *value);
    }
    for (auto p = merged.begin(); p != merged.end(); ++p) {
        if (!object->contains(p.key())) {
            object->insert(p.key(), p.value());
        }
    }
    return true;
}

std::optional<QJsonValue> Converter::convert(const YAML::Node &node, int depth)
{
    if (++m_values > YamlJson::MaxValues) {
        fail(node,
            u"more than %1 values (aliases repeat what they name)"_s.arg(YamlJson::MaxValues));
        return std::nullopt;
    }
    if (depth > YamlJson::MaxDepth) {
        fail(node,
            u"nested deeper than %1 levels (an alias inside what it names?)"_s.arg(
                YamlJson::MaxDepth));
        return std::nullopt;
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            const std::optional<QJsonValue> value = convert(item, depth + 1);
            if (!value) {
                return std::nullopt;
            }
            array.append(*value);
        }
        return QJsonValue(array);
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        if (!addMap(node, depth, &object)) {
            return std::nullopt;
        }
        return QJsonValue(object);
    }
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonValue> YamlJson::parse(const QByteArray &content, Problem *problem)
{
    YAML::Node root;
    try {
        root = YAML::Load(content.toStdString());
    } catch (const YAML::Exception &e) {
        if (problem) {
            *problem = { e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg) };
        }
        return std::nullopt;
    }
    Converter converter;
    try {
        std::optional<QJsonValue> value = converter.convert(root, 0);
        if (!value && problem) {
            *problem = converter.problem;
        }
        return value;
    } catch (const YAML::Exception &e) {
        if (problem) {
            *problem = { e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg) };
        }
        return std::nullopt;
    }
}

} // namespace MockBench::Import
