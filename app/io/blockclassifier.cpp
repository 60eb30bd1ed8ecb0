// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockclassifier.h"

#include "../analysis/resources.h"
#include "datelinedetector.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Byline {

namespace {
constexpr int kTopBlocks = 6; // bylines and datelines sit in the first few blocks

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

QChar lastChar(const QString &text)
{
    return text.isEmpty() ? QChar() : text.back();
}

bool endsLikeSentence(const QString &text)
{
    static const QString finals = QStringLiteral(".,;:!\u2026");
    return finals.contains(lastChar(text));
}

// Text without trailing ':' '.' '…' and spaces, trimmed: what furnitureKey() lower-cases.
QStringView furnitureView(QStringView text)
{
    while (!text.isEmpty()
        && (text.back().isSpace() || text.back() == QLatin1Char(':') || text.back() == QLatin1Char('.')
            || text.back() == QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

// Text without trailing ':' '.' '…' and spaces, lower case: the form furniture lists are compared in.
QString furnitureKey(const QString &text)
{
    return furnitureView(text).toString().toLower();
}

// The longest run of ASCII letters in text, lower case; empty when there is none.
QString longestAsciiWord(const QString &text)
{
    QString best;
    QString run;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            run += QChar(char16_t(u | 0x20));
            continue;
        }
        if (run.size() > best.size())
            best = run;
        run.clear();
    }
    return run.size() > best.size() ? run : best;
}

QString openerAlternation(const QStringList &openers)
{
    QStringList escaped;
    for (const QString &o : openers)
        escaped << QRegularExpression::escape(o).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    return escaped.join(QLatin1Char('|'));
}
} // namespace

BlockClassifier::BlockClassifier(const Resources &resources)
    : m_creditOpeners(resources.lines(QStringLiteral("analysis/credit-openers.txt")))
    , m_creditMarkers(resources.lines(QStringLiteral("analysis/credit-markers.txt")))
    , m_tagLabels(resources.lines(QStringLiteral("analysis/tags-labels.txt")))
    , m_boilerplateLines(resources.lines(QStringLiteral("analysis/boilerplate-lines.txt")))
    , m_boilerplatePrefixes(resources.lines(QStringLiteral("analysis/boilerplate-prefixes.txt")))
    , m_slug(QStringLiteral("^[A-Z0-9]+(?:[-/_][A-Z0-9]+){2,}$"))
{
    m_creditOpener = QRegularExpression(openerAlternation(m_creditOpeners), QRegularExpression::CaseInsensitiveOption);
    m_creditHead = QRegularExpression(QLatin1String("\\A(?:") + openerAlternation(m_creditOpeners) + QLatin1Char(')'),
        QRegularExpression::CaseInsensitiveOption);
    for (const QStringList *list : { &m_boilerplateLines, &m_tagLabels })
        for (const QString &entry : *list)
            m_longestFurniture = qMax(m_longestFurniture, int(entry.size()));
    for (const QString &prefix : std::as_const(m_boilerplatePrefixes)) {
        if (prefix.isEmpty() || prefix.at(0).isSurrogate()) {
            m_prefixInitials.clear();
            break;
        }
        m_prefixInitials += prefix.at(0).toCaseFolded();
    }
    // Every opener holds one of these words; a word that contains another is redundant.
    QStringList words;
    for (const QString &opener : std::as_const(m_creditOpeners)) {
        const QString word = longestAsciiWord(opener);
        if (word.isEmpty()) {
            words.clear();
            break;
        }
        words << word;
    }
    for (const QString &word : std::as_const(words)) {
        const bool redundant = std::any_of(words.cbegin(), words.cend(),
            [&word](const QString &other) { return other.size() < word.size() && word.contains(other); });
        if (!redundant && !m_creditWords.contains(word))
            m_creditWords << word;
    }
    for (const QString &opener : std::as_const(m_creditOpeners)) {
        const char16_t u = opener.isEmpty() ? 0x80 : opener.at(0).unicode();
        if (u >= 0x80 || u <= 0x20) { // a leading space matches any whitespace
            m_creditInitials.clear();
            break;
        }
        const QChar initial((u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u);
        if (!m_creditInitials.contains(initial))
            m_creditInitials += initial;
    }
    m_creditWordsByInitial.resize(26);
    for (const QString &word : std::as_const(m_creditWords))
        m_creditWordsByInitial[word.at(0).unicode() - u'a'] << word;
    m_byline = QRegularExpression(QLatin1String("^(?i:")
            + openerAlternation(resources.lines(QStringLiteral("analysis/byline-openers.txt")))
            + QLatin1String(")\\s+(?=\\p{Lu})"),
        QRegularExpression::UseUnicodePropertiesOption);
}

const BlockClassifier &BlockClassifier::instance()
{
    static const BlockClassifier classifier(Resources::instance());
    return classifier;
}

bool BlockClassifier::isSlug(const QString &text) const
{
    return text.size() >= 10 && text.size() <= 120 && m_slug.match(text).hasMatch();
}

bool BlockClassifier::isBoilerplate(const QString &text) const
{
    if (text.size() > 200)
        return false;
    if (inFurnitureList(text, m_boilerplateLines))
        return true;
    // A prefix is compared case-insensitively (folded), so its first character folded must be the text's.
    if (!m_prefixInitials.isEmpty()
        && (text.isEmpty() || (!text.at(0).isSurrogate() && !m_prefixInitials.contains(text.at(0).toCaseFolded()))))
        return false;
    for (const QString &prefix : m_boilerplatePrefixes)
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    return false;
}

bool BlockClassifier::inFurnitureList(const QString &text, const QStringList &list) const
{
    // Lower-casing never shortens a text, so most blocks are too long to be in any list.
    if (furnitureView(text).size() > m_longestFurniture)
        return false;
    return list.contains(furnitureKey(text));
}

bool BlockClassifier::mayHoldCreditOpener(QStringView text) const
{
    if (m_creditWords.isEmpty())
        return true;
    // An ASCII letter matches caselessly only its ASCII other case, so on ASCII text a match holds its opener's
    // word in some case; text with any other character goes to the regular expression.
    QVarLengthArray<char16_t, 256> lower(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80)
            return true;
        lower[i] = (u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u;
    }
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = lower[i];
        if (c < u'a' || c > u'z')
            continue;
        for (const QString &word : m_creditWordsByInitial.at(c - u'a'))
            if (n - i >= word.size() && QStringView(lower.constData() + i, word.size()) == word)
                return true;
    }
    return false;
}

bool BlockClassifier::mayOpenWithCredit(const QString &text) const
{
    if (text.isEmpty() || m_creditInitials.isEmpty())
        return true;
    // Caseless matching pairs an ASCII character only with ASCII ones; any other goes to the regular expression.
    const char16_t u = text.at(0).unicode();
    if (u >= 0x80)
        return true;
    return m_creditInitials.contains(QChar((u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u));
}

int BlockClassifier::creditStart(const QString &text) const
{
    int best = -1;
    // A credit closes its block and is at most 150 characters long: the tail is all there is to search.
    const int tail = qMax(0, int(text.size()) - 170);
    if (tail > 0 && mayOpenWithCredit(text)) {
        if (m_creditHead.match(text).hasMatch())
            return 0;
    }
    if (!mayHoldCreditOpener(QStringView(text).mid(tail)))
        return best;
    for (auto it = m_creditOpener.globalMatch(text, tail); it.hasNext();) {
        const int p = int(it.next().capturedStart());
        if (p == 0)
            return 0;
        // Only a credit that closes the block counts: after a sentence end, or in parentheses.
        const bool afterSentence = p >= 2 && text.at(p - 1).isSpace()
            && (QStringLiteral(".!?\"\u201D)").contains(text.at(p - 2)) || text.at(p) == QLatin1Char('('));
        if (afterSentence && text.size() - p <= 150 && (best < 0 || p < best))
            best = p;
    }
    return best;
}

bool BlockClassifier::isCreditLine(const QString &text) const
{
    if (text.size() > 100)
        return false;
    for (const QString &marker : m_creditMarkers)
        if (text.contains(marker))
            return true;
    return false;
}

bool BlockClassifier::isTagsLabel(const QString &text, bool *inlineList) const
{
    *inlineList = false;
    if (text.size() > 300)
        return false;
    if (inFurnitureList(text, m_tagLabels))
        return true;
    const int colon = int(text.indexOf(QLatin1Char(':')));
    if (colon > 0 && colon < 20 && m_tagLabels.contains(text.left(colon).trimmed().toLower())) {
        *inlineList = true;
        return true;
    }
    return false;
}

QStringList BlockClassifier::authorsFromByline(const QString &byline) const
{
    QStringList authors;
    const QRegularExpressionMatch opener = m_byline.match(byline);
    QString rest = opener.hasMatch() ? byline.mid(opener.capturedEnd()) : byline;
    static const QRegularExpression stop(QStringLiteral("\\s+[|\u2013\u2014-]\\s+|\\d|\\("));
    const QRegularExpressionMatch cut = stop.match(rest);
    if (cut.hasMatch())
        rest.truncate(int(cut.capturedStart()));
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|;|&|\\band\\b)\\s*"));
    static const QRegularExpression name(
        QStringLiteral("^\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &part : rest.split(separators, Qt::SkipEmptyParts)) {
        const QString candidate = part.trimmed();
        if (name.match(candidate).hasMatch())
            authors << candidate;
    }
    return authors;
}

void BlockClassifier::classify(QList<DraftBlock> &blocks, const Options &options) const
{
    const auto isFree = [&blocks](int i) { return i >= 0 && i < blocks.size() && !blocks.at(i).fixed; };

    // Furniture, slugs, captions, credits, tags: decided by the block itself (and a slug or label before it).
    // Credits split off captions are collected in a new list, so many captions cost no quadratic inserts.
    QList<DraftBlock> split;
    split.reserve(blocks.size());
    for (int i = 0; i < blocks.size(); ++i) {
        if (!isFree(i)) {
            split.append(blocks.at(i));
            continue;
        }
        DraftBlock &b = blocks[i];
        bool inlineList = false;
        if (isBoilerplate(b.text)) {
            b.role = BlockRole::Boilerplate;
        } else if (isSlug(b.text)) {
            b.role = BlockRole::Caption;
            if (isFree(i + 1) && creditStart(blocks.at(i + 1).text) != 0 && !isCreditLine(blocks.at(i + 1).text))
                blocks[i + 1].role = BlockRole::Caption;
        } else if (isTagsLabel(b.text, &inlineList)) {
            b.role = BlockRole::Tags;
            if (!inlineList && isFree(i + 1) && blocks.at(i + 1).text.size() <= 300) {
                blocks[i + 1].role = BlockRole::Tags;
                split.append(b);
                b = blocks.at(++i);
            }
        } else {
            const int credit = creditStart(b.text);
            if (credit == 0 || isCreditLine(b.text)) {
                b.role = BlockRole::Credit;
            } else if (credit > 0) {
                const DraftBlock creditBlock { b.text.mid(credit).trimmed(), BlockRole::Credit, 0, false };
                b.text = b.text.left(credit).trimmed();
                b.role = BlockRole::Caption;
                split.append(b);
                split.append(creditBlock);
                continue;
            }
        }
        split.append(b);
    }
    blocks = split;

    int title = -1;
    if (options.detectTitle) {
        int first = 0;
        while (first < blocks.size() && blocks.at(first).role == BlockRole::Boilerplate)
            ++first;
        if (isFree(first) && blocks.at(first).role == BlockRole::Paragraph) {
            const QString &t = blocks.at(first).text;
            const bool sentence
                = lastChar(t) == QLatin1Char('.') && (t.size() > 100 || t.contains(QLatin1String(". ")));
            if (t.size() <= 200 && wordCount(t) <= 30 && !sentence && lastChar(t) != QLatin1Char(',')
                && lastChar(t) != QLatin1Char(';') && lastChar(t) != QLatin1Char(':') && !t.at(0).isLower()) {
                blocks[first].role = BlockRole::Title;
                title = first;
            }
        }
    }

    const DatelineDetector &dates = DatelineDetector::instance();
    for (int i = 0; i < blocks.size() && i < kTopBlocks; ++i) {
        if (!isFree(i) || blocks.at(i).role != BlockRole::Paragraph)
            continue;
        const QString &t = blocks.at(i).text;
        if (t.size() <= 150 && m_byline.match(t).hasMatch() && !authorsFromByline(t).isEmpty())
            blocks[i].role = BlockRole::Byline;
        else if (dates.isDateOnly(t))
            blocks[i].role = BlockRole::Dateline;
    }

    if (options.trailingShortLines) {
        for (int i = int(blocks.size()) - 1; i > title; --i) {
            if (blocks.at(i).role == BlockRole::Boilerplate)
                continue;
            const QString &t = blocks.at(i).text;
            if (!isFree(i) || blocks.at(i).role != BlockRole::Paragraph || t.size() > 40 || wordCount(t) > 5
                || endsLikeSentence(t) || lastChar(t) == QLatin1Char('?'))
                break;
            blocks[i].role = BlockRole::Boilerplate;
        }
    }

    if (options.detectHeadings) {
        for (int i = 0; i + 1 < blocks.size(); ++i) {
            if (i == title || !isFree(i) || blocks.at(i).role != BlockRole::Paragraph)
                continue;
            const QString &t = blocks.at(i).text;
            const DraftBlock &next = blocks.at(i + 1);
            if (t.isEmpty() || t.size() > 100 || wordCount(t) > 15 || endsLikeSentence(t)
                || !(t.at(0).isUpper() || t.at(0).isDigit() || t.at(0) == QLatin1Char('"') || t.at(0) == QChar(0x201C)))
                continue;
            if (next.role == BlockRole::Paragraph && next.text.size() > t.size()) {
                blocks[i].role = BlockRole::Heading;
                blocks[i].level = 2;
            }
        }
    }
}

} // namespace Byline
