// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Byline {

namespace {

QString key()
{
    return QStringLiteral("recentFiles");
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

RecentFiles::~RecentFiles() = default;

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(key()).toStringList();
    QStringList existing;
    for (const QString &f : stored)
        if (QFileInfo::exists(f) && !existing.contains(f))
            existing.append(f);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxCount())
        list.removeLast();
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files) const
{
    QSettings().setValue(key(), files);
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 … &9, &0: the first ten entries are one key press away.
        const QString label = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path));
        QAction *a = menu->addAction(label);
        connect(a, &QAction::triggered, this, [this, path]() { Q_EMIT fileChosen(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent articles"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace Byline
