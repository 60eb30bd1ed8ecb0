// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotescorer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Byline {

namespace {

Span goldSpan(const EvalDocument &document, const QJsonValue &value, const char *start = "start", const char *end = "end")
{
    const QJsonObject o = value.toObject();
    const QLatin1String s(start), e(end);
    if (!o.contains(s) || !o.contains(e) || o.value(s).isNull())
        return Span();
    return Span(document.map.fromCodePoint(o.value(s).toInt()), document.map.fromCodePoint(o.value(e).toInt()));
}

// Lower-case words, punctuation dropped ("Malaysia's Prime Minister," -> malaysia's, prime, minister).
QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || ((c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') || c == QLatin1Char('.')) && !word.isEmpty())) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    for (QString &w : out) {
        while (w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char('-')))
            w.chop(1);
    }
    out.removeAll(QString());
    return out;
}

bool containsWords(const QStringList &haystack, const QStringList &needle)
{
    for (int i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (std::equal(needle.cbegin(), needle.cend(), haystack.cbegin() + i))
            return true;
    }
    return false;
}

// Whole words: "I" matches the speaker "I", not every name with an i in it.
bool textsMatch(const QString &predicted, const QString &gold)
{
    const QStringList a = words(predicted), b = words(gold);
    if (a.isEmpty() || b.isEmpty())
        return false;
    return containsWords(a, b) || containsWords(b, a) || a.last() == b.last();
}

bool speakerMatches(const EvalDocument &document, const Quote &quote, Span goldSpeaker, const QStringList &goldTexts)
{
    if (!quote.speaker)
        return false;
    if (goldSpeaker.isValid() && quote.speaker->span.overlaps(goldSpeaker))
        return true;
    const QString mention = quote.speaker->span.isValid() ? document.text.mid(quote.speaker->span.start, quote.speaker->span.length())
                                                          : QString();
    for (const QString &g : goldTexts) {
        if (textsMatch(mention, g) || textsMatch(quote.speaker->name, g))
            return true;
    }
    return false;
}

bool quotedWords(const Quote &q)
{
    return q.kind == QuoteKind::Direct || q.kind == QuoteKind::Partial;
}

// "[12,40) "the words"" in code points of the file, the text on one line and cut to 100 characters.
QString describe(const EvalDocument &document, Span span)
{
    if (!span.isValid())
        return QStringLiteral("-");
    QString words = document.text.mid(span.start, span.length()).simplified();
    if (words.size() > 100)
        words = words.left(97) + QStringLiteral("...");
    return QStringLiteral("[%1,%2) \"%3\"").arg(document.map.toCodePoint(span.start)).arg(document.map.toCodePoint(span.end)).arg(words);
}

QString describe(const EvalDocument &document, const Quote &q)
{
    QString out = quoteKindName(q.kind) + QLatin1Char(' ') + describe(document, q.span) + QStringLiteral(" rule ") + q.rule;
    if (q.speaker)
        out += QStringLiteral(" speaker ") + q.speaker->name + QStringLiteral(" (") + describe(document, q.speaker->span) + QLatin1Char(')');
    else
        out += QStringLiteral(" no speaker");
    return out;
}

// A credit vouches for the caption it ends and the medium it names ("… Video: X"), an entry of a
// "Sources" list for the title before it: each such citation is an attribution whose content is its line
// up to the credit cue or before the list dash (kind Indirect, rule "source:<cue>"), its speaker the
// credited source.
QList<Quote> citationAttributions(const EvalDocument &document, const AnalysisResult &result)
{
    QList<Quote> out;
    for (const Source &s : result.sources) {
        for (const Citation &c : s.citations) {
            const bool credit = c.cueText.endsWith(QLatin1String("credit"));
            if (!c.cue.isValid() || (!credit && c.cueText != QLatin1String("listed source")))
                continue;
            int start = c.cue.start;
            while (start > 0 && document.text.at(start - 1) != QLatin1Char('\n'))
                --start;
            int end = credit ? c.cue.end : c.cue.start;
            while (end > start && document.text.at(end - 1).isSpace())
                --end;
            if (end <= start)
                continue;
            Quote q;
            q.span = Span(start, end);
            q.kind = QuoteKind::Indirect;
            q.speaker = Speaker{s.entityId, s.name, c.span};
            q.rule = QStringLiteral("source:") + c.cueText;
            out << q;
        }
    }
    return out;
}

} // namespace

