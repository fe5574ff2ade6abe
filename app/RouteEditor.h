// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"

#include <QWidget>
#include <memory>

namespace MockBench {

class RouteSetDocument;

/// Edits one route of a RouteSetDocument: method, path, id and enabled here; its responses in
/// a ResponseEditor, its match conditions in a ConditionsEditor and its own latency and
/// errors in a ChaosEditor (the one the global chaos panel uses). Every change goes through
/// the document (validated, undoable, served at once); a change the document refuses is shown
/// above the fields and the route stays as it was.
class RouteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RouteEditor(RouteSetDocument *document, QWidget *parent = nullptr);
    ~RouteEditor() override;

    /// Shows the route at @p row (-1: none, the editor is disabled).
    void setCurrentRow(int row);
    int currentRow() const;

    /// Applies what is typed but not applied yet (the body editor waits for a pause in
    /// typing); called before saving and closing so nothing typed is left out.
    void flushPendingEdits();

    /// The dialect the response shown renders in (the route set's default when none is shown).
    TemplateDialect currentDialect() const;
    /// Inserts @p text at the cursor of the shown response's body and applies it; false when no
    /// route is shown.
    bool insertTemplateText(const QString &text);

Q_SIGNALS:
    /// The document refused an edit; @p message names the field and why.
    void editRefused(const QString &message);
    /// The user asked for the templates help of @p dialect (the editor's Help button).
    void templateHelpRequested(MockBench::TemplateDialect dialect);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MockBench
