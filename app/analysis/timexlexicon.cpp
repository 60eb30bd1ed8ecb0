// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexlexicon.h"

#include "resources.h"

#include <algorithm>
#include <utility>

namespace Byline {

namespace {

QList<QStringList> table(const Resources &resources, const char *file)
{
    QList<QStringList> rows;
    for (const QString &line : resources.lines(QStringLiteral("analysis/timex/") + QLatin1String(file))) {
        QStringList cols = line.split(QLatin1Char('\t'));
        for (QString &c : cols)
            c = c.trimmed();
        if (!cols.first().isEmpty())
            rows.append(cols);
    }
    return rows;
}

QString col(const QStringList &row, int i)
{
    return i < row.size() ? row.at(i) : QString();
}

TimexType typeFromName(const QString &name)
{
    if (name == QLatin1String("TIME"))
        return TimexType::Time;
    if (name == QLatin1String("DURATION"))
        return TimexType::Duration;
    if (name == QLatin1String("SET"))
        return TimexType::Set;
    return TimexType::Date;
}

// Phrase words as the segmenter tokenizes them: a possessive "'s" is a token of its own.
QStringList phraseWords(const QString &phrase)
{
    QStringList words;
    for (const QString &w : phrase.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() > 2 && w.endsWith(QLatin1String("'s"))) {
            words << w.chopped(2) << QStringLiteral("'s");
        } else {
            words << w;
        }
    }
    return words;
}

// "DCT", "DCT-1D", "PREV+1W:W", "DCT:TNI" (phrases.txt) or a literal TimeML value.
TimexForm formFromSpec(const QString &type, const QString &spec)
{
    TimexForm f;
    f.type = typeFromName(type);
    const bool dct = spec.startsWith(QLatin1String("DCT"));
    if (!dct && !spec.startsWith(QLatin1String("PREV"))) {
        f.kind = TimexForm::Kind::Literal;
        f.value = spec;
        return f;
    }
    f.kind = TimexForm::Kind::Shift;
    f.anchor = dct ? TimexForm::Anchor::Dct : TimexForm::Anchor::Previous;
    f.unit = QLatin1Char('D');
    QString rest = spec.mid(dct ? 3 : 4);
    const int colon = rest.indexOf(QLatin1Char(':'));
    const QString suffix = colon >= 0 ? rest.mid(colon + 1) : QString();
    rest = colon >= 0 ? rest.left(colon) : rest;
    if (!rest.isEmpty()) {
        f.unit = rest.back();
        f.amount = rest.chopped(1).toInt();
    }
    if (suffix.startsWith(QLatin1Char('T')))
        f.partOfDay = suffix;
    else
        f.granularity = suffix;
    if (dct && f.granularity.isEmpty())
        f.granularity = QStringLiteral("D");
    return f;
}

} // namespace

quint64 TimexLexicon::hash(QStringView word)
{
    quint64 h = 1469598103934665603ull;
    for (QChar c : word) {
        h ^= fold(c).unicode();
        h *= 1099511628211ull;
    }
    return h;
}

TimexLexicon::Entry &TimexLexicon::entry(const QString &word)
{
    const QString w = word.toLower();
    const quint64 h = hash(w);
    const auto it = m_index.constFind(h);
    if (it != m_index.constEnd())
        return m_entries[*it];
    m_index.insert(h, int(m_entries.size()));
    Entry e;
    e.word = w;
    m_entries.append(e);
    return m_entries.last();
}

void TimexLexicon::addPhrase(Phrase phrase)
{
    m_phrases.append(phrase);
    entry(phrase.words.first()).phrases.append(int(m_phrases.size()) - 1);
}

