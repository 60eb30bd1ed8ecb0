// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerannotator.h"

#include "analysiscontext.h"
#include "gazetteer.h"

#include <QVarLengthArray>


namespace Byline {

GazetteerAnnotator::GazetteerAnnotator(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

void GazetteerAnnotator::annotate(AnalysisContext &context) const
{
    const QList<Token> &tokens = context.tokens;
    const QString &text = context.text;
    const int n = int(tokens.size());
    auto word = [&](int k) {
        return QString::fromRawData(text.constData() + tokens.at(k).span.start, tokens.at(k).span.length());
    };
    auto view = [&](int k) { return QStringView(text.constData() + tokens.at(k).span.start, tokens.at(k).span.length()); };
    auto capsContext = [&](int k) {
        const Token &t = tokens.at(k);
        if (!t.allCaps)
            return false;
        if (k == 0 || tokens.at(k - 1).block != t.block) // a dateline: "CUPERTINO, California (Reuters) -"
            return true;
        for (int j : { k - 1, k + 1 }) {
            if (j < 0 || j >= n || tokens.at(j).block != t.block)
                continue;
            const Token &o = tokens.at(j);
            if (o.allCaps || (o.span.length() == 1 && text.at(o.span.start) == QLatin1Char('/')))
                return true;
        }
        return false;
    };
    // The growing key, reused across tokens; QString::append() was an out-of-line call per token.
    QVarLengthArray<QChar, 256> key;
    const auto append = [&key](QStringView w) { key.append(w.data(), w.size()); };
    for (int i = 0; i < n;) {
        const Token &t = tokens.at(i);
        // A word that is not all caps is only looked up as written: most fail the first-character and length test.
        if (t.kind != Token::Word
            || (!t.allCaps
                && (!m_gazetteer->canStart(text.at(t.span.start)) || !m_gazetteer->mayStartKey(view(i), false)))
            || context.article.blocks.at(t.block).role == BlockRole::Boilerplate) {
            ++i;
            continue;
        }
        const QStringView first = view(i);
        GazetteerMatch best;
        QString upperHead; // only all-caps text is looked up upper-cased
        for (const bool upper : { false, true }) {
            if (upper && (best.entry >= 0 || !capsContext(i)))
                break;
            if (upper)
                upperHead = first.toString().toUpper();
            const QStringView head = upper ? QStringView(upperHead) : first;
            if (!m_gazetteer->mayStartKey(head, upper))
                continue;
            // Grow the key token by token while it is still the start of some key; the last key seen is the longest.
            const Gazetteer::KeyNode *node = m_gazetteer->node(head, upper);
            for (int len = 1; node; ++len) {
                if (node->entry >= 0) {
                    best.entry = node->entry;
                    best.firstToken = i;
                    best.tokenCount = len;
                    best.upper = upper;
                    best.span = Span(t.span.start, tokens.at(i + len - 1).span.end);
                }
                const int j = i + len;
                if (!node->prefix || j >= n || tokens.at(j).block != t.block)
                    break;
                if (len == 1) {
                    key.clear();
                    append(head);
                }
                key.append(QLatin1Char(' '));
                if (upper)
                    append(word(j).toUpper());
                else
                    append(view(j));
                node = m_gazetteer->node(QStringView(key.constData(), key.size()), upper);
            }
        }
        // "the United States": a lower-case article is not part of the name unless the name has it ("The Hague").
        if (best.entry >= 0 && best.tokenCount > 1 && first == QLatin1String("the")
            && !m_gazetteer->entry(best.entry).canonical.startsWith(first, Qt::CaseInsensitive)) {
            best.firstToken = i + 1;
            --best.tokenCount;
            best.span.start = tokens.at(i + 1).span.start;
            ++i;
        }
        // "US$180 billion": a currency prefix, not a mention of the place.
        if (best.entry >= 0 && best.span.end < text.size()
            && text.at(best.span.end).category() == QChar::Symbol_Currency)
            best.entry = -1;
        if (best.entry >= 0) {
            context.gazetteerMatches.append(best);
            i += best.tokenCount;
        } else {
            ++i;
        }
    }
}

} // namespace Byline
