// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Byline {

/**
 * Filters a NotesModel by tag (exact; empty shows every note) and by a search text found,
 * case-insensitively, in the body, the tag or the noted words.
 */
class NotesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesFilterModel)

public:
    explicit NotesFilterModel(QObject *parent = nullptr);

    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_search;
};

} // namespace Byline
