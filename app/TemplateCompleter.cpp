// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateCompleter.h"

#include "engine/TemplateHelp.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// A character of a name being completed: `faker.person.firstName`, `request.path`, `@index`.
bool isNamePart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.' || c == u'@' || c == u'-';
}

} // namespace

TemplateCompleter::TemplateCompleter(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setObjectName(u"templateCompleter"_s);
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWrapAround(false);
    m_completer->setWidget(editor);
    m_completer->popup()->setObjectName(u"templateCompletionPopup"_s);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &TemplateCompleter::insertName);
    connect(editor, &QPlainTextEdit::textChanged, this, &TemplateCompleter::textEdited);
    editor->installEventFilter(this);
    // While the list is open it has the keyboard, and QCompleter hands each key to the editor
    // first, bypassing the editor's filters: Enter would be a new line there. This filter,
    // installed after QCompleter's own, sees the keys first.
    m_completer->popup()->installEventFilter(this);
}

void TemplateCompleter::setDialect(TemplateDialect dialect)
{
    if (dialect == m_dialect && !m_model->stringList().isEmpty()) {
        return;
    }
    m_dialect = dialect;
    QStringList names;
    for (const TemplateHelpEntry &entry : TemplateHelp::load(dialect)) {
        if (!names.contains(entry.name)) {
            names.append(entry.name);
        }
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    m_model->setStringList(names);
    m_completer->popup()->hide();
}

QStringList TemplateCompleter::names() const
{
    return m_model->stringList();
}

int TemplateCompleter::nameStart(const QString &text, int position)
{
    position = qBound(0, position, int(text.size()));
    // The nearest `{{` before the cursor, not escaped, with no `}}` after it.
    int open = int(text.lastIndexOf(u"{{"_s, qMax(0, position - 2)));
    while (open > 0 && text.at(open - 1) == u'{') {
        --open; // `{{{raw}}}`: the span starts at the first brace
    }
    if (open < 0 || (open > 0 && text.at(open - 1) == u'\\')) {
        return -1;
    }
    const int close = int(text.indexOf(u"}}"_s, open + 2));
    if (open + 2 > position || (close >= 0 && close + 2 <= position)) {
        return -1;
    }
    int start = position;
    while (start > open && isNamePart(text.at(start - 1))) {
        --start;
    }
    return start;
}

bool TemplateCompleter::complete()
{
    if (m_model->rowCount() == 0) {
        return false;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->toPlainText();
    const int start = nameStart(text, cursor.position());
    if (start < 0) {
        m_completer->popup()->hide();
        return false;
    }
    const QString prefix = text.mid(start, cursor.position() - start);
    if (prefix != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(prefix);
    }
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return false;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    return true;
}

void TemplateCompleter::textEdited()
{
    const bool typed = m_typing || m_completer->popup()->isVisible();
    m_typing = false;
    if (!typed) {
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->toPlainText();
    const int start = nameStart(text, cursor.position());
    // The list opens once a name is begun; an empty name leaves it as it is (closed after `{{`,
    // open after a backspace over the name's first letter).
    if (start < 0 || (start == cursor.position() && !m_completer->popup()->isVisible())) {
        m_completer->popup()->hide();
        return;
    }
    complete();
}

void TemplateCompleter::insertName(const QString &name)
{
    QTextCursor cursor = m_editor->textCursor();
    const int start = nameStart(m_editor->toPlainText(), cursor.position());
    if (start < 0) {
        return;
    }
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    cursor.insertText(name);
    m_editor->setTextCursor(cursor);
    m_completer->popup()->hide();
}

bool TemplateCompleter::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if ((watched != m_editor && watched != popup) || event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == popup) {
        if (key->key() == Qt::Key_Backspace || !key->text().isEmpty()) {
            m_typing = true; // handed on to the editor by QCompleter
        }
        const bool accept = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
            || key->key() == Qt::Key_Tab;
        if (!accept && key->key() != Qt::Key_Escape) {
            return QObject::eventFilter(watched, event);
        }
    }
    if (popup->isVisible()) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab: {
            // Keys that reach the editor while the list is open (the list has the keyboard
            // otherwise): take the chosen name.
            const QModelIndex current = popup->currentIndex();
            if (current.isValid()) {
                insertName(current.data().toString());
                return true;
            }
            popup->hide();
            return false;
        }
        case Qt::Key_Escape:
            popup->hide();
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(popup, event);
            return true;
        default:
            break;
        }
    }
    if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
        complete();
        return true;
    }
    m_typing = !key->text().isEmpty() || key->key() == Qt::Key_Backspace;
    return QObject::eventFilter(watched, event);
}

} // namespace MockBench
