// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenter.h"

#include "analysiscontext.h"
#include "resources.h"

#include <new>
#include <type_traits>

namespace Byline {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

Q_NEVER_INLINE bool isWordCharSlow(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/** ASCII character classes as QChar answers them (isSpace: 9–13 and 32; isDigit; isLetter), one load per character. */
struct AsciiClasses
{
    enum : unsigned char { Space = 1, Digit = 2, Letter = 4 };
    unsigned char of[128] = {};
    constexpr AsciiClasses()
    {
        for (int u = 9; u <= 13; ++u)
            of[u] = Space;
        of[32] = Space;
        for (int u = '0'; u <= '9'; ++u)
            of[u] = Digit;
        for (int u = 'a'; u <= 'z'; ++u)
            of[u] = of[u - 32] = Letter;
    }
};
constexpr AsciiClasses ascii;

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) // no ASCII character is a mark: skip Qt's category lookup for most text
        return ascii.of[u] & (AsciiClasses::Digit | AsciiClasses::Letter);
    return isWordCharSlow(c);
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? (ascii.of[u] & AsciiClasses::Space) != 0 : c.isSpace();
}

inline bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? (ascii.of[u] & AsciiClasses::Digit) != 0 : c.isDigit();
}

/**
 * set (lower-cased with QString::toLower()) holds text lower-cased: an ASCII word is answered by index (the same
 * keys, folded per character, which for ASCII is the same), any other by set, whose full case mappings matter there.
 */
bool containsLower(const WordIndex &index, const QSet<QString> &set, QStringView text)
{
    for (QChar c : text)
        if (c.unicode() >= 128)
            return set.contains(text.toString().toLower());
    return index.contains(text);
}

bool isClosing(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201D) || c == QChar(0x2019)
        || c == QChar(0x00BB) || c == QLatin1Char(')') || c == QLatin1Char(']');
}

void finishToken(const QString &text, Token &t)
{
    const QStringView v = QStringView(text).mid(t.span.start, t.span.length());
    if (v.isEmpty())
        return;
    t.capitalized = v.front().isUpper();
    // Neither all caps: a lower-case ASCII first letter (most words) or a single character.
    const char16_t first = v.front().unicode();
    if ((first >= 'a' && first <= 'z') || v.size() == 1) {
        t.allCaps = false;
        return;
    }
    int letters = 0, upper = 0;
    for (QChar c : v) {
        const char16_t u = c.unicode();
        if (u < 128) {
            const bool isUpper = u >= 'A' && u <= 'Z';
            letters += isUpper || (u >= 'a' && u <= 'z') ? 1 : 0;
            upper += isUpper ? 1 : 0;
        } else if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    t.allCaps = letters >= 2 && upper == letters;
}

/**
 * Appends tokens to a list a batch at a time: QList::append() of one token is an out-of-line call
 * that costs more than cutting most tokens; the batch lives on the stack, so a long block costs no
 * second copy of its tokens in memory.
 */
class TokenBatch
{
public:
    explicit TokenBatch(QList<Token> &list)
        : m_list(list)
    {
    }
    ~TokenBatch() { flush(); }
    Q_DISABLE_COPY_MOVE(TokenBatch)

    void push(const Token &t)
    {
        if (m_size == Capacity)
            flush();
        new (buf() + m_size++) Token(t);
    }
    /** The last token pushed, here or to the list before; nullptr when none. */
    const Token *last() const
    {
        return m_size > 0 ? buf() + m_size - 1 : m_list.isEmpty() ? nullptr : &m_list.constLast();
    }

private:
    void flush()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        m_list.append(QList<Token>::const_iterator(buf()), QList<Token>::const_iterator(buf() + m_size));
#else
        for (int k = 0; k < m_size; ++k)
            m_list.append(buf()[k]);
#endif
        m_size = 0;
    }

    static constexpr int Capacity = 256;
    static_assert(std::is_trivially_copyable_v<Token> && std::is_trivially_destructible_v<Token>);
    Token *buf() { return reinterpret_cast<Token *>(m_raw); }
    const Token *buf() const { return reinterpret_cast<const Token *>(m_raw); }

    QList<Token> &m_list;
    alignas(Token) unsigned char m_raw[Capacity * sizeof(Token)]; ///< left uninitialised: a block rarely fills it
    int m_size = 0;
};

} // namespace

