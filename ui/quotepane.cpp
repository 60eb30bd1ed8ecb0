// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepane.h"

#include "quotemodel.h"
#include "roworderproxymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Byline {

QuotePane::QuotePane(Document *document, QWidget *parent)
    : PanelPage(parent)
    , m_model(new QuoteModel(document, this))
    , m_proxy(new RowOrderProxyModel(this))
    , m_speakers(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("quotePane"));
    m_proxy->setSourceModel(m_model);
    // Text order, also for a quote a person marks (the model appends new rows at the end).
    m_proxy->setSortRole(SortRole);
    m_proxy->setRowLessThan([this](int left, int right) { return m_model->rowLessThan(left, right); });
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0, Qt::AscendingOrder);
    // While a long analysis is appended in parts the rows stay in the model's order, sorted once at the end.
    connect(m_model, &QuoteModel::fillingChanged, this, [this](bool filling) {
        m_proxy->sort(filling ? -1 : 0, Qt::AscendingOrder);
        setFilling(filling);
    });
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterKeyColumn(QuoteModel::SpeakerColumn);
    m_speakers->setObjectName(QStringLiteral("speakerFilter"));
    controlsLayout()->addWidget(m_speakers);
    m_view->setObjectName(QStringLiteral("quoteView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    // The excerpt gets the room: a long speaker ("Ministry of Foreign Affairs of China") or
    // source is elided in a column of its own width, which the person can drag wider.
    m_view->header()->setSectionResizeMode(QuoteModel::SpeakerColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(QuoteModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(QuoteModel::ExcerptColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(QuoteModel::SourceColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(QuoteModel::SpeakerColumn, fontMetrics().averageCharWidth() * 18);
    m_view->header()->resizeSection(QuoteModel::SourceColumn, fontMetrics().averageCharWidth() * 12);
    setContent(m_view, m_model);

    connect(m_speakers, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this](int i) { setSpeakerFilter(i > 0 ? m_speakers->itemText(i) : QString()); });
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &QuotePane::refreshSpeakers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotePane::refreshSpeakers);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QuotePane::refreshSpeakers);
    connect(m_view, &QTreeView::activated, this, &QuotePane::onActivated);
    refreshSpeakers();
}

QuotePane::~QuotePane() = default;

bool QuotePane::selectQuoteAt(int position)
{
    int found = -1;
    for (int row = 0; row < m_model->rowCount() && found < 0; ++row) {
        const Quote *q = m_model->quoteAt(m_model->index(row, 0));
        if (q && q->span.contains(position))
            found = row;
    }
    return showSourceRow(m_view, m_proxy, found);
}

QString QuotePane::emptyText() const
{
    return tr("No quotes found.");
}

void QuotePane::setSpeakerFilter(const QString &speaker)
{
    m_proxy->setFilterRegularExpression(speaker.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(speaker))));
    const int i = speaker.isEmpty() ? 0 : m_speakers->findText(speaker);
    if (i >= 0 && m_speakers->currentIndex() != i)
        m_speakers->setCurrentIndex(i);
}

void QuotePane::refreshSpeakers()
{
    const QString current = m_speakers->currentIndex() > 0 ? m_speakers->currentText() : QString();
    // Called for every part of a long fill: one pass, a set for the names seen (17,000 quotes, hundreds of speakers).
    QStringList names;
    QSet<QString> seen;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Quote *q = m_model->quoteAt(m_model->index(r, 0));
        const QString name = q && q->speaker ? q->speaker->name : QString();
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QSignalBlocker blocker(m_speakers);
    m_speakers->clear();
    m_speakers->addItem(tr("All speakers"));
    m_speakers->addItems(names);
    const int i = current.isEmpty() ? 0 : m_speakers->findText(current);
    m_speakers->setCurrentIndex(std::max(0, i));
    if (i < 0)
        setSpeakerFilter(QString());
}

void QuotePane::onActivated(const QModelIndex &index)
{
    const Quote *q = m_model->quoteAt(m_proxy->mapToSource(index));
    if (q)
        Q_EMIT quoteActivated(q->id);
}

void QuotePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshSpeakers();
    PanelPage::changeEvent(event);
}

} // namespace Byline
