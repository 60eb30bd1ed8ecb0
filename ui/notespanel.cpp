// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "model/document.h"
#include "notedialog.h"
#include "notesfiltermodel.h"
#include "notesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Byline {

NotesPanel::NotesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new NotesModel(document, this))
    , m_filter(new NotesFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_view(new QListView(this))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setMargin(24);
    m_empty->setText(tr("No notes yet. Select words in the article and choose Add Note… (Ctrl+M) from the Edit menu "
                        "or the context menu."));
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    m_tags->setObjectName(QStringLiteral("notesTagFilter"));
    m_tags->setToolTip(tr("Show only notes with this tag"));
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setModel(m_filter);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit the selected note"));
    m_remove->setText(tr("Delete"));
    m_remove->setToolTip(tr("Delete the selected note (can be undone)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_tags);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    // The same margins as the other tabs of the panel (PanelPage).
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &NotesFilterModel::setSearchText);
    connect(m_tags, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_filter->setTag(i <= 0 ? QString() : m_tags->itemText(i)); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Span span = m_model->spanAt(m_filter->mapToSource(index));
        if (span.isValid())
            Q_EMIT activated(span);
    });
    connect(m_edit, &QToolButton::clicked, this, &NotesPanel::editCurrent);
    connect(m_remove, &QToolButton::clicked, this, &NotesPanel::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &NotesPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NotesPanel::updateButtons);
    connect(document, &Document::changed, this, [this](Document::Changes what) {
        if (what & (Document::Notes | Document::Text))
            updateTags();
        updateEmpty();
    });
    updateTags();
    updateEmpty();
    updateButtons();
}

NotesPanel::~NotesPanel() = default;

QStringList NotesPanel::tags() const
{
    QStringList tags;
    for (int i = 1; i < m_tags->count(); ++i)
        tags << m_tags->itemText(i);
    return tags;
}

void NotesPanel::updateTags()
{
    const QStringList tags = NoteDialog::tagsOf(*m_document);
    if (m_tags->count() > 0 && tags == this->tags())
        return;
    const QString current = m_filter->tag();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All tags"));
    m_tags->addItems(tags);
    const int i = current.isEmpty() ? 0 : m_tags->findText(current);
    m_tags->setCurrentIndex(qMax(0, i));
    // The tag filtered on is gone: show everything rather than an empty list.
    if (i < 0)
        m_filter->setTag(QString());
}

void NotesPanel::updateEmpty()
{
    const bool empty = m_document->notes().isEmpty();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void NotesPanel::updateButtons()
{
    const bool has = m_view->currentIndex().isValid();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

void NotesPanel::editCurrent()
{
    const Note *current = m_model->noteAt(m_filter->mapToSource(m_view->currentIndex()));
    if (!current)
        return;
    Note note = *current;
    NoteDialog dialog(note.isOrphan() ? note.exact : m_document->article().textOf(note.span), NoteDialog::tagsOf(*m_document), this);
    dialog.setNote(note);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply(note);
    m_document->editNote(note);
}

void NotesPanel::removeCurrent()
{
    const Note *current = m_model->noteAt(m_filter->mapToSource(m_view->currentIndex()));
    if (current)
        m_document->removeNote(current->id);
}

} // namespace Byline
