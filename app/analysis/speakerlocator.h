// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/entity.h"
#include "../model/quote.h"
#include "quotetokens.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Byline {

class AnalysisContext;
class QuoteLexicon;

/** Who stands next to a reporting cue: an entity mention, a pronoun, a role, an anonymous or unknown name. */
struct SpeakerCandidate
{
    enum Kind { Entity, Pronoun, Role, Anonymous, Text };
    Kind kind = Text;
    Span span;        ///< the words naming the speaker
    int entity = -1;  ///< index into AnalysisResult::entities when kind is Entity
    QStringList types; ///< entity types a pronoun or role may refer to ("person", …)
};

/**
 * Finds the speaker around a reporting cue in one AnalysisContext (used by the quote, speaker and
 * source annotators). Built per analysis: it indexes the entity mentions by token.
 *
 * before(): the subject ending right before a verb ("Jinping said", "Jinping also said", "Paul Dewar,
 * an Ottawa MP, said", "The Chinese president acknowledged"); after(): the speaker right after a cue
 * ("said KCNA", "according to the BBC", "said Environment Minister John Baird" — up to four title
 * words may precede the mention). A person's span includes the title before the name. A candidate is an entity mention when one covers the token, else a
 * subject pronoun, a role noun phrase, an anonymous head ("reports", "sources") or a capitalised run.
 * Never crosses the sentence of the cue. Built per analysis (one pass over the mentions and one over
 * the tokens, QuoteTokens) and shared by the four quote stages through forContext(); its answers never
 * change, but its QuoteTokens fills in its table as tokens are asked about, so it serves the one thread
 * of its analysis; refers to the context it was built for.
 */
class SpeakerLocator
{
public:
    SpeakerLocator(const AnalysisContext &context, std::shared_ptr<const QuoteLexicon> lexicon);

    /**
     * The locator of context (AnalysisContext::speakerLocator), built on first use: the quote stages
     * run on the final entity layer, so one locator serves them all. Built anew when the one there
     * was made with another lexicon or for another number of tokens or entities.
     */
    static const SpeakerLocator &forContext(AnalysisContext &context, const std::shared_ptr<const QuoteLexicon> &lexicon);

    /** The tokens as the lexicon sees them. */
    const QuoteTokens &tokens() const { return m_tokens; }

    std::optional<SpeakerCandidate> before(int verbToken) const;
    std::optional<SpeakerCandidate> after(int cueLastToken) const;

    /**
     * The entity a candidate refers to: its own for an entity mention that is a Name or linked nominal;
     * for a pronoun the nearest preceding entity mention of a compatible type and sex that is not named
     * inside quote (the words the pronoun's speaker says); for a role the nearest
     * person introduced with the same role word ("President X", "X, the president") among the last 200
     * mentions, else the nearest person; -1 when none.
     */
    int resolve(const SpeakerCandidate &candidate, Span quote = Span()) const;
    /**
     * False when candidate is "he" or "she" and the entity is a person whose given name (the first word
     * of its name) is nearly always the other sex's (QuoteLexicon::nameGender); true otherwise.
     */
    bool genderAllows(const SpeakerCandidate &candidate, int entity) const;
    /** The Speaker record for a candidate: the mention span, the resolved entity id and name. */
    Speaker speaker(const SpeakerCandidate &candidate, Span quote = Span()) const;
    /** Whether the entity has a mention inside span (a speaker rarely names himself in his own quote). */
    bool mentionedIn(int entity, Span span) const;
    /** Index of the longest entity mention covering token, or -1; into mentions(). */
    int mentionAt(int token) const;
    /**
     * Index into AnalysisResult::entities of the entity with this id, -1 for none (of two with one id,
     * the later). Read off the id when the ids are EntityMerger's "e1", "e2", … in list order, else
     * looked up in a hash built with the locator.
     */
    int entityIndex(const QString &id) const;

    struct MentionRef
    {
        Span span;
        int entity = -1;
        MentionKind kind = MentionKind::Name;
    };
    const std::vector<MentionRef> &mentions() const { return m_mentions; }

private:
    std::optional<SpeakerCandidate> endingAt(int token, int firstToken) const;
    /**
     * The candidate for a mention: a person's span takes in the title right before the name, as the
     * corpus marks speakers ("Environment Minister John Baird", "curator Elaine Gustafon"): a role of
     * speaker-roles.txt and up to three capitalised words before it, never before token firstToken.
     */
    SpeakerCandidate entityCandidate(const MentionRef &mention, int firstToken) const;
    /** Whether the word of roleToken stands in the mention, just before it or in an apposition after it. */
    bool introducedAs(const MentionRef &mention, int roleToken) const;
    int sentenceFirstToken(int token) const;
    int sentenceLastToken(int token) const;

    const AnalysisContext &m_context;
    std::shared_ptr<const QuoteLexicon> m_lexiconOwner;
    const QuoteLexicon &m_lexicon;
    QuoteTokens m_tokens;
    int m_entityCount = 0;
    bool m_idsAreIndexes = true;      ///< every entity's id is "e" and its index + 1
    QHash<QString, int> m_entityIndex; ///< by id, when the ids are not their indexes
    std::vector<MentionRef> m_mentions; ///< sorted by start
    std::vector<int> m_mentionAtToken;
};

} // namespace Byline
