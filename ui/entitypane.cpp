// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypane.h"

#include "entitymodel.h"
#include "panelproxymodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Byline {

EntityPane::EntityPane(Document *document, ThemeAdapter *theme, QWidget *parent)
    : PanelPage(parent)
    , m_model(new EntityModel(document, this))
    , m_proxy(new PanelProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("entityPane"));
    m_model->setTheme(theme);
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setClearButtonEnabled(true);
    controlsLayout()->addWidget(m_filter);
    m_view->setObjectName(QStringLiteral("entityView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setSortingEnabled(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityModel::CountColumn, QHeaderView::ResizeToContents);
    setContent(m_view, m_model);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_view->expandToDepth(0);
    });
    // Groups open by default: the entity names are what a reader scans for.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            for (int r = first; r <= last; ++r)
                m_view->expand(m_proxy->index(r, 0));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() { m_view->expandToDepth(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntityPane::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, &EntityPane::onActivated);
    retranslate();
}

EntityPane::~EntityPane() = default;

QString EntityPane::emptyText() const
{
    return tr("No entities found.");
}

void EntityPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter entities…"));
    m_filter->setToolTip(tr("Show only entities whose name or alias contains this text"));
}

void EntityPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    PanelPage::changeEvent(event);
}

void EntityPane::selectEntity(const QString &id)
{
    // A mention row of that entity is as good as the entity row: keep the reader's place.
    if (!id.isEmpty() && selectedEntity() == id)
        return;
    m_selecting = true;
    const QModelIndex source = id.isEmpty() ? QModelIndex() : m_model->indexOfEntity(id);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid()) {
        m_view->setCurrentIndex(proxy);
        m_view->scrollTo(proxy);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
}

QString EntityPane::selectedEntity() const
{
    const Entity *e = m_model->entityAt(m_proxy->mapToSource(m_view->currentIndex()));
    return e ? e->id : QString();
}

void EntityPane::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const Entity *e = m_model->entityAt(m_proxy->mapToSource(current));
    if (e)
        Q_EMIT entitySelected(e->id);
}

void EntityPane::onActivated(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const Entity *e = m_model->entityAt(source);
    if (!e)
        return;
    const int m = m_model->mentionAt(source);
    Q_EMIT mentionActivated(e->id, m >= 0 ? m : 0);
}

} // namespace Byline