Segmenter::Segmenter(const Resources &resources)
{
    for (const QString &line : resources.lines(QStringLiteral("analysis/abbreviations.txt"))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        QString abbr = cols.first().trimmed().toLower();
        if (abbr.endsWith(QLatin1Char('.')))
            abbr.chop(1);
        m_abbreviations.insert(abbr);
        if (cols.size() > 1 && cols.at(1).trimmed() == QLatin1String("title"))
            m_titles.insert(abbr);
    }
    for (const QString &line : resources.lines(QStringLiteral("analysis/sentence-openers.txt")))
        m_openers.insert(line.trimmed().toLower());
    for (const QString &w : std::as_const(m_abbreviations))
        m_abbreviationIndex.insert(w);
    for (const QString &w : std::as_const(m_titles))
        m_titleIndex.insert(w);
    for (const QString &w : std::as_const(m_openers))
        m_openerIndex.insert(w);
}

void Segmenter::annotate(AnalysisContext &context) const
{
    tokenize(context);
    splitSentences(context);
}

void Segmenter::tokenize(AnalysisContext &context) const
{
    const auto &blocks = context.article.blocks;
    context.tokens.reserve(int(context.text.size()) / 5);
    for (int b = 0; b < blocks.size(); ++b)
        tokenizeRange(context.text, blocks.at(b).range, b, context.tokens);
}

QList<Token> Segmenter::tokens(const QString &text) const
{
    QList<Token> out;
    tokenizeRange(text, Span(0, int(text.size())), 0, out);
    return out;
}

void Segmenter::tokenizeRange(const QString &text, Span range, int b, QList<Token> &tokens) const
{
    TokenBatch batch(tokens);
    {
        const int end = range.end;
        int i = range.start;
        while (i < end) {
            const QChar c = text.at(i);
            if (isSpace(c)) {
                ++i;
                continue;
            }
            Token t;
            t.block = b;
            const int start = i;
            if (isDigit(c)) {
                t.kind = Token::Number;
                ++i;
                while (i < end) {
                    const QChar d = text.at(i);
                    if (isDigit(d)) {
                        ++i;
                    } else if ((d == QLatin1Char(',') || d == QLatin1Char('.') || d == QLatin1Char(':') || d == QLatin1Char('/'))
                               && i + 1 < end && isDigit(text.at(i + 1))) {
                        i += 2;
                    } else if (d.isLetter()) { // "110th", "1990s", "3rd"
                        t.kind = Token::Word;
                        ++i;
                    } else {
                        break;
                    }
                }
            } else if (isWordChar(c)) {
                ++i;
                while (i < end) {
                    const QChar d = text.at(i);
                    if (isWordChar(d)) {
                        ++i;
                    } else if ((d == QLatin1Char('-') || d == QChar(0x2010)) && i + 1 < end && isWordChar(text.at(i + 1))) {
                        i += 2;
                    } else if (isApostrophe(d) && i + 1 < end && text.at(i + 1).isLetter()) {
                        // A possessive 's (or a bare "s'") becomes a token of its own.
                        const bool possessive = (text.at(i + 1) == QLatin1Char('s') || text.at(i + 1) == QLatin1Char('S'))
                            && (i + 2 >= end || !isWordChar(text.at(i + 2)));
                        if (possessive)
                            break;
                        i += 2;
                    } else {
                        break;
                    }
                }
                // Periods: dotted acronyms "U.S.", initials "J.", listed abbreviations "Mr.".
                if (i < end && text.at(i) == QLatin1Char('.')) {
                    int part = i - 1; // the last hyphen-separated part: "China-U.S." keeps "U.S."
                    while (part > start && text.at(part - 1) != QLatin1Char('-'))
                        --part;
                    if (i - part == 1 && text.at(part).isLetter()) {
                        int j = i + 1;
                        while (j + 1 < end && text.at(j).isLetter() && text.at(j + 1) == QLatin1Char('.')
                               && (j + 2 >= end || !isWordChar(text.at(j + 2))))
                            j += 2;
                        i = j;
                    } else if (containsLower(m_abbreviationIndex, m_abbreviations, QStringView(text).mid(start, i - start))) {
                        ++i;
                    }
                }
            } else if (isApostrophe(c) && i + 1 < end && (text.at(i + 1) == QLatin1Char('s') || text.at(i + 1) == QLatin1Char('S'))
                       && (i + 2 >= end || !isWordChar(text.at(i + 2))) && batch.last()
                       && batch.last()->span.end == i) {
                i += 2; // possessive 's
            } else if (c == QLatin1Char('.')) {
                while (i < end && text.at(i) == QLatin1Char('.'))
                    ++i;
                t.kind = Token::Punctuation;
            } else if (c.isHighSurrogate() && i + 1 < end && text.at(i + 1).isLowSurrogate()) {
                i += 2;
                t.kind = Token::Symbol;
            } else {
                ++i;
                t.kind = c.isPunct() ? Token::Punctuation : Token::Symbol;
            }
            t.span = Span(start, i);
            finishToken(text, t);
            batch.push(t);
        }
    }
}

