// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteSetDocument.h"

#include "format/AnyFormat.h"
#include "format/RouteSetFormat.h"
#include "model/Validation.h"
#include "server/MockServer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

bool validRow(const RouteSet &set, int row)
{
    return row >= 0 && row < set.routes.size();
}

/// Whether @p edit can be applied to @p set at all (rows in range, a move that moves).
bool fits(const RouteSet &set, const DocumentEdit &edit)
{
    switch (edit.kind) {
    case DocumentEdit::Kind::UpdateRoute:
    case DocumentEdit::Kind::RemoveRoute:
        return validRow(set, edit.row);
    case DocumentEdit::Kind::InsertRoute:
        return edit.row >= 0 && edit.row <= set.routes.size();
    case DocumentEdit::Kind::MoveRoute:
        return validRow(set, edit.row) && validRow(set, edit.toRow) && edit.row != edit.toRow;
    case DocumentEdit::Kind::SetChaos:
    case DocumentEdit::Kind::SetName:
    case DocumentEdit::Kind::ReplaceAll:
        return true;
    }
    return false;
}

/// @p set with every route that has no id given one, as the file loader would.
RouteSet withIds(RouteSet set)
{
    set.assignMissingIds();
    return set;
}

/// The set @p edit would produce from @p set (the edit is assumed to fit it).
RouteSet applied(RouteSet set, const DocumentEdit &edit)
{
    switch (edit.kind) {
    case DocumentEdit::Kind::UpdateRoute:
        set.routes[edit.row] = edit.after;
        break;
    case DocumentEdit::Kind::InsertRoute:
        set.routes.insert(edit.row, edit.after);
        break;
    case DocumentEdit::Kind::RemoveRoute:
        set.routes.removeAt(edit.row);
        break;
    case DocumentEdit::Kind::MoveRoute:
        set.routes.move(edit.row, edit.toRow);
        break;
    case DocumentEdit::Kind::SetChaos:
        set.chaos = edit.chaosAfter;
        break;
    case DocumentEdit::Kind::SetName:
        set.name = edit.nameAfter;
        break;
    case DocumentEdit::Kind::ReplaceAll: {
        // The folder belongs to the document, not to the edit: undoing an import after a
        // Save As to another folder must not bring the old folder back.
        const QString baseDir = set.baseDir;
        set = edit.setAfter;
        set.baseDir = baseDir;
        break;
    }
    }
    return set;
}

} // namespace

RouteSetDocument::RouteSetDocument(QObject *parent)
    : QObject(parent)
{
}

