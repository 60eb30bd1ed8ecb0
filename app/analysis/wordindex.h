// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Byline {

/**
 * A word list that answers for a token of the text without a temporary string: find() folds
 * (LowerCase: QChar::toLower per UTF-16 unit, inline for ASCII) and hashes (64-bit FNV-1a) in one
 * pass over the characters, then compares with the stored key. The keys are stored as inserted
 * (a LowerCase index expects lower-cased keys), so find(w) is exactly "the folded w is a key", as
 * a QSet<QString> of the keys would say for a lower-cased copy of w.
 *
 * Layout, for the cache on lists of 100,000 words: a bit set of the keys' (first character, last
 * character, length) signatures answers most misses before any hashing; then an open-addressing
 * table of 8-byte slots (half of the hash and the id, at most half full, linear probing); the
 * keys one after another in one string. Ids are 0, 1, … in order of insertion. Immutable after
 * construction; thread-safe for readers.
 */
class WordIndex
{
public:
    enum Fold : unsigned char { AsWritten, LowerCase };

    /** One UTF-16 unit lower-cased as LowerCase folds it: ASCII inline, anything else as QChar::toLower(). */
    static char16_t lowerUnit(char16_t u)
    {
        if (u < 128)
            return char16_t(u + (unsigned(u - 'A') < 26u ? 32 : 0));
        return QChar(u).toLower().unicode();
    }

    explicit WordIndex(Fold fold = AsWritten)
        : m_fold(fold)
    {
    }

    /** The id of key (not folded), added when new; an empty key is never found and gets -1. */
    int insert(QStringView key)
    {
        if (key.isEmpty())
            return -1;
        const quint64 h = hash(key, AsWritten);
        for (qsizetype slot = m_slots.empty() ? 0 : firstSlot(h); !m_slots.empty(); slot = (slot + 1) & m_mask) {
            const Slot &s = m_slots[size_t(slot)];
            if (s.id < 0)
                break;
            if (s.check == check(h) && this->key(s.id) == key)
                return s.id;
        }
        const int id = size();
        m_pool += key;
        m_starts.push_back(quint32(m_pool.size()));
        if (qsizetype(size()) * 2 > qsizetype(m_slots.size())) {
            rehash(size());
        } else {
            place(h, id);
            addSignature(key);
        }
        return id;
    }
    /** The id of word once folded, or -1. */
    int find(QStringView word) const { return m_fold == LowerCase ? find<LowerCase>(word) : find<AsWritten>(word); }
    bool contains(QStringView word) const { return find(word) >= 0; }
    /** The key of an id, valid until the next insert(). */
    QStringView key(int id) const
    {
        return QStringView(m_pool.constData() + m_starts[size_t(id)], qsizetype(m_starts[size_t(id) + 1] - m_starts[size_t(id)]));
    }
    int size() const { return int(m_starts.size()) - 1; }
    /** Room for n keys without growing the table. */
    void reserve(qsizetype n)
    {
        m_starts.reserve(size_t(n) + 1);
        if (n * 2 > qsizetype(m_slots.size()))
            rehash(n);
    }

private:
    template<Fold F>
    int find(QStringView word) const
    {
        if (word.isEmpty() || m_slots.empty())
            return -1;
        // Most words are no key: their (first, last, length) signature is answered by one bit.
        const quint32 bit = signature(fold(word.front(), F), fold(word.back(), F), word.size()) & m_filterMask;
        if (!(m_filter[bit >> 6] & (quint64(1) << (bit & 63))))
            return -1;
        const quint64 h = hash(word, F);
        for (qsizetype slot = firstSlot(h);; slot = (slot + 1) & m_mask) {
            const Slot &s = m_slots[size_t(slot)];
            if (s.id < 0)
                return -1;
            if (s.check == check(h) && equalFolded<F>(word, key(s.id)))
                return s.id;
        }
    }
    /** One cell of the table; id -1: empty. */
    struct Slot
    {
        quint32 check = 0; ///< the high half of the key's hash (the low bits chose the slot)
        int id = -1;
    };

    static quint32 check(quint64 h) { return quint32(h >> 32); }
    qsizetype firstSlot(quint64 h) const { return qsizetype((h ^ (h >> 29)) & quint64(m_mask)); }
    void place(quint64 h, int id)
    {
        qsizetype slot = firstSlot(h);
        while (m_slots[size_t(slot)].id >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[size_t(slot)] = Slot { check(h), id };
    }
    /** A power-of-two table of at least 2 × keys slots, every key placed again; the filter has 4 bits a slot. */
    void rehash(qsizetype keys)
    {
        qsizetype size = 64;
        while (size < keys * 2)
            size *= 2;
        m_slots.assign(size_t(size), Slot());
        m_mask = size - 1;
        const qsizetype filterBits = qMin<qsizetype>(size * 4, qsizetype(1) << 20);
        m_filter.assign(size_t(filterBits / 64), 0);
        m_filterMask = quint32(filterBits - 1);
        for (int id = 0; id < this->size(); ++id) {
            place(hash(key(id), AsWritten), id);
            addSignature(key(id));
        }
    }
    static quint32 signature(QChar first, QChar last, qsizetype length)
    {
        quint32 x = (first.unicode() * 0x9E3779B1u) ^ (last.unicode() * 0x85EBCA77u) ^ (quint32(length) * 0xC2B2AE3Du);
        return x ^ (x >> 15);
    }
    void addSignature(QStringView key)
    {
        const quint32 bit = signature(key.front(), key.back(), key.size()) & m_filterMask;
        m_filter[bit >> 6] |= quint64(1) << (bit & 63);
    }
    static QChar fold(QChar c, Fold f) { return f == AsWritten ? c : QChar(lowerUnit(c.unicode())); }
    static quint64 hash(QStringView word, Fold f)
    {
        quint64 h = 1469598103934665603ull;
        for (QChar c : word) {
            h ^= fold(c, f).unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
    template<Fold F>
    static bool equalFolded(QStringView word, QStringView key)
    {
        if (word.size() != key.size())
            return false;
        for (qsizetype p = 0; p < word.size(); ++p)
            if (fold(word[p], F) != key[p])
                return false;
        return true;
    }

    Fold m_fold;
    std::vector<Slot> m_slots;
    qsizetype m_mask = 0;
    std::vector<quint64> m_filter; ///< bit signature(first, last, length) & m_filterMask is set for every key
    quint32 m_filterMask = 0;
    QString m_pool; ///< the keys, one after another
    std::vector<quint32> m_starts { 0 }; ///< key id is m_pool[m_starts[id], m_starts[id + 1])
};

} // namespace Byline
