// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "articleview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Byline {

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    for (QToolButton *b : { m_previous, m_next, m_close })
        b->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->setFindText(text);
        m_view->findNext();
    });
    connect(m_previous, &QToolButton::clicked, this, [this]() { m_view->findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this]() { m_view->findNext(false); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_view, &ArticleView::findChanged, this, &FindBar::showCount);
    retranslate();
    hide();
}

FindBar::~FindBar() = default;

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty() && m_view->findText() != m_field->text())
        m_view->setFindText(m_field->text());
}

void FindBar::dismiss()
{
    hide();
    m_view->setFindText(QString());
    m_view->setFocus(Qt::OtherFocusReason);
}

bool FindBar::isSearching() const
{
    return isVisible() && !m_field->text().isEmpty();
}

void FindBar::showCount(int current, int count)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else if (current < 0)
        m_count->setText(count == 1 ? tr("1 match") : tr("%n matches", nullptr, count));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_view->findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in article…"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Byline
