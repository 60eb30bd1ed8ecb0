// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roworderproxymodel.h"

namespace Byline {

RowOrderProxyModel::RowOrderProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

RowOrderProxyModel::~RowOrderProxyModel() = default;

void RowOrderProxyModel::setRowLessThan(RowLessThan lessThan)
{
    m_lessThan = std::move(lessThan);
    invalidate();
}

bool RowOrderProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_lessThan)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_lessThan(left.row(), right.row());
}

} // namespace Byline