void QuoteScorer::addDocument(const EvalDocument &document, const AnalysisResult &result)
{
    const bool hasQuotes = document.gold.contains(QLatin1String("quotes"));
    const bool hasAttributions = document.gold.contains(QLatin1String("attributions"));
    if (!hasQuotes && !hasAttributions)
        return;
    ++m_documents;
    QStringList errors;
    if (hasQuotes) {
        const QJsonArray gold = document.gold.value(QLatin1String("quotes")).toArray();
        QList<Span> goldSpans;
        for (const QJsonValue &g : gold)
            goldSpans << goldSpan(document, g);
        for (int i = 0; i < gold.size(); ++i) {
            ++m_quotes.gold;
            const Quote *best = nullptr;
            int bestOverlap = 0;
            for (const Quote &q : result.quotes) {
                if (!quotedWords(q) || !q.span.overlaps(goldSpans.at(i)))
                    continue;
                const int overlap = std::min(q.span.end, goldSpans.at(i).end) - std::max(q.span.start, goldSpans.at(i).start);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = &q;
                }
            }
            const QJsonObject o = gold.at(i).toObject();
            const QString goldSpeaker = o.value(QLatin1String("speaker")).toString();
            if (!best) {
                errors << QStringLiteral("  quote FN        ") + describe(document, goldSpans.at(i)) + QStringLiteral(" speaker ")
                        + (goldSpeaker.isEmpty() ? QStringLiteral("-") : goldSpeaker);
                continue;
            }
            ++m_quotes.goldFound;
            if (goldSpeaker.isEmpty())
                continue;
            ++m_speakersScored;
            QStringList texts{goldSpeaker};
            if (o.value(QLatin1String("speaker_entity")).isString())
                texts << o.value(QLatin1String("speaker_entity")).toString();
            if (speakerMatches(document, *best, goldSpan(document, o, "speaker_start", "speaker_end"), texts))
                ++m_speakersRight;
            else
                errors << QStringLiteral("  quote SPEAKER   gold ") + texts.join(QStringLiteral(" / ")) + QStringLiteral(", predicted ")
                        + describe(document, *best);
        }
        for (const Quote &q : result.quotes) {
            if (!quotedWords(q))
                continue;
            ++m_quotes.predicted;
            if (std::any_of(goldSpans.cbegin(), goldSpans.cend(), [&q](Span g) { return q.span.overlaps(g); }))
                ++m_quotes.predictedRight;
            else
                errors << QStringLiteral("  quote FP        ") + describe(document, q);
        }
    }
    if (hasAttributions) {
        struct Gold
        {
            Span source;
            Span content;
            QStringList sourceTexts; ///< the source words and, when given, the entity they refer to
        };
        QList<Gold> gold;
        const QJsonArray all = document.gold.value(QLatin1String("attributions")).toArray();
        for (const QJsonValue &a : all) {
            const QJsonObject o = a.toObject();
            if (!o.value(QLatin1String("source")).isObject() || !o.value(QLatin1String("content")).isObject())
                continue;
            QStringList texts{o.value(QLatin1String("source")).toObject().value(QLatin1String("text")).toString()};
            if (o.value(QLatin1String("source_entity")).isString())
                texts << o.value(QLatin1String("source_entity")).toString();
            gold << Gold{goldSpan(document, o.value(QLatin1String("source"))), goldSpan(document, o.value(QLatin1String("content"))), texts};
        }
        QList<Quote> attributed = result.quotes;
        attributed << citationAttributions(document, result);
        auto finds = [&](const Quote &q, const Gold &g) {
            return q.span.overlaps(g.content) && speakerMatches(document, q, g.source, g.sourceTexts);
        };
        for (const Gold &g : gold) {
            ++m_attributions.gold;
            if (std::any_of(attributed.cbegin(), attributed.cend(), [&](const Quote &q) { return finds(q, g); }))
                ++m_attributions.goldFound;
            else
                errors << QStringLiteral("  attribution FN  source ") + describe(document, g.source) + QStringLiteral(" content ")
                        + describe(document, g.content);
        }
        // A corpus that marks sources and cues but never the content (MEANTIME) cannot confirm a prediction.
        const bool contentAnnotated = all.isEmpty() || !gold.isEmpty();
        for (const Quote &q : std::as_const(attributed)) {
            if (!q.speaker || !contentAnnotated)
                continue;
            ++m_attributions.predicted;
            if (std::any_of(gold.cbegin(), gold.cend(), [&](const Gold &g) { return finds(q, g); }))
                ++m_attributions.predictedRight;
            else
                errors << QStringLiteral("  attribution FP  ") + describe(document, q);
        }
    }
    if (!errors.isEmpty())
        m_errors += document.name + QLatin1Char('\n') + errors.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString QuoteScorer::report() const
{
    auto row = [](const QString &name, const Counts &c) {
        return QStringLiteral("%1 %2 %3 %4   (gold %5, found %6; predicted %7, right %8)\n")
            .arg(name, -14)
            .arg(c.precision(), 9, 'f', 3)
            .arg(c.recall(), 9, 'f', 3)
            .arg(c.f1(), 9, 'f', 3)
            .arg(c.gold)
            .arg(c.goldFound)
            .arg(c.predicted)
            .arg(c.predictedRight);
    };
    QString out = QCoreApplication::translate("Byline::QuoteScorer", "Quotes (%n document(s))\n", nullptr, m_documents);
    out += QStringLiteral("%1 %2 %3 %4\n")
               .arg(QString(), -14)
               .arg(QCoreApplication::translate("Byline::QuoteScorer", "precision"), 9)
               .arg(QCoreApplication::translate("Byline::QuoteScorer", "recall"), 9)
               .arg(QCoreApplication::translate("Byline::QuoteScorer", "F1"), 9);
    out += row(QCoreApplication::translate("Byline::QuoteScorer", "quotes"), m_quotes);
    out += row(QCoreApplication::translate("Byline::QuoteScorer", "attributions"), m_attributions);
    out += QCoreApplication::translate("Byline::QuoteScorer", "speaker accuracy %1 (%2 of %3 found quotes with a gold speaker)\n")
               .arg(speakerAccuracy(), 0, 'f', 3)
               .arg(m_speakersRight)
               .arg(m_speakersScored);
    return out;
}

QJsonObject QuoteScorer::toJson() const
{
    auto counts = [](const Counts &c) {
        return QJsonObject{{QStringLiteral("precision"), c.precision()}, {QStringLiteral("recall"), c.recall()},
                           {QStringLiteral("f1"), c.f1()},               {QStringLiteral("gold"), c.gold},
                           {QStringLiteral("goldFound"), c.goldFound},   {QStringLiteral("predicted"), c.predicted},
                           {QStringLiteral("predictedRight"), c.predictedRight}};
    };
    return QJsonObject{{QStringLiteral("documents"), m_documents},
                       {QStringLiteral("quotes"), counts(m_quotes)},
                       {QStringLiteral("attributions"), counts(m_attributions)},
                       {QStringLiteral("speakerAccuracy"), speakerAccuracy()},
                       {QStringLiteral("speakersScored"), m_speakersScored},
                       {QStringLiteral("speakersRight"), m_speakersRight}};
}

} // namespace Byline
