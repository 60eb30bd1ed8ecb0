// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotelexicon.h"

#include "analysiscontext.h"
#include "resources.h"

#include <algorithm>

namespace Byline {

int QuoteLexicon::addWord(const QString &word)
{
    const auto it = m_wordIds.constFind(word);
    if (it != m_wordIds.cend())
        return it.value();
    const int id = int(m_words.size());
    m_wordIds.insert(word, id);
    m_words.emplace_back();
    m_wordTexts.push_back(word);
    return id;
}

// The hash of a word as it is: equal to tokenHash() of every token that matches it (quotelexicon.h).
static quint32 wordHash(const QString &word)
{
    const qsizetype n = word.size();
    auto unit = [&](qsizetype i) { return quint32(word.at(i).unicode()) | 0x20u; };
    return QuoteLexicon::mixHash(quint32(n), unit(0), unit(n > 1 ? 1 : 0), unit(n - 1));
}

void QuoteLexicon::buildWordTable()
{
    size_t size = 16;
    while (size < 4 * m_wordTexts.size())
        size *= 2;
    m_wordTable.assign(size, Bucket());
    for (const QString &word : m_wordTexts) {
        m_wordStarts.push_back(int(m_wordChars.size()));
        m_wordChars += word;
    }
    m_wordStarts.push_back(int(m_wordChars.size()));
    for (size_t id = 0; id < m_wordTexts.size(); ++id) {
        if (m_wordTexts[id].isEmpty())
            continue; // no token is empty
        const quint32 h = wordHash(m_wordTexts[id]);
        size_t i = h & (size - 1);
        while (m_wordTable[i].word >= 0)
            i = (i + 1) & (size - 1);
        m_wordTable[i] = Bucket{h, int(id)};
        m_wordFilter.add(m_wordTexts[id]);
    }
}

// Each word's classes under its first and last unit and length, which a token matching the word
// shares. A word beginning or ending with a non-ASCII unit needs no entry: only a token beginning or
// ending with one matches it, and such a token has every class.
void QuoteLexicon::buildClassTable()
{
    m_classTable.assign(classIndex(u'\x7f', u'\x7f', 15) + 1, 0);
    m_verbSeconds.assign(m_classTable.size(), 0);
    PhraseList *const lists[] = {&speechNouns, &sourceCues, &anonymousSources, &roles, &creditCues};
    quint8 bit = VerbClass << 1;
    for (PhraseList *list : lists) {
        list->startClass = bit;
        bit <<= 1;
    }
    for (size_t id = 0; id < m_wordTexts.size(); ++id) {
        if (m_wordTexts[id].isEmpty())
            continue;
        quint8 classes = m_words[id].verb >= 0 ? VerbClass : 0;
        for (const PhraseList *list : lists) {
            if (!list->byFirst[id].isEmpty())
                classes |= list->startClass;
        }
        const QString &w = m_wordTexts[id];
        if (!classes || w.front().unicode() >= 128 || w.back().unicode() >= 128)
            continue;
        const size_t cell = classIndex(w.front().unicode(), w.back().unicode(), w.size());
        m_classTable[cell] |= classes;
        // A token whose second unit is not ASCII keeps the verb bit: only an ASCII second unit is checked.
        if (classes & VerbClass) {
            const char16_t second = w.at(w.size() > 1 ? 1 : 0).unicode();
            if (second < 128)
                m_verbSeconds[cell] |= 1u << ((second | 0x20) & 31);
        }
    }
}

static bool isAscii(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 128; });
}

QuoteLexicon::PhraseList QuoteLexicon::loadPhrases(const Resources &resources, const QString &name)
{
    PhraseList out;
    for (const QString &line : resources.lines(name)) {
        QStringList columns = line.split(QLatin1Char('\t'));
        Phrase p;
        p.words = columns.takeFirst().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (p.words.isEmpty())
            continue;
        p.values = columns;
        for (const QString &w : std::as_const(p.words)) {
            p.ids << addWord(w);
            p.ascii = p.ascii && isAscii(w);
        }
        out.items << p;
    }
    return out;
}

// After every word has its id: which items each word can start and end. A non-ASCII item compares by
// case folding, which may equal an ASCII token of another id, so it stays a candidate of every word
// that starts (ends) an item.
static std::vector<QList<int>> indexByWord(const QList<QuoteLexicon::Phrase> &items, int wordCount, bool last)
{
    auto key = [last](const QuoteLexicon::Phrase &p) { return size_t(last ? p.ids.last() : p.ids.first()); };
    std::vector<QList<int>> byWord(static_cast<size_t>(wordCount));
    std::vector<bool> used(static_cast<size_t>(wordCount), false);
    for (const QuoteLexicon::Phrase &p : items)
        used[key(p)] = true;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).ascii) {
            byWord[key(items.at(i))] << i;
            continue;
        }
        for (size_t w = 0; w < byWord.size(); ++w) {
            if (used[w])
                byWord[w] << i;
        }
    }
    return byWord;
}

void QuoteLexicon::indexPhrases(PhraseList &list) const
{
    list.byFirst = indexByWord(list.items, wordCount(), false);
    list.byLast = indexByWord(list.items, wordCount(), true);
}

