// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "entitymodel.h"
#include "labels.h"
#include "rowsync.h"

namespace Byline {

namespace {

bool sameTime(const TimeExpression &a, const TimeExpression &b)
{
    return a.span == b.span && a.type == b.type && a.value == b.value && a.mod == b.mod && a.resolution == b.resolution
        && a.event == b.event && a.rule == b.rule;
}

} // namespace

TimelineModel::TimelineModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_feeder(
          this,
          [this](const QList<TimeExpression> &added) {
              beginInsertRows(QModelIndex(), m_times.size(), m_times.size() + added.size() - 1);
              m_times.append(added);
              m_sortKeys.append(sortKeys(added));
              endInsertRows();
          },
          [this](bool filling) { Q_EMIT fillingChanged(filling); })
{
    connect(m_document, &Document::changed, this, &TimelineModel::onDocumentChanged);
    m_times = m_document->analysis().timeline;
    m_sortKeys = sortKeys(m_times);
}

TimelineModel::~TimelineModel() = default;

TimelineModel::SortKey TimelineModel::sortKey(const TimeExpression &t)
{
    SortKey key;
    key.position = qMax(0, t.span.start);
    if (t.resolution == TimexResolution::Unresolved || t.value.isEmpty())
        key.rank = 2;
    else if (t.value.at(0).isDigit()) {
        key.rank = 0;
        // The '|' keeps the order SortRole's text gives: "2015|" after "2015-09|".
        key.value = t.value + QLatin1Char('|');
    } else
        key.rank = 1;
    return key;
}

QList<TimelineModel::SortKey> TimelineModel::sortKeys(const QList<TimeExpression> &times)
{
    QList<SortKey> keys;
    keys.reserve(times.size());
    for (const TimeExpression &t : times)
        keys.append(sortKey(t));
    return keys;
}

bool TimelineModel::rowLessThan(int left, int right) const
{
    const SortKey &a = m_sortKeys.at(left);
    const SortKey &b = m_sortKeys.at(right);
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.rank == 0) {
        const int c = a.value.compare(b.value);
        if (c != 0)
            return c < 0;
    }
    return a.position < b.position;
}

void TimelineModel::onDocumentChanged(Document::Changes what)
{
    if (!(what & (Document::Text | Document::Timeline)))
        return;
    // Rows still waiting to be appended belong to the analysis before this change.
    m_feeder.drop();
    if (what & Document::Text) {
        m_feeder.resetTo(m_document->analysis().timeline, [this](const QList<TimeExpression> &rows) {
            beginResetModel();
            m_times = rows;
            m_sortKeys = sortKeys(m_times);
            endResetModel();
        });
    } else {
        sync();
    }
    m_feeder.settle();
}

void TimelineModel::sync()
{
    // A re-analysis of a long article (a new publication date) can change thousands of rows: past
    // a few, the proxy re-sorts once at the end rather than moving each changed row on its own.
    int changed = 0;
    syncById(
        m_times, m_document->analysis().timeline,
        [this](int i) {
            beginRemoveRows(QModelIndex(), i, i);
            m_times.removeAt(i);
            m_sortKeys.removeAt(i);
            endRemoveRows();
        },
        [this, &changed](int i, const TimeExpression &next) {
            if (sameTime(m_times.at(i), next))
                return;
            if (++changed == RowFeeder<TimeExpression>::ManyChanges)
                m_feeder.hold();
            m_times[i] = next;
            m_sortKeys[i] = sortKey(next);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        },
        [this](const QList<TimeExpression> &added) { m_feeder.append(added); });
}

const TimeExpression *TimelineModel::timeExpressionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_times.size())
        return nullptr;
    return &m_times.at(index.row());
}

Span TimelineModel::spanAt(const QModelIndex &index) const
{
    const TimeExpression *t = timeExpressionAt(index);
    return t ? t->span : Span();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_times.size();
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimeExpression *t = timeExpressionAt(index);
    if (!t)
        return QVariant();
    const QString &text = m_document->article().text;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            if (t->value.isEmpty())
                return tr("unresolved");
            return t->mod.isEmpty() ? Labels::timexValue(t->value)
                                    : QStringLiteral("%1 (%2)").arg(Labels::timexValue(t->value), t->mod);
        case ExpressionColumn:
            return m_document->article().textOf(t->span).simplified();
        case EventColumn:
            return t->event.isValid() ? contextLine(text, t->event, 0) : QString();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return QString(tr("%1, %2").arg(timexTypeName(t->type), Labels::timexResolution(t->resolution))
            + (t->rule.isEmpty() ? QString() : QString(QLatin1Char('\n') + tr("found by: %1").arg(t->rule))));
    case NodeKindRole:
        return int(NodeKind::TimeExpression);
    case IdRole:
        return t->id;
    case SortRole: {
        // Ten digits, zero-padded, so that text order is number order; rowLessThan() is the same order.
        const SortKey &key = m_sortKeys.at(index.row());
        QString position(10, QLatin1Char('0'));
        for (int i = 9, v = key.position; i >= 0 && v > 0; --i, v /= 10)
            position[i] = QLatin1Char(char('0' + v % 10));
        return QString(QString::number(key.rank) + QLatin1Char('|') + key.value + position);
    }
    case SpanStartRole:
        return t->span.start;
    case SpanEndRole:
        return t->span.end;
    default:
        return QVariant();
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ExpressionColumn:
        return tr("Expression");
    case EventColumn:
        return tr("Event");
    default:
        return QVariant();
    }
}

} // namespace Byline
