// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firstlengthfilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace Byline {

/**
 * A word list that answers for a token of the text without a temporary string: find() folds
 * (LowerCase: QChar::toLower per UTF-16 unit, inline for ASCII) and hashes (64-bit FNV-1a) in one
 * pass over the characters, then compares with the stored key. The keys are stored as inserted
 * (a LowerCase index expects lower-cased keys), so find(w) is exactly "the folded w is a key",
 * as a QSet<QString> of the keys would say for a lower-cased copy of w. Two keys with the same
 * hash both stay findable (the later one probes the next hash value). Ids are 0, 1, … in order
 * of insertion. Immutable after construction; thread-safe for readers.
 */
class WordIndex
{
public:
    enum Fold : unsigned char { AsWritten, LowerCase };

    explicit WordIndex(Fold fold = AsWritten)
        : m_fold(fold)
    {
    }

    /** The id of key (not folded), added when new; an empty key is never found and gets -1. */
    int insert(const QString &key)
    {
        if (key.isEmpty())
            return -1;
        quint64 h = hash(key, AsWritten);
        for (;; ++h) {
            const auto it = m_index.constFind(h);
            if (it == m_index.cend())
                break;
            if (m_keys.at(*it) == key)
                return *it;
        }
        const int id = int(m_keys.size());
        m_index.insert(h, id);
        m_keys.append(key);
        m_lengths.add(key);
        return id;
    }
    /** The id of word once folded, or -1. */
    int find(QStringView word) const
    {
        if (word.isEmpty() || !m_lengths.mayContain(fold(word.front(), m_fold), word.size()))
            return -1;
        for (quint64 h = hash(word, m_fold);; ++h) {
            const auto it = m_index.constFind(h);
            if (it == m_index.cend())
                return -1;
            if (equalFolded(word, m_keys.at(*it)))
                return *it;
        }
    }
    bool contains(QStringView word) const { return find(word) >= 0; }
    const QString &key(int id) const { return m_keys.at(id); }
    int size() const { return int(m_keys.size()); }
    void reserve(qsizetype n)
    {
        m_index.reserve(n);
        m_keys.reserve(n);
    }

private:
    static QChar fold(QChar c, Fold f)
    {
        const char16_t u = c.unicode();
        if (f == AsWritten)
            return c;
        if (u < 128)
            return QChar(char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u));
        return c.toLower();
    }
    static quint64 hash(QStringView word, Fold f)
    {
        quint64 h = 1469598103934665603ull;
        for (QChar c : word) {
            h ^= fold(c, f).unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
    bool equalFolded(QStringView word, const QString &key) const
    {
        if (word.size() != key.size())
            return false;
        const QChar *k = key.constData();
        for (qsizetype p = 0; p < word.size(); ++p)
            if (fold(word[p], m_fold) != k[p])
                return false;
        return true;
    }

    Fold m_fold;
    QHash<quint64, int> m_index;
    QList<QString> m_keys;
    FirstLengthFilter m_lengths;
};

} // namespace Byline
