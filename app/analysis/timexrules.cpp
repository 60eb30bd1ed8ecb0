// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexrules_p.h"

#include "timexscan_p.h"

#include <utility>

namespace Byline {

namespace {

using Entry = TimexLexicon::Entry;
using Form = TimexForm;

QString durationValue(const QString &count, const QString &unit)
{
    // count is digits or "X"; decades and centuries are written in years when counted.
    const bool time = unit.startsWith(QLatin1Char('T'));
    QString u = time ? unit.mid(1) : unit;
    QString n = count;
    if (u == QLatin1String("2W")) {
        u = QStringLiteral("W");
        n = count == QLatin1String("X") ? count : QString::number(count.toDouble() * 2);
    } else if ((u == QLatin1String("DE") || u == QLatin1String("CE")) && count != QLatin1String("X")) {
        n = QString::number(count.toDouble() * (u == QLatin1String("DE") ? 10 : 100));
        u = QStringLiteral("Y");
    }
    return QLatin1Char('P') + (time ? QStringLiteral("T") : QString()) + n + u;
}

/**
 * For the digits-and-one-dot numbers the segmenter makes ("3.5", "12.75"): 1 when the value is
 * within [0, 100000], 0 when above, -1 when toDouble() has to decide (no single dot, or a value so
 * near 100000 that rounding matters). toDouble() costs thousands of instructions per number.
 */
int decimalInRange(QStringView v)
{
    const qsizetype dot = TimexScan::indexOfChar(v, u'.');
    if (dot <= 0 || dot + 1 >= v.size() || TimexScan::indexOfChar(v, u'.', dot + 1) >= 0)
        return -1;
    for (qsizetype p = 0; p < v.size(); ++p) {
        if (p != dot && (v.at(p) < QLatin1Char('0') || v.at(p) > QLatin1Char('9')))
            return -1;
    }
    qsizetype first = 0; // leading zeros do not count
    while (first < dot - 1 && v.at(first) == QLatin1Char('0'))
        ++first;
    if (dot - first > 6)
        return 0; // at least 1,000,000
    int whole = 0;
    for (qsizetype p = first; p < dot; ++p)
        whole = whole * 10 + (v.at(p).unicode() - '0');
    if (whole < 100000)
        return 1;
    if (whole > 100000)
        return 0;
    for (qsizetype p = dot + 1; p < v.size(); ++p) {
        if (v.at(p) != QLatin1Char('0'))
            return -1; // just above 100000: let the double parser round it as before
    }
    return 1;
}

} // namespace

bool TimexRules::matchAt(int i, Match &best) const
{
    core(i, best);
    const Entry *e = s.at(i);
    if (!e)
        return best.end > best.begin;
    const QStringView next = s.inRange(i + 1) ? s.view(i + 1) : QStringView();
    if (!s.lex.mayContinue(e->modifierNext, next))
        return best.end > best.begin;
    const qsizetype nextSize = s.inRange(i + 1) ? next.size() : -1;
    for (int p : Entry::phrasesFor(e->modifiersByNext, nextSize)) {
        const TimexLexicon::Phrase &ph = s.lex.phrase(p);
        const int n = int(ph.words.size());
        if (n > 1 && ph.words.at(1).size() != nextSize)
            continue; // what sameWord() would answer first
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = s.inRange(i + k) && s.sameWord(i + k, ph.words.at(k));
        if (!ok)
            continue;
        Match inner;
        if (!core(i + n, inner))
            continue;
        const bool duration = inner.form.type == TimexType::Duration;
        // "over the past year" is a preposition, not "more than"
        if (ph.applies == QLatin1String("duration") && s.isThe(i + n))
            continue;
        if ((ph.applies == QLatin1String("duration") && !duration) || (ph.applies == QLatin1String("date") && duration)
            || inner.form.type == TimexType::Set)
            continue;
        Form f = inner.form;
        if (!ph.form.mod.isEmpty())
            f.mod = ph.form.mod;
        keep(best, i, inner.end, f);
    }
    return best.end > best.begin;
}

bool TimexRules::core(int i, Match &best) const
{
    if (!s.inRange(i))
        return false;
    // Dispatch on what the first token is, so most tokens try no rule at all. The rules keep their
    // matches in best directly (keep(): the longest, the earliest of equals), no Match of its own.
    Match &m = best;
    const Entry *e = s.at(i);
    const unsigned roles = e ? e->roles : 0u;
    const QChar c = s.view(i).front();
    const bool digit = c.isDigit();
    const bool apostrophe = s.isApostrophe(i);
    const bool the = (roles & TimexLexicon::Determiner) && !(s.isThe(i) && !mayFollowThe(i + 1));
    if (e && !e->phrases.isEmpty())
        phrase(i, m);
    if (e && e->month)
        monthFirst(i, m);
    if (digit) {
        dayFirst(i, m);
        numeric(i, m);
        clock(i, m);
    }
    if (digit || apostrophe || (roles & TimexLexicon::Fiscal) || c == QLatin1Char('F'))
        yearForms(i, m);
    if (!e && (c == QLatin1Char('m') || c == QLatin1Char('M')))
        mid(i, m);
    if (digit || apostrophe || the || (e && e->ordinal))
        decadeCentury(i, m);
    if (the || (e && e->ordinal) || (s.view(i).size() == 2 && (c == QLatin1Char('Q') || c == QLatin1Char('H'))) || (!e && c.isLetter()))
        quarterHalf(i, m);
    if (the || (roles & TimexLexicon::Relative) || (e && !e->season.isEmpty()))
        season(i, m);
    if (the || (roles & TimexLexicon::Relative))
        relative(i, m);
    if (e && e->weekday)
        weekday(i, m);
    if (digit || the || (roles & TimexLexicon::Relative) || (e && (e->number != -1 || !e->unit.isEmpty())) || (!e && c.isLetter()))
        counted(i, m);
    // Besides "every", "each", "once" and "twice", a set starts only with a count before "times".
    if ((roles & TimexLexicon::Every) || ((digit || (e && e->number > 0)) && s.is(i + 1, "times")))
        set(i, m);
    return best.end > best.begin;
}

bool TimexRules::mayFollowThe(int j) const
{
    if (!s.inRange(j))
        return false;
    // Of the lexicon's words only seasons, decades and ordinals ("the fall", "the sixties", "the
    // third quarter") and the words below ("last", "next", …) go on after a "the".
    if (const Entry *e = s.at(j); e && (e->ordinal > 0 || !e->decade.isEmpty() || !e->season.isEmpty()))
        return true;
    const QStringView v = s.view(j);
    // Digits ("the 1990s", "the 19th"), "'90s", "Q3", "first-quarter"; anything not ASCII is left
    // to the rules (their case folding and digits go beyond ASCII).
    if ((v.front() >= QLatin1Char('0') && v.front() <= QLatin1Char('9')) || v.front() == QLatin1Char('\'')
        || (v.size() == 2 && (v.front() == QLatin1Char('Q') || v.front() == QLatin1Char('H'))))
        return true;
    for (QChar c : v) {
        if (c.unicode() >= 128 || c == QLatin1Char('-'))
            return true;
    }
    // The words the rules compare with, whether or not the lexicon lists them (ASCII: | 0x20 lowers a letter).
    // The length first: most words after a "the" fail there, without a call.
    const auto is = [v](const auto &w) { return v.size() == qsizetype(sizeof(w) - 1) && TimexScan::equalsIgnoringCase(v, w); };
    switch (v.front().unicode() | 0x20) {
    case 'e': return is("early");
    case 'm': return is("mid");
    case 'l': return is("late") || is("last");
    case 't': return is("this");
    case 'c': return is("current") || is("coming");
    case 'n': return is("next");
    case 'p': return is("previous") || is("past");
    case 'f': return is("following") || is("first") || is("final");
    default: return false;
    }
}

bool TimexRules::phrase(int i, Match &m) const
{
    const Entry *e = s.at(i);
    if (!e)
        return false;
    // The next word's length rejects most of the phrases a common first word ("the") starts.
    const QStringView next = s.inRange(i + 1) ? s.view(i + 1) : QStringView();
    if (!s.lex.mayContinue(e->fixedNext, next))
        return false;
    const qsizetype nextSize = s.inRange(i + 1) ? next.size() : -1;
    for (int p : Entry::phrasesFor(e->fixedByNext, nextSize)) {
        const TimexLexicon::Phrase &ph = s.lex.phrase(p);
        const int n = int(ph.words.size());
        if (n > 1 && ph.words.at(1).size() != nextSize)
            continue;
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = s.inRange(i + k) && s.sameWord(i + k, ph.words.at(k));
        if (!ok)
            continue;
        // Holidays are names: "Christmas" yes, "christmas tree" no.
        if (ph.kind == TimexLexicon::Phrase::Kind::Holiday && !s.capitalized(i + n - 1))
            continue;
        Form f = ph.form;
        if (f.kind == Form::Kind::Named)
            f.tense = s.tenseAround(i, i + n);
        keep(m, i, i + n, f);
        return true; // phrases are sorted longest first
    }
    return false;
}

bool TimexRules::monthFirst(int i, Match &m) const
{
    const Entry *e = s.at(i);
    if (!e || e->month == 0 || !s.capitalized(i))
        return false;
    const int month = e->month;
    int j = i + 1;
    if (e->abbreviation && s.is(j, ".") && s.adjacent(i, j))
        ++j;
    Form f;
    const int day = s.dayNumber(j);
    if (day > 0 && s.year(j) < 0) {
        int k = j + 1;
        if (s.is(k, ","))
            ++k;
        const int y = s.year(k);
        if (y > 0 && QDate(y, month, day).isValid()) {
            f.value = TimexForm::date(y, month, day);
            f.rule = QStringLiteral("month-day-year");
            keep(m, i, k + 1, f);
            return true;
        }
        f.kind = Form::Kind::Named;
        f.month = month;
        f.day = day;
        f.tense = s.tenseAround(i, j + 1);
        f.rule = QStringLiteral("month-day");
        keep(m, i, j + 1, f);
        return true;
    }
    int k = j;
    if (s.is(k, ",") || s.is(k, "of"))
        ++k;
    if (const int y = s.year(k); y > 0) {
        f.value = TimexForm::pad(y, 4) + QLatin1Char('-') + TimexForm::pad(month, 2);
        f.rule = QStringLiteral("month-year");
        keep(m, i, k + 1, f);
        return true;
    }
    if (e->abbreviation) // "Jan" alone is a name more often than a month
        return false;
    // "April Ryan asked": a month name before a name, with no time word before it, is a name.
    if (s.namePart(j) && !s.at(i - 1))
        return false;
    // "May" is a month only where a month is expected ("in May", "since May").
    if (month == 5 && !s.isAnyOf(i - 1, "in", "since", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "before", "after"))
        return false;
    f.kind = Form::Kind::Named;
    f.month = month;
    f.tense = s.tenseAround(i, i + 1);
    f.rule = QStringLiteral("month");
    keep(m, i, j, f);
    return true;
}

bool TimexRules::dayFirst(int i, Match &m) const
{
    const int day = s.dayNumber(i);
    if (day < 0 || s.year(i) > 0)
        return false;
    int j = i + 1;
    if (s.is(j, "of"))
        ++j;
    const Entry *e = s.at(j);
    if (!e || e->month == 0 || !s.capitalized(j))
        return false;
    int k = j + 1;
    if (e->abbreviation && s.is(k, ".") && s.adjacent(j, k))
        ++k;
    Form f;
    int l = k;
    if (s.is(l, ","))
        ++l;
    if (const int y = s.year(l); y > 0 && QDate(y, e->month, day).isValid()) {
        f.value = TimexForm::date(y, e->month, day);
        f.rule = QStringLiteral("day-month-year");
        keep(m, i, l + 1, f);
        return true;
    }
    f.kind = Form::Kind::Named;
    f.month = e->month;
    f.day = day;
    f.tense = s.tenseAround(i, k);
    f.rule = QStringLiteral("day-month");
    keep(m, i, k, f);
    return true;
}

bool TimexRules::numeric(int i, Match &m) const
{
    if (!s.inRange(i) || s.tok(i).kind != Token::Number)
        return false;
    // ISO 8601: 2015-09-25 arrives as five adjacent tokens.
    if (const int y = s.year(i); y > 0 && s.is(i + 1, "-") && s.adjacent(i, i + 1) && s.adjacent(i + 1, i + 2) && s.digitCount(i + 2) == 2
        && s.is(i + 3, "-") && s.adjacent(i + 2, i + 3) && s.adjacent(i + 3, i + 4) && s.digitCount(i + 4) == 2) {
        const QDate d(y, s.digits(i + 2), s.digits(i + 4));
        if (d.isValid()) {
            Form f;
            f.value = d.toString(QStringLiteral("yyyy-MM-dd"));
            f.rule = QStringLiteral("iso-date");
            keep(m, i, i + 5, f);
            return true;
        }
    }
    const QStringView v = s.view(i);
    if (TimexScan::indexOfChar(v, u'/') < 0)
        return false; // most numbers: no three parts to split
    const auto parts = v.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return false;
    int a = TimexScan::parseDigits(parts.at(0)), b = TimexScan::parseDigits(parts.at(1)), y = TimexScan::parseDigits(parts.at(2));
    if (a < 1 || b < 1 || y < 0)
        return false;
    if (parts.at(2).size() == 2)
        y += y < 50 ? 2000 : 1900;
    else if (parts.at(2).size() != 4)
        return false;
    // US order (month/day) unless the first number cannot be a month.
    const QDate d = a > 12 ? QDate(y, b, a) : QDate(y, a, b);
    if (!d.isValid())
        return false;
    Form f;
    f.value = d.toString(QStringLiteral("yyyy-MM-dd"));
    f.rule = QStringLiteral("numeric-date");
    keep(m, i, i + 1, f);
    return true;
}

bool TimexRules::yearForms(int i, Match &m) const
{
    // "'82" → 1982
    if (s.isApostrophe(i) && s.adjacent(i, i + 1) && s.digitCount(i + 1) == 2
        && s.digits(i + 1) >= 0) {
        const int yy = s.digits(i + 1);
        Form f;
        f.value = QString::number(yy < 30 ? 2000 + yy : 1900 + yy);
        f.rule = QStringLiteral("short-year");
        keep(m, i, i + 2, f);
        return true;
    }
    if (s.inRange(i) && s.view(i).size() == 6 && s.view(i).startsWith(QLatin1String("FY")) && TimexScan::parseDigits(s.view(i).mid(2)) >= 1000) {
        Form f;
        f.value = s.view(i).toString();
        f.rule = QStringLiteral("fiscal-year");
        keep(m, i, i + 1, f);
        return true;
    }
    int j = i;
    const bool fiscal = s.is(i, "fiscal") || s.is(i, "FY");
    if (fiscal)
        ++j;
    if (fiscal && s.is(j, "year") && s.year(j + 1) > 0)
        ++j;
    const int y = s.year(j);
    if (y < 0)
        return false;
    if (s.is(j - 1, "$") || s.is(j - 1, "#") || s.is(j - 1, "No.") || s.is(j - 1, "US$") || (!fiscal && s.namePart(j - 1)))
        return false;
    if (const Entry *next = s.at(j + 1); next && next->yearExclusion)
        return false;
    if (s.is(j + 1, "%") || (s.is(j + 1, ":") && s.adjacent(j, j + 1)))
        return false;
    // "sold 1200 cars": before a plural noun, a number is an amount unless a preposition or
    // determiner makes it a year ("in 2008 sales fell", "the 2008 elections").
    if (!fiscal && s.inRange(j + 1) && s.tok(j + 1).kind == Token::Word && !s.capitalized(j + 1) && s.view(j + 1).endsWith(QLatin1Char('s'))
        && s.view(j + 1).size() > 2) {
        const Entry *p = s.at(j - 1);
        if (!p || !(p->eventPreposition || p->clauseBoundary || (p->roles & TimexLexicon::Determiner) || p->month))
            return false;
    }
    Form f;
    f.value = fiscal ? QStringLiteral("FY") + QString::number(y) : QString::number(y);
    f.rule = fiscal ? QStringLiteral("fiscal-year") : QStringLiteral("year");
    keep(m, i, j + 1, f);
    return true;
}

bool TimexRules::decadeCentury(int i, Match &m) const
{
    int j = i;
    const bool the = s.isThe(j);
    if (the)
        ++j;
    QString mod;
    if (the && s.isAnyOf(j, "early", "mid", "late")) {
        mod = s.is(j, "early") ? QStringLiteral("START") : s.is(j, "mid") ? QStringLiteral("MID") : QStringLiteral("END");
        ++j;
    }
    // "the 1990s", "1990s", "the '90s"
    int k = j;
    bool shortForm = false;
    if (s.isApostrophe(k) && s.adjacent(k, k + 1)) {
        ++k;
        shortForm = true;
    }
    if (s.inRange(k)) {
        const QStringView v = s.view(k);
        const int n = int(v.size());
        if (n >= 3 && (v.back() == QLatin1Char('s') || v.back() == QLatin1Char('S'))) {
            const int d = TimexScan::parseDigits(v.chopped(1));
            if (d >= 0 && n - 1 == 4 && d % 10 == 0 && !shortForm) {
                // "the 1800s" is a century, "the 2000s" (like "the 1990s") a decade.
                Form f;
                f.mod = mod;
                f.value = d % 100 == 0 && d < 2000 ? TimexForm::pad(d / 100, 2) : TimexForm::pad(d / 10, 3);
                f.rule = QStringLiteral("decade");
                keep(m, i, k + 1, f);
                return true;
            }
            if (d >= 0 && n - 1 == 2 && d % 10 == 0 && (shortForm || the)) {
                Form f;
                f.mod = mod;
                f.value = QStringLiteral("19") + QString::number(d / 10);
                f.rule = QStringLiteral("decade");
                keep(m, i, k + 1, f);
                return true;
            }
        }
    }
    // "the sixties"
    if (const Entry *w = s.at(j); the && w && !w->decade.isEmpty()) {
        Form f;
        f.mod = mod;
        f.value = w->decade;
        f.rule = QStringLiteral("decade");
        keep(m, i, j + 1, f);
        return true;
    }
    // "the 19th century", "the nineteenth century"
    const int ord = s.ordinal(j);
    if (ord >= 1 && ord <= 30 && s.is(j + 1, "century")) {
        Form f;
        f.mod = mod;
        f.value = TimexForm::pad(ord - 1, 2);
        f.rule = QStringLiteral("century");
        keep(m, i, j + 2, f);
        return true;
    }
    return false;
}

bool TimexRules::quarterHalf(int i, Match &m) const
{
    int j = i;
    if (s.isThe(j))
        ++j;
    int quarter = 0, half = 0, next = -1;
    bool alone = j > i; // "the fourth quarter"; "Q3" and "fourth quarter" need a year
    const QStringView v = s.inRange(j) ? s.view(j) : QStringView();
    const int dash = int(TimexScan::indexOfChar(v, u'-'));
    if (v.size() == 2 && (v.front() == QLatin1Char('Q') || v.front() == QLatin1Char('H')) && v.back() >= QLatin1Char('1') && v.back() <= QLatin1Char('4')) {
        (v.front() == QLatin1Char('Q') ? quarter : half) = v.back().digitValue();
        next = j + 1;
    } else if (dash > 0 && v.mid(dash + 1).compare(QLatin1String("quarter"), Qt::CaseInsensitive) == 0) {
        // "first-quarter profit"
        const Entry *o = s.lex.lookup(v.left(dash));
        quarter = o && o->ordinal >= 1 && o->ordinal <= 4 ? o->ordinal : TimexScan::parseDigitOrdinal(v.left(dash));
        if (quarter < 1 || quarter > 4)
            return false;
        next = j + 1;
        alone = true; // a compound needs no "the" to stand alone
    } else {
        const int ord = s.ordinal(j);
        if (ord >= 1 && ord <= 4 && s.is(j + 1, "quarter"))
            quarter = ord;
        else if (ord >= 1 && ord <= 2 && s.is(j + 1, "half"))
            half = ord;
        next = j + 2;
    }
    if ((quarter == 0 && half == 0) || half > 2)
        return false;
    Form f;
    const QString suffix = quarter ? QStringLiteral("-Q") + QString::number(quarter) : QStringLiteral("-H") + QString::number(half);
    int k = next;
    if (s.is(k, "of") || s.is(k, ","))
        ++k;
    if (s.is(k, "fiscal"))
        ++k;
    if (const int y = s.year(k); y > 0) {
        f.value = QString::number(y) + suffix;
        f.rule = QStringLiteral("quarter-year");
        keep(m, i, k + 1, f);
        return true;
    }
    if (s.is(next, "of") && s.isAnyOf(next + 1, "this", "last", "next", "the") && s.is(next + 2, "year")) {
        f.kind = Form::Kind::Shift;
        f.unit = QLatin1Char('Y');
        f.amount = s.is(next + 1, "last") ? -1 : s.is(next + 1, "next") ? 1 : 0;
        f.granularity = QStringLiteral("Y");
        f.suffix = suffix;
        f.rule = QStringLiteral("quarter-relative-year");
        keep(m, i, next + 3, f);
        return true;
    }
    if (half > 0 || !alone) // "the second half" alone is too vague
        return false;
    f.kind = Form::Kind::Named;
    f.quarter = quarter;
    f.tense = s.tenseAround(i, next);
    f.rule = QStringLiteral("quarter");
    keep(m, i, next, f);
    return true;
}

bool TimexRules::season(int i, Match &m) const
{
    int j = i;
    Form f;
    f.kind = Form::Kind::Named;
    if (s.isThe(j)) {
        ++j;
    } else if (s.isAnyOf(j, "this", "last", "next")) {
        f.direction = s.is(j, "this") ? Form::Direction::This : s.is(j, "last") ? Form::Direction::Last : Form::Direction::Next;
        ++j;
    }
    const Entry *e = s.at(j);
    if (!e || e->season.isEmpty())
        return false;
    int k = j + 1;
    if (s.is(k, "of") || s.is(k, ","))
        ++k;
    if (const int y = s.year(k); y > 0) {
        f.kind = Form::Kind::Literal;
        f.value = QString::number(y) + QLatin1Char('-') + e->season;
        f.rule = QStringLiteral("season-year");
        keep(m, i, k + 1, f);
        return true;
    }
    // "the fall of the Berlin Wall", "prices fall": a bare season needs a determiner or a preposition.
    if (s.is(j + 1, "of") && s.is(j, "fall"))
        return false;
    if (j == i && !s.isAnyOf(i - 1, "in", "during", "since", "until", "by", "this", "last", "next", "the", "early", "late") && !s.capitalized(i))
        return false;
    if (j == i && s.is(i, "fall") && !s.isAnyOf(i - 1, "in", "during", "since", "until", "by", "this", "last", "next", "the", "early", "late"))
        return false;
    f.season = e->season;
    f.tense = s.tenseAround(i, j + 1);
    f.rule = QStringLiteral("season");
    keep(m, i, j + 1, f);
    return true;
}

bool TimexRules::mid(int i, Match &m) const
{
    // "mid-2021", "mid-July", "mid-1990s": one token
    const QStringView v = s.view(i);
    if (v.size() < 8 || !v.startsWith(QLatin1String("mid-"), Qt::CaseInsensitive))
        return false;
    const QStringView rest = v.mid(4);
    Form f;
    f.mod = QStringLiteral("MID");
    if (const int y = TimexScan::parseDigits(rest); rest.size() == 4 && y >= 1000) {
        f.value = rest.toString();
    } else if (rest.size() == 5 && (rest.back() == QLatin1Char('s')) && TimexScan::parseDigits(rest.chopped(1)) >= 1000) {
        f.value = rest.left(3).toString();
    } else if (const Entry *e = s.lex.lookup(rest); e && e->month && !e->abbreviation) {
        f.kind = Form::Kind::Named;
        f.month = e->month;
        f.tense = s.tenseAround(i, i + 1);
    } else {
        return false;
    }
    f.rule = QStringLiteral("mid");
    keep(m, i, i + 1, f);
    return true;
}

bool TimexRules::relative(int i, Match &m) const
{
    int j = i;
    const bool the = s.isThe(j);
    if (the)
        ++j;
    int amount = 0;
    Form::Anchor anchor = Form::Anchor::Dct;
    Form::Direction direction = Form::Direction::This;
    if (s.is(j, "this") && s.is(j + 1, "past") && !the) {
        // "this past week" is last week
        ++j;
        amount = -1;
        direction = Form::Direction::Last;
    } else if (s.isAnyOf(j, "this", "current") && !the) {
        amount = 0;
    } else if (s.isAnyOf(j, "next", "coming")) {
        amount = 1;
        direction = Form::Direction::Next;
    } else if (s.isAnyOf(j, "last", "previous", "past")) {
        amount = -1;
        direction = Form::Direction::Last;
    } else if (s.is(j, "following") && the) {
        amount = 1;
        anchor = Form::Anchor::Previous;
    } else {
        return false;
    }
    const int t = j + 1;
    const Entry *e = s.at(t);
    if (!e)
        return false;
    Form f;
    if (!e->unit.isEmpty() && !e->plural) {
        const QString &u = e->unit;
        // "the past year", "the last week": a stretch of time up to now, TimeML's DURATION.
        if (the && amount < 0) {
            f.type = TimexType::Duration;
            f.value = durationValue(QStringLiteral("1"), u);
            f.rule = QStringLiteral("past-unit");
            keep(m, i, t + 1, f);
            return true;
        }
        if ((s.is(j, "past") && !s.is(j - 1, "this")) || (the && anchor == Form::Anchor::Dct) || u.startsWith(QLatin1Char('T')) || u == QLatin1String("2W"))
            return false;
        f.kind = Form::Kind::Shift;
        f.anchor = anchor;
        f.amount = amount;
        if (u == QLatin1String("DE") || u == QLatin1String("CE")) {
            f.unit = QLatin1Char('Y');
            f.amount *= u == QLatin1String("DE") ? 10 : 100;
            f.granularity = u;
        } else if (u == QLatin1String("WE")) {
            f.unit = QLatin1Char('W');
            f.granularity = QStringLiteral("WE");
        } else {
            f.unit = u.front();
            f.granularity = u;
        }
        if (u == QLatin1String("D") && anchor == Form::Anchor::Dct)
            return false; // "this day", "next day": not about the publication date
        f.rule = QStringLiteral("relative-unit");
        keep(m, i, t + 1, f);
        return true;
    }
    if (the || anchor == Form::Anchor::Previous || (s.is(j, "past") && !s.is(j - 1, "this")) || s.is(j, "current"))
        return false;
    f.kind = Form::Kind::Named;
    f.direction = direction;
    int end = t + 1;
    if (e->weekday > 0) {
        f.weekday = e->weekday;
        if (const Entry *p = s.at(t + 1); p && !p->partOfDay.isEmpty()) {
            f.partOfDay = p->partOfDay;
            f.type = TimexType::Time;
            ++end;
        }
    } else if (e->month > 0 && s.capitalized(t)) {
        f.month = e->month;
    } else if (!e->season.isEmpty()) {
        f.season = e->season;
    } else {
        return false;
    }
    f.rule = QStringLiteral("relative-name");
    keep(m, i, end, f);
    return true;
}

bool TimexRules::weekday(int i, Match &m) const
{
    const Entry *e = s.at(i);
    if (!e || e->weekday == 0 || !s.capitalized(i) || (s.at(i - 1) && s.at(i - 1)->dayName))
        return false;
    if (s.isThe(i - 1) && s.namePart(i + 1)) // "the Sunday Times"
        return false;
    // "Friday, May 8, 2009" is one date: the weekday only confirms it.
    if (s.is(i + 1, ",")) {
        Match date;
        if (monthFirst(i + 2, date) && date.form.type == TimexType::Date && (date.form.day > 0 || date.form.value.size() == 10)) {
            keep(m, i, date.end, date.form);
            return true;
        }
    }
    Form f;
    f.kind = Form::Kind::Named;
    f.weekday = e->weekday;
    int end = i + 1;
    if (const Entry *p = s.at(i + 1); p && !p->partOfDay.isEmpty()) {
        f.partOfDay = p->partOfDay;
        f.type = TimexType::Time;
        ++end;
    }
    f.tense = s.tenseAround(i, end);
    f.rule = QStringLiteral("weekday");
    keep(m, i, end, f);
    return true;
}

int TimexRules::count(int i, QString *value) const
{
    if (!s.inRange(i))
        return 0;
    if (s.is(i, "a") && s.isAnyOf(i + 1, "few", "couple")) {
        if (value)
            *value = s.is(i + 1, "few") ? QStringLiteral("X") : QStringLiteral("2");
        return s.is(i + 2, "of") ? 3 : 2;
    }
    if (s.tok(i).kind == Token::Number) {
        // The digits without thousands separators; a string is made only for a number with commas
        // or one that is kept (most numbers asked about are no count of a time unit).
        QString withoutCommas;
        QStringView v = s.view(i);
        if (TimexScan::indexOfChar(v, u',') >= 0) {
            withoutCommas = v.toString();
            withoutCommas.remove(QLatin1Char(','));
            v = withoutCommas;
        }
        // Plain digits (most numbers) need no double parser; anything else goes through toDouble().
        int digits = 0;
        int whole = 0;
        while (digits < v.size() && v.at(digits) >= QLatin1Char('0') && v.at(digits) <= QLatin1Char('9')) {
            if (digits < 9)
                whole = whole * 10 + (v.at(digits).unicode() - '0');
            ++digits;
        }
        if (digits == v.size() && digits > 0 && digits <= 9) {
            if (whole > 100000)
                return 0;
        } else if (TimexScan::indexOfChar(v, u':') >= 0 || TimexScan::indexOfChar(v, u'/') >= 0) {
            return 0; // a time or a date ("10:30", "9/25/2015"): no number toDouble() would accept
        } else if (const int range = decimalInRange(v); range >= 0) {
            if (range == 0)
                return 0;
        } else {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok || d < 0 || d > 100000)
                return 0;
        }
        if (value)
            *value = withoutCommas.isNull() ? v.toString() : withoutCommas;
        return 1;
    }
    const Entry *e = s.at(i);
    if (!e || e->number == -1)
        return 0;
    if (e->number == -2) {
        if (value)
            *value = QStringLiteral("X");
        return 1;
    }
    int n = e->number;
    int used = 1;
    // "twenty five", "twenty-five" is one token and not a number word; "one hundred"
    if (n >= 20 && n < 100 && n % 10 == 0) {
        if (const Entry *u = s.at(i + 1); u && u->number > 0 && u->number < 10) {
            n += u->number;
            ++used;
        }
    }
    if (value)
        *value = QString::number(n);
    return used;
}

