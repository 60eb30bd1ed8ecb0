// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerlocator.h"

#include "analysiscontext.h"
#include "quotelexicon.h"

#include <algorithm>

namespace Byline {

SpeakerLocator::SpeakerLocator(const AnalysisContext &context, std::shared_ptr<const QuoteLexicon> lexicon)
    : m_context(context)
    , m_lexiconOwner(std::move(lexicon))
    , m_lexicon(*m_lexiconOwner)
    , m_tokens(context, m_lexicon)
    , m_entityCount(int(context.result.entities.size()))
    , m_mentionAtToken(size_t(context.tokens.size()), -1)
{
    const QList<Entity> &entities = context.result.entities;
    for (int e = 0; e < entities.size() && m_idsAreIndexes; ++e)
        m_idsAreIndexes = QuoteLexicon::isNumberedId(entities.at(e).id, QLatin1Char('e'), e + 1);
    if (!m_idsAreIndexes) {
        for (int e = 0; e < entities.size(); ++e)
            m_entityIndex.insert(entities.at(e).id, e);
    }
    size_t mentionCount = 0;
    for (const Entity &e : entities)
        mentionCount += size_t(e.mentions.size());
    m_mentions.reserve(mentionCount);
    for (int e = 0; e < entities.size(); ++e) {
        for (const Mention &m : entities.at(e).mentions)
            m_mentions.push_back(MentionRef{m.span, e, m.kind});
    }
    std::sort(m_mentions.begin(), m_mentions.end(), [](const MentionRef &a, const MentionRef &b) { return a.span < b.span; });
    // Mentions are sorted by start: one cursor walks the tokens (a binary search per mention costs more).
    int cursor = 0;
    const int tokenCount = int(context.tokens.size());
    for (int i = 0; i < int(m_mentions.size()); ++i) {
        const Span s = m_mentions[size_t(i)].span;
        while (cursor < tokenCount && context.tokens.at(cursor).span.end <= s.start)
            ++cursor;
        for (int t = cursor; t < tokenCount && context.tokens.at(t).span.start < s.end; ++t) {
            int &slot = m_mentionAtToken[size_t(t)];
            if (slot < 0 || m_mentions[size_t(slot)].span.length() < s.length())
                slot = i;
        }
    }
}

const SpeakerLocator &SpeakerLocator::forContext(AnalysisContext &context, const std::shared_ptr<const QuoteLexicon> &lexicon)
{
    std::shared_ptr<const SpeakerLocator> &shared = context.speakerLocator;
    if (!shared || shared->m_lexiconOwner != lexicon || shared->m_mentionAtToken.size() != size_t(context.tokens.size())
        || shared->m_entityCount != context.result.entities.size())
        shared = std::make_shared<const SpeakerLocator>(context, lexicon);
    return *shared;
}

int SpeakerLocator::entityIndex(const QString &id) const
{
    if (!m_idsAreIndexes)
        return m_entityIndex.value(id, -1);
    // "e" and the index + 1 without a leading zero; the id compared in full then settles it.
    if (id.size() < 2 || id.size() > 10 || id.at(0) != QLatin1Char('e'))
        return -1;
    int n = 0;
    for (qsizetype i = 1; i < id.size(); ++i) {
        const char16_t u = id.at(i).unicode();
        if (u < u'0' || u > u'9')
            return -1;
        n = n * 10 + (u - u'0');
    }
    return n >= 1 && n <= m_entityCount && m_context.result.entities.at(n - 1).id == id ? n - 1 : -1;
}

int SpeakerLocator::mentionAt(int token) const
{
    return token >= 0 && token < int(m_mentionAtToken.size()) ? m_mentionAtToken[size_t(token)] : -1;
}

int SpeakerLocator::sentenceFirstToken(int token) const
{
    const int s = m_context.sentenceAt(m_context.tokens.at(token).span.start);
    return s < 0 ? token : m_context.tokenAt(m_context.sentences.at(s).start);
}

int SpeakerLocator::sentenceLastToken(int token) const
{
    const int s = m_context.sentenceAt(m_context.tokens.at(token).span.start);
    return s < 0 ? token : m_context.tokenAt(m_context.sentences.at(s).end - 1);
}

static bool isPunct(const AnalysisContext &context, int token, QChar c)
{
    const Token &t = context.tokens.at(token);
    return t.kind == Token::Punctuation && t.span.length() == 1 && context.text.at(t.span.start) == c;
}

static bool isWord(const AnalysisContext &context, int token)
{
    return token >= 0 && token < context.tokens.size() && context.tokens.at(token).kind == Token::Word;
}

SpeakerCandidate SpeakerLocator::entityCandidate(const MentionRef &mention, int firstToken) const
{
    SpeakerCandidate c;
    c.kind = SpeakerCandidate::Entity;
    c.span = mention.span;
    c.entity = mention.entity;
    if (m_context.result.entities.at(mention.entity).type != EntityType::Person)
        return c;
    const int nameFirst = m_context.tokenAt(mention.span.start);
    const int n = nameFirst - 1 >= firstToken ? m_tokens.matchBackward(nameFirst - 1, m_lexicon.roles) : 0;
    int start = nameFirst - n;
    if (!n || start < firstToken)
        return c;
    for (int k = start - 1; k >= firstToken && k >= nameFirst - n - 3 && isWord(m_context, k) && m_context.tokens.at(k).capitalized
         && !m_tokens.verb(k) && !m_tokens.isModifier(k);
         --k)
        start = k;
    c.span = Span(m_context.tokens.at(start).span.start, mention.span.end);
    return c;
}

std::optional<SpeakerCandidate> SpeakerLocator::endingAt(int i, int first) const
{
    if (i < first)
        return std::nullopt;
    const int m = mentionAt(i);
    if (m >= 0)
        return entityCandidate(m_mentions[size_t(m)], first);
    if (!isWord(m_context, i))
        return std::nullopt;
    if (const QStringList &types = m_tokens.pronounTypes(i); !types.isEmpty()) {
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Pronoun;
        c.span = m_context.tokens.at(i).span;
        c.types = types;
        return c;
    }
    if (const int n = m_tokens.matchBackward(i, m_lexicon.roles)) {
        // "The Chinese president", "White House spokesperson": back to a determiner, else over capitalised words.
        int start = i - n + 1;
        int k = start - 1;
        while (k >= first && k >= start - 4 && isWord(m_context, k) && !m_tokens.verb(k)) {
            if (m_tokens.wordIs(k, QLatin1String("the")) || m_tokens.wordIs(k, QLatin1String("a")) || m_tokens.wordIs(k, QLatin1String("an"))) {
                start = k;
                break;
            }
            if (!m_context.tokens.at(k).capitalized)
                break;
            start = k--;
        }
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Role;
        c.span = Span(m_context.tokens.at(start).span.start, m_context.tokens.at(i).span.end);
        c.types = QStringList{QStringLiteral("person")};
        return c;
    }
    if (m_tokens.isAnonymousHead(i)) {
        int start = i;
        if (i - 1 >= first && isWord(m_context, i - 1) && !m_context.tokens.at(i - 1).capitalized && !m_tokens.verb(i - 1)
            && !m_tokens.isModifier(i - 1))
            start = i - 1; // "some sources", "local officials"
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Anonymous;
        c.span = Span(m_context.tokens.at(start).span.start, m_context.tokens.at(i).span.end);
        return c;
    }
    auto determiner = [&](const char *word) { return m_tokens.wordIs(i - 1, QLatin1String(word)); };
    if (!m_context.tokens.at(i).capitalized && !m_tokens.verb(i) && i - 1 >= first
        && (determiner("the") || determiner("a") || determiner("an") || determiner("one") || determiner("another"))) {
        // "the government says", "one witness told AFP": an unnamed body or person.
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Text;
        c.span = Span(m_context.tokens.at(i - 1).span.start, m_context.tokens.at(i).span.end);
        return c;
    }
    if (m_context.tokens.at(i).capitalized && !m_tokens.isTermCue(i)) {
        int start = i;
        while (start - 1 >= first && isWord(m_context, start - 1) && m_context.tokens.at(start - 1).capitalized)
            --start;
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Text;
        c.span = Span(m_context.tokens.at(start).span.start, m_context.tokens.at(i).span.end);
        return c;
    }
    return std::nullopt;
}

std::optional<SpeakerCandidate> SpeakerLocator::before(int verbToken) const
{
    if (verbToken <= 0 || verbToken >= m_context.tokens.size())
        return std::nullopt;
    const int first = sentenceFirstToken(verbToken);
    int i = verbToken - 1;
    while (i >= first && m_tokens.isModifier(i))
        --i;
    if (i < first)
        return std::nullopt;
    if (isPunct(m_context, i, QLatin1Char(','))) {
        // Apposition or relative clause: "Paul Dewar, an Ottawa MP, said", "Cynthia Thompson, curator at the
        // University of Arkansas, Fayetteville, said": the person before one of the last few commas.
        // "The bank's CEO, Ken Lewis, said": the named person in the apposition itself.
        if (const auto named = endingAt(i - 1, first);
            named && named->kind == SpeakerCandidate::Entity && m_context.result.entities.at(named->entity).type == EntityType::Person)
            return named;
        std::optional<SpeakerCandidate> fallback;
        int commas = 0;
        for (int j = i - 1; j > first && j > i - 40 && commas < 4; --j) {
            if (!isPunct(m_context, j, QLatin1Char(',')))
                continue;
            ++commas;
            const auto c = endingAt(j - 1, first);
            if (!c)
                continue;
            if (c->kind == SpeakerCandidate::Pronoun
                || (c->kind == SpeakerCandidate::Entity && m_context.result.entities.at(c->entity).type == EntityType::Person))
                return c;
            if (!fallback)
                fallback = c;
        }
        return fallback;
    }
    return endingAt(i, first);
}

std::optional<SpeakerCandidate> SpeakerLocator::after(int cueLastToken) const
{
    const int j = cueLastToken + 1;
    if (cueLastToken < 0 || j >= m_context.tokens.size())
        return std::nullopt;
    const int last = sentenceLastToken(cueLastToken);
    if (j > last)
        return std::nullopt;
    // A mention, possibly behind a title ("said Environment Minister John Baird", "according to the BBC").
    for (int k = j; k <= last && k < j + 5; ++k) {
        int m = mentionAt(k);
        if (m >= 0) {
            // "said Uralsib analyst Chris Weafer": a body, a role, then the person who speaks.
            const int afterBody = m_context.tokenAt(m_mentions[size_t(m)].span.end);
            if (m_context.result.entities.at(m_mentions[size_t(m)].entity).type != EntityType::Person && afterBody <= last) {
                const int n = m_tokens.matchForward(afterBody, m_lexicon.roles);
                const int person = n && afterBody + n <= last ? mentionAt(afterBody + n) : -1;
                if (person >= 0 && m_context.result.entities.at(m_mentions[size_t(person)].entity).type == EntityType::Person)
                    m = person;
            }
            return entityCandidate(m_mentions[size_t(m)], j);
        }
        if (!isWord(m_context, k))
            break;
        const bool determiner = k == j && m_tokens.wordIs(k, QLatin1String("the"));
        if (!determiner && !m_context.tokens.at(k).capitalized && !m_tokens.matchForward(k, m_lexicon.roles))
            break;
    }
    if (!isWord(m_context, j))
        return std::nullopt;
    if (const QStringList &types = m_tokens.pronounTypes(j); !types.isEmpty()) {
        SpeakerCandidate c;
        c.kind = SpeakerCandidate::Pronoun;
        c.span = m_context.tokens.at(j).span;
        c.types = types;
        return c;
    }
    // The longest run of capitalised words or a determiner + role: "the spokesperson", "Gustafon".
    int end = j;
    if (m_tokens.wordIs(j, QLatin1String("the"))) {
        int k = j + 1;
        while (k <= last && k < j + 5 && isWord(m_context, k) && !m_tokens.matchForward(k, m_lexicon.roles))
            ++k;
        if (const int n = m_tokens.matchForward(k, m_lexicon.roles)) {
            SpeakerCandidate c;
            c.kind = SpeakerCandidate::Role;
            c.span = Span(m_context.tokens.at(j).span.start, m_context.tokens.at(k + n - 1).span.end);
            c.types = QStringList{QStringLiteral("person")};
            return c;
        }
        if (!isWord(m_context, j + 1) || !m_context.tokens.at(j + 1).capitalized)
            return std::nullopt;
        end = j + 1;
    } else if (const int n = m_tokens.matchForward(j, m_lexicon.roles);
               n && isWord(m_context, j + n) && m_context.tokens.at(j + n).capitalized && j + n <= last) {
        end = j + n; // "according to curator Elaine Gustafon"
    } else if (!m_context.tokens.at(j).capitalized) {
        return std::nullopt;
    }
    while (end + 1 <= last && isWord(m_context, end + 1) && m_context.tokens.at(end + 1).capitalized)
        ++end;
    SpeakerCandidate c;
    c.kind = SpeakerCandidate::Text;
    c.span = Span(m_context.tokens.at(j).span.start, m_context.tokens.at(end).span.end);
    return c;
}

int SpeakerLocator::resolve(const SpeakerCandidate &candidate, Span quote) const
{
    if (candidate.kind == SpeakerCandidate::Entity)
        return candidate.entity;
    if (candidate.kind != SpeakerCandidate::Pronoun && candidate.kind != SpeakerCandidate::Role)
        return -1;
    // Nearest preceding mention of a compatible entity (the entity layer links roles itself when it can).
    // A role prefers the nearest person introduced with the same role word ("President Xi Jinping" or
    // "Xi Jinping, the Chinese president" for "the president") within the last 200 mentions.
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), candidate.span.start,
                               [](const MentionRef &m, int pos) { return m.span.start < pos; });
    const QList<Entity> &entities = m_context.result.entities;
    const int headToken = m_context.tokenAt(candidate.span.end) - 1;
    const bool role = candidate.kind == SpeakerCandidate::Role && headToken >= 0;
    int nearest = -1;
    // At most 500 mentions back: a pronoun with no person anywhere before it made this quadratic.
    for (int seen = 0, looked = 0; it != m_mentions.cbegin() && looked < 500 && (nearest < 0 || (role && seen < 200));
         ++looked) {
        --it;
        if (it->span.end > candidate.span.start)
            continue;
        ++seen;
        if (!candidate.types.contains(entityTypeName(entities.at(it->entity).type)))
            continue;
        if (!role) {
            if (!genderAllows(candidate, it->entity) || mentionedIn(it->entity, quote))
                continue;
            return it->entity;
        }
        if (nearest < 0)
            nearest = it->entity;
        if (introducedAs(*it, headToken))
            return it->entity;
    }
    return nearest;
}

