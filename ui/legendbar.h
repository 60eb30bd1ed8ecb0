// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleview.h"

#include <QWidget>

class QToolButton;

namespace Byline {

class ThemeAdapter;

/**
 * The legend above the article: one checkable swatch per highlight (entity types, quotes,
 * time expressions) in the theme's colours; unchecking hides that highlight in the view.
 * GUI thread.
 */
class LegendBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendBar)

public:
    LegendBar(ArticleView *view, ThemeAdapter *theme, QWidget *parent = nullptr);
    ~LegendBar() override;

    QToolButton *button(ArticleView::Highlight h) const { return m_buttons.at(h); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateIcons();

    ArticleView *m_view;
    ThemeAdapter *m_theme;
    QList<QToolButton *> m_buttons;
};

} // namespace Byline
