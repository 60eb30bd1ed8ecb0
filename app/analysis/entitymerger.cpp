// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymerger.h"

#include "analysiscontext.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Byline {

namespace {

struct Group
{
    EntityType type = EntityType::Other;
    QString name;
    /** The name's words, views of the mention key the group was made from: filled for people only (the others need only wordCount). */
    QList<QStringView> words;
    int wordCount = 0; ///< parts of the name split at ' '
    QVarLengthArray<int, 8> mentions; ///< most entities of an article have a few mentions: no allocation for them
};

/** text.simplified() would return the text unchanged. */
bool isSimplified(QStringView text)
{
    for (qsizetype p = 0; p < text.size(); ++p) {
        if (text[p].isSpace()
            && (text[p] != QLatin1Char(' ') || p == 0 || p + 1 == text.size() || text[p + 1].isSpace()))
            return false;
    }
    return true;
}

bool containsRun(const QList<QStringView> &hay, const QList<QStringView> &needle)
{
    for (int s = 0; s + needle.size() <= hay.size(); ++s) {
        bool same = true;
        for (int k = 0; k < needle.size() && same; ++k)
            same = hay.at(s + k) == needle.at(k);
        if (same)
            return true;
    }
    return false;
}

/** key.split(' ', Qt::SkipEmptyParts) as views, in one allocation. */
QList<QStringView> wordsOf(QStringView key)
{
    QList<QStringView> words;
    words.reserve(key.count(QLatin1Char(' ')) + 1);
    qsizetype start = 0;
    for (qsizetype p = 0; p <= key.size(); ++p) {
        if (p == key.size() || key[p] == QLatin1Char(' ')) {
            if (p > start)
                words.append(key.mid(start, p - start));
            start = p + 1;
        }
    }
    return words;
}

/** The upper-case first letters of the name's words and hyphenated parts: "Korean People's Army" → "KPA". */
QString initials(const QString &name)
{
    QString out;
    const auto separator = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('-'); };
    for (qsizetype p = 0; p < name.size(); ++p) {
        const QChar c = name.at(p);
        if (!separator(c) && (p == 0 || separator(name.at(p - 1))) && c.isUpper())
            out += c;
    }
    return out;
}

/** "e" and the number n >= 1, written by hand: QString::number() costs more than the rest of a small entity. */
QString entityId(int n)
{
    char16_t digits[12];
    int at = 12;
    for (; n > 0; n /= 10)
        digits[--at] = char16_t(u'0' + n % 10);
    QString id(1 + 12 - at, Qt::Uninitialized);
    id[0] = QLatin1Char('e');
    std::copy(digits + at, digits + 12, reinterpret_cast<char16_t *>(id.data()) + 1);
    return id;
}

bool isAcronym(const QString &s)
{
    if (s.size() < 2 || s.size() > 8)
        return false;
    for (QChar c : s)
        if (!c.isUpper() && c != QLatin1Char('.'))
            return false;
    return true;
}

/**
 * A map for the merger's per-article tables. Most articles have a few keys: a linear search among
 * them costs less than building a hash; beyond kSmall keys (long articles) a hash takes over.
 */
template<typename K, typename V>
class SmallMap
{
public:
    V *find(const K &key)
    {
        if (m_large) {
            const auto it = m_hash.find(key);
            return it == m_hash.end() ? nullptr : &it.value();
        }
        for (Entry &e : m_small)
            if (e.key == key)
                return &e.value;
        return nullptr;
    }
    V value(const K &key, V fallback) const
    {
        if (m_large)
            return m_hash.value(key, fallback);
        for (const Entry &e : m_small)
            if (e.key == key)
                return e.value;
        return fallback;
    }
    bool contains(const K &key) const { return m_large ? m_hash.contains(key) : hasSmall(key); }
    bool isEmpty() const { return m_large ? m_hash.isEmpty() : m_small.isEmpty(); }
    /** Adds a key that is not in the map. */
    void add(const K &key, const V &value)
    {
        if (!m_large && m_small.size() < kSmall) {
            m_small.append(Entry { key, value });
            return;
        }
        if (!m_large) {
            m_large = true;
            for (const Entry &e : std::as_const(m_small))
                m_hash.insert(e.key, e.value);
            m_small.clear();
        }
        m_hash.insert(key, value);
    }
    /** f(key, value&) for each entry, in no particular order. */
    template<typename F>
    void forEach(F f)
    {
        if (m_large) {
            for (auto it = m_hash.begin(); it != m_hash.end(); ++it)
                f(it.key(), it.value());
        } else {
            for (Entry &e : m_small)
                f(e.key, e.value);
        }
    }

private:
    bool hasSmall(const K &key) const
    {
        for (const Entry &e : m_small)
            if (e.key == key)
                return true;
        return false;
    }
    static constexpr qsizetype kSmall = 16;
    struct Entry
    {
        K key;
        V value;
    };
    QVarLengthArray<Entry, kSmall> m_small;
    QHash<K, V> m_hash;
    bool m_large = false;
};

} // namespace

