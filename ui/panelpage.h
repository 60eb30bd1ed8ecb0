// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class QStackedWidget;
class QVBoxLayout;

namespace Byline {

/**
 * One tab of the annotation panel: optional controls on top, then either the page's view or,
 * when there is nothing to list, a plain sentence saying why — no article, analysis
 * running, this analysis not available yet, or nothing found. GUI thread.
 */
class PanelPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelPage)

public:
    explicit PanelPage(QWidget *parent = nullptr);
    ~PanelPage() override;

    /** hasArticle: an article is open; analysing: its analysis runs; available: the pipeline produces this page's
     * layer. */
    void setAnalysisState(bool hasArticle, bool analysing, bool available);
    /** The sentence shown instead of the list, empty when the list is shown. */
    QString placeholderText() const;
    /** True while the page's model is still appending a long analysis's rows in parts. */
    bool isFilling() const { return m_filling; }

Q_SIGNALS:
    void fillingChanged(bool filling);

protected:
    QVBoxLayout *controlsLayout() const { return m_controls; }
    /** content shows rows of model (the source model: rows in it mean there is something to show). */
    void setContent(QWidget *content, QAbstractItemModel *model);
    /** "No entities found.", … */
    virtual QString emptyText() const = 0;
    void updateState();
    void setFilling(bool filling);
    /** Makes sourceRow (a row of proxy's source model) current in view and scrolls to it, without
     *  activating it; -1 or a row the proxy filters out clears the selection. True when selected. */
    static bool showSourceRow(QTreeView *view, QSortFilterProxyModel *proxy, int sourceRow);
    void changeEvent(QEvent *event) override;

private:
    bool hasRows() const;

    QVBoxLayout *m_controls = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QAbstractItemModel *m_model = nullptr;
    bool m_hasArticle = false;
    bool m_analysing = false;
    bool m_available = true;
    bool m_filling = false;
};

} // namespace Byline
