// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "labels.h"
#include "rowsync.h"
#include "themeadapter.h"

#include <QFont>

namespace Byline {

namespace {

// internalId of an index names its parent: 0 for group rows, group + 1 for entity rows,
// MentionTag | group << 32 | entity for mention rows.
constexpr quintptr MentionTag = quintptr(1) << 62;
static_assert(sizeof(quintptr) >= 8, "EntityModel packs (group, entity) into internalId");

bool sameEntity(const Entity &a, const Entity &b)
{
    return a.id == b.id && a.type == b.type && a.name == b.name && a.aliases == b.aliases && a.mentions == b.mentions;
}

} // namespace

QString contextLine(const QString &text, Span span, int radius)
{
    if (!span.isValid() || span.end > text.size())
        return QString();
    if (radius <= 0)
        return text.mid(span.start, span.length()).simplified();
    // The paragraph the span is in: blocks are joined by '\n', and a line of context that
    // runs into the caption above says nothing about this mention.
    const int paraStart = span.start > 0 ? int(text.lastIndexOf(QLatin1Char('\n'), span.start - 1)) + 1 : 0;
    int paraEnd = int(text.indexOf(QLatin1Char('\n'), span.end));
    if (paraEnd < 0)
        paraEnd = int(text.size());
    // Less before than after: the row is elided on the right, so the mention stays in view.
    int from = std::max(paraStart, span.start - radius / 2);
    int to = std::min(paraEnd, std::max(span.end, span.end + radius - (span.start - from)));
    // Whole words only: a cut inside a word moves out to the nearest space (never into the span).
    if (from > paraStart && !text.at(from - 1).isSpace()) {
        while (from < span.start && !text.at(from).isSpace())
            ++from;
    }
    if (to < paraEnd && !text.at(to).isSpace()) {
        while (to > span.end && !text.at(to - 1).isSpace())
            --to;
    }
    QString line = text.mid(from, to - from).simplified();
    if (from > paraStart)
        line.prepend(QChar(0x2026));
    if (to < paraEnd)
        line.append(QChar(0x2026));
    return line;
}

EntityModel::EntityModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &EntityModel::onDocumentChanged);
    reload();
}

EntityModel::~EntityModel() = default;

void EntityModel::setTheme(ThemeAdapter *theme)
{
    m_theme = theme;
    connect(m_theme, &ThemeAdapter::changed, this, [this]() {
        for (int g = 0; g < GroupCount; ++g)
            if (!m_groups[g].isEmpty())
                Q_EMIT dataChanged(
                    index(0, 0, index(g, 0)), index(m_groups[g].size() - 1, 0, index(g, 0)), { Qt::DecorationRole });
    });
}

void EntityModel::onDocumentChanged(Document::Changes what)
{
    if (what & Document::Text) {
        reload();
        return;
    }
    if (what & Document::Entities)
        for (int g = 0; g < GroupCount; ++g)
            syncGroup(g);
}

QList<Entity> EntityModel::entitiesOfType(int group) const
{
    QList<Entity> list;
    for (const Entity &e : m_document->analysis().entities)
        if (static_cast<int>(e.type) == group)
            list.append(e);
    return list;
}

void EntityModel::reload()
{
    beginResetModel();
    for (int g = 0; g < GroupCount; ++g)
        m_groups[g] = entitiesOfType(g);
    endResetModel();
}

void EntityModel::syncGroup(int group)
{
    QList<Entity> &rows = m_groups[group];
    const QModelIndex parent = index(group, 0);
    const int before = rows.size();
    syncById(
        rows, entitiesOfType(group),
        [&](int i) {
            beginRemoveRows(parent, i, i);
            rows.removeAt(i);
            endRemoveRows();
        },
        [&](int i, const Entity &next) {
            if (sameEntity(rows.at(i), next))
                return;
            const QModelIndex entityIndex = index(i, 0, parent);
            if (rows.at(i).mentions != next.mentions) {
                if (!rows.at(i).mentions.isEmpty()) {
                    beginRemoveRows(entityIndex, 0, rows.at(i).mentions.size() - 1);
                    rows[i].mentions.clear();
                    endRemoveRows();
                }
                if (!next.mentions.isEmpty()) {
                    beginInsertRows(entityIndex, 0, next.mentions.size() - 1);
                    rows[i].mentions = next.mentions;
                    endInsertRows();
                }
            }
            rows[i] = next;
            Q_EMIT dataChanged(entityIndex, index(i, CountColumn, parent));
        },
        [&](const QList<Entity> &added) {
            beginInsertRows(parent, rows.size(), rows.size() + added.size() - 1);
            rows.append(added);
            endInsertRows();
        });
    if (rows.size() != before)
        Q_EMIT dataChanged(parent, index(group, CountColumn));
}

