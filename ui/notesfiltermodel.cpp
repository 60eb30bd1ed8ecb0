// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesfiltermodel.h"

#include "notesmodel.h"

namespace Byline {

NotesFilterModel::NotesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void NotesFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void NotesFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool NotesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString tag = i.data(NotesModel::TagRole).toString();
    if (!m_tag.isEmpty() && tag != m_tag)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString &field : {i.data(NotesModel::BodyRole).toString(), tag, i.data(NotesModel::ExactRole).toString()})
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace Byline
