// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Byline {

class ArticleView;
class Document;

/**
 * Shows the focused entity and where the walk through its mentions is ("Xi Jinping — 3 of 9")
 * with Previous, Next and Clear buttons; hidden while nothing is focused. GUI thread.
 */
class FocusBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusBar)

public:
    FocusBar(Document *document, ArticleView *view, QWidget *parent = nullptr);
    ~FocusBar() override;

    /** The counter text, e.g. "3 of 9". */
    QString counterText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFocus(const QString &id, int index, int count);
    void retranslate();

    Document *m_document;
    ArticleView *m_view;
    QLabel *m_name;
    QLabel *m_counter;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_clear;
    QString m_id;
    int m_index = -1;
    int m_count = 0;
};

} // namespace Byline
