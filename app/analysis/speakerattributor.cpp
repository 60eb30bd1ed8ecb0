// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerattributor.h"

#include "analysiscontext.h"
#include "quotelexicon.h"
#include "speakerlocator.h"

#include <algorithm>

namespace Byline {

SpeakerAttributor::SpeakerAttributor(const Resources &resources)
    : SpeakerAttributor(std::make_shared<const QuoteLexicon>(resources))
{
}

SpeakerAttributor::SpeakerAttributor(std::shared_ptr<const QuoteLexicon> lexicon)
    : m_lexicon(std::move(lexicon))
{
}

void SpeakerAttributor::annotate(AnalysisContext &context) const
{
    const SpeakerLocator &locator = SpeakerLocator::forContext(context, m_lexicon);
    const QuoteTokens &words = locator.tokens();
    QList<Quote> &quotes = context.result.quotes;
    QuoteLexicon::renumber(quotes);
    const Article &article = context.article;

    // The last speaker that is an entity, for pronouns: "… Raisinghani told CBC News …. "…," she said."
    int lastSpeaker = -1;
    int lastSpeakerBlock = -1;
    // Sieves 1 and 2: the speaker next to the cue, pronouns and roles resolved.
    for (Quote &q : quotes) {
        if (q.speaker && !q.speaker->entityId.isEmpty()) {
            lastSpeaker = locator.entityIndex(q.speaker->entityId);
            lastSpeakerBlock = article.blockAt(q.span.start);
        }
        if (q.speaker || !q.cue.isValid())
            continue;
        const int cueFirst = context.tokenAt(q.cue.start);
        const int cueLast = context.tokenAt(q.cue.end) - 1;
        const bool according = words.wordIs(cueFirst, QLatin1String("according"));
        const bool noun = !words.verb(cueFirst) && words.matchForward(cueFirst, m_lexicon->speechNouns);
        // "one witness told AFP": whoever follows "told" is the addressee, never the speaker.
        const QuoteLexicon::Verb *verb = words.verb(cueFirst);
        const bool speakerMayFollow = !verb || !verb->takesAddressee;
        std::optional<SpeakerCandidate> c;
        if (according || noun) {
            int k = cueLast;
            if (words.wordIs(k + 1, QLatin1String("of")) || words.wordIs(k + 1, QLatin1String("from"))
                || words.wordIs(k + 1, QLatin1String("by")))
                ++k;
            c = locator.after(k);
        } else if (q.span.end <= q.cue.start) {
            c = locator.before(cueFirst);
            if (!c || c->span.start < q.span.end)
                c = speakerMayFollow ? locator.after(cueLast) : std::nullopt;
        } else {
            c = locator.before(cueFirst);
            if (!c && speakerMayFollow)
                c = locator.after(cueLast);
        }
        if (!c)
            continue;
        q.speaker = locator.speaker(*c, q.span);
        // A pronoun refers to the previous speaker of this or the last paragraph before any other mention.
        if (c->kind == SpeakerCandidate::Pronoun && lastSpeaker >= 0 && lastSpeakerBlock >= article.blockAt(q.span.start) - 1
            && c->types.contains(entityTypeName(context.result.entities.at(lastSpeaker).type)) && locator.genderAllows(*c, lastSpeaker)
            && !locator.mentionedIn(lastSpeaker, q.span)) {
            q.speaker->entityId = context.result.entities.at(lastSpeaker).id;
            q.speaker->name = context.result.entities.at(lastSpeaker).name;
        }
        if (!q.speaker->entityId.isEmpty()) {
            lastSpeaker = locator.entityIndex(q.speaker->entityId);
            lastSpeakerBlock = article.blockAt(q.span.start);
        }
        const bool resolved = (c->kind == SpeakerCandidate::Pronoun || c->kind == SpeakerCandidate::Role) && !q.speaker->entityId.isEmpty();
        q.rule += resolved ? QStringLiteral("+resolved") : QStringLiteral("+cue");
    }

    auto blockOf = [&](const Quote &q) { return article.blockAt(q.span.start); };
    // Sieve 3: another quote of the same sentence (quotes are sorted, so it is a neighbour).
    for (int i = 0; i < quotes.size(); ++i) {
        Quote &q = quotes[i];
        if (q.speaker)
            continue;
        const int firstSentence = context.sentenceAt(q.span.start);
        const int lastSentence = context.sentenceAt(q.span.end - 1);
        if (firstSentence < 0 || lastSentence < 0)
            continue;
        const Span region(context.sentences.at(firstSentence).start, context.sentences.at(lastSentence).end);
        const Quote *other = nullptr;
        // At most 16 quotes either way: one "sentence" of 10,000 quotes made this quadratic.
        for (int j = i - 1; j >= 0 && j >= i - 16 && !other && quotes.at(j).span.end > region.start; --j)
            other = quotes.at(j).speaker && quotes.at(j).span.overlaps(region) ? &quotes.at(j) : nullptr;
        for (int j = i + 1; j < quotes.size() && j <= i + 16 && !other && quotes.at(j).span.start < region.end; ++j)
            other = quotes.at(j).speaker ? &quotes.at(j) : nullptr;
        if (other) {
            q.speaker = other->speaker;
            q.rule += QStringLiteral("+sentence");
        }
    }
    // Sieves 4 and 5: the paragraph before continued, the nearest earlier speaker in the paragraph.
    for (int i = 0; i < quotes.size(); ++i) {
        Quote &q = quotes[i];
        if (q.speaker)
            continue;
        const int block = blockOf(q);
        if (block < 0)
            continue;
        const Span range = article.blocks.at(block).range;
        const bool opensParagraph = q.span.start - range.start <= 1 && q.kind != QuoteKind::Indirect;
        for (int j = i - 1; j >= 0 && j >= i - 16; --j) { // 16 back: thousands of quotes in a paragraph made it quadratic
            const Quote &o = quotes.at(j);
            const int ob = blockOf(o);
            if (ob == block && o.speaker) {
                q.speaker = o.speaker;
                q.rule += QStringLiteral("+paragraph");
                break;
            }
            if (ob != block) {
                if (opensParagraph && ob == block - 1 && o.speaker) {
                    q.speaker = o.speaker;
                    q.rule += QStringLiteral("+continuation");
                }
                break;
            }
        }
    }
    // Sieve 6: the nearest preceding person named in the paragraph.
    const auto &mentions = locator.mentions();
    for (Quote &q : quotes) {
        if (q.speaker)
            continue;
        const int block = blockOf(q);
        if (block < 0)
            continue;
        const Span range = article.blocks.at(block).range;
        auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), q.span.start,
                                   [](const SpeakerLocator::MentionRef &m, int pos) { return m.span.start < pos; });
        for (int looked = 0; it != mentions.cbegin() && looked < 500; ++looked) { // as SpeakerLocator::resolve
            --it;
            if (it->span.end > q.span.start - 1)
                continue;
            if (it->span.start < range.start)
                break;
            const Entity &e = context.result.entities.at(it->entity);
            if (e.type != EntityType::Person)
                continue;
            q.speaker = Speaker{e.id, e.name, it->span};
            q.rule += QStringLiteral("+nearest-person");
            break;
        }
    }
}

} // namespace Byline
