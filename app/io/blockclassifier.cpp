// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockclassifier.h"

#include "../analysis/resources.h"
#include "datelinedetector.h"

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

// Text without trailing ':' '.' '…' and spaces, lower case: the form furniture lists are compared in.
QString furnitureKey(const QString &text)
{
    QString key = text.toLower();
    while (!key.isEmpty()
        && (key.back().isSpace() || key.back() == QLatin1Char(':') || key.back() == QLatin1Char('.')
            || key.back() == QChar(0x2026)))
        key.chop(1);
    return key.trimmed();
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
    const QString key = furnitureKey(text);
    if (m_boilerplateLines.contains(key))
        return true;
    for (const QString &prefix : m_boilerplatePrefixes)
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    return false;
}

int BlockClassifier::creditStart(const QString &text) const
{
    int best = -1;
    // A credit closes its block and is at most 150 characters long: the tail is all there is to search.
    const int tail = qMax(0, int(text.size()) - 170);
    if (tail > 0) {
        if (m_creditHead.match(text).hasMatch())
            return 0;
    }
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
    if (m_tagLabels.contains(furnitureKey(text)))
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
