// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotemodel.h"

#include "labels.h"
#include "rowsync.h"

namespace Byline {

namespace {

bool sameSpeaker(const std::optional<Speaker> &a, const std::optional<Speaker> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->entityId == b->entityId && a->name == b->name && a->span == b->span);
}

bool sameQuote(const Quote &a, const Quote &b)
{
    return a.span == b.span && a.kind == b.kind && sameSpeaker(a.speaker, b.speaker) && a.cue == b.cue
        && a.sourceId == b.sourceId && a.rule == b.rule;
}

} // namespace

QuoteModel::QuoteModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_feeder(
          this,
          [this](const QList<Quote> &added) {
              beginInsertRows(QModelIndex(), m_quotes.size(), m_quotes.size() + added.size() - 1);
              m_quotes.append(added);
              endInsertRows();
          },
          [this](bool filling) { Q_EMIT fillingChanged(filling); })
{
    connect(m_document, &Document::changed, this, &QuoteModel::onDocumentChanged);
    m_quotes = m_document->analysis().quotes;
}

QuoteModel::~QuoteModel() = default;

void QuoteModel::onDocumentChanged(Document::Changes what)
{
    if (what & (Document::Text | Document::Quotes)) {
        // Rows still waiting to be appended belong to the analysis before this change.
        m_feeder.drop();
        if (what & Document::Text) {
            m_feeder.resetTo(m_document->analysis().quotes, [this](const QList<Quote> &rows) {
                beginResetModel();
                m_quotes = rows;
                endResetModel();
            });
        } else {
            sync();
        }
        m_feeder.settle();
        if (what & Document::Text)
            return;
    }
    if ((what & (Document::Sources | Document::Entities)) && !m_quotes.isEmpty())
        Q_EMIT dataChanged(index(0, SpeakerColumn), index(m_quotes.size() - 1, SourceColumn));
}

void QuoteModel::sync()
{
    // A re-analysis of a long article (a new publication date) can change thousands of rows: past
    // a few, the proxy re-sorts once at the end rather than moving each changed row on its own.
    int changed = 0;
    syncById(
        m_quotes, m_document->analysis().quotes,
        [this](int i) {
            beginRemoveRows(QModelIndex(), i, i);
            m_quotes.removeAt(i);
            endRemoveRows();
        },
        [this, &changed](int i, const Quote &next) {
            if (sameQuote(m_quotes.at(i), next))
                return;
            if (++changed == RowFeeder<Quote>::ManyChanges)
                m_feeder.hold();
            m_quotes[i] = next;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        },
        [this](const QList<Quote> &added) { m_feeder.append(added); });
}

const Quote *QuoteModel::quoteAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_quotes.size())
        return nullptr;
    return &m_quotes.at(index.row());
}

Span QuoteModel::spanAt(const QModelIndex &index) const
{
    const Quote *q = quoteAt(index);
    return q ? q->span : Span();
}

QModelIndex QuoteModel::indexOfQuote(const QString &id) const
{
    for (int i = 0; i < m_quotes.size(); ++i)
        if (m_quotes.at(i).id == id)
            return index(i, 0);
    return QModelIndex();
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_quotes.size();
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    const Quote *q = quoteAt(index);
    if (!q)
        return QVariant();
    const QString speaker = q->speaker ? q->speaker->name : QString();
    // Copied only for the roles that show it: sorting and filtering ask for the others thousands of times.
    const auto text = [this, q]() { return m_document->article().textOf(q->span); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return speaker.isEmpty() ? tr("(unattributed)") : speaker;
        case KindColumn:
            return Labels::quoteKind(q->kind);
        case ExcerptColumn: {
            const QString oneLine = text().simplified();
            return oneLine.size() > 90 ? oneLine.left(89) + QChar(0x2026) : oneLine;
        }
        case SourceColumn: {
            const Source *s = q->sourceId.isEmpty() ? nullptr : m_document->analysis().source(q->sourceId);
            return s ? s->name : QString();
        }
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return q->rule.isEmpty() ? text() : QString(text() + QStringLiteral("\n\n") + tr("found by: %1").arg(q->rule));
    case NodeKindRole:
        return int(NodeKind::Quote);
    case IdRole:
        return q->id;
    case EntityIdRole:
        return q->speaker ? q->speaker->entityId : QString();
    case FilterRole:
        return speaker;
    case SortRole:
    case SpanStartRole:
        return q->span.start;
    case SpanEndRole:
        return q->span.end;
    default:
        return QVariant();
    }
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case KindColumn:
        return tr("Kind");
    case ExcerptColumn:
        return tr("Quote");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

} // namespace Byline
