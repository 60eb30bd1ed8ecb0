// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemodel.h"

#include "entitymodel.h"
#include "labels.h"
#include "rowsync.h"

#include <QFont>

namespace Byline {

namespace {

// internalId names the parent of a row: 0 for groups; group + 1 for sources;
// CitationTag | group << 40 | source for citations; ClaimTag | group << 56 | source << 28 | citation for claims.
constexpr quintptr CitationTag = quintptr(1) << 62;
constexpr quintptr ClaimTag = quintptr(1) << 63;
constexpr quintptr Low28 = (quintptr(1) << 28) - 1;
constexpr quintptr Low40 = (quintptr(1) << 40) - 1;
static_assert(sizeof(quintptr) >= 8, "SourceModel packs row addresses into internalId");

bool sameCitation(const Citation &a, const Citation &b)
{
    return a.span == b.span && a.cue == b.cue && a.cueText == b.cueText && a.claims == b.claims;
}

bool sameSource(const Source &a, const Source &b)
{
    if (a.name != b.name || a.kind != b.kind || a.entityId != b.entityId || a.citations.size() != b.citations.size())
        return false;
    for (int i = 0; i < a.citations.size(); ++i)
        if (!sameCitation(a.citations.at(i), b.citations.at(i)))
            return false;
    return true;
}

} // namespace

SourceModel::SourceModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &SourceModel::onDocumentChanged);
    reload();
}

SourceModel::~SourceModel() = default;

void SourceModel::onDocumentChanged(Document::Changes what)
{
    if (what & Document::Text) {
        reload();
        return;
    }
    if (what & Document::Sources)
        for (int g = 0; g < GroupCount; ++g)
            syncGroup(g);
}

QList<Source> SourceModel::sourcesOfKind(int group) const
{
    QList<Source> list;
    for (const Source &s : m_document->analysis().sources)
        if (static_cast<int>(s.kind) == group)
            list.append(s);
    return list;
}

void SourceModel::reload()
{
    beginResetModel();
    for (int g = 0; g < GroupCount; ++g)
        m_groups[g] = sourcesOfKind(g);
    endResetModel();
}

void SourceModel::syncGroup(int group)
{
    QList<Source> &rows = m_groups[group];
    const QModelIndex parent = index(group, 0);
    const int before = rows.size();
    syncById(
        rows, sourcesOfKind(group),
        [&](int i) {
            beginRemoveRows(parent, i, i);
            rows.removeAt(i);
            endRemoveRows();
        },
        [&](int i, const Source &next) {
            if (sameSource(rows.at(i), next))
                return;
            // Citations have no ids: replace them as a block (still row removals and insertions).
            const QModelIndex sourceIndex = index(i, 0, parent);
            if (!rows.at(i).citations.isEmpty()) {
                beginRemoveRows(sourceIndex, 0, rows.at(i).citations.size() - 1);
                rows[i].citations.clear();
                endRemoveRows();
            }
            if (!next.citations.isEmpty()) {
                beginInsertRows(sourceIndex, 0, next.citations.size() - 1);
                rows[i].citations = next.citations;
                endInsertRows();
            }
            rows[i] = next;
            Q_EMIT dataChanged(sourceIndex, index(i, CountColumn, parent));
        },
        [&](const QList<Source> &added) {
            beginInsertRows(parent, rows.size(), rows.size() + added.size() - 1);
            rows.append(added);
            endInsertRows();
        });
    if (rows.size() != before)
        Q_EMIT dataChanged(parent, index(group, CountColumn));
}

SourceModel::Address SourceModel::addressOf(const QModelIndex &index) const
{
    Address a;
    const quintptr id = index.internalId();
    if (id == 0) {
        a.group = index.row();
    } else if (id & ClaimTag) {
        a.kind = NodeKind::Quote;
        a.group = int((id >> 56) & 0x3f);
        a.source = int((id >> 28) & Low28);
        a.citation = int(id & Low28);
        a.claim = index.row();
    } else if (id & CitationTag) {
        a.kind = NodeKind::Citation;
        a.group = int((id >> 40) & 0x3fffff);
        a.source = int(id & Low40);
        a.citation = index.row();
    } else {
        a.kind = NodeKind::Source;
        a.group = int(id) - 1;
        a.source = index.row();
    }
    return a;
}

QModelIndex SourceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return QModelIndex();
    const Address p = addressOf(parent);
    switch (p.kind) {
    case NodeKind::Group:
        return row < m_groups[p.group].size() ? createIndex(row, column, quintptr(p.group + 1)) : QModelIndex();
    case NodeKind::Source:
        if (row >= m_groups[p.group].at(p.source).citations.size())
            return QModelIndex();
        return createIndex(row, column, CitationTag | (quintptr(p.group) << 40) | quintptr(p.source));
    case NodeKind::Citation:
        if (row >= m_groups[p.group].at(p.source).citations.at(p.citation).claims.size())
            return QModelIndex();
        return createIndex(
            row, column, ClaimTag | (quintptr(p.group) << 56) | (quintptr(p.source) << 28) | quintptr(p.citation));
    default:
        return QModelIndex();
    }
}