bool SpeakerLocator::genderAllows(const SpeakerCandidate &candidate, int entity) const
{
    if (candidate.kind != SpeakerCandidate::Pronoun || entity < 0)
        return true;
    const Entity &e = m_context.result.entities.at(entity);
    if (e.type != EntityType::Person)
        return true;
    const QString pronoun = QuoteLexicon::pronounGender(m_context.article.textOf(candidate.span));
    if (pronoun.isEmpty())
        return true;
    const QString name = m_lexicon.nameGender(e.name.section(QLatin1Char(' '), 0, 0).toLower());
    return name.isEmpty() || name == pronoun;
}

bool SpeakerLocator::introducedAs(const MentionRef &mention, int roleToken) const
{
    const int firstToken = m_context.tokenAt(mention.span.start);
    const int lastToken = m_context.tokenAt(mention.span.end) - 1;
    const int tokenCount = int(m_context.tokens.size());
    auto sameWord = [&](int t) {
        if (t < 0 || t >= tokenCount || m_context.tokens.at(t).kind != Token::Word)
            return false;
        const Span a = m_context.tokens.at(t).span, b = m_context.tokens.at(roleToken).span;
        return a.length() == b.length()
            && QStringView(m_context.text).mid(a.start, a.length()).compare(QStringView(m_context.text).mid(b.start, b.length()), Qt::CaseInsensitive) == 0;
    };
    // The mention itself ("President Xi Jinping") or a title just before it, in the same phrase.
    for (int t = firstToken; t <= lastToken; ++t) {
        if (sameWord(t))
            return true;
    }
    for (int t = firstToken - 1; t >= firstToken - 3 && t >= 0 && m_context.tokens.at(t).kind == Token::Word; --t) {
        if (sameWord(t))
            return true;
    }
    // An apposition after it: "Xi Jinping, the Chinese president,".
    if (lastToken + 1 < tokenCount && isPunct(m_context, lastToken + 1, QLatin1Char(','))) {
        for (int t = lastToken + 2; t < tokenCount && t <= lastToken + 6 && !isPunct(m_context, t, QLatin1Char(',')); ++t) {
            if (sameWord(t))
                return true;
        }
    }
    return false;
}

bool SpeakerLocator::mentionedIn(int entity, Span span) const
{
    if (!span.isValid())
        return false;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), span.start,
                               [](const MentionRef &m, int pos) { return m.span.start < pos; });
    for (; it != m_mentions.cend() && it->span.start < span.end; ++it) {
        if (it->entity == entity)
            return true;
    }
    return false;
}

Speaker SpeakerLocator::speaker(const SpeakerCandidate &candidate, Span quote) const
{
    Speaker s;
    s.span = candidate.span;
    const int e = resolve(candidate, quote);
    if (e >= 0) {
        s.entityId = m_context.result.entities.at(e).id;
        s.name = m_context.result.entities.at(e).name;
    } else {
        s.name = m_context.article.textOf(candidate.span);
    }
    return s;
}

} // namespace Byline
