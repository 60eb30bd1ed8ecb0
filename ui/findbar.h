// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Byline {

class ArticleView;

/**
 * Find in the article (Ctrl+F): a search field that highlights every match as you type,
 * Previous/Next, the match counter and a close button. Enter finds the next match,
 * Shift+Enter the previous; Esc closes the bar and removes the highlighting. GUI thread.
 */
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    QLineEdit *field() const { return m_field; }
    /** Shows the bar with the field focused and its text selected. */
    void activate();
    /** Hides the bar and clears the highlighting. */
    void dismiss();
    /** True when F3 should walk find hits: the bar is open with a query. */
    bool isSearching() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCount(int current, int count);

    ArticleView *m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Byline