TimexLexicon::TimexLexicon(const Resources &resources)
{
    for (const QStringList &r : table(resources, "months.txt")) {
        Entry &e = entry(r.at(0));
        e.month = col(r, 1).toInt();
        e.abbreviation = col(r, 2) == QLatin1String("abbr");
    }
    for (const QStringList &r : table(resources, "openers.txt")) {
        Entry &e = entry(r.at(0));
        e.opener = true;
        const QString role = col(r, 1);
        e.roles |= role == QLatin1String("determiner") ? Determiner
            : role == QLatin1String("relative")        ? Relative
            : role == QLatin1String("every")           ? Every
            : role == QLatin1String("fiscal")          ? Fiscal
                                                       : 0u;
    }
    for (const QStringList &r : table(resources, "weekdays.txt"))
        entry(r.at(0)).weekday = col(r, 1).toInt();
    for (const QStringList &r : table(resources, "numbers.txt"))
        entry(r.at(0)).number = col(r, 1) == QLatin1String("X") ? -2 : col(r, 1).toInt();
    for (const QStringList &r : table(resources, "ordinals.txt"))
        entry(r.at(0)).ordinal = col(r, 1).toInt();
    for (const QStringList &r : table(resources, "units.txt")) {
        Entry &e = entry(r.at(0));
        e.unit = col(r, 1);
        e.plural = col(r, 2) == QLatin1String("plural");
    }
    for (const QStringList &r : table(resources, "seasons.txt"))
        entry(r.at(0)).season = col(r, 1);
    for (const QStringList &r : table(resources, "decades.txt"))
        entry(r.at(0)).decade = col(r, 1);
    for (const QStringList &r : table(resources, "time-zones.txt"))
        entry(r.at(0)).timeZone = col(r, 1);
    for (const QStringList &r : table(resources, "parts-of-day.txt"))
        entry(r.at(0)).partOfDay = col(r, 1);
    for (const QStringList &r : table(resources, "tense-cues.txt"))
        entry(r.at(0)).tense = col(r, 1) == QLatin1String("FUTURE") ? 1 : col(r, 1) == QLatin1String("PRESENT") ? 2 : -1;
    for (const QStringList &r : table(resources, "day-names.txt"))
        entry(r.at(0)).dayName = true;
    for (const QStringList &r : table(resources, "duration-adjectives.txt"))
        entry(r.at(0)).durationAdjective = true;
    for (const QStringList &r : table(resources, "year-exclusions.txt"))
        entry(r.at(0)).yearExclusion = true;
    for (const QStringList &r : table(resources, "clause-boundaries.txt"))
        entry(r.at(0)).clauseBoundary = true;
    for (const QStringList &r : table(resources, "event-prepositions.txt"))
        entry(r.at(0)).eventPreposition = true;
    for (const QStringList &r : table(resources, "phrases.txt")) {
        Phrase p;
        p.words = phraseWords(r.at(0));
        p.form = formFromSpec(col(r, 1), col(r, 2));
        p.form.rule = QStringLiteral("phrase");
        addPhrase(p);
    }
    for (const QStringList &r : table(resources, "holidays.txt")) {
        Phrase p;
        p.kind = Phrase::Kind::Holiday;
        p.words = phraseWords(r.at(0));
        p.form.kind = TimexForm::Kind::Named;
        p.form.month = col(r, 1).left(2).toInt();
        p.form.day = col(r, 1).mid(3, 2).toInt();
        p.form.rule = QStringLiteral("holiday");
        addPhrase(p);
    }
    for (const QStringList &r : table(resources, "modifiers.txt")) {
        Phrase p;
        p.kind = Phrase::Kind::Modifier;
        p.words = phraseWords(r.at(0));
        p.form.mod = col(r, 1) == QLatin1String("-") ? QString() : col(r, 1);
        p.applies = col(r, 2);
        addPhrase(p);
    }
    for (Entry &e : m_entries) {
        m_lengths.add(e.word);
        e.opener = e.opener || e.month || e.weekday || e.ordinal || e.number != -1 || !e.unit.isEmpty() || !e.season.isEmpty()
            || !e.phrases.isEmpty();
        std::stable_sort(e.phrases.begin(), e.phrases.end(),
                         [this](int a, int b) { return m_phrases.at(a).words.size() > m_phrases.at(b).words.size(); });
        for (int p : std::as_const(e.phrases)) {
            const Phrase &ph = m_phrases.at(p);
            QVector<QVector<int>> &byNext = ph.kind == Phrase::Kind::Modifier ? e.modifiersByNext : e.fixedByNext;
            int &next = ph.kind == Phrase::Kind::Modifier ? e.modifierNext : e.fixedNext;
            const QString second = ph.words.size() > 1 ? ph.words.at(1) : QString();
            if (second.isEmpty() || second.front().unicode() >= 128 || fold(second.front()) != second.front()) {
                next = kAnyNext;
            } else if (next != kAnyNext) {
                if (next == kNoNext) {
                    next = int(m_nextFilters.size());
                    m_nextFilters.append(FirstLengthFilter());
                }
                m_nextFilters[next].add(second);
            }
            if (byNext.isEmpty())
                byNext.resize(64);
            if (ph.words.size() == 1) {
                for (QVector<int> &list : byNext)
                    list.append(p);
            } else {
                byNext[int(qMin<qsizetype>(ph.words.at(1).size(), 63))].append(p);
            }
        }
    }
    // Counting sort of the entries into their buckets.
    m_bucketStart.fill(0, kBuckets + 1);
    QVector<uint> buckets;
    buckets.reserve(m_entries.size());
    for (const Entry &e : std::as_const(m_entries)) {
        const uint b = bucketOf(e.word.at(0), e.word.size() > 1 ? e.word.at(1) : QChar(), e.word.size());
        buckets.append(b);
        ++m_bucketStart[b + 1];
    }
    for (uint b = 0; b < kBuckets; ++b)
        m_bucketStart[b + 1] += m_bucketStart[b];
    m_slots.resize(m_entries.size());
    QVector<int> next(m_bucketStart.begin(), m_bucketStart.end() - 1);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &w = m_entries.at(i).word;
        m_slots[next[buckets.at(i)]++] = Slot{int(m_words.size()), int(w.size()), i};
        m_words += w;
    }
}

const TimexLexicon::Entry *TimexLexicon::find(QStringView word, uint b, QChar first, QChar second) const
{
    // At most one entry has the folded word: compare with those of its bucket.
    const QChar *words = m_words.constData();
    for (int k = m_bucketStart.at(b), end = m_bucketStart.at(b + 1); k < end; ++k) {
        const Slot &slot = m_slots.at(k);
        const QChar *w = words + slot.offset;
        if (slot.size != word.size() || w[0] != first || (word.size() > 1 && w[1] != second))
            continue;
        int i = 2;
        while (i < word.size() && fold(word.at(i)) == w[i])
            ++i;
        if (i >= word.size())
            return &m_entries.at(slot.entry);
    }
    return nullptr;
}

} // namespace Byline
