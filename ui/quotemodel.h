// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"
#include "rowfeeder.h"

#include <QAbstractTableModel>

namespace Byline {

/**
 * The Quotes tab: one row per quote in text order; columns speaker, kind, excerpt, source.
 * EntityIdRole carries the speaker's entity, FilterRole the speaker's name (for the
 * speaker filter). A new article resets the model; a new analysis updates rows by quote id.
 * Many new rows are appended in parts across event-loop turns (RowFeeder), between
 * fillingChanged(true) and fillingChanged(false). GUI thread.
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
    /** True when source row left sorts before row right in SortRole's order (text order). */
    bool rowLessThan(int left, int right) const { return m_quotes.at(left).span.start < m_quotes.at(right).span.start; }
    /** True while new rows are still being appended in parts. */
    bool isFilling() const { return m_feeder.isFilling(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** True before the first part of a long fill is appended, false after its last (RowFeeder). */
    void fillingChanged(bool filling);

private:
    void onDocumentChanged(Document::Changes what);
    void sync();

    Document *m_document;
    QList<Quote> m_quotes;
    RowFeeder<Quote> m_feeder;
};

} // namespace Byline
