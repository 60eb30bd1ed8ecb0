// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"
#include "panelpage.h"

class QLineEdit;
class QModelIndex;
class QTreeView;

namespace Byline {

class Document;
class EntityModel;
class PanelProxyModel;
class ThemeAdapter;

/**
 * The Entities tab: a filter box and the entity tree (grouped by type, most-mentioned
 * first); expanding an entity lists its mentions with context. Selecting an entity emits
 * entitySelected(); activating an entity or mention emits mentionActivated(). GUI thread.
 */
class EntityPane : public PanelPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPane)

public:
    EntityPane(Document *document, ThemeAdapter *theme, QWidget *parent = nullptr);
    ~EntityPane() override;

    EntityModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Selects the row of entity id without emitting entitySelected(); empty clears the selection. */
    void selectEntity(const QString &id);
    /** The entity of the current row, or empty. */
    QString selectedEntity() const;

Q_SIGNALS:
    void entitySelected(const QString &id);
    /** mention is the mention's index in the entity, 0 for the entity row itself. */
    void mentionActivated(const QString &entityId, int mention);

protected:
    QString emptyText() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);

    EntityModel *m_model;
    PanelProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_selecting = false;
};

} // namespace Byline
