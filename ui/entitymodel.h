// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"

#include <QAbstractItemModel>

namespace Byline {

class ThemeAdapter;

/**
 * The Entities tab: a tree of entity types (one group row per EntityType, always present)
 * → entities (in analysis order) → their mentions (in text order, each with a line of
 * context). Columns: name, mention count.
 *
 * Reads the shared Document: a new article resets the model; a new analysis of the same
 * article removes, updates and inserts exactly the rows that differ (by entity id).
 * Sorting by mention count and filtering are the proxy's job (EntityProxyModel). GUI thread.
 */
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit EntityModel(Document *document, QObject *parent = nullptr);
    ~EntityModel() override;

    /** Optional: gives entity rows a colour swatch of their type. */
    void setTheme(ThemeAdapter *theme);

    NodeKind kindAt(const QModelIndex &index) const;
    /** The entity of an entity or mention row, nullptr for a group row. */
    const Entity *entityAt(const QModelIndex &index) const;
    /** The mention of a mention row; the first mention of an entity row; invalid otherwise. */
    Span spanAt(const QModelIndex &index) const;
    /** Index of the mention row (-1 otherwise). */
    int mentionAt(const QModelIndex &index) const;
    /** The row of entity id (column 0), invalid when it is not there. */
    QModelIndex indexOfEntity(const QString &id) const;
    QModelIndex groupIndex(EntityType type) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int GroupCount = 5;

    void onDocumentChanged(Document::Changes what);
    void reload();
    QList<Entity> entitiesOfType(int group) const;
    void syncGroup(int group);

    Document *m_document;
    ThemeAdapter *m_theme = nullptr;
    QList<Entity> m_groups[GroupCount];
};

/**
 * Short context of span in text, on one line: the span with up to radius / 2 characters before
 * it and the rest of radius after it, within its paragraph (text up to the neighbouring '\n'),
 * cut between words, with an ellipsis where the paragraph goes on. radius 0: the span alone.
 */
QString contextLine(const QString &text, Span span, int radius = 48);

} // namespace Byline
