// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Byline {

/**
 * Turns a list of records with string ids (rows, as a model holds them) into next with
 * the fewest structural changes, so panel models insert, remove and update rows instead of
 * resetting (STYLE.md): remove(i) for every row whose id is gone (last row first),
 * change(i, record) for every id in both, then append(records) once with the new ids in
 * next's order. The callbacks do the begin…/end… calls and mutate rows themselves.
 */
template <typename T, typename Remove, typename Change, typename Append>
void syncById(const QList<T> &rows, const QList<T> &next, Remove remove, Change change, Append append)
{
    // A first analysis: every record is new, handed over whole (implicitly shared, not copied one by one).
    if (rows.isEmpty()) {
        if (!next.isEmpty())
            append(next);
        return;
    }
    QSet<QString> nextIds;
    for (const T &n : next)
        nextIds.insert(n.id);
    for (int i = rows.size() - 1; i >= 0; --i)
        if (!nextIds.contains(rows.at(i).id))
            remove(i);
    QHash<QString, int> position;
    for (int i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).id, i);
    QList<T> added;
    for (const T &n : next) {
        const auto it = position.constFind(n.id);
        if (it == position.cend())
            added.append(n);
        else
            change(it.value(), n);
    }
    if (!added.isEmpty())
        append(added);
}

} // namespace Byline
