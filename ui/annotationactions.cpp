// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "articleview.h"
#include "correctiondialog.h"
#include "model/document.h"
#include "model/undostack.h"
#include "notedialog.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QTextCursor>
#include <QWidget>

namespace Byline {

AnnotationActions::AnnotationActions(Document *document, ArticleView *view, QWidget *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
    , m_parent(parent)
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
    , m_addNote(new QAction(this))
    , m_markEntity(new QAction(this))
    , m_retype(new QAction(this))
    , m_rename(new QAction(this))
    , m_merge(new QAction(this))
    , m_split(new QAction(this))
    , m_dismiss(new QAction(this))
    , m_changeSpeaker(new QAction(this))
    , m_changeDate(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_addNote->setObjectName(QStringLiteral("addNoteAction"));
    m_markEntity->setObjectName(QStringLiteral("markEntityAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markEntity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_retype->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_dismiss->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    for (QAction *a : { m_undo, m_redo, m_addNote, m_markEntity, m_retype, m_rename, m_merge, m_split, m_dismiss,
             m_changeSpeaker, m_changeDate })
        parent->addAction(a);

    UndoStack *stack = m_document->undoStack();
    connect(m_undo, &QAction::triggered, stack, &UndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &UndoStack::redo);
    connect(stack, &UndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &UndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &UndoStack::undoTextChanged, this, &AnnotationActions::updateUndoText);
    connect(stack, &UndoStack::redoTextChanged, this, &AnnotationActions::updateUndoText);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());

    // The target is fixed when an action fires from a shortcut: it is what the cursor is on now.
    // From a context menu, showContextMenu() fixed it already.
    const auto run = [this](QAction *action, auto fn) {
        connect(action, &QAction::triggered, this, [this, fn]() {
            if (m_target.position < 0)
                updateTargets();
            const Target t = m_target;
            m_target = Target();
            fn(t);
        });
    };
    run(m_addNote, [this](const Target &t) {
        if (t.selection.isValid())
            NoteDialog::addNote(m_document, t.selection, m_parent);
    });
    run(m_markEntity, [this](const Target &t) {
        if (t.selection.isValid())
            CorrectionDialog::markAsEntity(m_document, t.selection, m_parent);
    });
    run(m_retype, [this](const Target &t) {
        if (!t.entityId.isEmpty())
            CorrectionDialog::retypeEntity(m_document, t.entityId, m_parent);
    });
    run(m_rename, [this](const Target &t) {
        if (!t.entityId.isEmpty())
            CorrectionDialog::renameEntity(m_document, t.entityId, m_parent);
    });
    run(m_merge, [this](const Target &t) {
        if (!t.entityId.isEmpty())
            CorrectionDialog::mergeEntity(m_document, t.entityId, m_parent);
    });
    run(m_split, [this](const Target &t) {
        if (!t.entityId.isEmpty())
            CorrectionDialog::splitAlias(m_document, t.entityId, t.mention, m_parent);
    });
    run(m_dismiss, [this](const Target &t) {
        if (!t.entityId.isEmpty())
            CorrectionDialog::dismissEntity(m_document, t.entityId, t.mention, m_parent);
    });
    run(m_changeSpeaker, [this](const Target &t) {
        if (!t.quoteId.isEmpty())
            CorrectionDialog::changeSpeaker(m_document, t.quoteId, m_parent);
    });
    run(m_changeDate, [this](const Target &t) {
        if (!t.timexId.isEmpty())
            CorrectionDialog::changeDateValue(m_document, t.timexId, m_parent);
    });
    connect(m_view, &QTextEdit::cursorPositionChanged, this, &AnnotationActions::updateTargets);
    connect(m_view, &QTextEdit::selectionChanged, this, &AnnotationActions::updateTargets);
    connect(m_document, &Document::changed, this, &AnnotationActions::updateTargets);
    retranslate();
    updateTargets();
}

AnnotationActions::~AnnotationActions() = default;

void AnnotationActions::fillEditMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_addNote);
    menu->addAction(m_markEntity);
    menu->addSeparator();
    for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss, m_changeSpeaker, m_changeDate })
        menu->addAction(a);
}

