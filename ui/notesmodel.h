// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"

#include <QAbstractListModel>

namespace Byline {

class Document;
struct Note;

/**
 * The notes of a Document as a flat list, one row per note in the order they were made,
 * orphans included (shown with the text they lost). Turns the document's note signals into
 * exact row inserts, removals and dataChanged; resets only when the whole list is replaced
 * (a new article, stored notes installed). GUI thread.
 */
class NotesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        BodyRole,                  ///< QString
        TagRole,                   ///< QString
        ExactRole,                 ///< QString: the noted words
        OrphanRole,                ///< bool
    };

    explicit NotesModel(Document *document, QObject *parent = nullptr);
    ~NotesModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The note at a row of this model, or nullptr. */
    const Note *noteAt(const QModelIndex &index) const;
    /** Where the note at index is in the article; invalid for an orphan. */
    Span spanAt(const QModelIndex &index) const;

private:
    Document *m_document = nullptr;
    int m_rows = 0; ///< rows as announced to views (the document changes before it signals)
};

} // namespace Byline
