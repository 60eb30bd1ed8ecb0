// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotelexicon.h"

#include "analysiscontext.h"
#include "resources.h"

#include <algorithm>

namespace Byline {

static QuoteLexicon::PhraseList loadPhrases(const Resources &resources, const QString &name)
{
    QuoteLexicon::PhraseList out;
    for (const QString &line : resources.lines(name)) {
        QStringList columns = line.split(QLatin1Char('\t'));
        QuoteLexicon::Phrase p;
        p.words = columns.takeFirst().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (p.words.isEmpty())
            continue;
        p.values = columns;
        out.firstWords.insert(p.words.first());
        if (!out.firstChars.contains(p.words.first().at(0)))
            out.firstChars += p.words.first().at(0);
        if (!out.lastChars.contains(p.words.last().at(0)))
            out.lastChars += p.words.last().at(0);
        out.lastWords.insert(p.words.last());
        out.items << p;
    }
    return out;
}

QuoteLexicon::QuoteLexicon(const Resources &resources)
{
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/reporting-verbs.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 2)
            continue;
        Verb v;
        v.lemma = columns.at(0);
        v.takesObject = columns.size() > 2 && columns.at(2) == QLatin1String("object");
        v.takesAddressee = columns.size() > 2 && columns.at(2) == QLatin1String("addressee");
        m_verbs.insert(v.lemma, v);
        for (const QString &form : columns.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            m_verbs.insert(form, v);
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/verb-modifiers.txt")))
        m_modifiers.insert(line.toLower());
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/pronouns.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() == 2)
            m_pronouns.insert(columns.at(0), columns.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/term-cues.txt")))
        m_termCues.insert(line.toLower());
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/characterisation-verbs.txt"))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        m_characterisationVerbs.insert(columns.at(0).toLower(), columns.size() > 1 && columns.at(1) == QLatin1String("as"));
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/trailing-prepositions.txt")))
        m_prepositions.insert(line.toLower());
    for (const QString &line : resources.lines(QStringLiteral("analysis/quotes/agencies.txt")))
        m_agencies.insert(line.toLower());
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
}

QString QuoteLexicon::pronounGender(const QString &pronoun)
{
    if (pronoun.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("female");
    if (pronoun.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("male");
    return QString();
}

void QuoteLexicon::renumber(QList<Quote> &quotes)
{
    std::stable_sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.span < b.span; });
    for (int i = 0; i < quotes.size(); ++i)
        quotes[i].id = QLatin1Char('q') + QString::number(i + 1);
}

// The lower-cased token in a per-thread buffer, valid until the next call: hash lookups of
// capitalised tokens then cost no allocation.
static const QString &lowered(const AnalysisContext &context, int token)
{
    thread_local QString buffer;
    const Span s = context.tokens.at(token).span;
    buffer.resize(s.length());
    const QChar *in = context.text.constData() + s.start;
    QChar *out = buffer.data();
    for (int i = 0; i < s.length(); ++i)
        out[i] = in[i].toLower();
    return buffer;
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

const QuoteLexicon::Verb *QuoteLexicon::verb(const AnalysisContext &context, int token) const
{
    // A capitalised "State", "Reports" or "Says" is a name or a noun here, not the verb.
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word || context.tokens.at(token).capitalized)
        return nullptr;
    const auto it = m_verbs.constFind(lowered(context, token));
    return it == m_verbs.cend() ? nullptr : &it.value();
}

bool QuoteLexicon::isModifier(const AnalysisContext &context, int token) const
{
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word)
        return false;
    const QString &w = lowered(context, token);
    if (m_modifiers.contains(w))
        return true;
    // "peacefully urged", "reportedly said": any lower-case -ly adverb.
    return !context.tokens.at(token).capitalized && w.size() > 4 && w.endsWith(QLatin1String("ly"));
}

QStringList QuoteLexicon::pronounTypes(const AnalysisContext &context, int token) const
{
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word)
        return QStringList();
    return m_pronouns.value(lowered(context, token));
}

bool QuoteLexicon::isTermCue(const AnalysisContext &context, int token) const
{
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word)
        return false;
    return m_termCues.contains(lowered(context, token));
}

bool QuoteLexicon::isCharacterisationVerb(const AnalysisContext &context, int token, bool *needsAs) const
{
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word)
        return false;
    const auto it = m_characterisationVerbs.constFind(lowered(context, token));
    if (it == m_characterisationVerbs.constEnd())
        return false;
    if (needsAs)
        *needsAs = it.value();
    return true;
}

bool QuoteLexicon::isTrailingPreposition(const AnalysisContext &context, int token) const
{
    if (token < 0 || token >= context.tokens.size() || context.tokens.at(token).kind != Token::Word)
        return false;
    return m_prepositions.contains(lowered(context, token));
}

bool QuoteLexicon::wordMatches(const AnalysisContext &context, int token, const QString &w) const
{
    const Span s = context.tokens.at(token).span;
    return s.length() == w.size() && QStringView(context.text).mid(s.start, s.length()).compare(w, Qt::CaseInsensitive) == 0;
}

int QuoteLexicon::matchForward(const AnalysisContext &context, int token, const PhraseList &list, const Phrase **phrase,
                               int maxGap) const
{
    if (token < 0 || token >= context.tokens.size()
        || !list.firstChars.contains(context.text.at(context.tokens.at(token).span.start).toLower())
        || !list.firstWords.contains(lowered(context, token)))
        return 0;
    int best = 0;
    for (const Phrase &p : list.items) {
        int t = token;
        int gaps = 0;
        bool ok = true;
        for (int w = 0; w < p.words.size(); ++w) {
            if (t >= context.tokens.size()) {
                ok = false;
                break;
            }
            if (w > 0 && !wordMatches(context, t, p.words.at(w)) && gaps < maxGap && isModifier(context, t)) {
                ++gaps;
                ++t;
                if (t >= context.tokens.size()) {
                    ok = false;
                    break;
                }
            }
            if (!wordMatches(context, t, p.words.at(w))) {
                ok = false;
                break;
            }
            ++t;
        }
        if (ok && t - token > best) {
            best = t - token;
            if (phrase)
                *phrase = &p;
        }
    }
    return best;
}

int QuoteLexicon::matchBackward(const AnalysisContext &context, int token, const PhraseList &list, const Phrase **phrase) const
{
    if (token < 0 || token >= context.tokens.size()
        || !list.lastChars.contains(context.text.at(context.tokens.at(token).span.start).toLower())
        || !list.lastWords.contains(lowered(context, token)))
        return 0;
    int best = 0;
    for (const Phrase &p : list.items) {
        const int n = int(p.words.size());
        if (token - n + 1 < 0)
            continue;
        bool ok = true;
        for (int w = 0; w < n && ok; ++w)
            ok = wordMatches(context, token - n + 1 + w, p.words.at(w));
        if (ok && n > best) {
            best = n;
            if (phrase)
                *phrase = &p;
        }
    }
    return best;
}

} // namespace Byline