void RouteSetDocument::setModified(bool modified)
{
    if (m_modified == modified) {
        return;
    }
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void RouteSetDocument::attachServer(MockServer *server)
{
    m_server = server;
    serve();
}

void RouteSetDocument::setEditSink(std::function<void(const DocumentEdit &)> sink)
{
    m_sink = std::move(sink);
}

bool RouteSetDocument::updateRoute(
    int row, const Route &route, const QString &text, FormatErrors *errors)
{
    if (!validRow(m_set, row)) {
        return false;
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::UpdateRoute;
    edit.row = row;
    edit.before = m_set.routes.at(row);
    edit.after = route;
    edit.text = text;
    if (edit.before == edit.after) {
        return true; // nothing to do, nothing to undo
    }
    return submit(edit, errors);
}

bool RouteSetDocument::insertRoute(int row, Route route, const QString &text, FormatErrors *errors)
{
    if (row < 0 || row > m_set.routes.size()) {
        row = int(m_set.routes.size());
    }
    if (route.id.isEmpty() || m_set.indexOf(route.id) >= 0) {
        route.id = uniqueId(route.id);
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::InsertRoute;
    edit.row = row;
    edit.after = route;
    edit.text = text;
    return submit(edit, errors);
}

bool RouteSetDocument::removeRoute(int row, const QString &text)
{
    if (!validRow(m_set, row)) {
        return false;
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::RemoveRoute;
    edit.row = row;
    edit.before = m_set.routes.at(row);
    edit.text = text;
    return submit(edit);
}

bool RouteSetDocument::moveRoute(int from, int to, const QString &text)
{
    if (!validRow(m_set, from) || !validRow(m_set, to)) {
        return false;
    }
    if (from == to) {
        return true;
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::MoveRoute;
    edit.row = from;
    edit.toRow = to;
    edit.text = text;
    return submit(edit);
}

bool RouteSetDocument::setChaos(const Chaos &chaos, const QString &text, FormatErrors *errors)
{
    if (chaos == m_set.chaos) {
        return true;
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::SetChaos;
    edit.chaosBefore = m_set.chaos;
    edit.chaosAfter = chaos;
    edit.text = text;
    return submit(edit, errors);
}

bool RouteSetDocument::setName(const QString &name, const QString &text)
{
    if (name == m_set.name) {
        return true;
    }
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::SetName;
    edit.nameBefore = m_set.name;
    edit.nameAfter = name;
    edit.text = text;
    return submit(edit);
}

bool RouteSetDocument::replaceAll(const RouteSet &set, const QString &text, FormatErrors *errors)
{
    DocumentEdit edit;
    edit.kind = DocumentEdit::Kind::ReplaceAll;
    edit.setBefore = m_set;
    edit.setAfter = withIds(set);
    edit.text = text;
    return submit(edit, errors);
}

FormatErrors RouteSetDocument::check(const DocumentEdit &edit) const
{
    if (!fits(m_set, edit)) {
        return { { u"routes[%1]"_s.arg(edit.row), u"no such route"_s } };
    }
    using Kind = DocumentEdit::Kind;
    if (edit.kind == Kind::UpdateRoute || edit.kind == Kind::InsertRoute) {
        // Said here rather than left to the loader, so the error names the edited route (the
        // loader blames whichever of the two comes second) and an emptied id is not silently
        // replaced by a generated one.
        const QString idPath = u"routes[%1].id"_s.arg(edit.row);
        if (edit.after.id.isEmpty()) {
            return { { idPath, u"must be a non-empty string"_s } };
        }
        const int other = m_set.indexOf(edit.after.id);
        if (other >= 0 && !(edit.kind == Kind::UpdateRoute && other == edit.row)) {
            const int shown =
                edit.kind == Kind::InsertRoute && other >= edit.row ? other + 1 : other;
            return { { idPath,
                u"\"%1\" is already used by routes[%2]"_s.arg(edit.after.id).arg(shown) } };
        }
    }
    if (edit.kind == Kind::RemoveRoute || edit.kind == Kind::MoveRoute
        || edit.kind == Kind::SetName) {
        return {}; // cannot make a valid set invalid
    }
    // The model's validation is the one definition of a valid set, the one the file loader
    // applies too: what it would refuse to load, the editor refuses to apply, so every set the
    // window serves can also be saved and opened again.
    const FormatErrors after = applied(m_set, edit).validate();
    if (after.isEmpty() || edit.kind == Kind::ReplaceAll) {
        return after;
    }
    // Only what the edit brings in counts: a problem the set already has (a body file deleted
    // since it was opened) must not block unrelated edits, nor the edit that fixes it.
    const FormatErrors before = m_set.validate();
    FormatErrors introduced;
    for (const FormatError &error : after) {
        if (!before.contains(error)) {
            introduced.append(error);
        }
    }
    return introduced;
}

bool RouteSetDocument::submit(const DocumentEdit &edit, FormatErrors *errors)
{
    const FormatErrors found = check(edit);
    if (!found.isEmpty()) {
        if (errors) {
            *errors = found;
        }
        return false;
    }
    if (errors) {
        errors->clear();
    }
    if (m_sink) {
        m_sink(edit);
    } else {
        apply(edit);
        setModified(true);
    }
    return true;
}

void RouteSetDocument::apply(const DocumentEdit &edit)
{
    if (!fits(m_set, edit)) {
        // An undo command applied out of turn: refusing beats a crash or a model whose rows
        // no longer match.
        qWarning("RouteSetDocument: ignoring an edit that does not fit the current set");
        return;
    }
    switch (edit.kind) {
    case DocumentEdit::Kind::UpdateRoute:
        m_set.routes[edit.row] = edit.after;
        Q_EMIT routeChanged(edit.row);
        break;
    case DocumentEdit::Kind::InsertRoute:
        Q_EMIT routeAboutToBeInserted(edit.row);
        m_set.routes.insert(edit.row, edit.after);
        Q_EMIT routeInserted(edit.row);
        break;
    case DocumentEdit::Kind::RemoveRoute:
        Q_EMIT routeAboutToBeRemoved(edit.row);
        m_set.routes.removeAt(edit.row);
        Q_EMIT routeRemoved(edit.row);
        break;
    case DocumentEdit::Kind::MoveRoute:
        Q_EMIT routeAboutToBeMoved(edit.row, edit.toRow);
        m_set.routes.move(edit.row, edit.toRow);
        Q_EMIT routeMoved(edit.row, edit.toRow);
        break;
    case DocumentEdit::Kind::SetChaos:
        m_set.chaos = edit.chaosAfter;
        Q_EMIT chaosChanged();
        break;
    case DocumentEdit::Kind::SetName:
        m_set.name = edit.nameAfter;
        Q_EMIT nameChanged();
        break;
    case DocumentEdit::Kind::ReplaceAll:
        Q_EMIT aboutToBeReset();
        m_set = applied(m_set, edit);
        Q_EMIT wasReset();
        Q_EMIT chaosChanged();
        Q_EMIT nameChanged();
        break;
    }
    serve();
    Q_EMIT changed();
}

QString RouteSetDocument::uniqueId(const QString &base) const
{
    return m_set.uniqueId(base);
}

void RouteSetDocument::reset(const RouteSet &set, const QString &filePath)
{
    Q_EMIT aboutToBeReset();
    m_set = set;
    m_baseline = set;
    Q_EMIT wasReset();
    Q_EMIT chaosChanged();
    Q_EMIT nameChanged();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(filePath);
    }
    serve();
    // A set opened or read again from disk starts its state over (DESIGN.md §10); edits keep it.
    if (m_server) {
        m_server->resetState();
    }
    setModified(false);
    Q_EMIT changed();
}

bool RouteSetDocument::open(const QString &path, FormatErrors *errors)
{
    const LoadResult result = AnyFormat::readFile(path);
    if (!result.ok()) {
        if (errors) {
            *errors = result.errors;
        }
        return false;
    }
    if (!result.format.isEmpty()) {
        // Another tool's file is never this document's file: saving it asks for a new name.
        reset(result.routeSet, QString());
        setModified(true);
        return true;
    }
    reset(result.routeSet, QFileInfo(path).absoluteFilePath());
    return true;
}

bool RouteSetDocument::saveAs(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        if (error) {
            *error = tr("No file name given");
        }
        return false;
    }
    if (!RouteSetFormat::writeFile(m_set, path, error)) {
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString baseDir = QFileInfo(absolute).absolutePath();
    if (m_set.baseDir != baseDir) {
        // Body files now resolve against the new folder.
        m_set.baseDir = baseDir;
        serve();
    }
    if (m_filePath != absolute) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(absolute);
    }
    m_baseline = m_set;
    setModified(false);
    return true;
}

void RouteSetDocument::serve()
{
    if (m_server) {
        m_server->setRouteSet(m_set);
    }
}

} // namespace MockBench
