// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexorder.h"

#include <QDate>

#include <algorithm>
#include <vector>

namespace Byline {

namespace {

constexpr qint64 minutesPerDay = 1440;

qint64 minuteOf(const QDate &d)
{
    return d.toJulianDay() * minutesPerDay;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

int number(QStringView digits)
{
    int n = 0;
    for (QChar c : digits)
        n = n * 10 + (c.unicode() - '0');
    return n;
}

QDate isoWeekMonday(int year, int week)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
}

bool setDays(const QDate &first, const QDate &afterLast, const QString &granularity, TimexOrder::Interval *r)
{
    if (!first.isValid() || !afterLast.isValid())
        return false;
    r->start = minuteOf(first);
    r->end = minuteOf(afterLast);
    r->granularity = granularity;
    return true;
}

// Rank of the group a value sorts in: calendar values, references, durations, sets, unresolved.
// parsed: the value's interval when the caller has parsed it already (empty granularity: none).
int groupOf(const TimeExpression &t, TimexOrder::Interval *interval, const TimexOrder::Interval *parsed = nullptr)
{
    if (t.value.isEmpty())
        return 4;
    if (t.type == TimexType::Set)
        return 3;
    if (t.type == TimexType::Duration)
        return 2;
    if (parsed) {
        if (!parsed->granularity.isEmpty()) {
            *interval = *parsed;
            return 0;
        }
    } else if (TimexOrder::interval(t.value, interval)) {
        return 0;
    }
    // References keep PAST < PRESENT < FUTURE; a lone clock time sorts with them.
    interval->start = t.value == QLatin1String("PAST_REF") ? 0 : t.value == QLatin1String("PRESENT_REF") ? 1 : 2;
    return 1;
}

int modRank(const QString &mod)
{
    if (mod == QLatin1String("BEFORE") || mod == QLatin1String("ON_OR_BEFORE"))
        return -1;
    if (mod == QLatin1String("AFTER") || mod == QLatin1String("ON_OR_AFTER"))
        return 1;
    return 0;
}

} // namespace

bool TimexOrder::interval(const QString &value, Interval *r)
{
    QStringView v(value);
    if (v.size() >= 2 && v[0] == QLatin1Char('F') && v[1] == QLatin1Char('Y')) // startsWith("FY"), without Qt's general compare
        v = v.mid(2);
    const int n = int(v.size());
    if (n == 2 && allDigits(v)) {
        const int c = number(v);
        return setDays(QDate(c * 100, 1, 1), QDate(c * 100 + 100, 1, 1), QStringLiteral("CE"), r);
    }
    if (n == 3 && allDigits(v)) {
        const int d = number(v);
        return setDays(QDate(d * 10, 1, 1), QDate(d * 10 + 10, 1, 1), QStringLiteral("DE"), r);
    }
    if (n < 4 || !allDigits(v.left(4)))
        return false;
    const int year = number(v.left(4));
    if (n == 4)
        return setDays(QDate(year, 1, 1), QDate(year + 1, 1, 1), QStringLiteral("Y"), r);
    if (v.at(4) != QLatin1Char('-') || n < 7)
        return false;
    const QStringView rest = v.mid(5);
    if (rest.size() == 2 && rest.at(0) == QLatin1Char('Q') && rest.at(1) >= QLatin1Char('1') && rest.at(1) <= QLatin1Char('4')) {
        const QDate first(year, 3 * (rest.at(1).unicode() - '1') + 1, 1);
        return setDays(first, first.addMonths(3), QStringLiteral("Q"), r);
    }
    if (rest.size() == 2 && rest.at(0) == QLatin1Char('H') && (rest.at(1) == QLatin1Char('1') || rest.at(1) == QLatin1Char('2'))) {
        const QDate first(year, rest.at(1) == QLatin1Char('1') ? 1 : 7, 1);
        return setDays(first, first.addMonths(6), QStringLiteral("H"), r);
    }
    static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
    for (int s = 0; s < 4; ++s) {
        if (rest == QLatin1String(seasons[s])) {
            const QDate first(year, 3 + 3 * s, 1);
            return setDays(first, first.addMonths(3), QStringLiteral("S"), r);
        }
    }
    if (rest.at(0) == QLatin1Char('W') && allDigits(rest.mid(1, 2))) {
        const int week = number(rest.mid(1, 2));
        if (week < 1 || week > 53)
            return false;
        const QDate monday = isoWeekMonday(year, week);
        if (rest.size() == 3)
            return setDays(monday, monday.addDays(7), QStringLiteral("W"), r);
        if (rest.mid(3) == QLatin1String("-WE"))
            return setDays(monday.addDays(5), monday.addDays(7), QStringLiteral("WE"), r);
        return false;
    }
    if (!allDigits(rest.left(2)))
        return false;
    const int month = number(rest.left(2));
    if (rest.size() == 2) {
        const QDate first(year, month, 1);
        return setDays(first, first.addMonths(1), QStringLiteral("M"), r);
    }
    if (rest.size() < 5 || rest.at(2) != QLatin1Char('-') || !allDigits(rest.mid(3, 2)))
        return false;
    const QDate day(year, month, number(rest.mid(3, 2)));
    if (rest.size() == 5)
        return setDays(day, day.addDays(1), QStringLiteral("D"), r);
    const QStringView time = rest.mid(5);
    if (!day.isValid() || time.size() < 3 || time.at(0) != QLatin1Char('T'))
        return false;
    static const struct { const char *name; int from, to; } parts[] = {
        {"TMO", 6, 12}, {"TAF", 12, 18}, {"TEV", 18, 21}, {"TNI", 21, 24}};
    for (const auto &p : parts) {
        if (time == QLatin1String(p.name)) {
            r->start = minuteOf(day) + p.from * 60;
            r->end = minuteOf(day) + p.to * 60;
            r->granularity = QStringLiteral("T");
            return true;
        }
    }
    if (time.size() >= 6 && allDigits(time.mid(1, 2)) && time.at(3) == QLatin1Char(':') && allDigits(time.mid(4, 2))) {
        r->start = minuteOf(day) + number(time.mid(1, 2)) * 60 + number(time.mid(4, 2));
        r->end = r->start + 1;
        r->granularity = QStringLiteral("T");
        return true;
    }
    return false;
}

QDate TimexOrder::startDate(const QString &value)
{
    Interval i;
    if (!interval(value, &i))
        return QDate();
    return startDate(i);
}

QDate TimexOrder::startDate(const Interval &interval)
{
    return QDate::fromJulianDay(interval.start / minutesPerDay);
}

bool TimexOrder::lessThan(const TimeExpression &a, const TimeExpression &b)
{
    Interval ia, ib;
    const int ga = groupOf(a, &ia), gb = groupOf(b, &ib);
    if (ga != gb)
        return ga < gb;
    if (ga <= 1) {
        if (ia.start != ib.start)
            return ia.start < ib.start;
        if (ia.end != ib.end)
            return ia.end > ib.end;
        const int ma = modRank(a.mod), mb = modRank(b.mod);
        if (ma != mb)
            return ma < mb;
    }
    return a.span.start < b.span.start;
}

void TimexOrder::sort(QList<TimeExpression> &timeline)
{
    sort(timeline, QList<Interval>());
}

void TimexOrder::sort(QList<TimeExpression> &timeline, const QList<Interval> &intervals)
{
    // Parse every value once, not once per comparison.
    struct Keyed
    {
        int group;
        Interval interval;
        int mod;
        int index;
    };
    std::vector<Keyed> keys;
    keys.reserve(size_t(timeline.size()));
    for (int i = 0; i < timeline.size(); ++i) {
        Keyed k{0, Interval(), modRank(timeline.at(i).mod), i};
        k.group = groupOf(timeline.at(i), &k.interval, intervals.isEmpty() ? nullptr : &intervals.at(i));
        keys.push_back(k);
    }
    const auto before = [&timeline](const Keyed &a, const Keyed &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.group <= 1) {
            if (a.interval.start != b.interval.start)
                return a.interval.start < b.interval.start;
            if (a.interval.end != b.interval.end)
                return a.interval.end > b.interval.end;
            if (a.mod != b.mod)
                return a.mod < b.mod;
        }
        return timeline.at(a.index).span.start < timeline.at(b.index).span.start;
    };
    // Already in order (a stable sort would keep it as it is): no buffer and no new list.
    if (std::is_sorted(keys.begin(), keys.end(), before))
        return;
    std::stable_sort(keys.begin(), keys.end(), before);
    QList<TimeExpression> sorted;
    sorted.reserve(timeline.size());
    for (const Keyed &k : keys)
        sorted.append(std::move(timeline[k.index]));
    timeline = std::move(sorted);
}

} // namespace Byline
