// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymerger.h"

#include "analysiscontext.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace Byline {

namespace {

struct Group
{
    EntityType type = EntityType::Other;
    QString name;
    QStringList words;
    QList<int> mentions;
};

bool containsRun(const QStringList &hay, const QStringList &needle)
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

bool isAcronym(const QString &s)
{
    if (s.size() < 2 || s.size() > 8)
        return false;
    for (QChar c : s)
        if (!c.isUpper() && c != QLatin1Char('.'))
            return false;
    return true;
}

} // namespace

void EntityMerger::annotate(AnalysisContext &context) const
{
    QList<EntityMention> &ms = context.mentions;
    QList<Group> groups;
    QHash<QString, int> byKey;
    auto typeKey
        = [](EntityType t, const QString &k) -> QString { return QString::number(int(t)) + QLatin1Char('|') + k; };
    auto join = [&](int g, int m) { groups[g].mentions.append(m); };

    // word -> the person groups whose name holds it, in group order: looking a name up among all
    // groups made merging quadratic in the number of distinct people (20,000 names: seconds).
    QHash<QString, QList<int>> personGroupsWith;
    auto personWith = [&](const QString &word) {
        const auto it = personGroupsWith.constFind(word);
        return it == personGroupsWith.cend() ? -1 : it->first();
    };
    // People first, fullest names first, so "Xi" finds "Xi Jinping" whatever the order of appearance.
    QList<int> people;
    for (int m = 0; m < ms.size(); ++m)
        if (ms.at(m).kind == MentionKind::Name && !ms.at(m).unresolved && ms.at(m).type == EntityType::Person)
            people.append(m);
    QHash<int, int> wordCount;
    for (int m : people)
        wordCount.insert(m, int(ms.at(m).key.count(QLatin1Char(' '))));
    std::stable_sort(
        people.begin(), people.end(), [&](int x, int y) { return wordCount.value(x) > wordCount.value(y); });
    QHash<QString, int> personByKey;
    for (int m : people) {
        const auto known = personByKey.constFind(ms.at(m).key);
        if (known != personByKey.cend()) {
            join(known.value(), m);
            continue;
        }
        const QStringList words = ms.at(m).key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // A group holding the run holds each of its words: only those holding the rarest are tried.
        const QList<int> *candidates = nullptr;
        for (const QString &w : words) {
            const auto it = personGroupsWith.constFind(w);
            if (it == personGroupsWith.cend()) {
                candidates = nullptr;
                break;
            }
            if (!candidates || it->size() < candidates->size())
                candidates = &it.value();
        }
        int found = words.isEmpty() && !groups.isEmpty() ? 0 : -1; // an empty run is in any name
        for (int g : candidates ? *candidates : QList<int>())
            if (containsRun(groups.at(g).words, words)) {
                found = g;
                break;
            }
        if (found < 0) {
            found = int(groups.size());
            groups.append(Group { EntityType::Person, ms.at(m).key, words, {} });
            for (const QString &w : words) {
                QList<int> &holders = personGroupsWith[w];
                if (holders.isEmpty() || holders.constLast() != found)
                    holders.append(found);
            }
        }
        personByKey.insert(ms.at(m).key, found);
        join(found, m);
    }
    QHash<QString, int> personSurname; // last word of a person's full name → the person
    for (int g = 0; g < groups.size(); ++g)
        if (groups.at(g).words.size() >= 2 && !personSurname.contains(groups.at(g).words.constLast()))
            personSurname.insert(groups.at(g).words.constLast(), g);
    for (int m = 0; m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind != MentionKind::Name || x.unresolved || x.type == EntityType::Person)
            continue;
        // A context guess ("in Warhol") gives way to a person whose name holds the word.
        if (!x.rule.startsWith(QLatin1String("gazetteers/")) && !x.key.contains(QLatin1Char(' '))) {
            const int person = personWith(x.key);
            if (person >= 0) {
                join(person, m);
                continue;
            }
        }
        // "Austin told reporters" after "Lloyd Austin": a listed one-word place that is a named person's surname.
        if (x.type == EntityType::Location && x.rule.startsWith(QLatin1String("gazetteers/"))
            && !x.afterPlacePreposition) {
            const auto it = personSurname.constFind(context.text.mid(x.span.start, x.span.length()));
            if (it != personSurname.cend()) {
                join(it.value(), m);
                continue;
            }
        }
        const QString k = typeKey(x.type, x.key);
        int g = byKey.value(k, -1);
        if (g < 0) {
            g = int(groups.size());
            groups.append(Group { x.type, x.key, x.key.split(QLatin1Char(' ')), {} });
            byKey.insert(k, g);
        }
        join(g, m);
    }
    // A group's name never changes once made: its initials are computed once (the loops below are quadratic).
    QVector<QString> groupInitials; // QVector: Qt 5's QList cannot resize()
    QVector<bool> hasInitials;
    auto initialsOf = [&](int g) -> const QString & {
        if (groupInitials.size() < groups.size()) {
            groupInitials.resize(groups.size());
            hasInitials.resize(groups.size());
        }
        if (!hasInitials.at(g)) {
            groupInitials[g] = initials(groups.at(g).name);
            hasInitials[g] = true;
        }
        return groupInitials.at(g);
    };
    // Acronyms of longer organisation or outlet names.
    for (int g = 0; g < groups.size(); ++g) {
        Group &acr = groups[g];
        if (acr.mentions.isEmpty() || (acr.type != EntityType::Organization && acr.type != EntityType::Outlet)
            || !isAcronym(acr.name))
            continue;
        QString letters = acr.name;
        letters.remove(QLatin1Char('.'));
        for (int h = 0; h < groups.size(); ++h) {
            Group &full = groups[h];
            if (h == g || full.mentions.isEmpty() || full.words.size() < 2
                || (full.type != EntityType::Organization && full.type != EntityType::Outlet)
                || initialsOf(h) != letters)
                continue;
            full.mentions += acr.mentions;
            acr.mentions.clear();
            break;
        }
    }
    // Unresolved words: kept only as a repetition of a known name or part of a person's name
    // (results cached by word: a long article repeats them).
    QHash<QString, int> surfaces;
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).mentions.isEmpty())
            continue;
        for (int m : groups.at(g).mentions)
            surfaces.insert(ms.at(m).key, g);
        surfaces.insert(groups.at(g).name, g);
    }
    QHash<QString, int> resolved;
    for (int m = 0; m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind != MentionKind::Name || !x.unresolved)
            continue;
        const auto cached = resolved.constFind(x.key);
        if (cached != resolved.cend()) {
            if (cached.value() >= 0)
                join(cached.value(), m);
            continue;
        }
        int g = surfaces.value(x.key, -1);
        for (int h = 0; h < groups.size() && g < 0; ++h)
            if (groups.at(h).type == EntityType::Person && !groups.at(h).mentions.isEmpty()
                && groups.at(h).words.contains(x.key))
                g = h;
        for (int h = 0; h < groups.size() && g < 0; ++h)
            if ((groups.at(h).type == EntityType::Organization || groups.at(h).type == EntityType::Outlet)
                && !groups.at(h).mentions.isEmpty() && groups.at(h).words.size() >= 2
                && initialsOf(h) == x.key)
                g = h;
        resolved.insert(x.key, g);
        if (g >= 0)
            join(g, m);
    }
    // Demonyms join their country; roles join the one person who held them.
    QHash<QString, QList<int>> holders; // "type|role|affiliation" → groups
    for (int g = 0; g < groups.size(); ++g) {
        for (int p : groups.at(g).mentions) {
            const EntityMention &x = ms.at(p);
            if (x.kind != MentionKind::Name || x.role.isEmpty())
                continue;
            QList<int> &list = holders[typeKey(groups.at(g).type, x.role + QLatin1Char('|') + x.affiliation)];
            if (!list.contains(g))
                list.append(g);
        }
    }
    for (int m = 0; m < ms.size(); ++m) {
        const EntityMention &x = ms.at(m);
        if (x.kind == MentionKind::Adjectival) {
            const QString k = typeKey(EntityType::Location, x.key);
            int g = byKey.value(k, -1);
            if (g < 0) {
                g = int(groups.size());
                groups.append(Group { EntityType::Location, x.key, x.key.split(QLatin1Char(' ')), {} });
                byKey.insert(k, g);
            }
            join(g, m);
        } else if (x.kind == MentionKind::Nominal) {
            const QList<int> held = holders.value(typeKey(x.type, x.role + QLatin1Char('|') + x.affiliation));
            if (held.size() == 1)
                join(held.first(), m);
        }
    }

    // Entities in order of first mention.
    QList<int> order;
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
    for (int g : order) {
        const Group &grp = groups.at(g);
        Entity e;
        e.id = QLatin1Char('e') + QString::number(context.result.entities.size() + 1); // arg() parses its pattern each time
        e.type = grp.type;
        e.name = grp.name;
        for (int m : grp.mentions) {
            EntityMention &x = ms[m];
            x.entity = int(context.result.entities.size());
            e.mentions.append(Mention { x.span, x.kind, x.rule });
            if (x.kind == MentionKind::Adjectival)
                continue;
            for (Span s : { x.titledSpan, x.span }) {
                if (!s.isValid())
                    continue;
                QString surface = text.mid(s.start, s.length()).simplified();
                if (s == x.span && x.key.compare(surface, Qt::CaseInsensitive) == 0)
                    surface = x.key; // all-caps credits and slugs are listed as the name is written elsewhere

                if (surface != e.name && !e.aliases.contains(surface))
                    e.aliases.append(surface);
            }
        }
        context.result.entities.append(e);
    }
}

} // namespace Byline
