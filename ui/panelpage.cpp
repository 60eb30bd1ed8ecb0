// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelpage.h"

#include "roles.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Byline {

PanelPage::PanelPage(QWidget *parent)
    : QWidget(parent)
    , m_controls(new QVBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_controls->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls);
    layout->addWidget(m_stack, 1);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
}

PanelPage::~PanelPage() = default;

void PanelPage::setContent(QWidget *content, QAbstractItemModel *model)
{
    m_model = model;
    m_stack->addWidget(content);
    setFocusProxy(content);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &PanelPage::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &PanelPage::updateState);
    updateState();
}

void PanelPage::setAnalysisState(bool hasArticle, bool analysing, bool available)
{
    m_hasArticle = hasArticle;
    m_analysing = analysing;
    m_available = available;
    updateState();
}

bool PanelPage::hasRows() const
{
    if (!m_model)
        return false;
    // Grouped models keep empty group rows; count what is inside them.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (static_cast<NodeKind>(i.data(NodeKindRole).toInt()) != NodeKind::Group || m_model->rowCount(i) > 0)
            return true;
    }
    return false;
}

QString PanelPage::placeholderText() const
{
    if (!m_hasArticle)
        return tr("Open an article to see what it contains.");
    if (hasRows())
        return QString();
    if (!m_available)
        return tr("Analysis not available yet.");
    if (m_analysing)
        return tr("Analysing…");
    return emptyText();
}

void PanelPage::updateState()
{
    const QString text = placeholderText();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(text.isEmpty() && m_stack->count() > 1 ? 1 : 0);
}

void PanelPage::setFilling(bool filling)
{
    if (filling == m_filling)
        return;
    m_filling = filling;
    Q_EMIT fillingChanged(filling);
}

void PanelPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateState();
        // The models translate in data() and headerData(); views only ask again when repainted.
        if (m_model && m_model->columnCount() > 0)
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        if (auto *view = qobject_cast<QAbstractItemView *>(m_stack->widget(1)))
            view->viewport()->update();
    }
    QWidget::changeEvent(event);
}

bool PanelPage::showSourceRow(QTreeView *view, QSortFilterProxyModel *proxy, int sourceRow)
{
    const QModelIndex index
        = sourceRow >= 0 ? proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)) : QModelIndex();
    if (!index.isValid()) {
        view->selectionModel()->clear();
        return false;
    }
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

} // namespace Byline
