// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

#include "analysis/pipeline.h"

#include <algorithm>

namespace Byline {

namespace {
constexpr int BeatMs = 5;
}

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(BeatMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onBeat);
}

void StallMeter::start()
{
    m_clock.start();
    m_last = 0;
    m_longest = 0;
    m_longestAt = 0;
    m_longestCpu = 0;
    m_lastCpuNs = threadCpuNsecs();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::sample()
{
    const qint64 now = m_clock.elapsed();
    const qint64 gap = std::max<qint64>(0, now - m_last - BeatMs);
    if (gap > m_longest) {
        m_longest = gap;
        m_longestAt = now;
        m_longestCpu = (threadCpuNsecs() - m_lastCpuNs) / 1000000;
    }
}

void StallMeter::onBeat()
{
    const qint64 now = m_clock.elapsed();
    const qint64 gap = std::max<qint64>(0, now - m_last - BeatMs);
    const qint64 cpu = threadCpuNsecs();
    m_last = now;
    if (gap > m_longest) {
        m_longest = gap;
        m_longestAt = now;
        m_longestCpu = (cpu - m_lastCpuNs) / 1000000;
    }
    m_lastCpuNs = cpu;
    Q_EMIT beat(gap);
}

} // namespace Byline
