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

QString sortKey(const TimeExpression &t)
{
    // Ten digits, zero-padded, so that text order is number order. Written out by hand: QString::arg
    // goes through the locale and was a third of applying a long article's timeline.
    QString position(10, QLatin1Char('0'));
    for (int i = 9, v = qMax(0, t.span.start); i >= 0 && v > 0; --i, v /= 10)
        position[i] = QLatin1Char(char('0' + v % 10));
    if (t.resolution == TimexResolution::Unresolved || t.value.isEmpty())
        return QLatin1String("2|") + position;
    if (t.value.at(0).isDigit())
        return QLatin1String("0|") + t.value + QLatin1Char('|') + position;
    return QLatin1String("1|") + position;
}

QList<QVariant> sortKeys(const QList<TimeExpression> &times)
{
    QList<QVariant> keys;
    keys.reserve(times.size());
    for (const TimeExpression &t : times)
        keys.append(sortKey(t));
    return keys;
}

} // namespace

TimelineModel::TimelineModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::changed, this, &TimelineModel::onDocumentChanged);
    m_times = m_document->analysis().timeline;
    m_sortKeys = sortKeys(m_times);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::onDocumentChanged(Document::Changes what)
{
    if (what & Document::Text) {
        beginResetModel();
        m_times = m_document->analysis().timeline;
        m_sortKeys = sortKeys(m_times);
        endResetModel();
        return;
    }
    if (what & Document::Timeline)
        sync();
}

void TimelineModel::sync()
{
    syncById(
        m_times, m_document->analysis().timeline,
        [this](int i) {
            beginRemoveRows(QModelIndex(), i, i);
            m_times.removeAt(i);
            m_sortKeys.removeAt(i);
            endRemoveRows();
        },
        [this](int i, const TimeExpression &next) {
            if (sameTime(m_times.at(i), next))
                return;
            m_times[i] = next;
            m_sortKeys[i] = sortKey(next);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        },
        [this](const QList<TimeExpression> &added) {
            beginInsertRows(QModelIndex(), m_times.size(), m_times.size() + added.size() - 1);
            m_times.append(added);
            m_sortKeys.append(sortKeys(added));
            endInsertRows();
        });
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
    case SortRole:
        return m_sortKeys.at(index.row());
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
