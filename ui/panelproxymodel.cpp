// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelproxymodel.h"

#include "roles.h"

namespace Byline {

PanelProxyModel::PanelProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Groups are shown exactly when some record below them is; the proxy re-checks them as rows arrive.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

PanelProxyModel::~PanelProxyModel() = default;

void PanelProxyModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

bool PanelProxyModel::hasChildren(const QModelIndex &parent) const
{
    if (m_filter.isEmpty() && parent.isValid() && sourceModel())
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}

bool PanelProxyModel::recordMatches(const QModelIndex &recordIndex) const
{
    return m_filter.isEmpty() || recordIndex.data(FilterRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

bool PanelProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<NodeKind>(index.data(NodeKindRole).toInt());
    if (kind == NodeKind::Group)
        return false;
    // The record is the row right under a group; its mentions, citations and claims follow it.
    QModelIndex record = index;
    while (record.parent().isValid()
        && static_cast<NodeKind>(record.parent().data(NodeKindRole).toInt()) != NodeKind::Group)
        record = record.parent();
    return recordMatches(record);
}

bool PanelProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto kind = static_cast<NodeKind>(left.data(NodeKindRole).toInt());
    if (kind == NodeKind::Entity || kind == NodeKind::Source) {
        const int a = left.data(CountRole).toInt();
        const int b = right.data(CountRole).toInt();
        if (a != b)
            return a > b;
        return left.data(Qt::DisplayRole).toString().localeAwareCompare(right.data(Qt::DisplayRole).toString()) < 0;
    }
    return left.data(SortRole).toInt() < right.data(SortRole).toInt();
}

} // namespace Byline
