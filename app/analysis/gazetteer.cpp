// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "resources.h"
#include "segmenter.h"

namespace Byline {

namespace {

QString keyOf(const Segmenter &segmenter, const QString &surface, int *count)
{
    const QList<Token> tokens = segmenter.tokens(surface);
    QString key;
    for (const Token &t : tokens) {
        if (!key.isEmpty())
            key += QLatin1Char(' ');
        key += QStringView(surface).mid(t.span.start, t.span.length());
    }
    *count = int(tokens.size());
    return key;
}

void addWords(WordIndex &out, const Resources &resources, const QString &file, bool lower)
{
    const QStringList lines = resources.lines(file);
    out.reserve(lines.size());
    for (const QString &line : lines) {
        // The first column (section() was a third of start-up time on the 100,000-line word lists).
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QStringView w = (tab < 0 ? QStringView(line) : QStringView(line).left(tab)).trimmed();
        if (!w.isEmpty())
            out.insert(lower ? w.toString().toLower() : w.toString());
    }
}

Gazetteer::Cue cueFromName(const QString &name)
{
    static const QStringList names { QString(), QStringLiteral("time"), QStringLiteral("report"),
        QStringLiteral("honorific"), QStringLiteral("place"), QStringLiteral("connector"), QStringLiteral("particle"),
        QStringLiteral("det"), QStringLiteral("place-head"), QStringLiteral("event") };
    return Gazetteer::Cue(qMax(0, int(names.indexOf(name))));
}

} // namespace

Gazetteer::Gazetteer(const Resources &resources)
{
    const Segmenter segmenter(resources);
    QHash<QString, int> titleStarts; // first word → longest title, moved into m_titleStarts at the end
    // Earlier files win a surface both list: a "place" is more often right than an organisation homonym,
    // an outlet ("CNN") more than a company of the same name.
    addNames(resources, QStringLiteral("gazetteers/outlets.tsv"), GazetteerEntry::Name, EntityType::Outlet, segmenter);
    addNames(resources, QStringLiteral("gazetteers/organizations.tsv"), GazetteerEntry::Name, EntityType::Organization,
        segmenter);
    addNames(
        resources, QStringLiteral("gazetteers/locations.tsv"), GazetteerEntry::Name, EntityType::Location, segmenter);
    addNames(resources, QStringLiteral("gazetteers/location-aliases.tsv"), GazetteerEntry::Name, EntityType::Location,
        segmenter);
    addNames(resources, QStringLiteral("gazetteers/other.tsv"), GazetteerEntry::Name, EntityType::Other, segmenter);
    addNames(
        resources, QStringLiteral("gazetteers/demonyms.tsv"), GazetteerEntry::Demonym, EntityType::Location, segmenter);

    for (const QString &line : resources.lines(QStringLiteral("gazetteers/titles.tsv"))) {
        int n = 0;
        const QString key = keyOf(segmenter, line.section(QLatin1Char('\t'), 0, 0).trimmed().toLower(), &n);
        if (n == 0)
            continue;
        m_titles.insert(key, line.section(QLatin1Char('\t'), 1, 1).trimmed());
        const QString first = key.section(QLatin1Char(' '), 0, 0);
        titleStarts[first] = qMax(titleStarts.value(first), n);
        m_maxTitleTokens = qMax(m_maxTitleTokens, n);
    }
    for (const QString &line : resources.lines(QStringLiteral("gazetteers/nominals.tsv"))) {
        const QString phrase = line.section(QLatin1Char('\t'), 0, 0).trimmed().toLower();
        const QString kind = line.section(QLatin1Char('\t'), 1, 1).trimmed().toLower();
        EntityType type = EntityType::Person;
        if (!entityTypeFromName(kind, &type)) {
            static const QStringList orgKinds { QStringLiteral("company"), QStringLiteral("firm"),
                QStringLiteral("group"), QStringLiteral("org"), QStringLiteral("institution"), QStringLiteral("body") };
            type = orgKinds.contains(kind) || kind.startsWith(QLatin1String("organi")) ? EntityType::Organization
                                                                                       : EntityType::Person;
        }
        if (!phrase.isEmpty()) {
            m_nominals.insert(phrase, type);
            // Tokens never hold a space, so a token key equals the phrase only if it starts with this word.
            const QString first = phrase.section(QLatin1Char(' '), 0, 0);
            m_nominalStarts.insert(first);
            m_nominalFirstLengths.add(first);
        }
    }
    addWords(m_givenNames, resources, QStringLiteral("gazetteers/given-names.txt"), false);
    addWords(m_surnames, resources, QStringLiteral("gazetteers/surnames.txt"), false);
    addWords(m_commonWords, resources, QStringLiteral("gazetteers/common-words.txt"), true);
    addWords(m_orgHeads, resources, QStringLiteral("gazetteers/org-heads.txt"), false);
    addWords(m_orgSuffixes, resources, QStringLiteral("gazetteers/org-suffixes.txt"), false);
    QHash<QString, Cue> cues; // a later line for the same word wins
    for (const QString &line : resources.lines(QStringLiteral("analysis/entity-cues.tsv")))
        cues.insert(line.section(QLatin1Char('\t'), 0, 0).trimmed().toLower(),
            cueFromName(line.section(QLatin1Char('\t'), 1, 1).trimmed()));
    for (auto it = cues.cbegin(); it != cues.cend(); ++it) {
        if (it.value() != CueNone && m_cueWords.insert(it.key()) == m_cues.size()) {
            m_cues.append(it.value());
            m_cueFirstLengths.add(it.key());
        }
    }
    for (auto it = titleStarts.cbegin(); it != titleStarts.cend(); ++it) {
        if (it.value() > 0 && m_titleStarts.insert(it.key()) == m_titleTokens.size()) {
            m_titleTokens.append(it.value());
            m_titleFirstLengths.add(it.key());
        }
    }
}

void Gazetteer::addNames(const Resources &resources, const QString &file, GazetteerEntry::Kind kind,
    EntityType fixedType, const Segmenter &segmenter)
{
    for (const QString &line : resources.lines(file)) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        const QString surface = cols.value(0).trimmed();
        if (surface.isEmpty())
            continue;
        GazetteerEntry e;
        e.kind = kind;
        e.type = fixedType;
        e.canonical = cols.value(1).trimmed();
        if (e.canonical.isEmpty())
            e.canonical = surface;
        e.subtype = cols.value(2).trimmed();
        e.list = file;
        int n = 0;
        const QString key = keyOf(segmenter, surface, &n);
        if (n == 0 || find(key) >= 0)
            continue;
        const int index = int(m_entries.size());
        m_entries.append(e);
        addKey(key, index);
        if (key.startsWith(QLatin1String("The ")) && n > 1)
            addKey(QLatin1String("the") + key.mid(3), index);
    }
}

