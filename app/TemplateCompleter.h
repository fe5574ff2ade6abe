// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Response.h"

#include <QObject>
#include <QStringList>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace MockBench {

/// Completes helper and value names of a template dialect while the cursor is inside `{{` in
/// a text editor: the list opens as a name is typed (or on Ctrl+Space), Up and Down choose,
/// Enter or Tab put the name in place of what was typed, Escape closes it.
class TemplateCompleter : public QObject
{
    Q_OBJECT

public:
    explicit TemplateCompleter(QPlainTextEdit *editor);

    /// Offers the names of @p dialect's help catalogue (none for "none").
    void setDialect(TemplateDialect dialect);
    TemplateDialect dialect() const { return m_dialect; }
    /// The names offered, sorted.
    QStringList names() const;
    QCompleter *completer() const { return m_completer; }

    /// Where the name being typed at @p position of @p text starts, when @p position is inside
    /// an open `{{` (not escaped, not closed before it); -1 otherwise.
    static int nameStart(const QString &text, int position);

    /// Opens the list for the name before the cursor; false when the cursor is not in a
    /// template or no name fits.
    bool complete();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void insertName(const QString &name);

    QPlainTextEdit *m_editor;
    QCompleter *m_completer;
    QStringListModel *m_model;
    TemplateDialect m_dialect = TemplateDialect::None;
    bool m_typing = false; ///< the change in progress comes from a key typed in the editor
};

} // namespace MockBench
