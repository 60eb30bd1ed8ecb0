// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepane.h"

#include "panelproxymodel.h"
#include "sourcemodel.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace Byline {

SourcePane::SourcePane(Document *document, QWidget *parent)
    : PanelPage(parent)
    , m_model(new SourceModel(document, this))
    , m_proxy(new PanelProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("sourcePane"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("sourceView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SourceModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SourceModel::CountColumn, QHeaderView::ResizeToContents);
    setContent(m_view, m_model);
    // Sources are few and their citations are the point: groups and sources open by default.
    // Once per burst of insertions: each expandToDepth() lays out every row and re-sizes the count
    // column, and a new analysis inserts into every group (a third of applying it to a long article).
    const auto expandSoon = [this]() {
        if (m_expandPending)
            return;
        m_expandPending = true;
        QTimer::singleShot(0, this, [this]() {
            m_expandPending = false;
            m_view->expandToDepth(1);
        });
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, expandSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, expandSoon);
    connect(m_view, &QTreeView::activated, this, &SourcePane::onActivated);
}

SourcePane::~SourcePane() = default;

QString SourcePane::emptyText() const
{
    return tr("No sources found.");
}

void SourcePane::onActivated(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const Span span = m_model->spanAt(source);
    const Source *s = m_model->sourceAt(source);
    if (span.isValid())
        Q_EMIT spanActivated(span, s ? s->entityId : QString());
}

} // namespace Byline
