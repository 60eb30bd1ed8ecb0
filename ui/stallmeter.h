// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Byline {

/**
 * Measures how long the GUI thread's event loop stops answering: a heartbeat timer every
 * 5 ms, and the longest gap between two beats (minus the interval) since start(). A gap is
 * time in which input and painting would have waited. Milliseconds, wall clock, so a loaded
 * machine makes gaps longer (longestCpu() tells how much of the longest one was the program's
 * own work). For byline --timings; GUI thread.
 */
class StallMeter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    explicit StallMeter(QObject *parent = nullptr);

    /** Starts (or restarts) measuring from now: a call that blocks right after counts as a stall. */
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /** Counts the time since the last beat as a gap now, as a beat would once the loop runs again. */
    void sample();
    /** The longest gap seen so far, ms; 0 before any beat. */
    qint64 longest() const { return m_longest; }
    /** When the longest gap ended, ms after start(). */
    qint64 longestEndedAt() const { return m_longestAt; }
    /**
     * CPU time the GUI thread itself spent within the longest gap, ms: what the program did
     * there; the rest of the gap it waited for a core (the machine's load).
     */
    qint64 longestCpu() const { return m_longestCpu; }

Q_SIGNALS:
    /** After every beat; gap is the wait since the previous one, ms. */
    void beat(qint64 gap);

private:
    void onBeat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_lastCpuNs = 0; ///< thread CPU time at the last beat
    qint64 m_longestCpu = 0;
};

} // namespace Byline
