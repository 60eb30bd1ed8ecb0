// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"
#include "panelpage.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Byline {

class Document;
class RowOrderProxyModel;
class TimelineModel;

/**
 * The Timeline tab: the publication date on top, editable (a date editor and a clear
 * button), then the time expressions in chronological order, unresolved ones last.
 * Editing the date emits publishedEdited() — the window stores it in the Document and
 * re-runs the analysis; this page only shows what the Document holds. GUI thread.
 */
class TimelinePane : public PanelPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    explicit TimelinePane(Document *document, QWidget *parent = nullptr);
    ~TimelinePane() override;

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    /** The date shown in the editor; invalid when cleared. */
    QDate published() const;
    /** Selects the time expression that contains position (UTF-16, article text), following the
     *  article's cursor; clears the selection when there is none. Activates nothing. */
    bool selectExpressionAt(int position);

Q_SIGNALS:
    /** The person changed the publication date; invalid when cleared. */
    void publishedEdited(const QDate &date);
    void spanActivated(Byline::Span span);

protected:
    QString emptyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDocumentDate();
    void onEditingFinished();

    Document *m_document;
    TimelineModel *m_model;
    RowOrderProxyModel *m_proxy;
    QLabel *m_label;
    QDateEdit *m_date;
    QToolButton *m_clear;
    QLabel *m_origin;
    QTreeView *m_view;
};

} // namespace Byline
