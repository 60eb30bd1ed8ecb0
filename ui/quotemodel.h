// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"

#include <QAbstractTableModel>

namespace Byline {

/**
 * The Quotes tab: one row per quote in text order; columns speaker, kind, excerpt, source.
 * EntityIdRole carries the speaker's entity, FilterRole the speaker's name (for the
 * speaker filter). A new article resets the model; a new analysis updates rows by quote id.
 * GUI thread.
 */
class QuoteModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteModel)

public:
    enum Column { SpeakerColumn, KindColumn, ExcerptColumn, SourceColumn, ColumnCount };

    explicit QuoteModel(Document *document, QObject *parent = nullptr);
    ~QuoteModel() override;

    /** The quote of a row, nullptr for an invalid index. */
    const Quote *quoteAt(const QModelIndex &index) const;
    Span spanAt(const QModelIndex &index) const;
    QModelIndex indexOfQuote(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onDocumentChanged(Document::Changes what);
    void sync();

    Document *m_document;
    QList<Quote> m_quotes;
};

} // namespace Byline
