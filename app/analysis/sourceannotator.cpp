// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceannotator.h"

#include "analysiscontext.h"
#include "quotelexicon.h"
#include "speakerlocator.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace Byline {

SourceAnnotator::SourceAnnotator(const Resources &resources)
    : SourceAnnotator(std::make_shared<const QuoteLexicon>(resources))
{
}

SourceAnnotator::SourceAnnotator(std::shared_ptr<const QuoteLexicon> lexicon)
    : m_lexicon(std::move(lexicon))
{
}

namespace {

struct Cited
{
    QString key;
    QString name;
    SourceKind kind = SourceKind::Outlet;
    QString entityId;
    Citation citation;
    QList<int> claims; ///< indexes into the quotes
    bool through = false; ///< the claims came through this source (via, according to), not from it
};

bool isWord(const AnalysisContext &context, int token)
{
    return token >= 0 && token < context.tokens.size() && context.tokens.at(token).kind == Token::Word;
}

QString creditName(const QuoteLexicon::Phrase *phrase)
{
    return phrase && !phrase->values.isEmpty() ? phrase->values.first() : QStringLiteral("photo credit");
}

} // namespace

void SourceAnnotator::annotate(AnalysisContext &context) const
{
    const SpeakerLocator &locator = SpeakerLocator::forContext(context, m_lexicon);
    const QuoteTokens &words = locator.tokens();
    const QuoteLexicon &lexicon = *m_lexicon;
    QList<Quote> &quotes = context.result.quotes;
    const QList<Entity> &entities = context.result.entities;
    const Article &article = context.article;
    const int tokenCount = int(context.tokens.size());
    QList<Cited> cited;
    auto spanOf = [&](int a, int b) { return Span(context.tokens.at(a).span.start, context.tokens.at(b).span.end); };
    auto sentenceOf = [&](int pos) {
        const int s = context.sentenceAt(pos);
        return s >= 0 ? context.sentences.at(s) : Span();
    };
    // Quotes are sorted by start; a quote may run over a few sentences, so look a little behind.
    auto quotesIn = [&](Span sentence, auto predicate) {
        QList<int> out;
        auto it = std::lower_bound(quotes.cbegin(), quotes.cend(), sentence.start, [](const Quote &q, int pos) { return q.span.start < pos; });
        int i = int(it - quotes.cbegin());
        for (int j = std::max(0, i - 8); j < quotes.size() && quotes.at(j).span.start < sentence.end; ++j) {
            if (quotes.at(j).span.overlaps(sentence) && predicate(quotes.at(j)))
                out << j;
        }
        return out;
    };

    // Outlets and agencies.
    for (const Entity &e : entities) {
        if (e.type != EntityType::Outlet)
            continue;
        for (const Mention &m : e.mentions) {
            if (m.kind != MentionKind::Name || context.isBoilerplate(m.span.start))
                continue;
            Cited c;
            c.key = e.id;
            c.name = e.name;
            c.entityId = e.id;
            c.citation.span = m.span;
            const int t0 = context.tokenAt(m.span.start);
            const int t1 = context.tokenAt(m.span.end) - 1;
            const Span sentence = sentenceOf(m.span.start);
            const QuoteLexicon::Phrase *phrase = nullptr;
            int k = t0 - 1;
            if (words.wordIs(k, QLatin1String("the")))
                --k;
            if (int n = words.matchBackward(k, lexicon.sourceCues, &phrase);
                n && phrase->values.value(0) == QLatin1String("after")) {
                c.citation.cue = spanOf(k - n + 1, k);
                c.citation.cueText = phrase->values.value(1);
                c.through = true;
            } else if (int n2 = words.matchForward(t1 + 1, lexicon.sourceCues, &phrase, 1);
                       n2 && phrase->values.value(0) == QLatin1String("before")) {
                c.citation.cue = spanOf(t1 + 1, t1 + n2);
                c.citation.cueText = phrase->values.value(1);
            } else if (k >= 1 && context.tokens.at(k).kind != Token::Word
                       && QStringLiteral("\u2014\u2013-").contains(context.text.at(context.tokens.at(k).span.start))
                       && context.tokens.at(k - 1).kind != Token::Word
                       && QStringLiteral("\"\u201D\u00BB'\u2019").contains(context.text.at(context.tokens.at(k - 1).span.start))) {
                // An entry of a "Sources" list: "Title of the article" — CBC.ca, August 15, 2008.
                c.citation.cue = context.tokens.at(k).span;
                c.citation.cueText = QStringLiteral("listed source");
            }
            bool credit = false;
            if (sentence.isValid()) {
                const int first = context.tokenAt(sentence.start);
                if (int n = words.matchForward(first, lexicon.creditCues, &phrase)) {
                    credit = true;
                    if (!c.citation.cue.isValid() || c.citation.cueText == QLatin1String("via")) {
                        c.citation.cue = spanOf(first, first + n - 1);
                        c.citation.cueText = creditName(phrase);
                    }
                }
            }
            c.kind = credit || lexicon.isAgency(e.name) || lexicon.isAgency(article.textOf(m.span)) ? SourceKind::Agency
                                                                                                           : SourceKind::Outlet;
            const QString id = e.id;
            const bool through = c.through;
            const Span mention = m.span;
            c.claims = quotesIn(sentence, [&](const Quote &q) {
                return (q.speaker && q.speaker->entityId == id) || (through && !q.span.overlaps(mention));
            });
            cited << std::move(c);
        }
    }

    // Credits naming a person or group rather than an outlet: "Image: Jambula.", "Video: Miharris &
    // Acphillips." — a sentence that is only a credit cue, a colon and a name (capitalised words joined by
    // "&", "and", "/", "-").
    int cursor = 0; // sentences are in text order: their first tokens are found by walking, not searching
    for (const Span sentence : context.sentences) {
        while (cursor < tokenCount && context.tokens.at(cursor).span.end <= sentence.start)
            ++cursor;
        const int first = cursor;
        const QuoteLexicon::Phrase *phrase = nullptr;
        const int n = first < tokenCount ? words.matchForward(first, lexicon.creditCues, &phrase) : 0;
        const int colon = first + n;
        if (!n || colon >= tokenCount || context.tokens.at(colon).kind == Token::Word
            || context.text.at(context.tokens.at(colon).span.start) != QLatin1Char(':') || context.isBoilerplate(sentence.start))
            continue;
        int last = colon;
        bool name = true;
        bool outlet = false;
        for (int t = colon + 1; t < tokenCount && context.tokens.at(t).span.end <= sentence.end && name; ++t) {
            const Token &tok = context.tokens.at(t);
            const QChar c = context.text.at(tok.span.start);
            const bool end = tok.kind != Token::Word && tok.span.end >= sentence.end - 1 && (c == QLatin1Char('.') || c == QLatin1Char('!'));
            if (end)
                break;
            if (const int m = locator.mentionAt(t); m >= 0 && entities.at(locator.mentions()[size_t(m)].entity).type == EntityType::Outlet)
                outlet = true;
            name = t - colon <= 8
                && (tok.capitalized || words.wordIs(t, QLatin1String("and")) || c == QLatin1Char('&') || c == QLatin1Char('/')
                    || c == QLatin1Char('-'));
            last = t;
        }
        if (!name || outlet || last == colon || !context.tokens.at(last).capitalized)
            continue;
        Cited c;
        c.citation.span = spanOf(colon + 1, last);
        c.citation.cue = spanOf(first, colon);
        c.citation.cueText = creditName(phrase);
        c.name = article.textOf(c.citation.span);
        c.kind = SourceKind::Agency;
        c.key = QLatin1String("credit:") + c.name.toLower();
        // "Image: Andy Warhol.": the credited name may be an entity of the article.
        if (const int m = locator.mentionAt(colon + 1); m >= 0 && locator.mentions()[size_t(m)].span == c.citation.span) {
            const Entity &e = entities.at(locator.mentions()[size_t(m)].entity);
            c.entityId = e.id;
            c.name = e.name;
            c.key = e.id;
        }
        cited << std::move(c);
    }

    // One citation per mention: (entity index, mention start) -> index into cited.
    QHash<quint64, int> officialCitation;
    // Officials: organisations that speak, people introduced by an official role.
    for (int i = 0; i < quotes.size(); ++i) {
        const Quote &q = quotes.at(i);
        if (!q.speaker || q.speaker->entityId.isEmpty())
            continue;
        const int ei = locator.entityIndex(q.speaker->entityId);
        const Entity *e = ei >= 0 ? &entities.at(ei) : nullptr;
        if (!e || (e->type != EntityType::Organization && e->type != EntityType::Person))
            continue;
        Span span = q.speaker->span;
        if (e->type == EntityType::Person) {
            int first = context.tokenAt(span.start);
            const int last = context.tokenAt(span.end) - 1;
            bool official = false;
            // The role may be inside the mention or right before it.
            for (int k = last; k >= first - 1 && k >= 0 && !official; --k) {
                const QuoteLexicon::Phrase *phrase = nullptr;
                if (int n = words.matchBackward(k, lexicon.roles, &phrase);
                    n && phrase->values.value(0) == QLatin1String("official")) {
                    official = true;
                    first = std::min(first, k - n + 1);
                }
            }
            if (!official)
                continue;
            while (first - 1 >= 0 && isWord(context, first - 1) && context.tokens.at(first - 1).capitalized)
                --first;
            span = spanOf(first, last);
        }
        Cited c;
        c.key = e->id;
        c.name = e->type == EntityType::Person ? article.textOf(span) : e->name;
        c.kind = SourceKind::Official;
        c.entityId = e->id;
        c.citation.span = span;
        c.citation.cue = q.cue;
        c.citation.cueText = article.textOf(q.cue).toLower();
        c.claims << i;
        // One citation per mention: a second quote by the same mention joins the first.
        const quint64 mentionKey = quint64(quint32(ei)) << 32 | quint32(span.start);
        if (const int existing = officialCitation.value(mentionKey, -1); existing >= 0) {
            cited[existing].claims << i;
        } else {
            officialCitation.insert(mentionKey, int(cited.size()));
            cited << std::move(c);
        }
    }

    // Documents and anonymous sourcing.
    for (int k = words.nextMayStart(0, lexicon.anonymousSources, lexicon.speechNouns); k < tokenCount;
         k = words.nextMayStart(k + 1, lexicon.anonymousSources, lexicon.speechNouns)) {
        if (!isWord(context, k))
            continue;
        // Most words start neither an anonymous phrase nor precede a document noun.
        if (!words.mayStart(k, lexicon.anonymousSources) && !words.mayStart(k + 1, lexicon.speechNouns))
            continue;
        const int block = context.tokens.at(k).block;
        if (block >= 0 && block < article.blocks.size()
            && (article.blocks.at(block).role == BlockRole::Boilerplate || article.blocks.at(block).role == BlockRole::Tags))
            continue;
        const QuoteLexicon::Phrase *phrase = nullptr;
        if (int n = words.matchForward(k, lexicon.anonymousSources, &phrase, 1)) {
            Cited c;
            c.key = QLatin1String("anonymous:") + phrase->values.value(0);
            c.name = phrase->values.value(0);
            c.kind = SourceKind::Anonymous;
            c.citation.span = spanOf(k, k + n - 1);
            c.citation.cueText = phrase->words.join(QLatin1Char(' '));
            if (words.verb(k + n - 1))
                c.citation.cue = context.tokens.at(k + n - 1).span;
            const Span phraseSpan = c.citation.span;
            c.claims = quotesIn(sentenceOf(phraseSpan.start), [&](const Quote &q) {
                return (q.speaker && q.speaker->span.overlaps(phraseSpan)) || (q.cue.isValid() && q.cue.overlaps(phraseSpan));
            });
            cited << std::move(c);
            k += n - 1;
            continue;
        }
        // A document noun after a determiner ("the report", "a letter"); the noun first, as few words start one.
        const int n = words.matchForward(k + 1, lexicon.speechNouns, &phrase);
        if (!n || phrase->values.value(0) != QLatin1String("document"))
            continue;
        auto isWordOf = [&](const char *w) { return words.is(k, QLatin1String(w)); };
        if (!isWordOf("a") && !isWordOf("an") && !isWordOf("the") && !isWordOf("his") && !isWordOf("her") && !isWordOf("its")
            && !isWordOf("their"))
            continue;
        const int nounLast = k + n;
        const QString noun = phrase->words.join(QLatin1Char(' '));
        const QString next = QuoteLexicon::word(context, nounLast + 1);
        Cited c;
        c.kind = SourceKind::Document;
        c.citation.cue = spanOf(k + 1, nounLast);
        c.citation.cueText = noun;
        if (next == QLatin1String("from") || next == QLatin1String("by")) {
            const auto author = locator.after(nounLast + 1);
            if (!author)
                continue;
            const Speaker s = locator.speaker(*author);
            c.name = noun + QLatin1Char(' ') + next + QLatin1Char(' ') + s.name;
            c.citation.span = Span(context.tokens.at(k).span.start, author->span.end);
        } else if (words.wordIs(k - 1, QLatin1String("in"))) {
            c.name = noun;
            c.citation.span = spanOf(k, nounLast);
            const Span sentence = sentenceOf(c.citation.span.start);
            c.claims = quotesIn(sentence, [](const Quote &) { return true; });
        } else {
            continue;
        }
        c.key = QLatin1String("document:") + c.name.toLower();
        cited << std::move(c);
    }

    std::stable_sort(cited.begin(), cited.end(), [](const Cited &a, const Cited &b) { return a.citation.span < b.citation.span; });
    QList<Source> sources;
    QHash<QString, int> byKey;
    for (Cited &c : cited) {
        int index = byKey.value(c.key, -1);
        if (index < 0) {
            index = int(sources.size());
            byKey.insert(c.key, index);
            Source s;
            s.id = QLatin1Char('s') + QString::number(index + 1);
            s.name = c.name;
            s.kind = c.kind;
            s.entityId = c.entityId;
            sources << std::move(s);
        } else if (c.kind == SourceKind::Agency && sources[index].kind == SourceKind::Outlet) {
            sources[index].kind = SourceKind::Agency;
        }
        for (int q : c.claims)
            c.citation.claims << quotes.at(q).id;
        sources[index].citations << std::move(c.citation); // the passes below read only key, through and claims
    }
    // Outlets a quote came through first, then the source that speaks it.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Cited &c : cited) {
            if ((pass == 0) != c.through)
                continue;
            const QString id = sources.at(byKey.value(c.key)).id;
            for (int q : c.claims) {
                if (quotes[q].sourceId.isEmpty())
                    quotes[q].sourceId = id;
            }
        }
    }
    context.result.sources = std::move(sources);
}

} // namespace Byline
