// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexrecognizer.h"

#include "analysiscontext.h"
#include "timexnormalizer.h"
#include "timexorder.h"

#include <QVector>

namespace Byline {

namespace {

using Entry = TimexLexicon::Entry;
using Form = TimexForm;

struct Match
{
    int begin = -1;
    int end = -1; ///< exclusive token index
    Form form;
};

QString pad(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

int parseDigits(QStringView v)
{
    if (v.isEmpty() || v.size() > 9)
        return -1;
    int n = 0;
    for (QChar c : v) {
        if (!c.isDigit())
            return -1;
        n = n * 10 + c.digitValue();
    }
    return n;
}

// "25th", "1st", "19th" → 25, 1, 19; -1 otherwise.
int parseDigitOrdinal(QStringView v)
{
    if (v.size() < 3)
        return -1;
    const QStringView suffix = v.right(2);
    if (suffix.compare(QLatin1String("st"), Qt::CaseInsensitive) != 0 && suffix.compare(QLatin1String("nd"), Qt::CaseInsensitive) != 0
        && suffix.compare(QLatin1String("rd"), Qt::CaseInsensitive) != 0 && suffix.compare(QLatin1String("th"), Qt::CaseInsensitive) != 0)
        return -1;
    return parseDigits(v.chopped(2));
}

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

/** The state of scanning one sentence; helpers answer about tokens by index. */
class Scan
{
public:
    Scan(const AnalysisContext &c, const TimexLexicon &lexicon, const QVector<const Entry *> &entries)
        : ctx(c), lex(lexicon), m_entries(entries)
    {
    }

    const AnalysisContext &ctx;
    const TimexLexicon &lex;
    int sb = 0;
    int se = 0;

    bool inRange(int i) const { return i >= sb && i < se; }
    const Token &tok(int i) const { return ctx.tokens.at(i); }
    QStringView view(int i) const
    {
        const Token &t = ctx.tokens.at(i);
        return QStringView(ctx.text).mid(t.span.start, t.span.length());
    }
    const Entry *at(int i) const { return inRange(i) ? m_entries.at(i) : nullptr; }
    bool is(int i, const char *word) const
    {
        return inRange(i) && view(i).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isAnyOf(int i, std::initializer_list<const char *> words) const
    {
        for (const char *w : words) {
            if (is(i, w))
                return true;
        }
        return false;
    }
    bool isApostrophe(int i) const
    {
        return inRange(i) && view(i).size() == 1 && TimexLexicon::fold(view(i).front()) == QLatin1Char('\'');
    }
    bool adjacent(int i, int j) const { return inRange(i) && inRange(j) && tok(i).span.end == tok(j).span.start; }
    int digits(int i) const { return inRange(i) && tok(i).kind == Token::Number ? parseDigits(view(i)) : -1; }
    int digitCount(int i) const { return inRange(i) ? int(view(i).size()) : 0; }
    bool capitalized(int i) const { return inRange(i) && tok(i).capitalized; }
    /** A capitalised word that is no time word, not first in the sentence: "Black" in "Black Monday", "Russell" in "Russell 2000". */
    bool namePart(int i) const { return i > sb && inRange(i) && tok(i).kind == Token::Word && tok(i).capitalized && !m_entries.at(i); }
    int year(int i) const
    {
        const int y = digits(i);
        return digitCount(i) == 4 && y >= 1000 && y <= 2199 ? y : -1;
    }
    int dayNumber(int i) const
    {
        int d = digits(i);
        if (d < 0 && inRange(i))
            d = parseDigitOrdinal(view(i));
        return d >= 1 && d <= 31 && digitCount(i) <= 4 ? d : -1;
    }
    int ordinal(int i) const
    {
        if (const Entry *e = at(i); e && e->ordinal > 0)
            return e->ordinal;
        return inRange(i) ? parseDigitOrdinal(view(i)) : -1;
    }

    Form::Tense tenseAround(int begin, int end) const;

private:
    const QVector<const Entry *> &m_entries;
};

Form::Tense Scan::tenseAround(int begin, int end) const
{
    // A preposition right before the expression decides ("since Monday", "until Friday").
    if (const Entry *e = at(begin - 1); e && e->tense != 0 && (is(begin - 1, "since") || is(begin - 1, "until") || is(begin - 1, "till")))
        return e->tense < 0 ? Form::Tense::Past : Form::Tense::Future;
    // Only a window around the expression is read: scanning the whole sentence for every
    // candidate was quadratic on sentences of a million words (see kTenseWindow in the class comment).
    constexpr int kTenseWindow = 40;
    int best = 0, bestDistance = 1 << 30;
    for (int k = qMax(sb, begin - kTenseWindow), last = qMin(se, end + kTenseWindow); k < last; ++k) {
        if (k >= begin && k < end)
            continue;
        const int distance = k < begin ? begin - k : k - end + 1;
        const Entry *e = at(k);
        const QStringView v = view(k);
        int tense = e ? e->tense : 0;
        if (tense == 0 && v.endsWith(QLatin1String("'ll"), Qt::CaseInsensitive))
            tense = 1;
        // A regular past form ("closed", "rallied") is a cue of its own.
        if (tense == 0 && !e && tok(k).kind == Token::Word && v.size() >= 5 && v.endsWith(QLatin1String("ed")))
            tense = -1;
        if (tense != 0 && distance < bestDistance) {
            bestDistance = distance;
            best = tense;
        }
    }
    return best < 0 ? Form::Tense::Past : best > 0 ? Form::Tense::Future : Form::Tense::Unknown;
}

/** The rules; each tries to match at token i and reports the longest expression it finds. */
class Rules
{
public:
    explicit Rules(const Scan &scan) : s(scan) { }

    bool matchAt(int i, Match &best) const;

private:
    bool core(int i, Match &best) const;
    bool phrase(int i, Match &m) const;
    bool monthFirst(int i, Match &m) const;
    bool dayFirst(int i, Match &m) const;
    bool numeric(int i, Match &m) const;
    bool yearForms(int i, Match &m) const;
    bool decadeCentury(int i, Match &m) const;
    bool quarterHalf(int i, Match &m) const;
    bool season(int i, Match &m) const;
    bool relative(int i, Match &m) const;
    bool weekday(int i, Match &m) const;
    bool counted(int i, Match &m) const;
    bool set(int i, Match &m) const;
    bool clock(int i, Match &m) const;

    /** A count at i: digits, a number word, "a few", "a couple of"; value "X" when vague. Returns tokens used. */
    int count(int i, QString *value) const;
    /** Unit of a hyphenated compound at i ("five-year", "12-year", "single-day"); tokens used or 0. */
    int compound(int i, QString *countValue, QString *unit) const;

    static void keep(Match &best, int begin, int end, const Form &form)
    {
        if (end - begin > best.end - best.begin) {
            best.begin = begin;
            best.end = end;
            best.form = form;
        }
    }

    const Scan &s;
};

bool Rules::matchAt(int i, Match &best) const
{
    core(i, best);
    const Entry *e = s.at(i);
    if (!e)
        return best.end > best.begin;
    for (int p : e->phrases) {
        const TimexLexicon::Phrase &ph = s.lex.phrase(p);
        if (ph.kind != TimexLexicon::Phrase::Kind::Modifier)
            continue;
        const int n = int(ph.words.size());
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = s.inRange(i + k) && s.view(i + k).compare(ph.words.at(k), Qt::CaseInsensitive) == 0;
        if (!ok)
            continue;
        Match inner;
        if (!core(i + n, inner))
            continue;
        const bool duration = inner.form.type == TimexType::Duration;
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

bool Rules::core(int i, Match &best) const
{
    if (!s.inRange(i))
        return false;
    // Dispatch on what the first token is, so most tokens try no rule at all.
    Match m;
    const Entry *e = s.at(i);
    const unsigned roles = e ? e->roles : 0u;
    const QChar c = s.view(i).front();
    const bool digit = c.isDigit();
    const bool apostrophe = s.isApostrophe(i);
    const bool the = roles & TimexLexicon::Determiner;
    if (e && !e->phrases.isEmpty())
        phrase(i, m);
    if (e && e->month)
        monthFirst(i, m);
    if (digit) {
        dayFirst(i, m);
        numeric(i, m);
        clock(i, m);
    }
    if (digit || apostrophe || (roles & TimexLexicon::Fiscal))
        yearForms(i, m);
    if (digit || apostrophe || the || (e && e->ordinal))
        decadeCentury(i, m);
    if (the || (e && e->ordinal) || (s.view(i).size() == 2 && (c == QLatin1Char('Q') || c == QLatin1Char('H'))))
        quarterHalf(i, m);
    if (the || (roles & TimexLexicon::Relative) || (e && !e->season.isEmpty()))
        season(i, m);
    if (the || (roles & TimexLexicon::Relative))
        relative(i, m);
    if (e && e->weekday)
        weekday(i, m);
    if (digit || the || (roles & TimexLexicon::Relative) || (e && (e->number != -1 || !e->unit.isEmpty())) || (!e && c.isLetter()))
        counted(i, m);
    if (roles & TimexLexicon::Every)
        set(i, m);
    if (m.end > m.begin)
        keep(best, m.begin, m.end, m.form);
    return m.end > m.begin;
}

bool Rules::phrase(int i, Match &m) const
{
    const Entry *e = s.at(i);
    if (!e)
        return false;
    for (int p : e->phrases) {
        const TimexLexicon::Phrase &ph = s.lex.phrase(p);
        if (ph.kind == TimexLexicon::Phrase::Kind::Modifier)
            continue;
        const int n = int(ph.words.size());
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = s.inRange(i + k) && s.view(i + k).compare(ph.words.at(k), Qt::CaseInsensitive) == 0;
        if (!ok)
            continue;
        // Holidays are names: "Christmas" yes, "christmas tree" no.
        if (ph.kind == TimexLexicon::Phrase::Kind::Holiday && !s.capitalized(i))
            continue;
        Form f = ph.form;
        if (f.kind == Form::Kind::Named)
            f.tense = s.tenseAround(i, i + n);
        keep(m, i, i + n, f);
        return true; // phrases are sorted longest first
    }
    return false;
}

bool Rules::monthFirst(int i, Match &m) const
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
            f.value = pad(y, 4) + QLatin1Char('-') + pad(month, 2) + QLatin1Char('-') + pad(day, 2);
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
        f.value = pad(y, 4) + QLatin1Char('-') + pad(month, 2);
        f.rule = QStringLiteral("month-year");
        keep(m, i, k + 1, f);
        return true;
    }
    if (e->abbreviation) // "Jan" alone is a name more often than a month
        return false;
    // "May" is a month only where a month is expected ("in May", "since May").
    if (month == 5 && !s.isAnyOf(i - 1, {"in", "since", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "before", "after"}))
        return false;
    f.kind = Form::Kind::Named;
    f.month = month;
    f.tense = s.tenseAround(i, i + 1);
    f.rule = QStringLiteral("month");
    keep(m, i, j, f);
    return true;
}

bool Rules::dayFirst(int i, Match &m) const
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
        f.value = pad(y, 4) + QLatin1Char('-') + pad(e->month, 2) + QLatin1Char('-') + pad(day, 2);
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

bool Rules::numeric(int i, Match &m) const
{
    if (!s.inRange(i) || s.tok(i).kind != Token::Number)
        return false;
    Form f;
    // ISO 8601: 2015-09-25 arrives as five adjacent tokens.
    if (const int y = s.year(i); y > 0 && s.is(i + 1, "-") && s.adjacent(i, i + 1) && s.adjacent(i + 1, i + 2) && s.digitCount(i + 2) == 2
        && s.is(i + 3, "-") && s.adjacent(i + 2, i + 3) && s.adjacent(i + 3, i + 4) && s.digitCount(i + 4) == 2) {
        const QDate d(y, s.digits(i + 2), s.digits(i + 4));
        if (d.isValid()) {
            f.value = d.toString(QStringLiteral("yyyy-MM-dd"));
            f.rule = QStringLiteral("iso-date");
            keep(m, i, i + 5, f);
            return true;
        }
    }
    const QStringView v = s.view(i);
    const auto parts = v.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return false;
    int a = parseDigits(parts.at(0)), b = parseDigits(parts.at(1)), y = parseDigits(parts.at(2));
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
    f.value = d.toString(QStringLiteral("yyyy-MM-dd"));
    f.rule = QStringLiteral("numeric-date");
    keep(m, i, i + 1, f);
    return true;
}

bool Rules::yearForms(int i, Match &m) const
{
    Form f;
    // "'82" → 1982
    if (s.isApostrophe(i) && s.adjacent(i, i + 1) && s.digitCount(i + 1) == 2
        && s.digits(i + 1) >= 0) {
        const int yy = s.digits(i + 1);
        f.value = QString::number(yy < 30 ? 2000 + yy : 1900 + yy);
        f.rule = QStringLiteral("short-year");
        keep(m, i, i + 2, f);
        return true;
    }
    int j = i;
    const bool fiscal = s.is(i, "fiscal") || s.is(i, "FY");
    if (fiscal)
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
    f.value = fiscal ? QStringLiteral("FY") + QString::number(y) : QString::number(y);
    f.rule = fiscal ? QStringLiteral("fiscal-year") : QStringLiteral("year");
    keep(m, i, j + 1, f);
    return true;
}

bool Rules::decadeCentury(int i, Match &m) const
{
    int j = i;
    const bool the = s.is(j, "the");
    if (the)
        ++j;
    QString mod;
    if (the && s.isAnyOf(j, {"early", "mid", "late"})) {
        mod = s.is(j, "early") ? QStringLiteral("START") : s.is(j, "mid") ? QStringLiteral("MID") : QStringLiteral("END");
        ++j;
    }
    Form f;
    f.mod = mod;
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
            const int d = parseDigits(v.chopped(1));
            if (d >= 0 && n - 1 == 4 && d % 10 == 0 && !shortForm) {
                f.value = d % 100 == 0 ? pad(d / 100, 2) : pad(d / 10, 3);
                f.rule = QStringLiteral("decade");
                keep(m, i, k + 1, f);
                return true;
            }
            if (d >= 0 && n - 1 == 2 && d % 10 == 0 && (shortForm || the)) {
                f.value = QStringLiteral("19") + QString::number(d / 10);
                f.rule = QStringLiteral("decade");
                keep(m, i, k + 1, f);
                return true;
            }
        }
    }
    // "the 19th century", "the nineteenth century"
    const int ord = s.ordinal(j);
    if (ord >= 1 && ord <= 30 && s.is(j + 1, "century")) {
        f.value = pad(ord - 1, 2);
        f.rule = QStringLiteral("century");
        keep(m, i, j + 2, f);
        return true;
    }
    return false;
}

bool Rules::quarterHalf(int i, Match &m) const
{
    int j = i;
    if (s.is(j, "the"))
        ++j;
    Form f;
    int quarter = 0, half = 0, next = -1;
    const QStringView v = s.inRange(j) ? s.view(j) : QStringView();
    if (v.size() == 2 && (v.front() == QLatin1Char('Q') || v.front() == QLatin1Char('H')) && v.back() >= QLatin1Char('1') && v.back() <= QLatin1Char('4')) {
        (v.front() == QLatin1Char('Q') ? quarter : half) = v.back().digitValue();
        next = j + 1;
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
    if (s.is(next, "of") && s.isAnyOf(next + 1, {"this", "last", "next"}) && s.is(next + 2, "year")) {
        f.kind = Form::Kind::Shift;
        f.unit = QLatin1Char('Y');
        f.amount = s.is(next + 1, "last") ? -1 : s.is(next + 1, "next") ? 1 : 0;
        f.granularity = QStringLiteral("Y");
        f.suffix = suffix;
        f.rule = QStringLiteral("quarter-relative-year");
        keep(m, i, next + 3, f);
        return true;
    }
    if (half > 0 || j == i) // "the second half" alone is too vague; "Q3" needs its year
        return false;
    f.kind = Form::Kind::Named;
    f.quarter = quarter;
    f.tense = s.tenseAround(i, next);
    f.rule = QStringLiteral("quarter");
    keep(m, i, next, f);
    return true;
}

bool Rules::season(int i, Match &m) const
{
    int j = i;
    Form f;
    f.kind = Form::Kind::Named;
    if (s.is(j, "the")) {
        ++j;
    } else if (s.isAnyOf(j, {"this", "last", "next"})) {
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
    if (j == i && !s.isAnyOf(i - 1, {"in", "during", "since", "until", "by", "this", "last", "next", "the", "early", "late"}) && !s.capitalized(i))
        return false;
    if (j == i && s.is(i, "fall") && !s.isAnyOf(i - 1, {"in", "during", "since", "until", "by", "this", "last", "next", "the", "early", "late"}))
        return false;
    f.season = e->season;
    f.tense = s.tenseAround(i, j + 1);
    f.rule = QStringLiteral("season");
    keep(m, i, j + 1, f);
    return true;
}

bool Rules::relative(int i, Match &m) const
{
    int j = i;
    const bool the = s.is(j, "the");
    if (the)
        ++j;
    int amount = 0;
    Form::Anchor anchor = Form::Anchor::Dct;
    Form::Direction direction = Form::Direction::This;
    if (s.isAnyOf(j, {"this", "current"}) && !the) {
        amount = 0;
    } else if (s.isAnyOf(j, {"next", "coming"})) {
        amount = 1;
        direction = Form::Direction::Next;
    } else if (s.isAnyOf(j, {"last", "previous", "past"})) {
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
        if (s.is(j, "past") || (the && anchor == Form::Anchor::Dct) || u.startsWith(QLatin1Char('T')) || u == QLatin1String("2W"))
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
    if (the || anchor == Form::Anchor::Previous || s.is(j, "past") || s.is(j, "current"))
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

bool Rules::weekday(int i, Match &m) const
{
    const Entry *e = s.at(i);
    if (!e || e->weekday == 0 || !s.capitalized(i) || (s.at(i - 1) && s.at(i - 1)->dayName))
        return false;
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

int Rules::count(int i, QString *value) const
{
    if (!s.inRange(i))
        return 0;
    if (s.is(i, "a") && s.isAnyOf(i + 1, {"few", "couple"})) {
        *value = s.is(i + 1, "few") ? QStringLiteral("X") : QStringLiteral("2");
        return s.is(i + 2, "of") ? 3 : 2;
    }
    if (s.tok(i).kind == Token::Number) {
        QString v = s.view(i).toString();
        v.remove(QLatin1Char(','));
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || d < 0 || d > 100000)
            return 0;
        *value = v;
        return 1;
    }
    const Entry *e = s.at(i);
    if (!e || e->number == -1)
        return 0;
    if (e->number == -2) {
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
    *value = QString::number(n);
    return used;
}

int Rules::compound(int i, QString *countValue, QString *unit) const
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
    const int dash = int(v.indexOf(QLatin1Char('-')));
    if (dash <= 0 || v.indexOf(QLatin1Char('-'), dash + 1) >= 0)
        return 0;
    const Entry *n = s.lex.lookup(v.left(dash));
    const Entry *u = s.lex.lookup(v.mid(dash + 1));
    if (!n || !u || n->number <= 0 || u->unit.isEmpty() || u->plural || n->word == QLatin1String("a") || n->word == QLatin1String("an"))
        return 0;
    *countValue = QString::number(n->number);
    *unit = u->unit;
    return 1;
}

bool Rules::counted(int i, Match &m) const
{
    Form f;
    QString value, unit;
    // Hyphenated compounds are adjectives of duration: "a five-year high".
    if (const int used = compound(i, &value, &unit)) {
        if (unit == QLatin1String("WE"))
            return false;
        f.type = TimexType::Duration;
        f.value = durationValue(value, unit);
        f.rule = QStringLiteral("duration-compound");
        keep(m, i, i + used, f);
        return true;
    }
    int j = i;
    const bool the = s.is(j, "the");
    if (the)
        ++j;
    const bool span = s.isAnyOf(j, {"past", "last", "next", "first", "previous", "coming", "final"});
    if (span)
        ++j;
    if (the && !span)
        return false;
    const int used = count(j, &value);
    int k = j + used;
    while (used && s.at(k) && s.at(k)->durationAdjective)
        ++k;
    const Entry *u = s.at(k);
    if (!u || u->unit.isEmpty() || u->unit == QLatin1String("WE"))
        return false;
    if (!used) {
        // A bare plural: "for months", "in minutes", "weeks later", "days before".
        if (!u->plural || span)
            return false;
        value = QStringLiteral("X");
        const bool after = s.isAnyOf(k + 1, {"later", "earlier", "ago", "before", "after"});
        if (!after && !s.isAnyOf(k - 1, {"for", "in", "over", "within", "after", "during", "than", "some", "just", "only"}))
            return false;
    } else if (s.tok(j).kind == Token::Number && !u->plural && value != QLatin1String("1")) {
        // "20 year low" is a duration; "2 year" in running text is rare enough to accept.
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
    if (!span && s.isAnyOf(k + 1, {"later", "earlier"}) && !timeUnit) {
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
    if (article && !span && !s.isAnyOf(i - 1, {"for", "in", "over", "within", "after", "than", "nearly", "almost", "about", "around", "only", "just"}))
        return false;
    f.type = TimexType::Duration;
    f.value = durationValue(value, code);
    f.rule = span ? QStringLiteral("duration-span") : QStringLiteral("duration");
    keep(m, i, k + 1, f);
    return true;
}

bool Rules::set(int i, Match &m) const
{
    if (!s.isAnyOf(i, {"every", "each"}))
        return false;
    int j = i + 1;
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

bool Rules::clock(int i, Match &m) const
{
    if (!s.inRange(i))
        return false;
    int hour = -1, minute = 0, end = i + 1;
    const QStringView v = s.view(i);
    const int colon = int(v.indexOf(QLatin1Char(':')));
    bool explicitMinutes = false;
    if (s.tok(i).kind == Token::Number && colon > 0) {
        hour = parseDigits(v.left(colon));
        minute = parseDigits(v.mid(colon + 1));
        if (v.size() - colon - 1 != 2)
            return false;
        explicitMinutes = true;
    } else if (s.tok(i).kind == Token::Number && v.size() == 4 && s.isAnyOf(i + 1, {"UTC", "GMT", "hours", "hrs"})) {
        hour = parseDigits(v.left(2));
        minute = parseDigits(v.mid(2));
        explicitMinutes = true;
    } else if (s.tok(i).kind == Token::Number && v.size() <= 2) {
        hour = parseDigits(v);
    } else if (s.tok(i).kind == Token::Word && (v.endsWith(QLatin1String("am"), Qt::CaseInsensitive) || v.endsWith(QLatin1String("pm"), Qt::CaseInsensitive))) {
        // "3pm", "10am"
        hour = parseDigits(v.chopped(2));
        if (hour < 1 || hour > 12)
            return false;
        if (v.right(2).compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0 && hour != 12)
            hour += 12;
        else if (v.right(2).compare(QLatin1String("am"), Qt::CaseInsensitive) == 0 && hour == 12)
            hour = 0;
        Form f;
        f.kind = Form::Kind::Clock;
        f.type = TimexType::Time;
        f.hour = hour;
        f.rule = QStringLiteral("clock");
        keep(m, i, end, f);
        return true;
    } else {
        return false;
    }
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
        return false;
    const bool pm = s.isAnyOf(end, {"p.m.", "pm", "p.m"});
    const bool am = s.isAnyOf(end, {"a.m.", "am", "a.m"});
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
    if (s.isAnyOf(end, {"UTC", "GMT"})) {
        f.utc = true;
        ++end;
    } else if (s.isAnyOf(end, {"hours", "hrs"})) {
        ++end;
    }
    f.rule = QStringLiteral("clock");
    keep(m, i, end, f);
    return true;
}

// Cheap test run on every token: can an expression start here?
bool opens(const AnalysisContext &context, const TimexLexicon &lexicon, const Token &t, const Entry *e)
{
    if (e)
        return e->opener;
    const QChar c = context.text.at(t.span.start);
    if (t.kind == Token::Word && t.span.length() > 4 && c.isLetter()) {
        // "five-year": a number word before a hyphen
        const QStringView v = QStringView(context.text).mid(t.span.start, t.span.length());
        const int dash = int(v.indexOf(QLatin1Char('-')));
        if (dash > 0) {
            const Entry *n = lexicon.lookup(v.left(dash));
            return n && n->number > 0;
        }
        return false;
    }
    if (c.isDigit() || TimexLexicon::fold(c) == QLatin1Char('\''))
        return true;
    // "Q3", "H1"
    return t.span.length() == 2 && (c == QLatin1Char('Q') || c == QLatin1Char('H')) && context.text.at(t.span.start + 1).isDigit();
}

} // namespace

TimexRecognizer::TimexRecognizer(const Resources &resources)
    : m_lexicon(resources)
    , m_anchor(m_lexicon)
{
}

void TimexRecognizer::annotate(AnalysisContext &context) const
{
    const QList<Token> &tokens = context.tokens;
    QVector<const Entry *> entries(tokens.size(), nullptr);
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Word || t.kind == Token::Symbol || t.kind == Token::Punctuation)
            entries[i] = m_lexicon.lookup(QStringView(context.text).mid(t.span.start, t.span.length()));
    }

    Scan scan(context, m_lexicon, entries);
    const Rules rules(scan);
    struct Found
    {
        Match match;
        int sentence;
    };
    QList<Found> found;
    for (int si = 0; si < context.sentences.size(); ++si) {
        const Span sentence = context.sentences.at(si);
        if (context.isBoilerplate(sentence.start))
            continue;
        scan.sb = context.tokenAt(sentence.start);
        scan.se = context.tokenAt(sentence.end);
        for (int i = scan.sb; i < scan.se;) {
            if (!opens(context, m_lexicon, tokens.at(i), entries.at(i))) {
                ++i;
                continue;
            }
            Match m;
            if (rules.matchAt(i, m)) {
                found.append(Found{m, si});
                i = m.end;
            } else {
                ++i;
            }
        }
    }

    TimexNormalizer normalizer(context.dct);
    QList<TimeExpression> timeline;
    timeline.reserve(found.size());
    for (const Found &f : found) {
        const TimexForm &form = f.match.form;
        const TimexNormalizer::Result r = normalizer.normalize(form, f.sentence);
        TimeExpression t;
        t.id = QStringLiteral("t%1").arg(timeline.size() + 1);
        t.span = Span(tokens.at(f.match.begin).span.start, tokens.at(f.match.end - 1).span.end);
        t.type = r.type;
        t.value = r.value;
        t.mod = r.mod;
        t.resolution = r.resolution;
        t.event = m_anchor.anchor(context, f.match.begin, f.match.end - 1);
        t.rule = form.rule;
        timeline.append(t);
    }
    TimexOrder::sort(timeline);
    context.result.timeline = timeline;
}

} // namespace Byline