void EntityMerger::annotate(AnalysisContext &context) const
{
    QList<EntityMention> &ms = context.mentions;
    QList<Group> groups;
    groups.reserve(ms.size()); // at most one a mention: never moved
    SmallMap<QPair<int, QString>, int> byKey; // (type, key) → group
    auto join = [&](int g, int m) { groups[g].mentions.append(m); };
    auto newGroup = [&](EntityType type, const QString &name) {
        groups.append(Group { type, name, {}, int(name.count(QLatin1Char(' '))) + 1, {} });
        return int(groups.size()) - 1;
    };

    // word -> the person groups whose name holds it, in group order: looking a name up among all
    // groups made merging quadratic in the number of distinct people (20,000 names: seconds).
    // Keys are views of the mention keys, which outlive it; most words are in one or two names (no allocation).
    using Holders = QVarLengthArray<int, 2>;
    QHash<QStringView, Holders> personGroupsWith;
    auto personWith = [&](QStringView word) {
        const auto it = personGroupsWith.constFind(word);
        return it == personGroupsWith.cend() ? -1 : it->first();
    };
    // People first, fullest names first, so "Xi" finds "Xi Jinping" whatever the order of appearance.
    QList<int> people;
    people.reserve(ms.size());
    for (int m = 0; m < ms.size(); ++m)
        if (ms.at(m).kind == MentionKind::Name && !ms.at(m).unresolved && ms.at(m).type == EntityType::Person)
            people.append(m);
    std::vector<int> wordCount(size_t(ms.size()), 0); // by mention
    for (int m : people)
        wordCount[size_t(m)] = int(ms.at(m).key.count(QLatin1Char(' ')));
    std::stable_sort(
        people.begin(), people.end(), [&](int x, int y) { return wordCount[size_t(x)] > wordCount[size_t(y)]; });
    SmallMap<QString, int> personByKey;
    for (int m : people) {
        const int known = personByKey.value(ms.at(m).key, -1);
        if (known >= 0) {
            join(known, m);
            continue;
        }
        const QList<QStringView> words = wordsOf(ms.at(m).key);
        // A group holding the run holds each of its words: only those holding the rarest are tried.
        const Holders *candidates = nullptr;
        for (QStringView w : words) {
            const auto it = personGroupsWith.constFind(w);
            if (it == personGroupsWith.cend()) {
                candidates = nullptr;
                break;
            }
            if (!candidates || it->size() < candidates->size())
                candidates = &it.value();
        }
        int found = words.isEmpty() && !groups.isEmpty() ? 0 : -1; // an empty run is in any name
        for (qsizetype c = 0; candidates && c < candidates->size(); ++c) {
            if (containsRun(groups.at(candidates->at(c)).words, words)) {
                found = candidates->at(c);
                break;
            }
        }
        if (found < 0) {
            found = int(groups.size());
            groups.append(Group { EntityType::Person, ms.at(m).key, words, int(words.size()), {} });
            for (QStringView w : words) {
                Holders &holders = personGroupsWith[w];
                if (holders.isEmpty() || holders.last() != found)
                    holders.append(found);
            }
        }
        personByKey.add(ms.at(m).key, found);
        join(found, m);
    }
    SmallMap<QStringView, int> personSurname; // last word of a person's full name → the person
    for (int g = 0; g < groups.size(); ++g)
        if (groups.at(g).words.size() >= 2 && !personSurname.contains(groups.at(g).words.constLast()))
            personSurname.add(groups.at(g).words.constLast(), g);
    for (int m = 0; m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind != MentionKind::Name || x.unresolved || x.type == EntityType::Person)
            continue;
        const bool listed = x.rule.startsWith(QLatin1String("gazetteers/"));
        // A context guess ("in Warhol") gives way to a person whose name holds the word.
        if (!listed && !x.key.contains(QLatin1Char(' '))) {
            const int person = personWith(x.key);
            if (person >= 0) {
                join(person, m);
                continue;
            }
        }
        // "Austin told reporters" after "Lloyd Austin": a listed one-word place that is a named person's surname.
        if (x.type == EntityType::Location && listed && !personSurname.isEmpty() && !x.afterPlacePreposition) {
            const int person = personSurname.value(QStringView(context.text.constData() + x.span.start, x.span.length()), -1);
            if (person >= 0) {
                join(person, m);
                continue;
            }
        }
        const QPair<int, QString> k(int(x.type), x.key);
        int g = byKey.value(k, -1);
        if (g < 0) {
            g = newGroup(x.type, x.key);
            byKey.add(k, g);
        }
        join(g, m);
    }
    // Organisation and outlet names of two or more words by their initials, the first group of each (built
    // on first need). No such group is ever emptied below (only one-word acronym groups are), so "the first
    // non-empty group with these initials" is this table's answer throughout.
    QHash<QString, int> byInitials;
    bool hasByInitials = false;
    auto firstWithInitials = [&](const QString &letters) {
        if (!hasByInitials) {
            hasByInitials = true;
            for (int h = 0; h < groups.size(); ++h) {
                const Group &full = groups.at(h);
                if (full.wordCount >= 2 && (full.type == EntityType::Organization || full.type == EntityType::Outlet)
                    && !full.mentions.isEmpty()) {
                    const QString key = initials(full.name);
                    if (!byInitials.contains(key))
                        byInitials.insert(key, h);
                }
            }
        }
        return byInitials.value(letters, -1);
    };
    // Acronyms of longer organisation or outlet names.
    for (int g = 0; g < groups.size(); ++g) {
        Group &acr = groups[g];
        if (acr.mentions.isEmpty() || (acr.type != EntityType::Organization && acr.type != EntityType::Outlet)
            || !isAcronym(acr.name))
            continue;
        QString letters = acr.name;
        letters.remove(QLatin1Char('.'));
        const int h = firstWithInitials(letters); // never g: an acronym is one word
        if (h < 0)
            continue;
        groups[h].mentions.append(acr.mentions.constData(), acr.mentions.size());
        acr.mentions.clear();
    }
    // Unresolved words: kept only as a repetition of a known name or part of a person's name. Each
    // distinct word is resolved once: the last group that has it as a mention key or name, else the
    // first person whose name has the word, else an organisation with those initials.
    SmallMap<QString, int> resolved; // unresolved word → group, -1 when none
    for (const EntityMention &x : std::as_const(ms))
        if (x.kind == MentionKind::Name && x.unresolved)
            if (!resolved.find(x.key))
                resolved.add(x.key, -1);
    for (int g = 0; !resolved.isEmpty() && g < groups.size(); ++g) {
        if (groups.at(g).mentions.isEmpty())
            continue;
        const QString *last = nullptr;
        for (int m : groups.at(g).mentions) {
            if (last && *last == ms.at(m).key) // the same key again would store the same group
                continue;
            last = &ms.at(m).key;
            if (int *r = resolved.find(*last))
                *r = g;
        }
        if (int *r = resolved.find(groups.at(g).name))
            *r = g;
    }
    resolved.forEach([&](const QString &word, int &g) {
        if (g < 0) // person groups are never empty
            g = personWith(word);
        if (g < 0)
            g = firstWithInitials(word);
    });
    for (int m = 0; !resolved.isEmpty() && m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind != MentionKind::Name || !x.unresolved)
            continue;
        const int g = resolved.value(x.key, -1);
        if (g >= 0)
            join(g, m);
    }
    // Demonyms join their country; roles join the one person who held them.
    struct Holder
    {
        EntityType type;
        QString affiliation;
        int group;
    };
    QHash<QString, QList<Holder>> holders; // role → the groups that held it with a type and affiliation, in group order
    bool anyNominal = false;
    for (const EntityMention &x : std::as_const(ms))
        anyNominal = anyNominal || x.kind == MentionKind::Nominal;
    for (int g = 0; anyNominal && g < groups.size(); ++g) {
        for (int p : groups.at(g).mentions) {
            const EntityMention &x = ms.at(p);
            if (x.kind != MentionKind::Name || x.role.isEmpty())
                continue;
            QList<Holder> &list = holders[x.role];
            const auto same = [&](const Holder &h) {
                return h.group == g && h.type == groups.at(g).type && h.affiliation == x.affiliation;
            };
            if (std::none_of(list.cbegin(), list.cend(), same))
                list.append(Holder { groups.at(g).type, x.affiliation, g });
        }
    }
    for (int m = 0; m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind == MentionKind::Adjectival) {
            const QPair<int, QString> k(int(EntityType::Location), x.key);
            int g = byKey.value(k, -1);
            if (g < 0) {
                g = newGroup(EntityType::Location, x.key);
                byKey.add(k, g);
            }
            join(g, m);
        } else if (x.kind == MentionKind::Nominal) {
            // Joins only when exactly one group held the role with this type and affiliation.
            int held = -1, count = 0;
            const auto it = holders.constFind(x.role);
            if (it != holders.cend()) {
                for (const Holder &h : *it) {
                    if (h.type == x.type && h.affiliation == x.affiliation) {
                        held = count == 0 ? h.group : held;
                        ++count;
                    }
                }
            }
            if (count == 1)
                join(held, m);
        }
    }

    // Entities in order of first mention.
    QList<int> order;
    order.reserve(groups.size());
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).mentions.isEmpty())
            continue;
        std::sort(groups[g].mentions.begin(), groups[g].mentions.end(),
            [&](int x, int y) { return ms.at(x).span < ms.at(y).span; });
        order.append(g);
    }
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        return ms.at(groups.at(x).mentions.first()).span < ms.at(groups.at(y).mentions.first()).span;
    });
    const QString &text = context.text;
    context.result.entities.reserve(context.result.entities.size() + order.size());
    for (int g : order) {
        const Group &grp = groups.at(g);
        Entity e;
        e.id = entityId(int(context.result.entities.size()) + 1);
        e.type = grp.type;
        e.name = grp.name;
        e.mentions.reserve(grp.mentions.size());
        for (int m : grp.mentions) {
            EntityMention &x = ms[m];
            x.entity = int(context.result.entities.size());
            e.mentions.append(Mention { x.span, x.kind, x.rule });
            if (x.kind == MentionKind::Adjectival)
                continue;
            for (Span s : { x.titledSpan, x.span }) {
                if (!s.isValid())
                    continue;
                // The surface simplified, copied only when it is a new alias.
                QString simplified;
                QStringView surface = QStringView(text).mid(s.start, s.length());
                if (!isSimplified(surface)) {
                    simplified = surface.toString().simplified();
                    surface = simplified;
                }
                // Case-insensitive equality needs equal lengths (Qt folds case unit by unit); most are simply equal.
                const bool asKey = s == x.span && surface.size() == x.key.size()
                    && (surface == QStringView(x.key) || QStringView(x.key).compare(surface, Qt::CaseInsensitive) == 0);
                if (asKey)
                    surface = x.key; // all-caps credits and slugs are listed as the name is written elsewhere

                if (surface != QStringView(e.name)
                    && std::none_of(e.aliases.cbegin(), e.aliases.cend(),
                        [surface](const QString &alias) { return QStringView(alias) == surface; }))
                    e.aliases.append(asKey ? x.key : !simplified.isNull() ? simplified : surface.toString());
            }
        }
        context.result.entities.append(std::move(e));
    }
}

} // namespace Byline
