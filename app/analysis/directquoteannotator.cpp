// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directquoteannotator.h"

#include "analysiscontext.h"
#include "quotelexicon.h"
#include "speakerlocator.h"

#include <algorithm>

namespace Byline {

DirectQuoteAnnotator::DirectQuoteAnnotator(const Resources &resources)
    : DirectQuoteAnnotator(resources, std::make_shared<const QuoteLexicon>(resources))
{
}

DirectQuoteAnnotator::DirectQuoteAnnotator(const Resources &resources, std::shared_ptr<const QuoteLexicon> lexicon)
    : m_lexicon(std::move(lexicon))
    , m_finder(resources)
{
}

namespace {

struct Cue
{
    int first = -1;
    int last = -1;
    bool isValid() const { return first >= 0; }
};

bool isPunct(const AnalysisContext &context, int token, QLatin1Char c)
{
    if (token < 0 || token >= context.tokens.size())
        return false;
    const Token &t = context.tokens.at(token);
    return t.kind != Token::Word && t.kind != Token::Number && t.span.length() == 1 && context.text.at(t.span.start) == c;
}

bool isWord(const AnalysisContext &context, int token)
{
    return token >= 0 && token < context.tokens.size() && context.tokens.at(token).kind == Token::Word;
}

// The verb of characterisation whose object the quote is ('Dewar called the plan "a disgrace"', 'she
// described it as "reckless"') when a speaker is its subject, else -1: 'a print called "Cowboys and
// Indians"' names a title. At most seven words between verb and quote, no punctuation but apostrophes.
int characterisationVerb(const AnalysisContext &context, const SpeakerLocator &locator, int beforeTok, int sentenceStart)
{
    const QuoteTokens &words = locator.tokens();
    bool sawAs = false;
    for (int k = beforeTok; k >= 0 && k > beforeTok - 8 && context.tokens.at(k).span.start >= sentenceStart; --k) {
        const Token &t = context.tokens.at(k);
        if (t.kind != Token::Word) {
            const QChar c = context.text.at(t.span.start);
            if (t.span.length() == 1 && (c == QLatin1Char('\'') || c == QChar(0x2019)))
                continue;
            return -1;
        }
        bool needsAs = false;
        if (words.isCharacterisationVerb(k, &needsAs)) {
            if (needsAs && !sawAs)
                return -1;
            // "he was called "a traitor"": the subject is the one characterised, not the speaker.
            for (const char *passive : {"was", "were", "is", "are", "be", "been", "being", "got", "get"}) {
                if (words.wordIs(k - 1, QLatin1String(passive)))
                    return -1;
            }
            const auto subject = locator.before(k);
            return subject && subject->kind != SpeakerCandidate::Text ? k : -1;
        }
        if (words.verb(k))
            return -1;
        sawAs = sawAs || words.is(k, QLatin1String("as"));
    }
    return -1;
}

} // namespace

void DirectQuoteAnnotator::annotate(AnalysisContext &context) const
{
    const SpeakerLocator &locator = SpeakerLocator::forContext(context, m_lexicon);
    const QuoteTokens &quoteTokens = locator.tokens();
    const QuoteLexicon &lexicon = *m_lexicon;
    const QList<QuotedSpan> found = m_finder.find(context.article);
    QList<QuotedSpan> outer;
    for (const QuotedSpan &qs : found) {
        if (qs.depth == 0)
            outer << qs;
    }
    // Outermost quotes do not overlap and are sorted, so the one before pos is the only candidate.
    auto insideOtherQuote = [&](int pos, const QuotedSpan &self) {
        auto it = std::upper_bound(outer.cbegin(), outer.cend(), pos, [](int p, const QuotedSpan &q) { return p < q.open; });
        if (it == outer.cbegin())
            return false;
        --it;
        return it->open != self.open && pos > it->open && pos < it->close;
    };
    const QString &text = context.text;
    const int tokenCount = int(context.tokens.size());
    QList<Quote> quotes;
    for (const QuotedSpan &qs : outer) {
        if (context.isBoilerplate(qs.open))
            continue;
        const int blockIndex = context.article.blockAt(qs.open);
        const Block block = blockIndex >= 0 ? context.article.blocks.at(blockIndex) : Block();
        const int innerFirst = context.tokenAt(qs.inner.start);
        int words = 0;
        for (int t = innerFirst; t < tokenCount && context.tokens.at(t).span.end <= qs.inner.end; ++t)
            words += context.tokens.at(t).kind == Token::Word ? 1 : 0;
        QChar firstLetter;
        for (int i = qs.inner.start; i < qs.inner.end && firstLetter.isNull(); ++i) {
            if (text.at(i).isLetterOrNumber())
                firstLetter = text.at(i);
        }
        const bool upper = firstLetter.isUpper() || firstLetter.isDigit();
        const QChar lastInner = text.at(qs.inner.end - 1);
        const QChar afterClose = qs.close + 1 < text.size() ? text.at(qs.close + 1) : QChar(QLatin1Char('\n'));
        const int afterTok = context.tokenAt(qs.close + 1);
        const int beforeTok = context.tokenAt(qs.open) - 1;
        const int closeSentence = context.sentenceAt(qs.close);
        const int sentenceEnd = closeSentence >= 0 ? context.sentences.at(closeSentence).end : block.range.end;
        const int openSentence = context.sentenceAt(qs.open);
        const int sentenceStart = openSentence >= 0 ? context.sentences.at(openSentence).start : block.range.start;

        const bool closedBySentencePunct = QStringLiteral(".!?,;\u2026").contains(lastInner);
        if (const int verb = characterisationVerb(context, locator, beforeTok, sentenceStart); verb >= 0) {
            Quote q;
            q.span = qs.inner;
            q.kind = QuoteKind::Partial;
            q.cue = context.tokens.at(verb).span;
            q.rule = QStringLiteral("direct:characterisation");
            quotes << q;
            continue;
        }
        // 'the so-called "peace dividend"', 'a film titled "…"': a term or title, whatever follows.
        if (beforeTok >= 0 && context.tokens.at(beforeTok).span.start >= sentenceStart && quoteTokens.isTermCue(beforeTok))
            continue;

        Cue cue;
        QString rule;
        // "…," X said / "…", said X / "…", according to X
        {
            int k = afterTok;
            // Without a comma or closing punctuation the quote must be followed by its speaker and verb:
            // in '"peace dividend" never arrived, critics say' the quoted words are the subject.
            const bool attached = closedBySentencePunct || isPunct(context, k, QLatin1Char(','));
            if (isPunct(context, k, QLatin1Char(',')))
                ++k;
            const int speakerFirst = k;
            for (int n = 0; k < tokenCount && context.tokens.at(k).span.start < sentenceEnd && n < 8; ++k, ++n) {
                if (isWord(context, k) && quoteTokens.wordIs(k, QLatin1String("according")) && quoteTokens.wordIs(k + 1, QLatin1String("to"))) {
                    if (attached || k == speakerFirst)
                        cue = Cue{k, k + 1};
                    break;
                }
                if (quoteTokens.verb(k)) {
                    const auto subject = attached || k == speakerFirst ? std::optional<SpeakerCandidate>() : locator.before(k);
                    if (attached || k == speakerFirst || (subject && subject->span.start == context.tokens.at(speakerFirst).span.start))
                        cue = Cue{k, k};
                    break;
                }
                if (!isWord(context, k) && !isPunct(context, k, QLatin1Char(',')))
                    break;
            }
            if (cue.isValid())
                rule = QStringLiteral("direct:cue-after");
        }
        // X said, "…" / X said: "…" / he replied "…"
        if (!cue.isValid()) {
            int k = beforeTok;
            if (isPunct(context, k, QLatin1Char(',')) || isPunct(context, k, QLatin1Char(':')))
                --k;
            if (k >= 0 && context.tokens.at(k).span.start >= block.range.start && quoteTokens.verb(k)) {
                cue = Cue{k, k};
                rule = QStringLiteral("direct:cue-before");
            }
        }
        const bool adjacent = cue.isValid();
        if (!adjacent) {
            if (block.role != BlockRole::Paragraph && block.role != BlockRole::BlockQuote && block.role != BlockRole::ListItem)
                continue;
            // An article title followed by its outlet: "…" — CBC.ca
            int a = qs.close + 1;
            while (a < block.range.end && text.at(a) == QLatin1Char(' '))
                ++a;
            if (a < block.range.end && (text.at(a) == QChar(0x2014) || text.at(a) == QChar(0x2013) || text.at(a) == QLatin1Char('-')))
                continue;
            bool titleCase = words >= 2;
            for (int t = innerFirst; titleCase && t < tokenCount && context.tokens.at(t).span.end <= qs.inner.end; ++t) {
                const Token &tok = context.tokens.at(t);
                if (tok.kind == Token::Word && tok.span.length() > 4 && !tok.capitalized)
                    titleCase = false;
            }
            if (titleCase && !closedBySentencePunct)
                continue;
            // The nearest reporting verb with a speaker, or speech noun, earlier in the sentence, at most
            // 60 tokens back: a "sentence" of 10,000 quotes without a full stop made this quadratic.
            for (int k = beforeTok; k >= 0 && k > beforeTok - 60 && context.tokens.at(k).span.start >= sentenceStart; --k) {
                if (insideOtherQuote(context.tokens.at(k).span.start, qs))
                    continue;
                if (quoteTokens.verb(k) && (locator.before(k) || locator.after(k))) {
                    cue = Cue{k, k};
                    break;
                }
                if (int n = quoteTokens.matchBackward(k, lexicon.speechNouns);
                    n
                    && (quoteTokens.wordIs(k + 1, QLatin1String("of")) || quoteTokens.wordIs(k + 1, QLatin1String("from"))
                        || quoteTokens.wordIs(k + 1, QLatin1String("by")))) {
                    cue = Cue{k - n + 1, k};
                    break;
                }
            }
            const bool sentenceLike = upper && words >= 3
                && (closedBySentencePunct || QStringLiteral(".!?,;").contains(afterClose) || qs.close + 1 >= block.range.end
                    || beforeTok < 0 || context.tokens.at(beforeTok).span.end <= sentenceStart);
            if (sentenceLike)
                rule = cue.isValid() ? QStringLiteral("direct:cue-in-sentence") : QStringLiteral("direct:sentence");
            else if (cue.isValid() && words >= 2)
                rule = QStringLiteral("direct:cue-in-sentence");
            else
                continue;
        }
        Quote q;
        q.span = qs.inner;
        q.kind = upper ? QuoteKind::Direct : QuoteKind::Partial;
        if (cue.isValid())
            q.cue = Span(context.tokens.at(cue.first).span.start, context.tokens.at(cue.last).span.end);
        q.rule = rule;
        quotes << q;
    }
    context.result.quotes << quotes;
    QuoteLexicon::renumber(context.result.quotes);
}

} // namespace Byline
