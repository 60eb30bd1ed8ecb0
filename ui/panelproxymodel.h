// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Byline {

/**
 * Proxy over a grouped panel tree (EntityModel, SourceModel): hides groups with nothing in
 * them, filters the records (entities, sources) whose FilterRole contains the filter text
 * (case-insensitive) while keeping their children, and sorts records by CountRole, most
 * first (then by name), and every other level by SortRole in text order. GUI thread.
 */
class PanelProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelProxyModel)

public:
    explicit PanelProxyModel(QObject *parent = nullptr);
    ~PanelProxyModel() override;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    /**
     * Without a filter text every row under a group or a record is shown, so the source
     * answers: the base class would filter and sort the children of every row a view lays out
     * (every mention of every entity) just to draw its expand arrow.
     */
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool recordMatches(const QModelIndex &recordIndex) const;

    QString m_filter;
};

} // namespace Byline
