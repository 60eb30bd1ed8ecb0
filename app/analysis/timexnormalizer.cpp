// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexnormalizer.h"

#include "timexorder.h"

namespace Byline {

namespace {

// Coarse to fine: CE, DE, Y, H, S, Q, M, W, WE, D, T (0–10), -1 for anything else; a mention can
// anchor a form whose granularity ranks at most its own. By hand: asked for every date remembered.
int rank(QStringView g)
{
    if (g.size() == 1) {
        switch (g.front().unicode()) {
        case 'Y': return 2;
        case 'H': return 3;
        case 'S': return 4;
        case 'Q': return 5;
        case 'M': return 6;
        case 'W': return 7;
        case 'D': return 9;
        case 'T': return 10;
        default: return -1;
        }
    }
    if (g.size() == 2 && g.at(1) == QLatin1Char('E')) {
        switch (g.front().unicode()) {
        case 'C': return 0;
        case 'D': return 1;
        case 'W': return 8;
        default: return -1;
        }
    }
    return -1;
}

int seasonIndex(const QString &s)
{
    return s == QLatin1String("SP") ? 1 : s == QLatin1String("SU") ? 2 : s == QLatin1String("FA") ? 3 : 4;
}

// Compares a calendar position within the year to the DCT's and picks the year by direction:
// cmp < 0 means the named position comes before the DCT's in the year; period is the number of
// positions in a year (12 months, 4 quarters, 366 days).
int pickYear(int dctYear, int cmp, int period, TimexForm::Direction direction, TimexForm::Tense tense)
{
    switch (direction) {
    case TimexForm::Direction::This: return dctYear;
    case TimexForm::Direction::Last: return cmp < 0 ? dctYear : dctYear - 1;
    case TimexForm::Direction::Next: return cmp > 0 ? dctYear : dctYear + 1;
    case TimexForm::Direction::Tense: break;
    }
    if (tense == TimexForm::Tense::Past)
        return cmp <= 0 ? dctYear : dctYear - 1;
    if (tense == TimexForm::Tense::Future)
        return cmp >= 0 ? dctYear : dctYear + 1;
    // No tense: the occurrence nearest the DCT ("December" read in January is last December).
    if (2 * cmp > period)
        return dctYear - 1;
    if (2 * cmp < -period)
        return dctYear + 1;
    return dctYear;
}

QDate shifted(const QDate &d, QChar unit, int amount)
{
    switch (unit.unicode()) {
    case 'Y': return d.addYears(amount);
    case 'Q': return d.addMonths(3 * amount);
    case 'M': return d.addMonths(amount);
    case 'W': return d.addDays(7 * qint64(amount));
    default: return d.addDays(amount);
    }
}

} // namespace

TimexNormalizer::TimexNormalizer(const QDate &dct)
    : m_dct(dct)
{
}

QString TimexNormalizer::format(const QDate &d, const QString &g)
{
    if (!d.isValid())
        return QString();
    if (g == QLatin1String("CE"))
        return TimexForm::pad(d.year() / 100, 2);
    if (g == QLatin1String("DE"))
        return TimexForm::pad(d.year() / 10, 3);
    if (g == QLatin1String("Y"))
        return TimexForm::pad(d.year(), 4);
    if (g == QLatin1String("Q"))
        return TimexForm::pad(d.year(), 4) + QStringLiteral("-Q") + QString::number((d.month() - 1) / 3 + 1);
    if (g == QLatin1String("H"))
        return TimexForm::pad(d.year(), 4) + QStringLiteral("-H") + QString::number(d.month() <= 6 ? 1 : 2);
    if (g == QLatin1String("M"))
        return TimexForm::pad(d.year(), 4) + QLatin1Char('-') + TimexForm::pad(d.month(), 2);
    if (g == QLatin1String("W") || g == QLatin1String("WE")) {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        return TimexForm::pad(weekYear, 4) + QStringLiteral("-W") + TimexForm::pad(week, 2) + (g == QLatin1String("WE") ? QStringLiteral("-WE") : QString());
    }
    // QDate::toString() goes through the locale machinery; a four-digit year is written the same by hand.
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (year >= 1000 && year <= 9999)
        return TimexForm::date(year, month, day);
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

TimexNormalizer::Result TimexNormalizer::normalize(const TimexForm &form, int sentence)
{
    Result r;
    switch (form.kind) {
    case TimexForm::Kind::Literal:
        r.type = form.type;
        r.value = form.value;
        r.resolution = TimexResolution::Absolute;
        break;
    case TimexForm::Kind::Named: r = named(form); break;
    case TimexForm::Kind::Shift: r = shift(form); break;
    case TimexForm::Kind::Vague: r = vague(form); break;
    case TimexForm::Kind::Clock: r = clock(form, sentence); break;
    }
    if (!r.value.isEmpty())
        r.value += form.suffix;
    if (r.mod.isEmpty())
        r.mod = form.mod;
    r.hasInterval = TimexOrder::interval(r.value, &r.interval);
    if (r.type == TimexType::Date || r.type == TimexType::Time)
        remember(r.value, r.hasInterval ? &r.interval : nullptr, sentence);
    return r;
}

TimexNormalizer::Result TimexNormalizer::named(const TimexForm &f) const
{
    Result r;
    r.type = f.type;
    if (!m_dct.isValid())
        return r;
    r.resolution = TimexResolution::PublicationDate;
    const int y = m_dct.year();
    if (f.weekday > 0) {
        const int diff = f.weekday - m_dct.dayOfWeek();
        const int back = (-diff + 7) % 7, forward = (diff + 7) % 7;
        qint64 days = -back;
        switch (f.direction) {
        case TimexForm::Direction::This: days = diff; break;
        case TimexForm::Direction::Last: days = back ? -back : -7; break;
        case TimexForm::Direction::Next: days = forward ? forward : 7; break;
        case TimexForm::Direction::Tense: days = f.tense == TimexForm::Tense::Future ? forward : -back; break;
        }
        r.value = format(m_dct.addDays(days), QStringLiteral("D")) + f.partOfDay;
        if (!f.partOfDay.isEmpty())
            r.type = TimexType::Time;
        return r;
    }
    if (f.month > 0 && f.day > 0) {
        const QDate sameYear(y, f.month, qMin(f.day, 28));
        const int cmp = f.month != m_dct.month() ? int(m_dct.daysTo(sameYear)) : f.day - m_dct.day();
        const QDate d(pickYear(y, cmp, 366, f.direction, f.tense), f.month, f.day);
        r.value = d.isValid() ? format(d, QStringLiteral("D")) : QString();
        if (r.value.isEmpty())
            r.resolution = TimexResolution::Unresolved;
        return r;
    }
    if (f.month > 0) {
        r.value = TimexForm::pad(pickYear(y, f.month - m_dct.month(), 12, f.direction, f.tense), 4) + QLatin1Char('-') + TimexForm::pad(f.month, 2);
        return r;
    }
    if (f.quarter > 0) {
        const int current = (m_dct.month() - 1) / 3 + 1;
        r.value = TimexForm::pad(pickYear(y, f.quarter - current, 4, f.direction, f.tense), 4) + QStringLiteral("-Q") + QString::number(f.quarter);
        return r;
    }
    if (!f.season.isEmpty()) {
        const int current = m_dct.month() <= 2 ? 4 : m_dct.month() == 12 ? 4 : (m_dct.month() - 3) / 3 + 1;
        r.value = TimexForm::pad(pickYear(y, seasonIndex(f.season) - current, 4, f.direction, f.tense), 4) + QLatin1Char('-') + f.season;
        return r;
    }
    r.resolution = TimexResolution::Unresolved;
    return r;
}

TimexNormalizer::Result TimexNormalizer::shift(const TimexForm &f) const
{
    Result r;
    r.type = f.partOfDay.isEmpty() ? f.type : TimexType::Time;
    QDate anchor = m_dct;
    QString granularity = f.granularity;
    r.resolution = TimexResolution::PublicationDate;
    if (f.anchor == TimexForm::Anchor::Previous) {
        if (const Mention *m = previous(f.granularity)) {
            if (!m->date.isValid()) {
                r.resolution = TimexResolution::Unresolved;
                return r;
            }
            anchor = m->date;
            // "four years later" than a day is a year; "two weeks later" stays a day.
            if (granularity.isEmpty())
                granularity = m->granularity == QLatin1String("D") && (f.unit == QLatin1Char('Y') || f.unit == QLatin1Char('M') || f.unit == QLatin1Char('Q'))
                    ? QString(f.unit)
                    : m->granularity;
            r.resolution = TimexResolution::PreviousDate;
        }
    }
    if (granularity.isEmpty())
        granularity = f.unit == QLatin1Char('Q') ? QStringLiteral("Q") : QString(f.unit.isNull() ? QLatin1Char('D') : f.unit);
    if (!anchor.isValid()) {
        r.resolution = TimexResolution::Unresolved;
        return r;
    }
    r.value = format(shifted(anchor, f.unit, f.amount), granularity) + f.partOfDay;
    return r;
}

TimexNormalizer::Result TimexNormalizer::vague(const TimexForm &f) const
{
    Result r;
    r.type = f.type;
    if (const Mention *m = previous(QString())) {
        if (!m->date.isValid()) {
            r.resolution = TimexResolution::Unresolved;
            return r;
        }
        r.value = format(m->date, m->granularity);
        r.mod = f.amount < 0 ? QStringLiteral("BEFORE") : QStringLiteral("AFTER");
        r.resolution = TimexResolution::PreviousDate;
        return r;
    }
    r.value = f.amount < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
    r.resolution = TimexResolution::Absolute;
    return r;
}

TimexNormalizer::Result TimexNormalizer::clock(const TimexForm &f, int sentence) const
{
    Result r;
    r.type = TimexType::Time;
    const QString time = QLatin1Char('T') + TimexForm::pad(f.hour, 2) + QLatin1Char(':') + TimexForm::pad(f.minute, 2) + f.zone;
    QDate date = m_dct;
    r.resolution = TimexResolution::PublicationDate;
    // The last day-fine date, if it is in this sentence (mentions come in sentence order).
    if (m_lastDay.order >= 0 && m_lastDay.sentence == sentence) {
        date = m_lastDay.date;
        r.resolution = TimexResolution::PreviousDate;
    }
    if (!date.isValid()) {
        // The clock time alone is still a TimeML value; only the day is missing.
        r.value = time;
        r.resolution = TimexResolution::Absolute;
        return r;
    }
    r.value = format(date, QStringLiteral("D")) + time;
    return r;
}

const TimexNormalizer::Mention *TimexNormalizer::previous(const QString &granularity) const
{
    // An unresolved date stands between: what follows it cannot skip back past it.
    const int needed = granularity.isEmpty() ? 0 : rank(granularity);
    const Mention &dated = m_lastAtLeast[needed + 1];
    const Mention &last = m_lastUnresolved.order > dated.order ? m_lastUnresolved : dated;
    return last.order >= 0 ? &last : nullptr;
}

void TimexNormalizer::remember(const QString &value, const TimexOrder::Interval *interval, int sentence)
{
    if (value.isEmpty()) {
        m_lastUnresolved = Mention{QDate(), QString(), sentence, m_remembered++};
        return;
    }
    if (!interval)
        return;
    const Mention m{TimexOrder::startDate(*interval), interval->granularity == QLatin1String("T") ? QStringLiteral("D") : interval->granularity,
                    sentence, m_remembered++};
    if (!m.date.isValid()) {
        m_lastUnresolved = m;
        return;
    }
    for (int k = 0, r = rank(m.granularity); k <= r + 1; ++k)
        m_lastAtLeast[k] = m;
    if (m.granularity == QLatin1String("D"))
        m_lastDay = m;
}

} // namespace Byline
