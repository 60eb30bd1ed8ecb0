// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "articleview.h"
#include "correctiondialog.h"
#include "model/document.h"
#include "model/undostack.h"
#include "notedialog.h"

#include <QAction>
#include <QActionGroup>
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
    , m_highlight(new QAction(this))
    , m_highlightMenu(new QMenu(parent))
    , m_highlightColors(new QActionGroup(this))
    , m_highlightColor(NoteDialog::highlightColors().constFirst())
    , m_markQuote(new QAction(this))
    , m_markSource(new QAction(this))
    , m_markDate(new QAction(this))
    , m_dismissQuote(new QAction(this))
    , m_dismissSource(new QAction(this))
    , m_dismissDate(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_addNote->setObjectName(QStringLiteral("addNoteAction"));
    m_markEntity->setObjectName(QStringLiteral("markEntityAction"));
    m_highlight->setObjectName(QStringLiteral("highlightAction"));
    m_highlightMenu->setObjectName(QStringLiteral("highlightColorMenu"));
    m_markQuote->setObjectName(QStringLiteral("markQuoteAction"));
    m_markSource->setObjectName(QStringLiteral("markSourceAction"));
    m_markDate->setObjectName(QStringLiteral("markDateAction"));
    m_dismissQuote->setObjectName(QStringLiteral("dismissQuoteAction"));
    m_dismissSource->setObjectName(QStringLiteral("dismissSourceAction"));
    m_dismissDate->setObjectName(QStringLiteral("dismissDateAction"));
    m_highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_markQuote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    for (const QColor &color : NoteDialog::highlightColors()) {
        QAction *choice = m_highlightMenu->addAction(QString());
        choice->setCheckable(true);
        choice->setChecked(color == m_highlightColor);
        choice->setData(color);
        m_highlightColors->addAction(choice);
    }
    // Picking a colour also highlights the selection: the menu is a one-step "highlight in…".
    connect(m_highlightColors, &QActionGroup::triggered, this, [this](QAction *choice) {
        m_highlightColor = choice->data().value<QColor>();
        if (m_highlight->isEnabled())
            m_highlight->trigger();
    });
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markEntity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_retype->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_dismiss->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    for (QAction *a : { m_undo, m_redo, m_addNote, m_highlight, m_markEntity, m_markQuote, m_markSource, m_markDate, m_retype,
             m_rename, m_merge, m_split, m_dismiss, m_changeSpeaker, m_dismissQuote, m_dismissSource, m_changeDate, m_dismissDate })
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
    run(m_highlight, [this](const Target &t) {
        if (t.selection.isValid())
            NoteDialog::addHighlight(m_document, t.selection, m_highlightColor);
    });
    run(m_markQuote, [this](const Target &t) {
        if (t.selection.isValid())
            CorrectionDialog::markAsQuote(m_document, t.selection, m_parent);
    });
    run(m_markSource, [this](const Target &t) {
        if (t.selection.isValid())
            CorrectionDialog::markAsSource(m_document, t.selection, m_parent);
    });
    run(m_markDate, [this](const Target &t) {
        if (t.selection.isValid())
            CorrectionDialog::markAsTimeExpression(m_document, t.selection, m_parent);
    });
    run(m_dismissQuote, [this](const Target &t) {
        if (!t.quoteId.isEmpty())
            m_document->dismissQuote(t.quoteId);
    });
    run(m_dismissSource, [this](const Target &t) {
        if (!t.sourceId.isEmpty())
            CorrectionDialog::dismissSource(m_document, t.sourceId, t.citation, m_parent);
    });
    run(m_dismissDate, [this](const Target &t) {
        if (!t.timexId.isEmpty())
            CorrectionDialog::dismissTimeExpression(m_document, t.timexId, m_parent);
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
    addSelectionActions(menu);
    menu->addSeparator();
    for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss, m_changeSpeaker, m_dismissQuote, m_dismissSource, m_changeDate,
             m_dismissDate })
        menu->addAction(a);
}

void AnnotationActions::addSelectionActions(QMenu *menu) const
{
    menu->addAction(m_addNote);
    menu->addAction(m_highlight);
    menu->addMenu(m_highlightMenu);
    menu->addAction(m_markEntity);
    menu->addAction(m_markQuote);
    menu->addAction(m_markSource);
    menu->addAction(m_markDate);
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
    for (const Source &s : a.sources) {
        for (const Citation &c : s.citations) {
            if (at(c.span)) {
                t.sourceId = s.id;
                t.citation = c.span;
            }
        }
    }
    for (const TimeExpression &x : a.timeline)
        if (at(x.span))
            t.timexId = x.id;
    return t;
}

void AnnotationActions::setTarget(const Target &t)
{
    const bool article = !m_document->article().isEmpty();
    for (QAction *a : { m_addNote, m_highlight, m_markEntity, m_markQuote, m_markSource, m_markDate })
        a->setEnabled(article && t.selection.isValid());
    m_highlightMenu->setEnabled(article && t.selection.isValid());
    for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss })
        a->setEnabled(!t.entityId.isEmpty());
    m_split->setEnabled(!t.entityId.isEmpty() && t.mention.isValid());
    m_changeSpeaker->setEnabled(!t.quoteId.isEmpty());
    m_dismissQuote->setEnabled(!t.quoteId.isEmpty());
    m_dismissSource->setEnabled(!t.sourceId.isEmpty());
    m_changeDate->setEnabled(!t.timexId.isEmpty());
    m_dismissDate->setEnabled(!t.timexId.isEmpty());
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
    addSelectionActions(menu);
    const Target t = m_target;
    if (!t.entityId.isEmpty()) {
        menu->addSeparator();
        for (QAction *a : { m_retype, m_rename, m_merge, m_split, m_dismiss })
            menu->addAction(a);
    }
    if (!t.quoteId.isEmpty() || !t.sourceId.isEmpty() || !t.timexId.isEmpty())
        menu->addSeparator();
    if (!t.quoteId.isEmpty()) {
        menu->addAction(m_changeSpeaker);
        menu->addAction(m_dismissQuote);
    }
    if (!t.sourceId.isEmpty())
        menu->addAction(m_dismissSource);
    if (!t.timexId.isEmpty()) {
        menu->addAction(m_changeDate);
        menu->addAction(m_dismissDate);
    }
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
    m_highlight->setText(tr("Add &Highlight"));
    m_highlightMenu->setTitle(tr("Highlight Co&lour"));
    // Numbered, so every language has an accelerator for them.
    const QList<QAction *> choices = m_highlightColors->actions();
    for (int i = 0; i < choices.size(); ++i)
        choices.at(i)->setText(QStringLiteral("&%1 %2").arg(i + 1).arg(NoteDialog::colorName(choices.at(i)->data().value<QColor>())));
    m_markQuote->setText(tr("Mark as &Quote…"));
    m_markSource->setText(tr("Mark as Sour&ce…"));
    m_markDate->setText(tr("Mar&k as Date…"));
    m_dismissQuote->setText(tr("D&ismiss Quote"));
    m_dismissSource->setText(tr("Dismiss S&ource…"));
    m_dismissDate->setText(tr("Dismiss D&ate…"));
    m_retype->setText(tr("Re&type Entity…"));
    m_rename->setText(tr("Rena&me Entity…"));
    m_merge->setText(tr("Mer&ge Entity Into…"));
    m_split->setText(tr("S&plit Alias Off…"));
    m_dismiss->setText(tr("&Dismiss Entity…"));
    m_changeSpeaker->setText(tr("Change &Speaker…"));
    m_changeDate->setText(tr("Change Date &Value…"));
}

} // namespace Byline
