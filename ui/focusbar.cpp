// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusbar.h"

#include "articleview.h"
#include "model/document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Byline {

FocusBar::FocusBar(Document *document, ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(view)
    , m_name(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("focusBar"));
    m_counter->setObjectName(QStringLiteral("mentionCounter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    for (QToolButton *b : { m_previous, m_next, m_clear })
        b->setAutoRaise(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    layout->addWidget(m_name);
    layout->addWidget(m_counter);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_clear);
    connect(m_previous, &QToolButton::clicked, m_view, &ArticleView::previousMention);
    connect(m_next, &QToolButton::clicked, m_view, &ArticleView::nextMention);
    connect(m_clear, &QToolButton::clicked, m_view, &ArticleView::clearEntityFocus);
    connect(m_view, &ArticleView::focusChanged, this, &FocusBar::showFocus);
    retranslate();
    showFocus(QString(), -1, 0);
}

FocusBar::~FocusBar() = default;

QString FocusBar::counterText() const
{
    if (m_id.isEmpty())
        return QString();
    if (m_index < 0)
        return m_count == 1 ? tr("1 mention") : tr("%n mentions", nullptr, m_count);
    return tr("%1 of %2").arg(m_index + 1).arg(m_count);
}

void FocusBar::showFocus(const QString &id, int index, int count)
{
    m_id = id;
    m_index = index;
    m_count = count;
    const Entity *e = id.isEmpty() ? nullptr : m_document->analysis().entity(id);
    m_name->setText(e ? e->name : QString());
    m_counter->setText(counterText());
    setVisible(e != nullptr);
}

void FocusBar::retranslate()
{
    m_previous->setToolTip(tr("Previous mention (Shift+F3)"));
    m_next->setToolTip(tr("Next mention (F3)"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Stop following this entity (Esc)"));
    m_counter->setText(counterText());
}

void FocusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Byline
