// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelinedetector.h"

#include "../analysis/resources.h"

#include <QStringList>

#include <algorithm>

namespace Byline {

namespace {
QString alternation(QStringList words)
{
    // Longest first, so "sept" wins over "sep" and "september" over both.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &w : words)
        w = QRegularExpression::escape(w).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    return QLatin1String("(?:") + words.join(QLatin1Char('|')) + QLatin1Char(')');
}
} // namespace

DatelineDetector::DatelineDetector(const Resources &resources)
{
    QStringList monthNames;
    for (const QString &line : resources.lines(QStringLiteral("analysis/months.txt"))) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 1; i < parts.size(); ++i) {
            m_months.insert(parts.at(i), parts.first().toInt());
            monthNames << parts.at(i);
        }
    }
    const QString month = alternation(monthNames);
    const QString weekday
        = alternation(resources.lines(QStringLiteral("analysis/weekdays.txt"))) + QLatin1String("\\.?,?\\s+");
    const QString cue = alternation(resources.lines(QStringLiteral("analysis/dateline-cues.txt")))
        + QLatin1String("(?:\\s*:|\\s+on)?\\s*");
    // Named groups: y/m/d for ISO, mdy_* and dmy_* for written months, ny_* for a dateline without year.
    const QString ord = QStringLiteral("(?:st|nd|rd|th)?");
    const QString date = QLatin1String("(?:(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)")
        + QLatin1String("|(?<mdy_m>") + month + QLatin1String(")\\.?\\s+(?<mdy_d>\\d{1,2})") + ord
        + QLatin1String(",?\\s+(?<mdy_y>\\d{4})(?!\\d)") + QLatin1String("|(?<dmy_d>\\d{1,2})") + ord
        + QLatin1String("\\s+(?:of\\s+)?(?<dmy_m>") + month + QLatin1String(")\\.?,?\\s+(?<dmy_y>\\d{4})(?!\\d)")
        + QLatin1String("|(?<ny_m>") + month
        + QLatin1String(")\\.?\\s+(?<ny_d>\\d{1,2})(?=\\s*(?:\\(|[-\\x{2013}\\x{2014}]|$))") + QLatin1Char(')');
    // On a page's date line, also "11/18/2011" and "29/10/2012": read only when one number is over 12, so
    // that the day and month orders cannot be confused (see matchDate). Not in metadata values.
    const QString lineDate = date.chopped(1)
        + QLatin1String("|(?<num_a>\\d{1,2})[/.](?<num_b>\\d{1,2})[/.](?<num_y>\\d{4})(?!\\d))");
    const auto opts = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    m_anywhere = QRegularExpression(QLatin1String("\\b") + date, opts);
    m_lineAnywhere = QRegularExpression(QLatin1String("\\b") + lineDate, opts);
    const QString time = QStringLiteral("(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:"
                                        "\\s*[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?");
    m_dateOnly = QRegularExpression(QLatin1String("^\\s*(?:") + cue + QLatin1String(")?(?:") + weekday
            + QLatin1String(")?") + lineDate + time + QLatin1String("\\s*\\.?\\s*$"),
        opts);
    // A place is a few capitalised words (no digits, no sentence end) and a comma or dash before the date.
    m_lead = QRegularExpression(QLatin1String("^\\s*(?:") + cue
            + QLatin1String(")?(?:[\\p{Lu}][^\\d.!?\\n]{0,50}?(?:,|\\s[-\\x{2013}\\x{2014}])\\s+)?(?:") + weekday
            + QLatin1String(")?") + lineDate,
        opts);
}

const DatelineDetector &DatelineDetector::instance()
{
    static const DatelineDetector detector(Resources::instance());
    return detector;
}

int DatelineDetector::monthNumber(const QString &name) const
{
    QString key = name.toLower();
    key.remove(QLatin1Char('.'));
    return m_months.value(key, 0);
}

DatelineDetector::Match DatelineDetector::matchDate(const QString &text, const QRegularExpression &re) const
{
    Match m;
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return m;
    const auto group = [&match](const char *name) { return match.captured(QLatin1String(name)); };
    const auto startOf = [&match](const char *name) { return int(match.capturedStart(QLatin1String(name))); };
    if (!group("y").isEmpty()) {
        m.date = QDate(group("y").toInt(), group("m").toInt(), group("d").toInt());
        m.start = startOf("y");
        m.end = int(match.capturedEnd(QLatin1String("d")));
    } else if (!group("mdy_y").isEmpty()) {
        m.date = QDate(group("mdy_y").toInt(), monthNumber(group("mdy_m")), group("mdy_d").toInt());
        m.start = startOf("mdy_m");
        m.end = int(match.capturedEnd(QLatin1String("mdy_y")));
    } else if (!group("dmy_y").isEmpty()) {
        m.date = QDate(group("dmy_y").toInt(), monthNumber(group("dmy_m")), group("dmy_d").toInt());
        m.start = startOf("dmy_d");
        m.end = int(match.capturedEnd(QLatin1String("dmy_y")));
    } else if (!group("num_y").isEmpty()) {
        const int a = group("num_a").toInt();
        const int b = group("num_b").toInt();
        if (a > 12 && b <= 12)
            m.date = QDate(group("num_y").toInt(), b, a);
        else if (b > 12 && a <= 12)
            m.date = QDate(group("num_y").toInt(), a, b);
        if (m.date.isValid()) {
            m.start = startOf("num_a");
            m.end = int(match.capturedEnd(QLatin1String("num_y")));
        }
    } else if (!group("ny_m").isEmpty()) {
        m.noYear = true;
        m.month = monthNumber(group("ny_m"));
        m.day = group("ny_d").toInt();
        m.start = startOf("ny_m");
        m.end = int(match.capturedEnd(QLatin1String("ny_d")));
    }
    return m;
}

QDate DatelineDetector::parseDate(const QString &value) const
{
    const Match m = matchDate(value, m_anywhere);
    return m.noYear ? QDate() : m.date;
}

bool DatelineDetector::isDateOnly(const QString &blockText, QDate *date) const
{
    if (blockText.size() > 80)
        return false;
    const Match m = matchDate(blockText, m_dateOnly);
    if (!m.date.isValid())
        return false;
    if (date)
        *date = m.date;
    return true;
}

Dateline DatelineDetector::find(const Article &article, const QDate &reference, int maxBlocks) const
{
    Dateline result;
    int seen = 0;
    for (int i = 0; i < article.blocks.size() && seen < maxBlocks; ++i) {
        const Block &block = article.blocks.at(i);
        if (block.role != BlockRole::Paragraph && block.role != BlockRole::Dateline && block.role != BlockRole::Byline
            && block.role != BlockRole::Subtitle)
            continue;
        ++seen;
        // Only the head of a block can hold its dateline; this keeps the search linear in the article size.
        const QString head = article.text.mid(block.range.start, qMin(block.range.length(), 200));
        Match m = matchDate(head, block.role == BlockRole::Paragraph ? m_lead : m_lineAnywhere);
        if (m.start < 0)
            continue;
        if (m.noYear) {
            if (!reference.isValid())
                continue;
            const QDate limit = reference.addDays(1);
            for (int year = limit.year(); year >= limit.year() - 1 && !m.date.isValid(); --year) {
                const QDate candidate(year, m.month, m.day);
                if (candidate.isValid() && candidate <= limit)
                    m.date = candidate;
            }
        }
        if (!m.date.isValid())
            continue;
        result.date = m.date;
        result.span = Span(block.range.start + m.start, block.range.start + m.end);
        result.block = i;
        result.yearInferred = m.noYear;
        return result;
    }
    return result;
}

} // namespace Byline
