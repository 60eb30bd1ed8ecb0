// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QColor>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;
class QPoint;
class QWidget;

namespace Byline {

class ArticleView;
class Document;

/**
 * The Edit menu and the article view's context menu: Undo/Redo over the Document's UndoStack
 * (enabled state and text follow the stack); on a selection Add Note…, Add Highlight (one step,
 * in the colour picked under Highlight Colour, yellow at first) and Mark as Entity…, Quote…,
 * Source… or Date…; and the corrections of what is under the cursor: Retype, Rename, Merge,
 * Split Alias and Dismiss on an entity mention, Change Speaker and Dismiss on a quote, Dismiss on a
 * source citation, Change Value and Dismiss on a date.
 *
 * The target is the text cursor of the view (its selection, or the position) or, while a context
 * menu is open, the place it was opened on. Every action is one undo step; those that need more
 * than a click go through NoteDialog or CorrectionDialog. GUI thread.
 */
class AnnotationActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationActions)

public:
    AnnotationActions(Document *document, ArticleView *view, QWidget *parent);
    ~AnnotationActions() override;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *markEntityAction() const { return m_markEntity; }
    QAction *retypeAction() const { return m_retype; }
    QAction *renameAction() const { return m_rename; }
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *changeSpeakerAction() const { return m_changeSpeaker; }
    QAction *changeDateAction() const { return m_changeDate; }
    QAction *highlightAction() const { return m_highlight; }
    /** The checkable colour choices of Add Highlight. */
    QMenu *highlightColorMenu() const { return m_highlightMenu; }
    QAction *markQuoteAction() const { return m_markQuote; }
    QAction *markSourceAction() const { return m_markSource; }
    QAction *markDateAction() const { return m_markDate; }
    QAction *dismissQuoteAction() const { return m_dismissQuote; }
    QAction *dismissSourceAction() const { return m_dismissSource; }
    QAction *dismissDateAction() const { return m_dismissDate; }

    /** Adds every action to menu (the Edit menu). */
    void fillEditMenu(QMenu *menu) const;
    /** Enables the actions for what is at the view's cursor; call before showing a menu. */
    void updateTargets();
    /** Shows the view's context menu at viewportPoint, its targets taken from there. */
    void showContextMenu(const QPoint &viewportPoint);
    void retranslate();

private:
    struct Target
    {
        Span selection;     ///< non-empty selection, or invalid
        int position = -1;  ///< article offset the corrections act on
        QString entityId;
        Span mention;
        QString quoteId;
        QString sourceId;
        Span citation;
        QString timexId;
    };
    Target targetAt(int position, Span selection) const;
    void setTarget(const Target &target);
    void updateUndoText();
    void addSelectionActions(QMenu *menu) const;

    Document *m_document;
    ArticleView *m_view;
    QWidget *m_parent;
    Target m_target;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addNote;
    QAction *m_markEntity;
    QAction *m_retype;
    QAction *m_rename;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_dismiss;
    QAction *m_changeSpeaker;
    QAction *m_changeDate;
    QAction *m_highlight;
    QMenu *m_highlightMenu;
    QActionGroup *m_highlightColors;
    QColor m_highlightColor;
    QAction *m_markQuote;
    QAction *m_markSource;
    QAction *m_markDate;
    QAction *m_dismissQuote;
    QAction *m_dismissSource;
    QAction *m_dismissDate;
};

} // namespace Byline