AnnotationActions::Target AnnotationActions::targetAt(int position, Span selection) const
{
    Target t;
    t.position = position;
    if (selection.isValid() && !selection.isEmpty())
        t.selection = selection;
    if (position < 0)
        return t;
    const AnalysisResult &a = m_document->analysis();
    const auto at = [position](Span s) { return s.isValid() && s.start <= position && position < s.end; };
    const int entity = m_view->entityIndexAt(position);
    if (entity >= 0 && entity < a.entities.size()) {
        const Entity &e = a.entities.at(entity);
        t.entityId = e.id;
        for (const Mention &m : e.mentions)
            if (at(m.span))
                t.mention = m.span;
    }
    for (const Quote &q : a.quotes)
        if (at(q.span))
            t.quoteId = q.id;
    for (const TimeExpression &x : a.timeline)
        if (at(x.span))
            t.timexId = x.id;
    return t;
}

void AnnotationActions::setTarget(const Target &t)
{
    const bool article = !m_document->article().isEmpty();
    m_addNote->setEnabled(article && t.selection.isValid());
    m_markEntity->setEnabled(article && t.selection.isValid());
    for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss })
        a->setEnabled(!t.entityId.isEmpty());
    m_split->setEnabled(!t.entityId.isEmpty() && t.mention.isValid());
    m_changeSpeaker->setEnabled(!t.quoteId.isEmpty());
    m_changeDate->setEnabled(!t.timexId.isEmpty());
}

void AnnotationActions::updateTargets()
{
    const QTextCursor c = m_view->textCursor();
    const Span selection(c.selectionStart(), c.selectionEnd());
    m_target = targetAt(c.hasSelection() ? c.selectionStart() : c.position(), selection);
    setTarget(m_target);
}

void AnnotationActions::showContextMenu(const QPoint &viewportPoint)
{
    const QTextCursor c = m_view->textCursor();
    const int pos = m_view->positionAt(viewportPoint);
    // Right-clicking inside the selection acts on the selection; elsewhere on what is under the pointer.
    const bool inSelection = c.hasSelection() && pos >= c.selectionStart() && pos < c.selectionEnd();
    const Span selection = inSelection ? Span(c.selectionStart(), c.selectionEnd()) : Span();
    m_target = targetAt(inSelection ? c.selectionStart() : pos, selection);
    setTarget(m_target);

    QPointer<QMenu> menu = m_view->createStandardContextMenu(viewportPoint);
    menu->addSeparator();
    menu->addAction(m_addNote);
    menu->addAction(m_markEntity);
    const Target t = m_target;
    if (!t.entityId.isEmpty()) {
        menu->addSeparator();
        for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss })
            menu->addAction(a);
    }
    if (!t.quoteId.isEmpty())
        menu->addAction(m_changeSpeaker);
    if (!t.timexId.isEmpty())
        menu->addAction(m_changeDate);
    menu->exec(m_view->viewport()->mapToGlobal(viewportPoint));
    delete menu;
    updateTargets();
}

void AnnotationActions::updateUndoText()
{
    const UndoStack *stack = m_document->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void AnnotationActions::retranslate()
{
    updateUndoText();
    m_addNote->setText(tr("Add &Note…"));
    m_markEntity->setText(tr("Mark as &Entity…"));
    m_retype->setText(tr("Re&type Entity…"));
    m_rename->setText(tr("Rena&me Entity…"));
    m_merge->setText(tr("Mer&ge Entity Into…"));
    m_split->setText(tr("S&plit Alias Off…"));
    m_dismiss->setText(tr("&Dismiss Entity…"));
    m_changeSpeaker->setText(tr("Change &Speaker…"));
    m_changeDate->setText(tr("Change Date &Value…"));
}

} // namespace Byline
