// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/DocumentEdit.h"
#include "model/FormatError.h"
#include "model/RouteSet.h"
#include "server/MockServer.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace MockBench {

/// The route set being edited: its file, whether it has unsaved changes, and every edit.
/// Edits are validated first (a bad one is refused with the errors and changes nothing),
/// then go to the edit sink if one is set (the window's undo stack, which applies them),
/// or are applied at once. Every applied edit is pushed to the attached server.
class RouteSetDocument : public QObject
{
    Q_OBJECT

public:
    explicit RouteSetDocument(QObject *parent = nullptr);

    const RouteSet &routeSet() const { return m_set; }
    int routeCount() const { return int(m_set.routes.size()); }
    const Route &route(int row) const { return m_set.routes.at(row); }

    /// The set as last opened, saved or reset: what the admin API's reset goes back to.
    const RouteSet &baseline() const { return m_baseline; }

    /// The file the set was opened from or saved to; empty for a new set.
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    /// Serves every applied edit on @p server (nullptr: none). Pushes the current set now.
    void attachServer(MockServer *server);
    MockServer *server() const { return m_server; }

    /// Where submitted edits go instead of being applied; the sink must call apply().
    void setEditSink(std::function<void(const DocumentEdit &)> sink);

    // Edits. Each returns false (with @p errors filled, nothing changed) when the result
    // would not be a valid route set.
    bool updateRoute(
        int row, const Route &route, const QString &text, FormatErrors *errors = nullptr);
    /// Inserts @p route at @p row (out of range: at the end); a route without an id, or with
    /// one already used, gets a fresh one (see uniqueId()).
    bool insertRoute(int row, Route route, const QString &text, FormatErrors *errors = nullptr);
    bool removeRoute(int row, const QString &text);
    /// Moves the route at @p from so that it ends up at index @p to.
    bool moveRoute(int from, int to, const QString &text);
    bool setChaos(const Chaos &chaos, const QString &text, FormatErrors *errors = nullptr);
    bool setName(const QString &name, const QString &text);
    /// Replaces the whole set as one undoable edit (import, paste of a set). Routes without an
    /// id get one as the file loader would give it ("route-N").
    bool replaceAll(const RouteSet &set, const QString &text, FormatErrors *errors = nullptr);

    /// Validates @p edit as submit() would; empty when it may be applied. Only problems the
    /// edit brings in count, not ones the current set already has (a deleted body file).
    FormatErrors check(const DocumentEdit &edit) const;
    /// Validates and submits @p edit (to the sink, or applied at once).
    bool submit(const DocumentEdit &edit, FormatErrors *errors = nullptr);
    /// Performs @p edit now, without validation or sink: for undo commands. An edit that does
    /// not fit the set (row out of range) is ignored with a warning.
    void apply(const DocumentEdit &edit);

    /// @p base ("route" when empty) if no route uses it, else the first free "base-N", N >= 2.
    QString uniqueId(const QString &base) const;

    // Files. None of these go through the sink: they start a new history.
    /// A new set (the given one, or empty) with no file. The attached server's state (scenarios,
    /// data stores, global variables) starts over from the set's starting values: this is how
    /// a file is opened or reloaded. Edits keep the state they leave alone.
    void reset(const RouteSet &set = RouteSet(), const QString &filePath = QString());
    /// Loads @p path, in any format AnyFormat reads; another tool's file opens as an unsaved set
    /// without a path (Save asks for a name). On failure the current set stays as it was and
    /// @p errors says why.
    bool open(const QString &path, FormatErrors *errors = nullptr);
    /// Saves to @p path (atomic); on success this becomes the document's file.
    bool saveAs(const QString &path, QString *error = nullptr);
    bool save(QString *error = nullptr) { return saveAs(m_filePath, error); }

Q_SIGNALS:
    void routeAboutToBeInserted(int row);
    void routeInserted(int row);
    void routeAboutToBeRemoved(int row);
    void routeRemoved(int row);
    void routeAboutToBeMoved(int from, int to);
    void routeMoved(int from, int to);
    void routeChanged(int row);
    void aboutToBeReset();
    void wasReset();
    void chaosChanged();
    void nameChanged();
    /// After any change of the set, whatever its kind.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void serve();

    RouteSet m_set;
    RouteSet m_baseline;
    QString m_filePath;
    bool m_modified = false;
    QPointer<MockServer> m_server;
    std::function<void(const DocumentEdit &)> m_sink;
};

} // namespace MockBench