int TimexRules::compound(int i, QString *countValue, QString *unit) const
{
    if (!s.inRange(i))
        return 0;
    // "12-year": three adjacent tokens
    if (s.tok(i).kind == Token::Number && s.is(i + 1, "-") && s.adjacent(i, i + 1) && s.adjacent(i + 1, i + 2)) {
        const Entry *u = s.at(i + 2);
        if (u && !u->unit.isEmpty() && !u->plural && s.digits(i) > 0) {
            *countValue = QString::number(s.digits(i));
            *unit = u->unit;
            return 3;
        }
        return 0;
    }
    // "five-year", "single-day", "sixteen-month"
    const QStringView v = s.view(i);
    const int dash = int(TimexScan::indexOfChar(v, u'-'));
    if (dash <= 0 || TimexScan::indexOfChar(v, u'-', dash + 1) >= 0)
        return 0;
    const Entry *n = s.lex.lookup(v.left(dash));
    const Entry *u = s.lex.lookup(v.mid(dash + 1));
    if (!n || !u || n->number <= 0 || u->unit.isEmpty() || u->plural || n->word == QLatin1String("a") || n->word == QLatin1String("an"))
        return 0;
    *countValue = QString::number(n->number);
    *unit = u->unit;
    return 1;
}

bool TimexRules::counted(int i, Match &m) const
{
    QString value, unit;
    // Hyphenated compounds are adjectives of duration: "a five-year high".
    if (const int used = compound(i, &value, &unit)) {
        if (unit == QLatin1String("WE"))
            return false;
        Form f;
        f.type = TimexType::Duration;
        f.value = durationValue(value, unit);
        f.rule = QStringLiteral("duration-compound");
        keep(m, i, i + used, f);
        return true;
    }
    // Every count below needs a unit after at most five tokens ("the", "past", a count of up to
    // three: "a few of") and then only duration adjectives. One pass over the entries turns away
    // most tokens asked, before the word compares and count().
    for (int t = i;; ++t) {
        const Entry *e = s.at(t); // nullptr past the sentence
        if (e && !e->unit.isEmpty())
            break;
        if (!s.inRange(t) || (t >= i + 5 && !(e && e->durationAdjective)))
            return false;
    }
    int j = i;
    const bool the = s.isThe(j);
    if (the)
        ++j;
    const bool span = s.isAnyOf(j, "past", "last", "next", "first", "previous", "coming", "final");
    if (span)
        ++j;
    if (the && !span)
        return false;
    const int used = count(j, nullptr); // the value only once a unit follows
    int k = j + used;
    while (used && s.at(k) && s.at(k)->durationAdjective)
        ++k;
    const Entry *u = s.at(k);
    if (!u || u->unit.isEmpty() || u->unit == QLatin1String("WE"))
        return false;
    if (used)
        count(j, &value);
    Form f; // only now: most tokens asked fail above
    if (!used) {
        // A bare plural: "for months", "in minutes", "weeks later", "days before".
        if (!u->plural || span)
            return false;
        value = QStringLiteral("X");
        const bool after = s.isAnyOf(k + 1, "later", "earlier", "ago", "before", "after");
        if (!after && !s.isAnyOf(k - 1, "for", "in", "over", "within", "after", "during", "than", "some", "just", "only"))
            return false;
    }
    const bool article = used == 1 && (s.is(j, "a") || s.is(j, "an"));
    if (article && u->ordinal > 0) // "a second consecutive day"
        return false;
    const QString &code = u->unit;
    const bool timeUnit = code.startsWith(QLatin1Char('T'));
    if (!span && s.is(k + 1, "ago")) {
        if (value == QLatin1String("X")) {
            f.value = QStringLiteral("PAST_REF");
            f.rule = QStringLiteral("ago-vague");
            keep(m, i, k + 2, f);
            return true;
        }
        if (timeUnit) {
            f.type = TimexType::Duration;
            f.value = durationValue(value, code);
            f.rule = QStringLiteral("duration");
            keep(m, i, k + 1, f);
            return true;
        }
        f.kind = Form::Kind::Shift;
        const int n = int(value.toDouble());
        if (code == QLatin1String("DE") || code == QLatin1String("CE")) {
            f.unit = QLatin1Char('Y');
            f.amount = -n * (code == QLatin1String("DE") ? 10 : 100);
            f.granularity = QStringLiteral("Y");
        } else if (code == QLatin1String("W") || code == QLatin1String("2W")) {
            // "a week ago" names a day, not a calendar week.
            f.unit = QLatin1Char('D');
            f.amount = -7 * n * (code == QLatin1String("2W") ? 2 : 1);
            f.granularity = QStringLiteral("D");
        } else {
            f.unit = code.front();
            f.amount = -n;
            f.granularity = code == QLatin1String("Q") ? QStringLiteral("Q") : code;
        }
        f.rule = QStringLiteral("ago");
        keep(m, i, k + 2, f);
        return true;
    }
    if (!span && s.isAnyOf(k + 1, "later", "earlier") && !timeUnit) {
        const bool later = s.is(k + 1, "later");
        if (value == QLatin1String("X")) {
            f.kind = Form::Kind::Vague;
            f.amount = later ? 1 : -1;
            f.rule = QStringLiteral("previous-vague");
        } else {
            f.kind = Form::Kind::Shift;
            f.anchor = Form::Anchor::Previous;
            const int n = int(value.toDouble());
            f.unit = code == QLatin1String("DE") || code == QLatin1String("CE") ? QLatin1Char('Y') : code.front();
            f.amount = (later ? 1 : -1) * n * (code == QLatin1String("DE") ? 10 : code == QLatin1String("CE") ? 100 : code == QLatin1String("2W") ? 2 : 1);
            if (code == QLatin1String("2W"))
                f.unit = QLatin1Char('W');
            f.rule = QStringLiteral("previous-offset");
        }
        keep(m, i, k + 2, f);
        return true;
    }
    if (article && !span && !s.isAnyOf(i - 1, "for", "in", "over", "within", "after", "than", "nearly", "almost", "about", "around", "only", "just")
        && !s.isAnyOf(k + 1, "before", "after"))
        return false;
    f.type = TimexType::Duration;
    f.value = durationValue(value, code);
    f.rule = span ? QStringLiteral("duration-span") : QStringLiteral("duration");
    keep(m, i, k + 1, f);
    return true;
}