QModelIndex EntityModel::groupIndex(EntityType type) const
{
    return index(static_cast<int>(type), 0);
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return QModelIndex();
    const quintptr id = parent.internalId();
    if (id == 0) {
        const int g = parent.row();
        return row < m_groups[g].size() ? createIndex(row, column, quintptr(g + 1)) : QModelIndex();
    }
    if (id & MentionTag)
        return QModelIndex();
    const int g = int(id) - 1;
    const int e = parent.row();
    if (row >= m_groups[g].at(e).mentions.size())
        return QModelIndex();
    return createIndex(row, column, MentionTag | (quintptr(g) << 32) | quintptr(e));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const quintptr id = child.internalId();
    if (id == 0)
        return QModelIndex();
    if (id & MentionTag) {
        const int g = int((id & ~MentionTag) >> 32);
        const int e = int(id & 0xffffffffu);
        return createIndex(e, 0, quintptr(g + 1));
    }
    return createIndex(int(id) - 1, 0, quintptr(0));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return m_groups[parent.row()].size();
    if (id & MentionTag)
        return 0;
    return m_groups[int(id) - 1].at(parent.row()).mentions.size();
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

NodeKind EntityModel::kindAt(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    return id == 0 ? NodeKind::Group : (id & MentionTag) ? NodeKind::Mention : NodeKind::Entity;
}

const Entity *EntityModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    if (id == 0)
        return nullptr;
    if (id & MentionTag)
        return &m_groups[int((id & ~MentionTag) >> 32)].at(int(id & 0xffffffffu));
    return &m_groups[int(id) - 1].at(index.row());
}

int EntityModel::mentionAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && kindAt(index) == NodeKind::Mention ? index.row() : -1;
}

Span EntityModel::spanAt(const QModelIndex &index) const
{
    const Entity *e = entityAt(index);
    if (!e || e->mentions.isEmpty())
        return Span();
    const int m = mentionAt(index);
    return e->mentions.at(m >= 0 ? m : 0).span;
}

QModelIndex EntityModel::indexOfEntity(const QString &id) const
{
    for (int g = 0; g < GroupCount; ++g)
        for (int i = 0; i < m_groups[g].size(); ++i)
            if (m_groups[g].at(i).id == id)
                return index(i, 0, index(g, 0));
    return QModelIndex();
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const NodeKind kind = kindAt(index);
    if (role == NodeKindRole)
        return int(kind);
    if (kind == NodeKind::Group) {
        const int g = index.row();
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return QStringLiteral("%1 (%2)")
                    .arg(Labels::entityTypePlural(static_cast<EntityType>(g)))
                    .arg(m_groups[g].size());
            return QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case CountRole:
            return m_groups[g].size();
        case SortRole:
            return g;
        case SpanStartRole:
        case SpanEndRole:
            return -1;
        default:
            return QVariant();
        }
    }
    const Entity *e = entityAt(index);
    if (kind == NodeKind::Entity) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return e->name;
            return e->mentions.size();
        case Qt::ToolTipRole:
            return e->aliases.isEmpty() ? e->name
                                        : tr("%1 — also: %2").arg(e->name, e->aliases.join(QStringLiteral(", ")));
        case Qt::DecorationRole:
            if (index.column() == NameColumn && m_theme)
                return m_theme->entityColor(e->type);
            return QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case IdRole:
        case EntityIdRole:
            return e->id;
        case CountRole:
        case SortRole:
            return e->mentions.size();
        case FilterRole:
            return QString(e->aliases.join(QLatin1Char(' ')) + QLatin1Char(' ') + e->name);
        case SpanStartRole:
            return spanAt(index).start;
        case SpanEndRole:
            return spanAt(index).end;
        default:
            return QVariant();
        }
    }
    const Mention &m = e->mentions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return contextLine(m_document->article().text, m.span);
        return QVariant();
    case Qt::ToolTipRole:
        return m.rule.isEmpty() ? QVariant() : QVariant(tr("found by: %1").arg(m.rule));
    case EntityIdRole:
        return e->id;
    case SortRole:
    case SpanStartRole:
        return m.span.start;
    case SpanEndRole:
        return m.span.end;
    default:
        return QVariant();
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

} // namespace Byline
