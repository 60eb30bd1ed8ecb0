// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepane.h"

#include "labels.h"

#include "model/document.h"
#include "roworderproxymodel.h"
#include "timelinemodel.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Byline {

namespace {

// QDateEdit cannot be empty: its minimum stands for "no date" and shows the special text.
const QDate NoDate(1800, 1, 1);

} // namespace

TimelinePane::TimelinePane(Document *document, QWidget *parent)
    : PanelPage(parent)
    , m_document(document)
    , m_model(new TimelineModel(document, this))
    , m_proxy(new RowOrderProxyModel(this))
    , m_label(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_clear(new QToolButton(this))
    , m_origin(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("timelinePane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setRowLessThan([this](int left, int right) { return m_model->rowLessThan(left, right); });
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0, Qt::AscendingOrder);
    // While a long analysis is appended in parts the rows stay in the model's order, sorted once at the end.
    connect(m_model, &TimelineModel::fillingChanged, this, [this](bool filling) {
        m_proxy->sort(filling ? -1 : 0, Qt::AscendingOrder);
        setFilling(filling);
    });

    m_date->setObjectName(QStringLiteral("publishedEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(NoDate);
    m_date->setDate(NoDate);
    m_label->setBuddy(m_date);
    m_clear->setObjectName(QStringLiteral("clearPublished"));
    m_origin->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_date);
    row->addWidget(m_clear);
    row->addWidget(m_origin, 1);
    controlsLayout()->addLayout(row);

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(TimelineModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TimelineModel::ExpressionColumn, QHeaderView::ResizeToContents);
    setContent(m_view, m_model);

    connect(m_date, &QDateEdit::editingFinished, this, &TimelinePane::onEditingFinished);
    connect(m_clear, &QToolButton::clicked, this, [this]() {
        m_date->setDate(NoDate);
        onEditingFinished();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const Span span = m_model->spanAt(m_proxy->mapToSource(index));
        if (span.isValid())
            Q_EMIT spanActivated(span);
    });
    connect(m_document, &Document::changed, this, [this](Document::Changes what) {
        if (what & (Document::Text | Document::Metadata))
            showDocumentDate();
    });
    retranslate();
    showDocumentDate();
}

TimelinePane::~TimelinePane() = default;

bool TimelinePane::selectExpressionAt(int position)
{
    int found = -1;
    for (int row = 0; row < m_model->rowCount() && found < 0; ++row) {
        const TimeExpression *t = m_model->timeExpressionAt(m_model->index(row, 0));
        if (t && t->span.contains(position))
            found = row;
    }
    return showSourceRow(m_view, m_proxy, found);
}

QDate TimelinePane::published() const
{
    return m_date->date() == NoDate ? QDate() : m_date->date();
}

QString TimelinePane::emptyText() const
{
    return tr("No dates or times found.");
}

void TimelinePane::retranslate()
{
    m_label->setText(tr("&Published:"));
    // The interface language sets the default locale, so dates follow it.
    m_date->setLocale(QLocale());
    m_date->setDisplayFormat(Labels::dateFormat());
    m_date->setSpecialValueText(tr("unknown"));
    m_date->setToolTip(
        tr("The date the article was published; relative dates (\"last month\") are resolved against it"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the publication date"));
    showDocumentDate();
}

void TimelinePane::showDocumentDate()
{
    const ArticleMetadata &meta = m_document->article().meta;
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(meta.published.isValid() ? meta.published : NoDate);
    }
    m_date->setEnabled(!m_document->article().isEmpty());
    m_clear->setEnabled(meta.published.isValid());
    switch (meta.publishedFrom) {
    case DateSource::Metadata:
        m_origin->setText(tr("from the file's metadata"));
        break;
    case DateSource::Dateline:
        m_origin->setText(tr("from the dateline"));
        break;
    case DateSource::User:
        m_origin->setText(tr("set by you"));
        break;
    case DateSource::None:
        m_origin->setText(QString());
        break;
    }
}

void TimelinePane::onEditingFinished()
{
    const QDate date = published();
    if (date == m_document->article().meta.published
        || (!date.isValid() && !m_document->article().meta.published.isValid()))
        return;
    Q_EMIT publishedEdited(date);
}

void TimelinePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    PanelPage::changeEvent(event);
}

} // namespace Byline
