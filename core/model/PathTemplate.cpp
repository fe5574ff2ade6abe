// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathTemplate.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace MockBench {

static bool isValidName(const QString &name)
{
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_')) {
        return false;
    }
    return std::all_of(
        name.begin(), name.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}

static QString decoded(const QString &text)
{
    return text.contains(u'%') ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
}

static const QString intPattern = u"-?[0-9]+"_s;

std::optional<PathTemplate> PathTemplate::parse(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PathTemplate> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!path.startsWith(u'/')) {
        return fail(u"must start with /"_s);
    }
    if (path.contains(u'?')) {
        return fail(u"must not contain a query string (use match.query)"_s);
    }

    PathTemplate result;
    result.m_source = path;

    // Split on '/' outside braces: a {name:regex} may itself contain '/' or braces.
    QStringList raw;
    QString current;
    int depth = 0;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth < 0) {
                return fail(u"unbalanced } at offset %1"_s.arg(i));
            }
        }
        if (c == u'/' && depth == 0) {
            raw.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (depth != 0) {
        return fail(u"unclosed {"_s);
    }
    raw.append(current);
    if (path.size() == 1) {
        raw.clear(); // "/"
    } else if (raw.last().isEmpty()) {
        raw.removeLast(); // "/items/" routes like "/items"; "//" still has an empty segment
    }

    QStringList seen;
    for (qsizetype s = 0; s < raw.size(); ++s) {
        const QString &text = raw.at(s);
        if (text.isEmpty()) {
            return fail(u"empty segment %1"_s.arg(s + 1));
        }
        Segment seg;
        if (!text.contains(u'{')) {
            seg.kind = Segment::Kind::Literal;
            // Request paths arrive percent-decoded, so "/a%20b" must compare as "a b".
            seg.literal = decoded(text);
            result.m_segments.append(seg);
            continue;
        }
        if (text.startsWith(u"{*"_s)) {
            if (!text.endsWith(u'}')) {
                return fail(u"{*name} must fill its whole segment"_s);
            }
            if (s != raw.size() - 1) {
                return fail(u"{*name} must be the last segment"_s);
            }
            const QString name = text.mid(2, text.size() - 3);
            if (!isValidName(name)) {
                return fail(u"bad capture name \"%1\""_s.arg(name));
            }
            if (seen.contains(name)) {
                return fail(u"capture \"%1\" used twice"_s.arg(name));
            }
            result.m_restName = name;
            break;
        }
        // A segment with one or more captures, possibly mixed with literal text.
        QString pattern;
        QString key;
        int group = 1;
        qsizetype i = 0;
        while (i < text.size()) {
            if (text.at(i) != u'{') {
                const qsizetype open = text.indexOf(u'{', i);
                const QString literal = decoded(text.mid(i, open < 0 ? -1 : open - i));
                pattern += QRegularExpression::escape(literal);
                key += literal;
                i = open < 0 ? text.size() : open;
                continue;
            }
            qsizetype end = i + 1;
            int nested = 1;
            while (end < text.size() && nested > 0) {
                if (text.at(end) == u'{') {
                    ++nested;
                } else if (text.at(end) == u'}') {
                    --nested;
                }
                ++end;
            }
            const QString inner = text.mid(i + 1, end - i - 2);
            const qsizetype colon = inner.indexOf(u':');
            const QString name = colon < 0 ? inner : inner.left(colon);
            const QString type = colon < 0 ? QString() : inner.mid(colon + 1);
            if (name.startsWith(u'*')) {
                return fail(u"{*name} must fill its whole segment"_s);
            }
            if (!isValidName(name)) {
                return fail(u"bad capture name \"%1\""_s.arg(name));
            }
            if (seen.contains(name)) {
                return fail(u"capture \"%1\" used twice"_s.arg(name));
            }
            seen.append(name);
            seg.names.append(name);
            int ownGroups = 0;
            if (colon < 0) {
                pattern += u"([^/]+)"_s;
                key += u"{}"_s;
                seg.intCaptures.append(false);
            } else if (type == u"int") {
                pattern += u"("_s + intPattern + u")"_s;
                key += u"{:int}"_s;
                seg.intCaptures.append(true);
            } else {
                const QRegularExpression check(type);
                if (type.isEmpty() || !check.isValid()) {
                    return fail(u"bad regex for {%1}: %2"_s.arg(
                        name, type.isEmpty() ? u"empty pattern"_s : check.errorString()));
                }
                ownGroups = check.captureCount();
                pattern += u"("_s + type + u")"_s;
                key += u"{:"_s + type + u"}"_s;
                seg.intCaptures.append(false);
            }
            // The user's own groups shift the numbers of the captures after them.
            seg.groups.append(group);
            group += 1 + ownGroups;
            i = end;
        }
        const bool single = seg.names.size() == 1 && (key == u"{}"_s || key == u"{:int}"_s);
        if (single) {
            seg.kind = key == u"{}"_s ? Segment::Kind::Param : Segment::Kind::Int;
        } else {
            seg.kind = Segment::Kind::Pattern;
        }
        seg.regex = ValueMatcher::Regex(pattern);
        if (!seg.regex.isValid()) {
            return fail(u"bad segment %1: %2"_s.arg(text, seg.regex.errorString()));
        }
        seg.key = key;
        result.m_segments.append(seg);
    }
    return result;
}

