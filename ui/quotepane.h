// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelpage.h"

class QComboBox;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Byline {

class Document;
class QuoteModel;
class RowOrderProxyModel;

/**
 * The Quotes tab: speaker, kind, excerpt and source of every quote, in text order, with a
 * speaker filter. Activating a quote emits quoteActivated(). GUI thread.
 */
class QuotePane : public PanelPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotePane)

public:
    explicit QuotePane(Document *document, QWidget *parent = nullptr);
    ~QuotePane() override;

    QuoteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Shows only quotes by speaker (a speaker name as listed); empty shows all. */
    void setSpeakerFilter(const QString &speaker);
    /** Selects the quote whose words contain position (UTF-16, article text), following the
     *  article's cursor; clears the selection when there is none. Activates nothing. */
    bool selectQuoteAt(int position);

Q_SIGNALS:
    void quoteActivated(const QString &quoteId);

protected:
    QString emptyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void refreshSpeakers();
    void onActivated(const QModelIndex &index);

    QuoteModel *m_model;
    RowOrderProxyModel *m_proxy;
    QComboBox *m_speakers;
    QTreeView *m_view;
};

} // namespace Byline