bool TimexRules::set(int i, Match &m) const
{
    // "twice a year", "three times a week": a set with a frequency
    int j = i;
    if (s.isAnyOf(i, "once", "twice"))
        j = i + 1;
    else if (s.is(i + 1, "times") && count(i, nullptr) == 1)
        j = i + 2;
    if (j > i) {
        const Entry *u = s.at(j + 1);
        if (!s.isAnyOf(j, "a", "an", "per", "each", "every") || !u || u->unit.isEmpty() || u->plural || u->unit == QLatin1String("WE"))
            return false;
        Form f;
        f.type = TimexType::Set;
        f.value = durationValue(QStringLiteral("1"), u->unit);
        f.rule = QStringLiteral("set-frequency");
        keep(m, i, j + 2, f);
        return true;
    }
    if (!s.isAnyOf(i, "every", "each"))
        return false;
    j = i + 1;
    QString n = QStringLiteral("1");
    if (s.is(j, "other")) {
        n = QStringLiteral("2");
        ++j;
    } else if (QString v; count(j, &v) == 1 && v != QLatin1String("X") && !s.is(j, "a") && !s.is(j, "an")) {
        n = v;
        ++j;
    }
    const Entry *e = s.at(j);
    if (!e)
        return false;
    Form f;
    f.type = TimexType::Set;
    if (e->weekday > 0) {
        f.value = QStringLiteral("XXXX-WXX-") + QString::number(e->weekday);
    } else if (!e->unit.isEmpty() && e->unit != QLatin1String("WE")) {
        f.value = durationValue(n, e->unit);
    } else {
        return false;
    }
    f.rule = QStringLiteral("set");
    keep(m, i, j + 1, f);
    return true;
}

