// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotescorer.h"

#include <QCoreApplication>
#include <QJsonArray>

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

QString lastWord(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

bool textsMatch(const QString &predicted, const QString &gold)
{
    const QString a = predicted.simplified().toLower(), b = gold.simplified().toLower();
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a.contains(b) || b.contains(a) || lastWord(a) == lastWord(b);
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

} // namespace

void QuoteScorer::addDocument(const EvalDocument &document, const AnalysisResult &result)
{
    const bool hasQuotes = document.gold.contains(QLatin1String("quotes"));
    const bool hasAttributions = document.gold.contains(QLatin1String("attributions"));
    if (!hasQuotes && !hasAttributions)
        return;
    ++m_documents;
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
            if (!best)
                continue;
            ++m_quotes.goldFound;
            const QJsonObject o = gold.at(i).toObject();
            if (o.value(QLatin1String("speaker")).isNull() || o.value(QLatin1String("speaker")).toString().isEmpty())
                continue;
            ++m_speakersScored;
            QStringList texts{o.value(QLatin1String("speaker")).toString()};
            if (o.value(QLatin1String("speaker_entity")).isString())
                texts << o.value(QLatin1String("speaker_entity")).toString();
            if (speakerMatches(document, *best, goldSpan(document, o, "speaker_start", "speaker_end"), texts))
                ++m_speakersRight;
        }
        for (const Quote &q : result.quotes) {
            if (!quotedWords(q))
                continue;
            ++m_quotes.predicted;
            for (Span g : goldSpans) {
                if (q.span.overlaps(g)) {
                    ++m_quotes.predictedRight;
                    break;
                }
            }
        }
    }
    if (hasAttributions) {
        struct Gold
        {
            Span source;
            Span content;
            QString sourceText;
        };
        QList<Gold> gold;
        for (const QJsonValue &a : document.gold.value(QLatin1String("attributions")).toArray()) {
            const QJsonObject o = a.toObject();
            if (!o.value(QLatin1String("source")).isObject() || !o.value(QLatin1String("content")).isObject())
                continue;
            gold << Gold{goldSpan(document, o.value(QLatin1String("source"))), goldSpan(document, o.value(QLatin1String("content"))),
                         o.value(QLatin1String("source")).toObject().value(QLatin1String("text")).toString()};
        }
        auto finds = [&](const Quote &q, const Gold &g) {
            return q.span.overlaps(g.content) && speakerMatches(document, q, g.source, QStringList{g.sourceText});
        };
        for (const Gold &g : gold) {
            ++m_attributions.gold;
            for (const Quote &q : result.quotes) {
                if (finds(q, g)) {
                    ++m_attributions.goldFound;
                    break;
                }
            }
        }
        for (const Quote &q : result.quotes) {
            if (!q.speaker)
                continue;
            ++m_attributions.predicted;
            for (const Gold &g : gold) {
                if (finds(q, g)) {
                    ++m_attributions.predictedRight;
                    break;
                }
            }
        }
    }
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
