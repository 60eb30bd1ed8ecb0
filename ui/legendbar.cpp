// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendbar.h"

#include "labels.h"
#include "themeadapter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace Byline {

namespace {

QIcon swatch(const QColor &fill, const QColor &line, bool underline)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (underline) {
        p.setPen(QPen(line, 2, Qt::DashLine));
        p.drawLine(1, 11, 13, 11);
    } else {
        p.setPen(QPen(line, 1));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    }
    return QIcon(pm);
}

} // namespace

LegendBar::LegendBar(ArticleView *view, ThemeAdapter *theme, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_theme(theme)
{
    setObjectName(QStringLiteral("legendBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(2);
    for (int h = 0; h < ArticleView::HighlightCount; ++h) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(view->isHighlightVisible(static_cast<ArticleView::Highlight>(h)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        connect(b, &QToolButton::toggled, this,
            [this, h](bool on) { m_view->setHighlightVisible(static_cast<ArticleView::Highlight>(h), on); });
        layout->addWidget(b);
        m_buttons.append(b);
    }
    layout->addStretch(1);
    connect(m_theme, &ThemeAdapter::changed, this, &LegendBar::updateIcons);
    retranslate();
    updateIcons();
}

LegendBar::~LegendBar() = default;

void LegendBar::updateIcons()
{
    for (int h = 0; h < ArticleView::HighlightCount; ++h) {
        QIcon icon;
        if (h < ArticleView::Quotes) {
            const auto type = static_cast<EntityType>(h);
            icon = swatch(m_theme->entityTint(type), m_theme->entityColor(type), false);
        } else if (h == ArticleView::Quotes) {
            icon = swatch(m_theme->quoteTint(), m_theme->muted(), false);
        } else {
            icon = swatch(QColor(), m_theme->timeUnderline(), true);
        }
        m_buttons.at(h)->setIcon(icon);
    }
}

void LegendBar::retranslate()
{
    for (int h = 0; h < ArticleView::HighlightCount; ++h) {
        QString text;
        if (h < ArticleView::Quotes)
            text = Labels::entityTypePlural(static_cast<EntityType>(h));
        else if (h == ArticleView::Quotes)
            text = tr("Quotes");
        else
            text = tr("Dates");
        m_buttons.at(h)->setText(text);
        m_buttons.at(h)->setToolTip(tr("Show or hide the highlighting of %1").arg(text.toLower()));
    }
}

void LegendBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Byline
