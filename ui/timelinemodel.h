// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"

#include <QAbstractTableModel>

namespace Byline {

/**
 * The Timeline tab: one row per time expression, in text order; columns normalized date,
 * expression, event. SortRole orders rows chronologically with everything that is not a
 * calendar point (durations, PRESENT_REF…) after the dates and unresolved expressions last;
 * the view sorts through a proxy on it. A new article resets the model; a new analysis
 * updates rows by id. GUI thread.
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onDocumentChanged(Document::Changes what);
    void sync();

    Document *m_document;
    QList<TimeExpression> m_times;
    /** SortRole of each row, made once: the proxy asks for it O(n log n) times (a 10 MB article has 30,000 dates). */
    QList<QVariant> m_sortKeys;
};

} // namespace Byline
