// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrecognizer.h"

#include "analysiscontext.h"
#include "gazetteer.h"


#include <algorithm>
#include <vector>

namespace Byline {

namespace {

QString titleCased(const QString &word)
{
    QString out = word.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

using Cue = Gazetteer::Cue;
constexpr Cue CueNone = Gazetteer::CueNone, CueTime = Gazetteer::CueTime, CueReport = Gazetteer::CueReport,
              CueHonorific = Gazetteer::CueHonorific, CuePlace = Gazetteer::CuePlace,
              CueConnector = Gazetteer::CueConnector, CueParticle = Gazetteer::CueParticle, CueDet = Gazetteer::CueDet,
              CuePlaceHead = Gazetteer::CuePlaceHead, CueEvent = Gazetteer::CueEvent;

/** The state of one annotate() call: per-token lookups computed once. */
class Scanner
{
public:
    Scanner(const Gazetteer &g, AnalysisContext &c)
        : gaz(g)
        , ctx(c)
        , text(c.text)
        , tok(c.tokens)
        , n(int(c.tokens.size()))
        , matchAt(n, -1)
        , lineStart(n, 0)
        , m_cap(n, 0)
        , m_info(n)
    {
        for (int k = 0; k < n; ++k) {
            const Token &t = tok.at(k);
            m_cap[k] = t.kind == Token::Word && (t.capitalized || t.allCaps) && cue(k) != CueTime;
        }
        for (int m = 0; m < ctx.gazetteerMatches.size(); ++m)
            matchAt[ctx.gazetteerMatches.at(m).firstToken] = m;
        int cursor = 0;
        for (Span s : ctx.sentences) {
            int k = ctx.tokenAt(s.start, cursor);
            if (k >= n)
                continue;
            lineStart[k] = 1;
            // An opening quote or bracket: the word after it still starts the sentence.
            while (k + 1 < n && tok.at(k).kind == Token::Punctuation && tok.at(k).block == tok.at(k + 1).block)
                lineStart[++k] = 1;
        }
        for (int k = 1; k < n; ++k) {
            if (tok.at(k).block != tok.at(k - 1).block || newlineBefore(k))
                lineStart[k] = 1;
        }
    }

    void run();

private:
    // Per-token lookups are cached: the stage must keep pace with tens of MB of text per second.
    QString word(int k) const
    {
        return QString::fromRawData(text.constData() + tok.at(k).span.start, tok.at(k).span.length());
    }
    QStringView view(int k) const { return QStringView(text.constData() + tok.at(k).span.start, tok.at(k).span.length()); }
    /**
     * What the word lists say about one token, each answer looked up on first use: the stage asks
     * the same questions about a token from several rules, and must keep pace with tens of MB of
     * text per second.
     */
    struct TokenInfo
    {
        enum Known : unsigned char {
            CueClass = 1,
            TitleMax = 2,
            Title = 4,
            CommonWord = 8,
            OrgWord = 16,
            GivenName = 32,
            Surname = 64,
            NominalStart = 128
        };
        unsigned char known = 0; ///< Known bits: which answers below are filled in
        unsigned char answers = 0; ///< Known bits (CommonWord…NominalStart): the answer is yes
        Cue cue = CueNone;
        unsigned char titleMax = 0; ///< longest title starting with the word (from the word table)
        unsigned char titleLen = 0; ///< titleAt(): the longest title that does start here
    };
    static_assert(sizeof(TokenInfo) == 5, "five bytes a token: a long article has millions");
    Cue cue(int k) const
    {
        TokenInfo &t = m_info[size_t(k)];
        if (!(t.known & TokenInfo::CueClass)) {
            t.known |= TokenInfo::CueClass;
            if (tok.at(k).kind == Token::Word)
                t.cue = gaz.cue(view(k));
        }
        return t.cue;
    }
    int titleMax(int k) const
    {
        TokenInfo &t = m_info[size_t(k)];
        if (!(t.known & TokenInfo::TitleMax)) {
            t.known |= TokenInfo::TitleMax;
            if (tok.at(k).kind == Token::Word)
                t.titleMax = (unsigned char)qMin(gaz.titleTokensFrom(view(k)), 255);
        }
        return t.titleMax;
    }
    bool nominalStart(int k) const
    {
        return answer(k, TokenInfo::NominalStart,
            [this](int x) { return tok.at(x).kind == Token::Word && gaz.isNominalStart(view(x)); });
    }
    /** A yes/no answer about token k, computed by compute(k) once. */
    template<typename F>
    bool answer(int k, TokenInfo::Known bit, F compute) const
    {
        TokenInfo &t = m_info[size_t(k)];
        if (!(t.known & bit)) {
            t.known |= bit;
            if (compute(k))
                t.answers |= bit;
        }
        return t.answers & bit;
    }
    bool valid(int k, int block) const { return k >= 0 && k < n && tok.at(k).block == block; }
    bool newlineBefore(int k) const
    {
        for (int p = tok.at(k - 1).span.end; p < tok.at(k).span.start; ++p)
            if (text.at(p) == QLatin1Char('\n'))
                return true;
        return false;
    }
    bool isCap(int k) const { return m_cap[size_t(k)]; }
    bool isPossessive(int k) const
    {
        const Span s = tok.at(k).span;
        return s.length() == 2 && (text.at(s.start) == QLatin1Char('\'') || text.at(s.start) == QChar(0x2019))
            && text.at(s.start + 1).toLower() == QLatin1Char('s');
    }
    bool isChar(int k, char c) const
    {
        return tok.at(k).span.length() == 1 && text.at(tok.at(k).span.start) == QLatin1Char(c);
    }
    /** test(the word as the name lists spell it: "PAUL" → "Paul" in all-caps text), copied only when all caps. */
    template<typename F>
    bool testNameForm(int k, F test) const
    {
        return tok.at(k).allCaps ? test(QStringView(titleCased(word(k)))) : test(view(k));
    }
    bool givenName(int k) const
    {
        return answer(k, TokenInfo::GivenName,
            [this](int x) { return testNameForm(x, [this](QStringView w) { return gaz.isGivenName(w); }); });
    }
    bool surname(int k) const
    {
        return answer(k, TokenInfo::Surname,
            [this](int x) { return testNameForm(x, [this](QStringView w) { return gaz.isSurname(w); }); });
    }
    /** A common word that is not also a listed given name or surname. */
    bool common(int k) const { return commonWord(k) && !givenName(k) && !surname(k); }
    /** In the common-word list ("To" even though To is also a surname). */
    bool commonWord(int k) const
    {
        return answer(k, TokenInfo::CommonWord, [this](int x) { return computeCommon(x); });
    }
    bool computeCommon(int k) const
    {
        const Span s = tok.at(k).span;
        if (s.length() == 1) // "I", "A"
            return true;
        const QStringView w = view(k);
        bool listed = gaz.isCommonWord(w);
        const int apostrophe = int(w.indexOf(QLatin1Char('\'')));
        if (apostrophe > 0) // "I'm", "We're": the word before the contraction decides
            listed = apostrophe == 1 || gaz.isCommonWord(w.left(apostrophe));
        return listed;
    }
    bool orgWord(int k) const
    {
        return answer(k, TokenInfo::OrgWord, [this](int x) {
            return testNameForm(x, [this](QStringView w) { return gaz.isOrgHead(w) || gaz.isOrgSuffix(w); })
                || gaz.isOrgSuffix(view(x));
        });
    }
    /** Appends token k lower-cased (ASCII inline, else QChar::toLower per unit) to out. */
    void appendLower(QString &out, int k) const
    {
        const Span s = tok.at(k).span;
        const qsizetype at = out.size();
        out.resize(at + s.length());
        QChar *o = out.data() + at;
        const QChar *in = text.constData() + s.start;
        for (int p = 0; p < s.length(); ++p) {
            const ushort u = in[p].unicode();
            o[p] = u < 128 ? QChar(ushort(u >= 'A' && u <= 'Z' ? u + 32 : u)) : in[p].toLower();
        }
    }
    /** The lower-cased key of the len tokens from k, joined by ' ', in out (its buffer reused). */
    void lowerKey(QString &out, int k, int len) const
    {
        out.resize(0);
        for (int l = 0; l < len; ++l) {
            if (l > 0)
                out += QLatin1Char(' ');
            appendLower(out, k + l);
        }
    }
    /** Tokens of the longest title starting at k (any case), 0 when none; role gets its lower-cased key. */
    int titleAt(int k, int block, QString *role = nullptr) const
    {
        Q_ASSERT(tok.at(k).block == block);
        if (tok.at(k).kind != Token::Word)
            return 0;
        const int max = titleMax(k);
        if (max == 0)
            return 0;
        TokenInfo &t = m_info[size_t(k)];
        if (!(t.known & TokenInfo::Title)) {
            t.known |= TokenInfo::Title;
            // One reused key buffer: most calls test one or two keys that are no title.
            m_key.resize(0);
            for (int len = 1; len <= max && valid(k + len - 1, block); ++len) {
                if (len > 1)
                    m_key += QLatin1Char(' ');
                appendLower(m_key, k + len - 1);
                if (gaz.isTitle(m_key))
                    t.titleLen = (unsigned char)len;
            }
        }
        if (role && t.titleLen > 0)
            lowerKey(*role, k, t.titleLen);
        return t.titleLen;
    }
    /** Tokens of a role noun (title or nominals.tsv) at k. */
    int roleNounAt(int k, int block, QString *role, EntityType *type) const
    {
        *type = EntityType::Person;
        int len = titleAt(k, block, role);
        if (!nominalStart(k)) // no nominals.tsv phrase starts with this word
            return len;
        QString key;
        for (int l = 1; l <= 3 && valid(k + l - 1, block) && tok.at(k + l - 1).kind == Token::Word; ++l) {
            if (l > 1)
                key += QLatin1Char(' ');
            appendLower(key, k + l - 1);
            EntityType t;
            if (l >= len && gaz.nominal(key, &t)) {
                len = l;
                *role = key;
                *type = t;
            }
        }
        return len;
    }

    void emit(Span span, EntityType type, MentionKind kind, const QString &rule, const QString &key)
    {
        EntityMention m;
        m.span = span;
        m.type = type;
        m.kind = kind;
        m.rule = rule;
        m.key = key;
        ctx.mentions.append(std::move(m));
    }
    Span spanOf(int a, int b) const { return Span(tok.at(a).span.start, tok.at(b - 1).span.end); }
    QString keyOf(int a, int b) const
    {
        if (b - a == 1) // an acronym stays as written; a deep copy, the key outlives this scan
            return text.mid(tok.at(a).span.start, tok.at(a).span.length());
        QString key;
        key.reserve(tok.at(b - 1).span.end - tok.at(a).span.start);
        for (int k = a; k < b; ++k) {
            if (k > a && tok.at(k).span.start > tok.at(k - 1).span.end)
                key += QLatin1Char(' ');
            if (tok.at(k).allCaps)
                key += titleCased(word(k));
            else
                key += view(k);
        }
        return key;
    }

    int handleMatch(int i, int block);
    bool handleCompound(int i);
    int handleRun(int i, int block, bool headline);
    /** ", China's ambassador": true when a role noun follows the comma at b; fills its role and place. */
    bool apposition(int b, int block, QString *role, QString *affiliation) const;

    const Gazetteer &gaz;
    AnalysisContext &ctx;
    const QString &text;
    const QList<Token> &tok;
    const int n;
    std::vector<int> matchAt;
    std::vector<char> lineStart;
    std::vector<char> m_cap;
    mutable std::vector<TokenInfo> m_info;
    mutable QString m_key; ///< titleAt()'s keys

    struct Pending
    {
        int endToken = -1; ///< first token after the title
        int start = -1; ///< text position the title (with its modifier) starts at
        QString role, affiliation;
    } m_title;
    struct Modifier
    {
        int endToken = -1;
        int start = -1;
        QString canonical;
    } m_modifier;
};

void Scanner::run()
{
    const auto &blocks = ctx.article.blocks;
    int i = 0;
    while (i < n) {
        const int block = tok.at(i).block;
        const BlockRole role = blocks.at(block).role;
        int end = i;
        while (end < n && tok.at(end).block == block)
            ++end;
        if (role == BlockRole::Boilerplate) {
            i = end;
            continue;
        }
        // Title-case lines (headlines, tag lists): capitalisation says little, so common words are not names.
        int words = 0, caps = 0;
        for (int k = i; k < end; ++k) {
            if (tok.at(k).kind == Token::Word && text.at(tok.at(k).span.start).isLetter()) {
                ++words;
                caps += isCap(k) ? 1 : 0;
            }
        }
        const bool headline = role == BlockRole::Title || role == BlockRole::Heading || role == BlockRole::Tags
            || (words >= 3 && caps * 10 >= words * 8);
        m_title = Pending();
        m_modifier = Modifier();
        int nextCap = i; // the first capitalised token after i (end when none): only moves forward
        while (i < end) {
            if (matchAt[i] >= 0) {
                i = handleMatch(i, block);
                continue;
            }
            if (valid(i + 1, block) && isCap(i + 1) && cue(i) == CueHonorific) {
                ++i; // handleRun() reads it before the name
                continue;
            }
            if (isCap(i) && handleCompound(i)) {
                ++i;
                continue;
            }
            if (nextCap <= i) {
                nextCap = i + 1;
                while (nextCap < end && !isCap(nextCap))
                    ++nextCap;
            }
            // A title only counts before a capitalised word, so one that no capitalised word follows within
            // the longest title's reach is not looked up.
            const int tl = nextCap < end && nextCap - i <= gaz.maxTitleTokens() ? titleAt(i, block) : 0;
            // A title before a name; "Duke Energy" (a title before a common word) is a name of its own.
            if (tl > 0 && valid(i + tl, block) && isCap(i + tl) && !common(i + tl)) {
                m_title.endToken = i + tl;
                lowerKey(m_title.role, i, tl);
                const bool modified = m_modifier.endToken == i;
                m_title.start = modified ? m_modifier.start : tok.at(i).span.start;
                m_title.affiliation = modified ? m_modifier.canonical : QString();
                i += tl;
                continue;
            }
            if (isCap(i)) {
                i = handleRun(i, block, headline);
                continue;
            }
            ++i;
        }
    }
}

int Scanner::handleMatch(int i, int block)
{
    const GazetteerMatch &m = ctx.gazetteerMatches.at(matchAt[i]);
    const GazetteerEntry &e = gaz.entry(m.entry);
    const int after = i + m.tokenCount;
    // "Chinese Foreign Ministry", "US Federal Reserve": a place or demonym opening an organisation's name.
    if (e.kind == GazetteerEntry::Demonym || e.type == EntityType::Location) {
        int extEnd = -1;
        int orgEntry = -1;
        for (int k = after; k < after + 6 && valid(k, block) && isCap(k) && !newlineBefore(k);) {
            if (titleAt(k, block) > 0 && !orgWord(k))
                break;
            if (matchAt[k] >= 0) {
                const GazetteerMatch &inner = ctx.gazetteerMatches.at(matchAt[k]);
                const GazetteerEntry &ie = gaz.entry(inner.entry);
                if (ie.type == EntityType::Organization || ie.type == EntityType::Outlet) {
                    extEnd = k + inner.tokenCount;
                    orgEntry = inner.entry;
                }
                break;
            }
            if (orgWord(k))
                extEnd = k + 1;
            ++k;
        }
        if (extEnd > 0) {
            const QString key = orgEntry >= 0 ? gaz.entry(orgEntry).canonical : keyOf(i, extEnd);
            const EntityType type = orgEntry >= 0 ? gaz.entry(orgEntry).type : EntityType::Organization;
            emit(spanOf(i, extEnd), type, MentionKind::Name, QStringLiteral("org-head"), key);
            m_modifier = Modifier { extEnd, tok.at(i).span.start, key };
            return extEnd;
        }
    }
    const bool demonym = e.kind == GazetteerEntry::Demonym;
    // "Victoria Park", "Hudson River": a listed place before a place head names another place.
    if (!demonym && e.type == EntityType::Location && valid(after, block) && isCap(after) && cue(after) == CuePlaceHead
        && matchAt[after] < 0) {
        const QString key = keyOf(i, after + 1);
        emit(spanOf(i, after + 1), EntityType::Location, MentionKind::Name, QStringLiteral("place-head"), key);
        m_modifier = Modifier { after + 1, m.span.start, key };
        return after + 1;
    }
    emit(m.span, e.type, demonym ? MentionKind::Adjectival : MentionKind::Name, e.list, e.canonical);
    ctx.mentions.last().afterPlacePreposition = valid(i - 1, block) && cue(i - 1) == CuePlace;
    m_modifier = Modifier { after, m.span.start, e.canonical };
    // "The Chinese president", "the White House spokesperson": a role the merger resolves.
    if (valid(i - 1, block) && cue(i - 1) == CueDet && valid(after, block)) {
        QString role;
        EntityType type;
        const int rl = roleNounAt(after, block, &role, &type);
        if (rl > 0 && !(valid(after + rl, block) && isCap(after + rl))) {
            EntityMention nm;
            nm.span = Span(tok.at(i - 1).span.start, tok.at(after + rl - 1).span.end);
            nm.type = type;
            nm.kind = MentionKind::Nominal;
            nm.rule = QStringLiteral("role");
            nm.role = role;
            nm.affiliation = e.canonical;
            ctx.mentions.insert(ctx.mentions.size() - 1, std::move(nm)); // it starts before the modifier: keep text order
            return after + rl;
        }
    }
    return after;
}

bool Scanner::handleCompound(int i)
{
    const Token &t = tok.at(i);
    const QStringView w = QStringView(text).mid(t.span.start, t.span.length());
    if (!w.contains(QLatin1Char('-')))
        return false;
    const QList<QStringView> parts = w.split(QLatin1Char('-'));
    struct Hit
    {
        Span span;
        int entry;
    };
    QList<Hit> hits;
    int pos = t.span.start;
    for (QStringView p : parts) {
        int e = gaz.find(p.toString());
        if (e < 0 && t.allCaps)
            e = gaz.find(p.toString().toUpper(), true);
        if (e >= 0) {
            const GazetteerEntry &entry = gaz.entry(e);
            if (entry.type == EntityType::Other || entry.type == EntityType::Outlet)
                e = -1;
        }
        if (e >= 0)
            hits.append(Hit { Span(pos, pos + int(p.size())), e });
        pos += int(p.size()) + 1;
    }
    const bool all = hits.size() == parts.size();
    const bool slug = t.allCaps && parts.size() >= 3;
    if (hits.isEmpty() || (!all && !slug))
        return false;
    // One pass in text order, so the mention list stays sorted (one slug used to make annotate()
    // stable-sort every mention of the article). Other slug words may repeat a name the article
    // gives in full ("XI" for Xi Jinping): kept unresolved.
    int part = t.span.start;
    qsizetype h = 0;
    for (QStringView p : parts) {
        const Span span(part, part + int(p.size()));
        part += int(p.size()) + 1;
        if (h < hits.size() && hits.at(h).span == span) {
            const GazetteerEntry &e = gaz.entry(hits.at(h++).entry);
            if (!all && e.kind == GazetteerEntry::Demonym)
                continue;
            emit(span, e.type, e.kind == GazetteerEntry::Demonym ? MentionKind::Adjectival : MentionKind::Name,
                all ? QStringLiteral("compound") : QStringLiteral("slug"), e.canonical);
            continue;
        }
        if (all || p.size() < 2)
            continue;
        EntityMention m;
        m.span = span;
        m.rule = QStringLiteral("slug");
        m.key = titleCased(p.toString());
        m.unresolved = true;
        ctx.mentions.append(std::move(m));
    }
    return true;
}

int Scanner::handleRun(int i, int block, bool headline)
{
    // Collect the capitalised run: initials and name particles inside, "of/on/for (the)" after an organisation head.
    int j = i;
    bool head = false;
    bool afterConnector = false;
    while (valid(j, block)) {
        if (j > i && newlineBefore(j))
            break;
        if (isCap(j)) {
            // "Lloyd Austin": a one-word place after a given name is the surname.
            const bool surnamePlace = j > i && !afterConnector && matchAt[j] >= 0
                && ctx.gazetteerMatches.at(matchAt[j]).tokenCount == 1 && givenName(j - 1)
                && gaz.entry(ctx.gazetteerMatches.at(matchAt[j]).entry).type == EntityType::Location
                && gaz.entry(ctx.gazetteerMatches.at(matchAt[j]).entry).kind == GazetteerEntry::Name;
            if (surnamePlace) {
                ++j;
                continue;
            }
            if (j > i && !afterConnector && (matchAt[j] >= 0 || cue(j) == CuePlace || cue(j) == CueDet))
                break; // "… Elizabeth Quat In the New Territories": a capitalised preposition opens a new phrase
            if (j > i && !afterConnector && !orgWord(j)) {
                const int tl = titleAt(j, block);
                if (tl > 0 && valid(j + tl, block) && isCap(j + tl))
                    break; // "Uralsib Chairman Ivan …"; but "Marty Baron," keeps its surname
            }
            if (j > i && !afterConnector && tok.at(j).allCaps != tok.at(j - 1).allCaps && tok.at(j).span.length() > 2
                && tok.at(j - 1).span.length() > 2 && text.at(tok.at(j - 1).span.end - 1) != QLatin1Char('.'))
                break; // "KCNA Said": all capitals next to mixed case is two names; not after initials ("K.C. Maurer")
            if (matchAt[j] >= 0) {
                j += ctx.gazetteerMatches.at(matchAt[j]).tokenCount;
                head = head || orgWord(j - 1);
                afterConnector = false;
                continue;
            }
            head = head || orgWord(j);
            afterConnector = false;
            ++j;
            continue;
        }
        const Cue c = cue(j);
        if (j > i && head && c == CueConnector && valid(j + 1, block)) {
            if (isCap(j + 1)) {
                ++j;
                afterConnector = true;
                continue;
            }
            if (cue(j + 1) == CueDet && valid(j + 2, block) && isCap(j + 2)) {
                j += 2;
                afterConnector = true;
                continue;
            }
        }
        if (j > i && c == CueParticle && valid(j + 1, block) && isCap(j + 1) && !head) {
            ++j;
            continue;
        }
        break;
    }
    if (afterConnector)
        --j;
    // "the Korean People's Army": a possessive inside an organisation's name, when an organisation head follows.
    if (j > i && valid(j + 1, block) && isPossessive(j) && isCap(j + 1)) {
        int k = j + 1;
        while (valid(k, block) && isCap(k) && matchAt[k] < 0 && !orgWord(k) && k < j + 4)
            ++k;
        if (valid(k, block) && isCap(k) && orgWord(k) && !(valid(k + 1, block) && isCap(k + 1))) {
            j = k + 1;
            head = true;
        }
    }
    const int runEnd = j;
    int a = i, b = j;
    while (a < b && cue(a) == CueDet)
        ++a;
    const bool orgRun = a < b && (orgWord(b - 1) || head) && !(b - a == 1 && tok.at(a).allCaps);
    if (orgRun && (b - a > 1 || !common(a))) {
        const QString key = keyOf(a, b);
        emit(spanOf(a, b), EntityType::Organization, MentionKind::Name, QStringLiteral("org-head"), key);
        m_modifier = Modifier { b, tok.at(a).span.start, key };
        return runEnd;
    }
    // Sentence-initial and headline common words are not names ("Cooperation is…", "Reports revealed").
    if (a < b && (lineStart[a] || headline || a > i) && common(a) && m_title.endToken != a)
        ++a;
    while (headline && a < b && common(a) && m_title.endToken != a)
        ++a;
    while (headline && b > a && common(b - 1))
        --b;
    if (a >= b)
        return runEnd;
    bool allCommon = true;
    for (int k = a; k < b; ++k)
        allCommon = allCommon && common(k);

    EntityMention m;
    m.span = spanOf(a, b);
    m.key = keyOf(a, b);
    m.type = EntityType::Person;
    const int len = b - a;
    const int tl = valid(b, block) ? titleAt(b, block) : 0;
    if (tok.at(a).allCaps && len >= 2 && valid(b, block) && isChar(b, '/')) {
        m.rule = QStringLiteral("credit");
    } else if (m_title.endToken == a) {
        m.rule = QStringLiteral("title");
        m.role = m_title.role;
        m.affiliation = m_title.affiliation;
        m.titledSpan = Span(m_title.start, m.span.end);
    } else if (valid(a - 1, block) && cue(a - 1) == CueHonorific) {
        m.rule = QStringLiteral("honorific");
    } else if (len == 1 && titleAt(a, block) == 1) {
        return runEnd; // "CEO", "MP": a lone title
    } else if (len == 1 && commonWord(a)) {
        // "To", "May", "Cook": a name only after a title or honorific, before "said", or repeating a known name.
        if (!headline && !lineStart[a] && valid(b, block) && cue(b) == CueReport) {
            m.rule = QStringLiteral("reporting-verb");
        } else {
            m.type = EntityType::Other;
            m.rule = QStringLiteral("capitalised");
            m.unresolved = true;
        }
    } else if (tl > 0 && valid(b + tl, block) && isCap(b + tl) && !givenName(a)) {
        m.type = EntityType::Organization;
        m.rule = QStringLiteral("affiliation");
        m_modifier = Modifier { b, m.span.start, m.key };
    } else if (len >= 2 && cue(a) == CueEvent) {
        m.type = EntityType::Other;
        m.rule = QStringLiteral("event");
    } else if (len == 1 && tok.at(a).allCaps && tok.at(a).span.length() >= 3 && tok.at(a).span.length() <= 6) {
        m.type = EntityType::Organization;
        m.rule = QStringLiteral("acronym");
    } else if ((len >= 2 || !common(a))
        && (givenName(a) || surname(b - 1) || surname(a)
            || givenName(b - 1))) {
        m.rule = QStringLiteral("name-list"); // either order: "Joe Biden", "Xi Jinping"
    } else if (len >= 2 && cue(b - 1) == CuePlaceHead) {
        m.type = EntityType::Location;
        m.rule = QStringLiteral("place-head");
    } else if (allCommon) {
        return runEnd;
    } else if ((valid(b, block) && cue(b) == CueReport) || (valid(a - 1, block) && cue(a - 1) == CueReport)) {
        m.rule = QStringLiteral("reporting-verb");
    } else if (apposition(b, block, nullptr, nullptr)) {
        m.rule = QStringLiteral("apposition");
    } else if (valid(a - 1, block) && cue(a - 1) == CuePlace) {
        m.type = EntityType::Location;
        m.rule = QStringLiteral("place-preposition");
    } else if (len >= 2 && common(b - 1) && !allCommon) {
        m.type = EntityType::Organization; // "Duke Energy", "Hells Angels": people's names end in a name
        m.rule = QStringLiteral("common-last-word");
    } else if (len >= 2 && valid(a - 1, block) && word(a - 1) == QLatin1String("the")) {
        m.type = EntityType::Organization; // "the Warhol Foundation": people's names take no article
        m.rule = QStringLiteral("determiner");
    } else if (len >= 2) {
        m.rule = QStringLiteral("capitalised");
    } else {
        m.type = EntityType::Other;
        m.rule = QStringLiteral("capitalised");
        m.unresolved = true;
    }
    if (m.type == EntityType::Person && m.role.isEmpty())
        apposition(b, block, &m.role, &m.affiliation);
    ctx.mentions.append(std::move(m));
    return runEnd;
}

bool Scanner::apposition(int b, int block, QString *role, QString *affiliation) const
{
    // ", China's ambassador to the US", ", the Chinese ambassador": a role noun before the next comma or full stop.
    if (!valid(b + 1, block) || !isChar(b, ','))
        return false;
    QString place;
    for (int k = b + 1; k < b + 6 && valid(k, block) && !isChar(k, ',') && !isChar(k, '.'); ++k) {
        if (matchAt[k] >= 0) {
            const GazetteerEntry &e = gaz.entry(ctx.gazetteerMatches.at(matchAt[k]).entry);
            if (place.isEmpty())
                place = e.canonical;
            continue;
        }
        QString r;
        EntityType t;
        if (!isCap(k) && roleNounAt(k, block, &r, &t) > 0 && t == EntityType::Person) {
            if (role)
                *role = r;
            if (affiliation)
                *affiliation = place;
            return true;
        }
    }
    return false;
}

} // namespace

EntityRecognizer::EntityRecognizer(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

void EntityRecognizer::annotate(AnalysisContext &context) const
{
    // News has about one mention in eight tokens: reserving once spares a long article the list's
    // regrowths, each of which moves every mention into freshly faulted memory.
    context.mentions.reserve(context.mentions.size() + context.tokens.size() / 6);
    Scanner(*m_gazetteer, context).run();
    const auto before = [](const EntityMention &x, const EntityMention &y) { return x.span < y.span; };
    if (!std::is_sorted(context.mentions.cbegin(), context.mentions.cend(), before))
        std::stable_sort(context.mentions.begin(), context.mentions.end(), before);
}

} // namespace Byline