QuoteLexicon::QuoteLexicon(const Resources &resources)
{
    auto entry = [this](const QString &word) -> Word & { return m_words[size_t(addWord(word))]; };
    // Later lines win over earlier ones for the same word, as they did when each list was its own hash.
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/reporting-verbs.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 2)
            continue;
        Verb v;
        v.lemma = columns.at(0);
        v.takesObject = columns.size() > 2 && columns.at(2) == QLatin1String("object");
        v.takesAddressee = columns.size() > 2 && columns.at(2) == QLatin1String("addressee");
        const int index = int(m_verbs.size());
        m_verbs.push_back(v);
        entry(v.lemma).verb = index;
        for (const QString &form : columns.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            entry(form).verb = index;
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/verb-modifiers.txt")))
        entry(line.toLower()).modifier = true;
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/pronouns.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() == 2) {
            entry(columns.at(0)).pronoun = int(m_pronounTypes.size());
            m_pronounTypes << columns.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/term-cues.txt")))
        entry(line.toLower()).termCue = true;
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/characterisation-verbs.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        Word &w = entry(columns.at(0).toLower());
        w.characterisation = true;
        w.characterisationNeedsAs = columns.size() > 1 && columns.at(1) == QLatin1String("as");
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/trailing-prepositions.txt")))
        entry(line.toLower()).trailingPreposition = true;
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/agencies.txt"))) {
        m_agencies.insert(line.toLower());
        m_agencyIndex.insert(line.toLower());
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/given-name-genders.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() == 2)
            m_nameGenders.insert(columns.at(0).toLower(), columns.at(1));
    }
    speechNouns = loadPhrases(resources, QStringLiteral("analysis/quotes/speech-nouns.txt"));
    sourceCues = loadPhrases(resources, QStringLiteral("analysis/quotes/source-cues.txt"));
    anonymousSources = loadPhrases(resources, QStringLiteral("analysis/quotes/anonymous-sources.txt"));
    roles = loadPhrases(resources, QStringLiteral("analysis/quotes/speaker-roles.txt"));
    creditCues = loadPhrases(resources, QStringLiteral("analysis/quotes/credit-cues.txt"));
    for (const Phrase &p : std::as_const(anonymousSources.items)) {
        if (!p.values.isEmpty())
            m_anonymousHeads.insert(p.values.first().section(QLatin1Char(' '), 0, 0));
    }
    for (const QString &head : std::as_const(m_anonymousHeads))
        entry(head).anonymousHead = true;
    for (PhraseList *list : {&speechNouns, &sourceCues, &anonymousSources, &roles, &creditCues})
        indexPhrases(*list);
    buildWordTable();
    buildClassTable();
}

// For ASCII, WordIndex's fold is QString::toLower(); other characters may lower-case to several units.
bool QuoteLexicon::isAgency(QStringView name) const
{
    if (isAscii(name))
        return m_agencyIndex.contains(name);
    return m_agencies.contains(name.toString().toLower());
}

QString QuoteLexicon::pronounGender(const QString &pronoun)
{
    if (pronoun.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("female");
    if (pronoun.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("male");
    return QString();
}

bool QuoteLexicon::isNumberedId(QStringView id, QChar prefix, int n)
{
    qsizetype k = id.size();
    for (; n > 0; n /= 10) {
        if (--k < 1 || id.at(k) != QChar(char16_t(u'0' + n % 10)))
            return false;
    }
    return k == 1 && id.at(0) == prefix;
}

// id = prefix + the decimal digits of n (n > 0), written into id's own buffer when it has room.
static void writeNumberedId(QString &id, QChar prefix, int n)
{
    int digits = 1;
    for (int v = n; v >= 10; v /= 10)
        ++digits;
    if (id.size() != 1 + digits)
        id.resize(1 + digits);
    QChar *out = id.data();
    out[0] = prefix;
    for (int k = digits; k >= 1; --k, n /= 10)
        out[k] = QChar(char16_t(u'0' + n % 10));
}

void QuoteLexicon::renumber(QList<Quote> &quotes)
{
    // Three stages renumber in turn: mostly the list is in order already and most ids are right.
    const auto bySpan = [](const Quote &a, const Quote &b) { return a.span < b.span; };
    if (!std::is_sorted(quotes.cbegin(), quotes.cend(), bySpan))
        std::stable_sort(quotes.begin(), quotes.end(), bySpan);
    for (int i = 0; i < quotes.size(); ++i) {
        if (!isNumberedId(quotes.at(i).id, QLatin1Char('q'), i + 1))
            writeNumberedId(quotes[i].id, QLatin1Char('q'), i + 1);
    }
}

bool QuoteLexicon::is(const AnalysisContext &context, int token, QLatin1String w)
{
    if (token < 0 || token >= context.tokens.size())
        return false;
    const Span s = context.tokens.at(token).span;
    return s.length() == w.size() && QStringView(context.text).mid(s.start, s.length()).compare(w, Qt::CaseInsensitive) == 0;
}

QString QuoteLexicon::word(const AnalysisContext &context, int token)
{
    if (token < 0 || token >= context.tokens.size())
        return QString();
    const Span s = context.tokens.at(token).span;
    const QChar *data = context.text.constData() + s.start;
    for (int i = 0; i < s.length(); ++i) {
        if (data[i].isUpper())
            return QString(data, s.length()).toLower();
    }
    return QString::fromRawData(data, s.length());
}

} // namespace Byline
