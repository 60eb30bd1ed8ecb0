// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Byline {

class Document;
class NotesFilterModel;
class NotesModel;

/**
 * The Notes tab of the annotation panel: every note of the document (orphans in italics),
 * a tag filter, a search field, Edit and Delete. Activating a note emits activated() with its
 * span so the article view can jump there; orphans have no place to jump to and emit nothing.
 * Edits and deletions go through Document's undoable mutators.
 */
class NotesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    explicit NotesPanel(Document *document, QWidget *parent = nullptr);
    ~NotesPanel() override;

    NotesModel *model() const { return m_model; }
    NotesFilterModel *filterModel() const { return m_filter; }
    QListView *view() const { return m_view; }
    /** The tags offered by the filter, sorted; the first entry ("All tags") is not included. */
    QStringList tags() const;

public Q_SLOTS:
    /** Opens NoteDialog for the current note. */
    void editCurrent();
    void removeCurrent();

Q_SIGNALS:
    /** A note was activated (double-click, Enter): show span in the article. */
    void activated(Byline::Span span);

private:
    void updateTags();
    void updateButtons();
    /** Shows a hint instead of the list while the document has no notes. */
    void updateEmpty();

    Document *m_document = nullptr;
    NotesModel *m_model = nullptr;
    NotesFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tags = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Byline