void Segmenter::splitSentences(AnalysisContext &context) const
{
    // Unchecked indexing: this loop visits every token, and the checked accessors were most of its cost.
    const QChar *text = context.text.constData();
    const auto &tokens = std::as_const(context.tokens); // Qt 5's QList has no constData()
    const int n = int(context.tokens.size());
    // Sentences average about twenty tokens: one allocation (n / 16) instead of the list's growth steps.
    context.sentences.reserve(context.sentences.size() + n / 16 + 1);
    int sentenceStart = -1;
    auto close = [&](int endPos) {
        if (sentenceStart >= 0 && endPos > sentenceStart)
            context.sentences.append(Span(sentenceStart, endPos));
        sentenceStart = -1;
    };
    for (int k = 0; k < n; ++k) {
        const Token &t = tokens[k];
        if (sentenceStart < 0)
            sentenceStart = t.span.start;
        const bool lastInBlock = k + 1 >= n || tokens[k + 1].block != t.block;
        const int len = t.span.length();
        const QChar *v = text + t.span.start;
        bool terminal = false;
        if (t.kind == Token::Punctuation) {
            // ".", "!", "?", "…" or "..." (character tests: string compares were most of this loop)
            const char16_t c = v[0].unicode();
            terminal = len == 1 ? c == '.' || c == '!' || c == '?' || c == 0x2026
                                : len == 3 && c == '.' && v[1] == QLatin1Char('.') && v[2] == QLatin1Char('.');
        } else if (t.kind == Token::Word && len > 1 && v[len - 1] == QLatin1Char('.') && !lastInBlock) {
            // An abbreviation or acronym ending a sentence: only before a clear sentence opener.
            const bool initial = len == 2;
            const Token &next = tokens[k + 1];
            terminal = !initial && next.capitalized && !containsLower(m_titleIndex, m_titles, QStringView(v, len - 1))
                && containsLower(m_openerIndex, m_openers, QStringView(text + next.span.start, next.span.length()));
        }
        if (terminal && !lastInBlock) {
            // Closing quotes and brackets belong to the sentence they close.
            int j = k + 1;
            while (j < n && tokens[j].block == t.block && tokens[j].span.length() == 1
                   && isClosing(text[tokens[j].span.start]) && tokens[j].span.start == tokens[j - 1].span.end)
                ++j;
            // "...," or ".)" continuing the sentence: not an end.
            if (j < n && tokens[j].block == t.block) {
                const QChar nc = text[tokens[j].span.start];
                if (nc == QLatin1Char(',') || nc == QLatin1Char(';') || nc.isLower()) {
                    continue;
                }
            }
            close(tokens[j - 1].span.end);
            k = j - 1;
            continue;
        }
        if (lastInBlock)
            close(t.span.end);
    }
}

} // namespace Byline
