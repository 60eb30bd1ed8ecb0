// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Byline {

/**
 * Appends new rows to a flat panel model in parts, one part per event-loop turn, so that a
 * long article's analysis (46,000 dates) never keeps the window from answering while its
 * panels fill. A few rows (PartRows or fewer) go in at once, as before.
 *
 * The model owns the feeder and gives it append (does beginInsertRows/endInsertRows for the
 * rows handed over) and filling (called with true before the first part of a fill and false
 * after its last, so a pane can switch its sorting off meanwhile: a sorted proxy re-maps all of
 * its rows for every interval a part scatters into). The rows not appended yet are only here:
 * when the Document changes meanwhile, the model calls drop(), syncs its rows again (which
 * feeds what is still missing) and then settle(). GUI thread.
 */
template <typename T>
class RowFeeder
{
    Q_DISABLE_COPY_MOVE(RowFeeder)

public:
    static constexpr int PartRows = 2000;
    /** Changed rows in one sync past which the model hold()s: each re-sorts a sorted proxy's mapping on its own. */
    static constexpr int ManyChanges = 64;

    RowFeeder(QObject *owner, std::function<void(const QList<T> &)> append, std::function<void(bool)> filling)
        : m_append(std::move(append))
        , m_filling(std::move(filling))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, owner, [this]() { nextPart(); });
    }

    /** True from the first part of a fill until its last is in. */
    bool isFilling() const { return m_isFilling; }

    /** Appends rows after those already appended or waiting. */
    void append(const QList<T> &rows)
    {
        if (!m_isFilling && rows.size() <= PartRows) {
            m_append(rows);
            return;
        }
        if (m_next >= m_pending.size()) {
            m_pending = rows; // implicitly shared: a 46,000-row fill is not copied
            m_next = 0;
        } else {
            m_pending.append(rows);
        }
        hold();
        step();
    }

    /**
     * A new article: reset (does beginResetModel/endResetModel around installing the rows given)
     * gets all of rows when they are few, otherwise none, and they are appended in parts.
     */
    template <typename Reset>
    void resetTo(const QList<T> &rows, Reset reset)
    {
        drop();
        const bool few = rows.size() <= PartRows;
        reset(few ? rows : QList<T>());
        if (!few)
            append(rows);
    }

    /**
     * Marks a long sync of rows already there as a fill (fillingChanged(true) now, false at
     * settle()), so the pane sorts once after it instead of once for every row that changed.
     */
    void hold()
    {
        if (!m_isFilling) {
            m_isFilling = true;
            m_filling(true);
        }
    }

    /** Forgets the rows not appended yet; isFilling() stays until settle(). */
    void drop()
    {
        m_timer.stop();
        m_pending.clear();
        m_next = 0;
    }

    /** Ends a fill that has nothing left to append (after drop() and a sync that found nothing missing). */
    void settle()
    {
        if (m_isFilling && m_next >= m_pending.size()) {
            drop();
            m_isFilling = false;
            m_filling(false);
        }
    }

private:
    /** A part from the event loop (its own function, so a profiler can count these turns). */
    Q_NEVER_INLINE void nextPart() { step(); }

    void step()
    {
        const int n = std::min<int>(PartRows, int(m_pending.size()) - m_next);
        if (n > 0) {
            m_append(m_pending.mid(m_next, n));
            m_next += n;
        }
        if (m_next < m_pending.size())
            m_timer.start();
        else
            settle();
    }

    std::function<void(const QList<T> &)> m_append;
    std::function<void(bool)> m_filling;
    QTimer m_timer;
    QList<T> m_pending;
    int m_next = 0;
    bool m_isFilling = false;
};

} // namespace Byline