void Gazetteer::addKey(const QString &key, int index)
{
    m_firstChars.setBit(key.front().unicode());
    const auto nodeOf = [](WordIndex &table, QList<KeyNode> &nodes, const QString &k) -> KeyNode & {
        const int id = table.insert(k); // keys and their prefixes are never empty
        Q_ASSERT(id >= 0);
        if (id == nodes.size())
            nodes.append(KeyNode());
        return nodes[id];
    };
    const auto add = [&nodeOf](WordIndex &table, QList<KeyNode> &nodes, FirstLengthFilter &firstLengths,
                         const QString &k, int entry) {
        KeyNode &node = nodeOf(table, nodes, k);
        if (node.entry >= 0)
            return;
        node.entry = entry;
        const qsizetype firstSpace = k.indexOf(QLatin1Char(' '));
        firstLengths.add(firstSpace < 0 ? QStringView(k) : QStringView(k).left(firstSpace));
        // Tokens never hold a space: the token prefixes end before each space.
        for (qsizetype space = firstSpace; space >= 0; space = k.indexOf(QLatin1Char(' '), space + 1))
            nodeOf(table, nodes, k.left(space)).prefix = true;
    };
    add(m_keys, m_nodes, m_firstLengths, key, index);
    add(m_keysUpper, m_nodesUpper, m_firstLengthsUpper, key.toUpper(), index);
}

int Gazetteer::find(const QString &key, bool upper) const
{
    const KeyNode *n = node(key, upper);
    return n ? n->entry : -1;
}

bool Gazetteer::nominal(const QString &lowerKey, EntityType *type) const
{
    const auto it = m_nominals.constFind(lowerKey);
    if (it == m_nominals.cend())
        return false;
    *type = it.value();
    return true;
}

} // namespace Byline
