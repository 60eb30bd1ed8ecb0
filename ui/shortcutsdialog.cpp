// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Byline {

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QList<QAction *>>> &sections, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const auto &section : sections) {
        auto *heading = new QTreeWidgetItem(m_list, { QString(section.first).remove(QLatin1Char('&')) });
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (QAction *a : section.second) {
            if (a->text().isEmpty() || a->isSeparator())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(m_list,
                { QStringLiteral("    ") + QString(a->text()).remove(QLatin1Char('&')),
                    keys.isEmpty() ? tr("menu only (Alt + underlined letters)") : keys.join(QStringLiteral(", ")) });
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace Byline
