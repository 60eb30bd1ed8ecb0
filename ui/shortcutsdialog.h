// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace Byline {

/** Help › Keyboard Shortcuts: every action of the window with its shortcuts, by menu. */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /** sections: (menu title, actions) in display order; actions without text are skipped. */
    ShortcutsDialog(const QList<QPair<QString, QList<QAction *>>> &sections, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace Byline