bool TimexRules::clock(int i, Match &m) const
{
    if (!s.inRange(i))
        return false;
    int hour = -1, minute = 0, end = i + 1;
    const QStringView v = s.view(i);
    const int colon = int(TimexScan::indexOfChar(v, u':'));
    bool explicitMinutes = false;
    if (s.tok(i).kind == Token::Number && colon > 0) {
        hour = TimexScan::parseDigits(v.left(colon));
        minute = TimexScan::parseDigits(v.mid(colon + 1));
        if (v.size() - colon - 1 != 2)
            return false;
        explicitMinutes = true;
    } else if (s.tok(i).kind == Token::Number && v.size() == 4
               && (s.isAnyOf(i + 1, "hours", "hrs") || (s.at(i + 1) && !s.at(i + 1)->timeZone.isEmpty() && s.capitalized(i + 1)))) {
        hour = TimexScan::parseDigits(v.left(2));
        minute = TimexScan::parseDigits(v.mid(2));
        explicitMinutes = true;
    } else if (s.tok(i).kind == Token::Number && v.size() <= 2) {
        hour = TimexScan::parseDigits(v);
    } else if (s.tok(i).kind == Token::Word && (v.endsWith(QLatin1String("am"), Qt::CaseInsensitive) || v.endsWith(QLatin1String("pm"), Qt::CaseInsensitive))) {
        // "3pm", "10am"
        hour = TimexScan::parseDigits(v.chopped(2));
        if (hour < 1 || hour > 12)
            return false;
        if (v.right(2).compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0 && hour != 12)
            hour += 12;
        else if (v.right(2).compare(QLatin1String("am"), Qt::CaseInsensitive) == 0 && hour == 12)
            hour = 0;
        explicitMinutes = true; // the suffix makes it a time as surely as minutes do
    } else {
        return false;
    }
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
        return false;
    const bool pm = s.tok(i).kind == Token::Number && s.isAnyOf(end, "p.m.", "pm", "p.m");
    const bool am = s.tok(i).kind == Token::Number && s.isAnyOf(end, "a.m.", "am", "a.m");
    if (pm || am) {
        if (hour < 1 || hour > 12)
            return false;
        if (pm && hour != 12)
            hour += 12;
        if (am && hour == 12)
            hour = 0;
        ++end;
    } else if (!explicitMinutes) {
        return false;
    }
    Form f;
    f.kind = Form::Kind::Clock;
    f.type = TimexType::Time;
    f.hour = hour;
    f.minute = minute;
    if (const Entry *z = s.at(end); z && !z->timeZone.isEmpty() && s.capitalized(end)) {
        if (z->timeZone != QLatin1String("-"))
            f.zone = z->timeZone;
        ++end;
    } else if (s.isAnyOf(end, "hours", "hrs")) {
        ++end;
    }
    f.rule = QStringLiteral("clock");
    keep(m, i, end, f);
    return true;
}


} // namespace Byline