QModelIndex SourceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Address a = addressOf(child);
    switch (a.kind) {
    case NodeKind::Source:
        return createIndex(a.group, 0, quintptr(0));
    case NodeKind::Citation:
        return createIndex(a.source, 0, quintptr(a.group + 1));
    case NodeKind::Quote:
        return createIndex(a.citation, 0, CitationTag | (quintptr(a.group) << 40) | quintptr(a.source));
    default:
        return QModelIndex();
    }
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    const Address a = addressOf(parent);
    switch (a.kind) {
    case NodeKind::Group:
        return m_groups[a.group].size();
    case NodeKind::Source:
        return m_groups[a.group].at(a.source).citations.size();
    case NodeKind::Citation:
        return m_groups[a.group].at(a.source).citations.at(a.citation).claims.size();
    default:
        return 0;
    }
}

int SourceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

NodeKind SourceModel::kindAt(const QModelIndex &index) const
{
    return addressOf(index).kind;
}

const Source *SourceModel::sourceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Address a = addressOf(index);
    return a.kind == NodeKind::Group ? nullptr : &m_groups[a.group].at(a.source);
}

const Quote *SourceModel::claimQuote(const Address &a) const
{
    return m_document->analysis().quote(m_groups[a.group].at(a.source).citations.at(a.citation).claims.at(a.claim));
}

Span SourceModel::spanAt(const QModelIndex &index) const
{
    const Source *s = sourceAt(index);
    if (!s || s->citations.isEmpty())
        return Span();
    const Address a = addressOf(index);
    if (a.kind == NodeKind::Quote) {
        const Quote *q = claimQuote(a);
        return q ? q->span : Span();
    }
    return s->citations.at(a.kind == NodeKind::Citation ? a.citation : 0).span;
}

QModelIndex SourceModel::indexOfSource(const QString &id) const
{
    for (int g = 0; g < GroupCount; ++g)
        for (int i = 0; i < m_groups[g].size(); ++i)
            if (m_groups[g].at(i).id == id)
                return index(i, 0, index(g, 0));
    return QModelIndex();
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Address a = addressOf(index);
    if (role == NodeKindRole)
        return int(a.kind);
    const bool anonymous = a.group == int(SourceKind::Anonymous);
    if (a.kind == NodeKind::Group) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return QVariant();
            return QStringLiteral("%1 (%2)")
                .arg(Labels::sourceKindPlural(static_cast<SourceKind>(a.group)))
                .arg(m_groups[a.group].size());
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case CountRole:
            return m_groups[a.group].size();
        case SortRole:
            return a.group;
        default:
            return QVariant();
        }
    }
    const Source &s = m_groups[a.group].at(a.source);
    const QString &text = m_document->article().text;
    if (a.kind == NodeKind::Source) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CountColumn)
                return s.citations.size();
            // U+26A0: anonymous sources must stand out, not just sit in their group.
            return anonymous ? QString(QChar(0x26a0)) + QLatin1Char(' ') + s.name : s.name;
        case Qt::ToolTipRole:
            return anonymous ? tr("Anonymous source: the article does not say who this is.") : s.name;
        case IdRole:
            return s.id;
        case EntityIdRole:
            return s.entityId;
        case CountRole:
        case SortRole:
            return s.citations.size();
        case FilterRole:
            return s.name;
        case SpanStartRole:
            return spanAt(index).start;
        case SpanEndRole:
            return spanAt(index).end;
        default:
            return QVariant();
        }
    }
    const Citation &c = s.citations.at(a.citation);
    if (a.kind == NodeKind::Citation) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CountColumn)
                return c.claims.isEmpty() ? QVariant() : QVariant(c.claims.size());
            return c.cueText.isEmpty() ? contextLine(text, c.span)
                                       : QStringLiteral("%1 · %2").arg(c.cueText, contextLine(text, c.span));
        case Qt::ToolTipRole:
            return c.claims.size() == 1 ? tr("1 claim rests on this citation")
                                        : tr("%n claims rest on this citation", nullptr, c.claims.size());
        case SortRole:
        case SpanStartRole:
            return c.span.start;
        case SpanEndRole:
            return c.span.end;
        default:
            return QVariant();
        }
    }
    const Quote *q = claimQuote(a);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn || !q)
            return QVariant();
        return QStringLiteral("\u201c%1\u201d").arg(contextLine(text, q->span, 0));
    case IdRole:
        return q ? q->id : QString();
    case SortRole:
    case SpanStartRole:
        return q ? q->span.start : -1;
    case SpanEndRole:
        return q ? q->span.end : -1;
    default:
        return QVariant();
    }
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Source") : tr("Citations");
}

} // namespace Byline