QStringList PathTemplate::splitPath(const QString &path)
{
    QStringList parts = path.split(u'/');
    if (!parts.isEmpty() && parts.first().isEmpty()) {
        parts.removeFirst();
    }
    if (!parts.isEmpty() && parts.last().isEmpty()) {
        parts.removeLast();
    }
    return parts;
}

static bool isInt(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const qsizetype start = text.front() == u'-' ? 1 : 0;
    if (start == text.size()) {
        return false;
    }
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

bool PathTemplate::matchSegment(const Segment &segment, const QString &text, PathCaptures *captures)
{
    switch (segment.kind) {
    case Segment::Kind::Literal:
        return segment.literal == text;
    case Segment::Kind::Param:
        if (text.isEmpty()) {
            return false;
        }
        if (captures) {
            captures->append({ segment.names.first(), text, false });
        }
        return true;
    case Segment::Kind::Int:
        if (!isInt(text)) {
            return false;
        }
        if (captures) {
            captures->append({ segment.names.first(), text, true });
        }
        return true;
    case Segment::Kind::Pattern: {
        const QRegularExpressionMatch m = segment.regex.match(text);
        if (!m.hasMatch()) {
            return false;
        }
        if (captures) {
            for (qsizetype i = 0; i < segment.names.size(); ++i) {
                captures->append({ segment.names.at(i), m.captured(segment.groups.at(i)),
                    segment.intCaptures.at(i) });
            }
        }
        return true;
    }
    }
    return false;
}

bool PathTemplate::match(const QStringList &segments, PathCaptures *captures, QString *why) const
{
    const qsizetype fixed = m_segments.size();
    if (segments.size() < fixed || (!hasRest() && segments.size() > fixed)) {
        if (why) {
            *why = u"path has %1 segment(s), the route has %2%3"_s.arg(segments.size())
                       .arg(hasRest() ? u"at least "_s : QString())
                       .arg(fixed);
        }
        return false;
    }
    for (qsizetype i = 0; i < fixed; ++i) {
        const Segment &seg = m_segments.at(i);
        if (!matchSegment(seg, segments.at(i), captures)) {
            if (why) {
                switch (seg.kind) {
                case Segment::Kind::Literal:
                    *why = u"segment %1 is \"%2\", not \"%3\""_s.arg(i + 1).arg(
                        segments.at(i), seg.literal);
                    break;
                case Segment::Kind::Int:
                    *why = u"segment %1 \"%2\" is not an int"_s.arg(i + 1).arg(segments.at(i));
                    break;
                default:
                    *why = u"segment %1 \"%2\" does not fit %3"_s.arg(i + 1).arg(
                        segments.at(i), seg.key);
                    break;
                }
            }
            return false;
        }
    }
    if (hasRest() && captures) {
        captures->append({ m_restName, segments.mid(fixed).join(u'/'), false });
    }
    return true;
}

} // namespace MockBench
