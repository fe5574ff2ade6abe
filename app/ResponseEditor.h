// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Route.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace MockBench {

/// The responses of a route: the response mode, a tab per response with add, duplicate and
/// remove, and the fields of the response shown (status, reason, headers, body source, body
/// with template highlighting and JSON validation, body file with its template and 404
/// options, data store, default, latency, fault and its parameters, and in rules mode the
/// conditions under which it answers); in rules mode also whether the route falls through. It shows and reads values only: its
/// owner (the route editor) applies an edit when a signal comes and calls setRoute() with
/// what the document then holds.
class ResponseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseEditor(QWidget *parent = nullptr);
    ~ResponseEditor() override;

    /// Shows @p route's response mode and responses; body files are relative to @p baseDir
    /// (empty: the route set has no folder yet). Without @p force, what is being typed (a body
    /// before its pause, a reason, a header) stays. Emits nothing.
    void setRoute(const Route &route, const QString &baseDir, bool force);

    /// The response shown (its tab).
    int currentResponse() const;
    /// Shows the response at @p index, after applying the body typed into the one shown.
    void setCurrentResponse(int index);

    /// Applies the body typed but not applied yet: the body editor applies a pause after the
    /// last key, so a body is one undo step per pause, not one per character.
    void flushPendingEdits();
    /// Drops the body typed but not applied yet (its route went away, an edit was refused).
    void discardPendingEdits();

    /// The route set's data stores, offered for a Data body.
    void setDataNames(const QStringList &names);
    /// The route set's default dialect, which responses without their own templating use.
    void setDefaultDialect(MockBench::TemplateDialect dialect);
    /// The dialect the response shown renders in (its own, else the route set's default).
    TemplateDialect currentDialect() const;
    /// Inserts @p text at the body editor's cursor and applies it (a response without a text
    /// body gets one); false when there is no response to insert into.
    bool insertIntoBody(const QString &text);

Q_SIGNALS:
    /// The user edited the responses: @p responses is the route's new list. @p undoText names
    /// the edit, with %1 for the route ("Change status of %1").
    void responsesEdited(const QList<MockBench::Response> &responses, const QString &undoText);
    void responseModeEdited(MockBench::Route::ResponseMode mode);
    /// The user turned the route's fallthrough (rules mode) on or off.
    void fallthroughEdited(bool on);
    /// What the user entered cannot be applied; @p message says why ("when: ...").
    void editRefused(const QString &message);
    /// The user asked for the templates help of @p dialect.
    void templateHelpRequested(MockBench::TemplateDialect dialect);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
