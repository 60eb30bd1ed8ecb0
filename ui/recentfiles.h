// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Byline {

/**
 * The File › Open Recent list, kept in QSettings ("recentFiles", most recent first, at most
 * maxCount() entries). Entries whose file no longer exists are dropped whenever the list
 * is read. fill() rebuilds a menu; choosing an entry emits fileChosen(). GUI thread.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    static int maxCount() { return 10; }
    /** Existing files, most recent first. */
    QStringList files() const;
    void add(const QString &path);
    void clear();
    void fill(QMenu *menu);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void store(const QStringList &files) const;
};

} // namespace Byline
