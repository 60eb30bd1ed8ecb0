// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"
#include "rowfeeder.h"

#include <QAbstractTableModel>

namespace Byline {

/**
 * The Timeline tab: one row per time expression, in text order; columns normalized date,
 * expression, event. SortRole orders rows chronologically with everything that is not a
 * calendar point (durations, PRESENT_REF…) after the dates and unresolved expressions last;
 * the view sorts through a proxy on it. A new article resets the model; a new analysis
 * updates rows by id. Many new rows are appended in parts across event-loop turns (RowFeeder),
 * between fillingChanged(true) and fillingChanged(false). GUI thread.
 */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { DateColumn, ExpressionColumn, EventColumn, ColumnCount };

    explicit TimelineModel(Document *document, QObject *parent = nullptr);
    ~TimelineModel() override;

    const TimeExpression *timeExpressionAt(const QModelIndex &index) const;
    Span spanAt(const QModelIndex &index) const;
    /** True when source row left sorts before row right in SortRole's order, compared on typed keys kept per row. */
    bool rowLessThan(int left, int right) const;
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
    QList<TimeExpression> m_times;
    /** SortRole of a row, in parts: rank (0 calendar value, 1 other value, 2 unresolved), value + '|', start. */
    struct SortKey
    {
        int rank = 2;
        QString value;
        int position = 0;
    };
    static SortKey sortKey(const TimeExpression &t);
    static QList<SortKey> sortKeys(const QList<TimeExpression> &times);

    /** Made once per row: the proxy compares O(n log n) times (a 10 MB article has 46,000 dates). */
    QList<SortKey> m_sortKeys;
    RowFeeder<TimeExpression> m_feeder;
};

} // namespace Byline
