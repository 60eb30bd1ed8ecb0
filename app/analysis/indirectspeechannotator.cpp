// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indirectspeechannotator.h"

#include "analysiscontext.h"
#include "quotelexicon.h"
#include "speakerlocator.h"

#include <QSet>

#include <algorithm>

namespace Byline {

IndirectSpeechAnnotator::IndirectSpeechAnnotator(const Resources &resources)
    : IndirectSpeechAnnotator(std::make_shared<const QuoteLexicon>(resources))
{
}

IndirectSpeechAnnotator::IndirectSpeechAnnotator(std::shared_ptr<const QuoteLexicon> lexicon)
    : m_lexicon(std::move(lexicon))
{
}

namespace {

/** A word for QuoteTokens::wordIsOneOf(), its length known at compile time. */
constexpr QLatin1String operator""_w(const char *word, std::size_t length)
{
    return QLatin1String(word, int(length));
}

bool isPunctChar(const AnalysisContext &context, int token, const QString &chars)
{
    if (token < 0 || token >= context.tokens.size())
        return false;
    const Token &t = context.tokens.at(token);
    return t.kind != Token::Word && t.kind != Token::Number && t.span.length() == 1 && chars.contains(context.text.at(t.span.start));
}

bool isWord(const AnalysisContext &context, int token)
{
    return token >= 0 && token < context.tokens.size() && context.tokens.at(token).kind == Token::Word;
}

} // namespace

void IndirectSpeechAnnotator::annotate(AnalysisContext &context) const
{
    const SpeakerLocator &locator = SpeakerLocator::forContext(context, m_lexicon);
    const QuoteTokens &words = locator.tokens();
    auto is = [&](int token, const char *word) { return words.is(token, QLatin1String(word)); };
    // QuoteLexicon::word(token) is one of list.
    auto wordIsOneOf = [&](int token, std::initializer_list<QLatin1String> list) { return words.wordIsOneOf(token, list); };
    // The direct quotes are sorted and do not overlap: look up by binary search.
    const QList<Quote> direct = context.result.quotes;
    QSet<int> directCues;
    // A partial quote inside reported speech leaves the reported clause to this annotator.
    for (const Quote &q : direct) {
        if (q.cue.isValid() && q.kind == QuoteKind::Direct)
            directCues.insert(q.cue.start);
    }
    auto inDirect = [&](Span s, bool partialToo = true) {
        auto it = std::lower_bound(direct.cbegin(), direct.cend(), s.end + 1, [](const Quote &q, int pos) { return q.span.start < pos; });
        for (int n = 0; n < 2 && it != direct.cbegin(); ++n) {
            --it;
            // Marks sit just outside the span.
            if ((partialToo || it->kind == QuoteKind::Direct) && Span(it->span.start - 1, it->span.end + 1).overlaps(s))
                return true;
        }
        return false;
    };
    auto isDirectCue = [&](Span cue) { return directCues.contains(cue.start); };
    const QString quoteMarks = QStringLiteral("\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019'");
    const int tokenCount = int(context.tokens.size());
    QList<Quote> found;
    int cursor = 0;
    int previousEnd = 0; // the last sentence's end and one past its last token
    int previousLast = 0;
    for (const Span sentence : context.sentences) {
        // Sentences are in text order: walk the tokens with a cursor instead of searching, on from the
        // last sentence's tokens when this one starts after it.
        if (sentence.start >= previousEnd)
            cursor = std::max(cursor, previousLast);
        while (cursor < tokenCount && context.tokens.at(cursor).span.end <= sentence.start)
            ++cursor;
        const int first = cursor;
        int last = first;
        // The first "according to" with "to" inside the sentence, found on the way.
        int according = -1;
        for (; last < tokenCount && context.tokens.at(last).span.end <= sentence.end; ++last) {
            if (according < 0 && context.tokens.at(last).span.length() == 9 && last + 1 < tokenCount
                && context.tokens.at(last + 1).span.end <= sentence.end && is(last, "according") && is(last + 1, "to"))
                according = last;
        }
        previousEnd = sentence.end;
        previousLast = last;
        --last;
        if (context.isBoilerplate(sentence.start))
            continue;
        if (last >= tokenCount)
            last = tokenCount - 1;
        // Content ends before the final punctuation and before ", according to X".
        int contentEnd = last;
        while (contentEnd >= first && !isWord(context, contentEnd) && context.tokens.at(contentEnd).kind != Token::Number)
            --contentEnd;
        // A partial quote may sit inside a reported clause, not inside a clause before "according to".
        auto add = [&](Span content, Span cue, const QString &rule) {
            if (content.isEmpty() || inDirect(content, rule == QLatin1String("indirect:according-to")))
                return;
            Quote q;
            q.span = content;
            q.kind = QuoteKind::Indirect;
            q.cue = cue;
            q.rule = rule;
            found << q;
        };
        auto spanOf = [&](int a, int b) { return Span(context.tokens.at(a).span.start, context.tokens.at(b).span.end); };
        bool sentenceHasQuote = false;
        if (according >= 0) {
            // According to X, … (anywhere in the sentence: "which, according to AFP, the UN criticised")
            const Span cue = spanOf(according, according + 1);
            const auto source = locator.after(according + 1);
            int comma = according + 2;
            while (comma <= last && comma - according < 12 && !isPunctChar(context, comma, QStringLiteral(",")))
                ++comma;
            // After a comma the content is before ("…, according to X, a curator."), unless the clause
            // before is only a relative pronoun or conjunction ("which, according to AFP, the UN …").
            const bool contentAfter = according <= first + 1 || !isPunctChar(context, according - 1, QStringLiteral(","))
                || wordIsOneOf(according - 2, {"which"_w, "who"_w, "that"_w, "and"_w, "but"_w});
            if (contentAfter && source && comma < contentEnd && comma - according < 12
                && context.tokens.at(comma).span.start >= source->span.end) {
                add(spanOf(comma + 1, contentEnd), cue, QStringLiteral("indirect:according-to"));
                sentenceHasQuote = true;
            }
        }
        for (int k = words.nextMayBeVerb(first, last + 1); k <= last; k = words.nextMayBeVerb(k + 1, last + 1)) {
            const QuoteLexicon::Verb *verb = words.verb(k);
            if (!verb)
                continue;
            const Span cue = context.tokens.at(k).span;
            if (inDirect(cue) || isDirectCue(cue))
                continue;
            // "…, adding the words": a participle after a comma shares the main clause's subject.
            const bool participle = words.wordEndsWith(k, QLatin1String("ing"));
            if (isPunctChar(context, k - 1, QStringLiteral(",")) && participle)
                continue;
            // "the number of people claiming benefits rose": a participle after a noun reports only with "that".
            if (participle && !is(k + 1, "that"))
                continue;
            if (k > first
                && wordIsOneOf(k - 1, {"was"_w, "were"_w, "been"_w, "be"_w, "being"_w, "is"_w, "are"_w, "to"_w, "the"_w, "a"_w,
                                       "an"_w, "this"_w, "its"_w, "his"_w, "her"_w, "their"_w}))
                continue;
            bool atEnd = k + 1 > contentEnd || isPunctChar(context, k + 1, QStringLiteral(".!?;")) || (k + 1 == according);
            if (!atEnd && words.isTrailingPreposition(k + 1) && contentEnd - k <= 6) {
                // "…, she said in a statement." / "…, he told reporters on Monday.": no clause follows.
                atEnd = true;
                for (int j = k + 1; j <= contentEnd && atEnd; ++j)
                    atEnd = !is(j, "that") && !words.verb(j);
            }
            const auto subject = locator.before(k);
            // "…, X said." / "…, said X."
            if (atEnd) {
                int comma = -1;
                if (subject) {
                    const int s = context.tokenAt(subject->span.start);
                    if (isPunctChar(context, s - 1, QStringLiteral(",")))
                        comma = s - 1;
                }
                if (comma > first) {
                    add(spanOf(first, comma - 1), cue, QStringLiteral("indirect:clause-before"));
                    sentenceHasQuote = true;
                }
                continue;
            }
            // (k - 2 >= first: a sentence that opens with ", said X" has no clause before the comma)
            if (k - 2 >= first && isPunctChar(context, k - 1, QStringLiteral(",")) && locator.after(k)) {
                // "…, said X." with X then the end of the sentence
                const auto object = locator.after(k);
                const int objectLast = context.tokenAt(object->span.end) - 1;
                if (objectLast + 1 > contentEnd || isPunctChar(context, objectLast + 1, QStringLiteral(".!?,"))) {
                    add(spanOf(first, k - 2), cue, QStringLiteral("indirect:clause-before"));
                    sentenceHasQuote = true;
                    continue;
                }
            }
            if (!subject)
                continue;
            // X said (that) … / X urged Y to … / X asked Y how …
            int start = k + 1;
            if (isPunctChar(context, start, quoteMarks) || isPunctChar(context, start, QStringLiteral(",:")))
                continue;
            bool clause = false;
            for (int j = start; j <= contentEnd && j < start + 8; ++j) {
                if (wordIsOneOf(j, {"that"_w, "to"_w, "how"_w, "what"_w, "why"_w, "whether"_w, "if"_w, "when"_w, "where"_w})) {
                    clause = true;
                    break;
                }
            }
            if (verb->takesObject && !clause)
                continue;
            if (verb->takesAddressee && !is(start, "that")) {
                // "told CBC News (that) the department will…": skip the addressee.
                const int m = locator.mentionAt(start);
                if (m >= 0)
                    start = context.tokenAt(locator.mentions()[size_t(m)].span.end);
                else if (wordIsOneOf(start, {"reporters"_w}) || !words.pronounTypes(start).isEmpty() || wordIsOneOf(start, {"him"_w, "them"_w}))
                    ++start;
                else
                    continue;
            }
            // "said Tuesday that …", "told reporters on Monday that …"
            for (int j = start; j <= contentEnd && j < start + 5; ++j) {
                if (!isWord(context, j) && context.tokens.at(j).kind != Token::Number)
                    break;
                if (is(j, "that")) {
                    start = j;
                    break;
                }
            }
            // The complementizer belongs to the reported clause ("said that the meeting …"), as PARC 3.0 and
            // GUM's eRST mark content; checks on the clause itself start after it.
            const int complementizer = is(start, "that") ? start : -1;
            if (complementizer >= 0)
                ++start;
            while (start <= contentEnd && isPunctChar(context, start, QStringLiteral(",")))
                ++start;
            int end = contentEnd;
            if (according > k) {
                end = according - 1;
                while (end > start && !isWord(context, end) && context.tokens.at(end).kind != Token::Number)
                    --end;
            }
            if (end - start < 2)
                continue;
            // A direct quote inside the reported clause belongs to the direct quote.
            bool quoted = false;
            for (int j = start; j <= end && !quoted; ++j)
                quoted = isPunctChar(context, j, quoteMarks) && inDirect(context.tokens.at(j).span, false);
            if (quoted)
                continue;
            // "said that \"…\"": when the quoted words are the whole reported clause, the partial quote is it.
            const Span content = spanOf(start, end);
            // Sorted and not overlapping: only the last quote starting by content.start + 1 can cover it
            // (scanning them all made a long article quadratic).
            auto covering = std::upper_bound(direct.cbegin(), direct.cend(), content.start + 1,
                                             [](int pos, const Quote &q) { return pos < q.span.start; });
            const bool allQuoted = covering != direct.cbegin() && std::prev(covering)->kind == QuoteKind::Partial
                && std::prev(covering)->span.start - 1 <= content.start && std::prev(covering)->span.end + 1 >= content.end;
            if (allQuoted)
                continue;
            add(complementizer >= 0 ? spanOf(complementizer, end) : content, cue, QStringLiteral("indirect:that-clause"));
            sentenceHasQuote = true;
            break; // one reported clause per verb chain: the first verb governs the rest of the sentence
        }
        // …, according to X.
        if (according > first && !sentenceHasQuote) {
            int comma = according - 1;
            if (isPunctChar(context, comma, QStringLiteral(",")) && comma > first && locator.after(according + 1))
                add(spanOf(first, comma - 1), spanOf(according, according + 1), QStringLiteral("indirect:according-to"));
        }
    }
    context.result.quotes << found;
    QuoteLexicon::renumber(context.result.quotes);
}

} // namespace Byline
