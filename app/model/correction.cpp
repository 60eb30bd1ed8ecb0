// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correction.h"

#include "../analysis/timexorder.h"
#include "document.h"

#include <QJsonValue>

#include <algorithm>
#include <cstdlib>

namespace Byline {

namespace {

struct KindName
{
    CorrectionKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {CorrectionKind::RetypeEntity, "retype-entity"},   {CorrectionKind::RenameEntity, "rename-entity"},
    {CorrectionKind::MergeEntities, "merge-entities"}, {CorrectionKind::SplitAlias, "split-alias"},
    {CorrectionKind::DismissEntity, "dismiss-entity"}, {CorrectionKind::AddEntity, "add-entity"},
    {CorrectionKind::ChangeSpeaker, "change-speaker"}, {CorrectionKind::ChangeDateValue, "change-date-value"},
    {CorrectionKind::AddQuote, "add-quote"},           {CorrectionKind::AddSource, "add-source"},
    {CorrectionKind::AddTimeExpression, "add-time-expression"}, {CorrectionKind::DismissQuote, "dismiss-quote"},
    {CorrectionKind::DismissSource, "dismiss-source"}, {CorrectionKind::DismissTimeExpression, "dismiss-time-expression"},
};

// The enum whose name is name, among values; false when none is.
template<typename Enum, typename NameFn>
bool enumFromName(const QString &name, std::initializer_list<Enum> values, NameFn nameOf, Enum *result)
{
    for (Enum v : values) {
        if (nameOf(v) == name) {
            *result = v;
            return true;
        }
    }
    return false;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Every whole-word occurrence of surface: "US" must not match inside "USA".
QList<Span> occurrences(const QString &text, const QString &surface)
{
    QList<Span> spans;
    if (surface.isEmpty())
        return spans;
    for (int pos = text.indexOf(surface); pos >= 0; pos = text.indexOf(surface, pos + 1)) {
        const int end = pos + int(surface.size());
        const bool startOk = pos == 0 || !isWordChar(text.at(pos - 1)) || !isWordChar(surface.front());
        const bool endOk = end == text.size() || !isWordChar(text.at(end)) || !isWordChar(surface.back());
        if (startOk && endOk)
            spans.append(Span(pos, end));
    }
    return spans;
}

// Where surface stands now: at span when the text there still reads surface, else its
// occurrence nearest to span (the text may have moved); invalid when it is gone.
Span locate(const QString &text, const QString &surface, Span span)
{
    if (surface.isEmpty())
        return span.isValid() && span.end <= text.size() ? span : Span();
    if (span.isValid() && span.end <= text.size() && QStringView(text).mid(span.start, span.length()).compare(QStringView(surface)) == 0)
        return span;
    Span best;
    int bestDistance = 0;
    for (Span s : occurrences(text, surface)) {
        const int d = span.isValid() ? std::abs(s.start - span.start) : s.start;
        if (!best.isValid() || d < bestDistance) {
            best = s;
            bestDistance = d;
        }
    }
    return best;
}

QString textOf(const QString &text, Span s)
{
    return s.isValid() && s.end <= text.size() ? text.mid(s.start, s.length()) : QString();
}

int findEntityByName(const AnalysisResult &r, const QString &name)
{
    for (int i = 0; i < r.entities.size(); ++i)
        if (r.entities.at(i).name == name)
            return i;
    return -1;
}

// The target entity: by canonical name, else the entity holding a mention that reads surface at span.
int findEntity(const AnalysisResult &r, const Correction &c, const QString &text)
{
    const int byName = findEntityByName(r, c.entityName);
    if (byName >= 0 || c.surface.isEmpty())
        return byName;
    const Span at = locate(text, c.surface, c.span);
    for (int i = 0; i < r.entities.size(); ++i)
        for (const Mention &m : r.entities.at(i).mentions)
            if (m.span == at)
                return i;
    return -1;
}

QString nextUserEntityId(const AnalysisResult &r)
{
    int n = 1;
    while (r.entity(QStringLiteral("u%1").arg(n)))
        ++n;
    return QStringLiteral("u%1").arg(n);
}

// prefix + the first number no item of list has as id yet.
template<typename T>
QString nextUserId(const QList<T> &list, const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (std::none_of(list.cbegin(), list.cend(), [&id](const T &item) { return item.id == id; }))
            return id;
    }
}

// Where a correction acts: every whole-word occurrence of surface, or the one nearest to span.
QList<Span> targetSpans(const Correction &c, const QString &text)
{
    if (c.everyOccurrence)
        return occurrences(text, c.surface);
    const Span at = locate(text, c.surface, c.span);
    return at.isEmpty() ? QList<Span>() : QList<Span>{at};
}

bool overlapsAny(Span s, const QList<Span> &spans)
{
    return std::any_of(spans.cbegin(), spans.cend(), [s](Span other) { return other.overlaps(s); });
}

// Removes the quotes matching pred, and every claim a citation makes on them.
template<typename Pred>
void removeQuotes(AnalysisResult &r, Pred pred)
{
    QStringList gone;
    for (int i = int(r.quotes.size()) - 1; i >= 0; --i)
        if (pred(r.quotes.at(i)))
            gone << r.quotes.takeAt(i).id;
    if (gone.isEmpty())
        return;
    for (Source &s : r.sources)
        for (Citation &cit : s.citations)
            cit.claims.erase(std::remove_if(cit.claims.begin(), cit.claims.end(), [&gone](const QString &id) { return gone.contains(id); }),
                             cit.claims.end());
}

// Drops sources left without a citation, and the quotes' references to them.
void removeUncitedSources(AnalysisResult &r)
{
    for (int i = int(r.sources.size()) - 1; i >= 0; --i) {
        if (!r.sources.at(i).citations.isEmpty())
            continue;
        const QString id = r.sources.takeAt(i).id;
        for (Quote &q : r.quotes)
            if (q.sourceId == id)
                q.sourceId.clear();
    }
}

void sortSources(AnalysisResult &r)
{
    for (Source &s : r.sources)
        std::stable_sort(s.citations.begin(), s.citations.end(), [](const Citation &a, const Citation &b) { return a.span < b.span; });
    std::stable_sort(r.sources.begin(), r.sources.end(), [](const Source &a, const Source &b) {
        return a.citations.first().span.start < b.citations.first().span.start;
    });
}

void sortMentions(Entity &e)
{
    std::stable_sort(e.mentions.begin(), e.mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
}

void dropEntityReferences(AnalysisResult &r, const QString &id, const QString &replacementId, const QString &replacementName)
{
    for (Quote &q : r.quotes) {
        if (q.speaker && q.speaker->entityId == id) {
            q.speaker->entityId = replacementId;
            if (!replacementName.isEmpty())
                q.speaker->name = replacementName;
        }
    }
    for (Source &s : r.sources)
        if (s.entityId == id)
            s.entityId = replacementId;
}

void removeEmptyEntities(AnalysisResult &r)
{
    for (int i = int(r.entities.size()) - 1; i >= 0; --i) {
        if (r.entities.at(i).mentions.isEmpty()) {
            dropEntityReferences(r, r.entities.at(i).id, QString(), QString());
            r.entities.removeAt(i);
        }
    }
}

void addAlias(Entity &e, const QString &alias)
{
    if (!alias.isEmpty() && alias != e.name && !e.aliases.contains(alias))
        e.aliases.append(alias);
}

void apply(AnalysisResult &r, const Correction &c, const QString &text)
{
    const QString rule = QStringLiteral("user:") + correctionKindName(c.kind);
    switch (c.kind) {
    case CorrectionKind::RetypeEntity: {
        const int i = findEntity(r, c, text);
        if (i >= 0)
            r.entities[i].type = c.type;
        break;
    }
    case CorrectionKind::RenameEntity: {
        const int i = findEntity(r, c, text);
        if (i < 0 || c.newName.isEmpty())
            break;
        Entity &e = r.entities[i];
        const QString old = e.name;
        e.name = c.newName;
        e.aliases.removeAll(c.newName);
        addAlias(e, old);
        dropEntityReferences(r, e.id, e.id, e.name);
        break;
    }
    case CorrectionKind::MergeEntities: {
        const int a = findEntity(r, c, text);
        const int b = findEntityByName(r, c.otherEntity);
        if (a < 0 || b < 0 || a == b)
            break;
        Entity &target = r.entities[a];
        const Entity other = r.entities.at(b);
        target.mentions.append(other.mentions);
        sortMentions(target);
        addAlias(target, other.name);
        for (const QString &alias : other.aliases)
            addAlias(target, alias);
        dropEntityReferences(r, other.id, target.id, target.name);
        r.entities.removeAt(b);
        break;
    }
    case CorrectionKind::SplitAlias: {
        const int i = findEntity(r, c, text);
        if (i < 0)
            break;
        const Span at = locate(text, c.surface, c.span);
        Entity split;
        split.id = nextUserEntityId(r);
        split.type = c.type;
        split.name = c.newName.isEmpty() ? c.surface : c.newName;
        Entity &from = r.entities[i];
        for (int m = int(from.mentions.size()) - 1; m >= 0; --m) {
            const Span s = from.mentions.at(m).span;
            if (c.everyOccurrence ? textOf(text, s) == c.surface : s == at)
                split.mentions.prepend(from.mentions.takeAt(m));
        }
        if (split.mentions.isEmpty())
            break;
        bool aliasStillUsed = false;
        for (const Mention &m : from.mentions)
            aliasStillUsed = aliasStillUsed || textOf(text, m.span) == c.surface;
        if (!aliasStillUsed)
            from.aliases.removeAll(c.surface);
        addAlias(split, c.surface);
        for (Quote &q : r.quotes)
            for (const Mention &m : split.mentions)
                if (q.speaker && q.speaker->span == m.span) {
                    q.speaker->entityId = split.id;
                    q.speaker->name = split.name;
                }
        r.entities.append(split);
        removeEmptyEntities(r);
        break;
    }
    case CorrectionKind::DismissEntity: {
        const int i = findEntity(r, c, text);
        if (i < 0)
            break;
        if (c.everyOccurrence) {
            r.entities[i].mentions.clear();
        } else {
            const Span at = locate(text, c.surface, c.span);
            QList<Mention> &mentions = r.entities[i].mentions;
            mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [at](const Mention &m) { return m.span == at; }),
                           mentions.end());
        }
        removeEmptyEntities(r);
        break;
    }
    case CorrectionKind::AddEntity: {
        QList<Span> spans;
        if (c.everyOccurrence) {
            spans = occurrences(text, c.surface);
        } else {
            const Span at = locate(text, c.surface, c.span);
            if (at.isValid())
                spans.append(at);
        }
        if (spans.isEmpty())
            break;
        // A person's mention wins over any automatic mention it overlaps.
        for (Entity &e : r.entities) {
            e.mentions.erase(std::remove_if(e.mentions.begin(), e.mentions.end(),
                                            [&spans](const Mention &m) {
                                                return std::any_of(spans.cbegin(), spans.cend(), [&m](Span s) { return s.overlaps(m.span); });
                                            }),
                             e.mentions.end());
        }
        removeEmptyEntities(r);
        const QString name = c.newName.isEmpty() ? c.surface : c.newName;
        int target = -1;
        for (int i = 0; i < r.entities.size() && target < 0; ++i)
            if (r.entities.at(i).name == name && r.entities.at(i).type == c.type)
                target = i;
        if (target < 0) {
            Entity e;
            e.id = nextUserEntityId(r);
            e.type = c.type;
            e.name = name;
            r.entities.append(e);
            target = int(r.entities.size()) - 1;
        }
        Entity &e = r.entities[target];
        for (Span s : spans)
            e.mentions.append(Mention{s, MentionKind::Name, rule});
        sortMentions(e);
        addAlias(e, c.surface);
        break;
    }
    case CorrectionKind::ChangeSpeaker: {
        const Span at = locate(text, c.surface, c.span);
        for (Quote &q : r.quotes) {
            if (q.span != at)
                continue;
            if (c.newName.isEmpty()) {
                q.speaker.reset();
            } else {
                Speaker sp;
                sp.name = c.newName;
                const int e = findEntityByName(r, c.newName);
                if (e >= 0)
                    sp.entityId = r.entities.at(e).id;
                // The attribution mention stays only when it still names the new speaker.
                if (q.speaker && q.speaker->entityId == sp.entityId && !sp.entityId.isEmpty())
                    sp.span = q.speaker->span;
                q.speaker = sp;
            }
            q.rule = rule;
        }
        break;
    }
    case CorrectionKind::ChangeDateValue: {
        const Span at = locate(text, c.surface, c.span);
        for (TimeExpression &t : r.timeline) {
            if (c.everyOccurrence ? textOf(text, t.span) == c.surface : t.span == at) {
                t.value = c.value;
                t.resolution = c.value.isEmpty() ? TimexResolution::Unresolved : TimexResolution::Absolute;
                t.rule = rule;
            }
        }
        break;
    }
    case CorrectionKind::AddQuote: {
        const Span at = locate(text, c.surface, c.span);
        if (at.isEmpty())
            break;
        removeQuotes(r, [at](const Quote &q) { return q.span.overlaps(at); });
        Quote q;
        q.id = nextUserId(r.quotes, QStringLiteral("uq"));
        q.span = at;
        q.kind = c.quoteKind;
        q.rule = rule;
        if (!c.newName.isEmpty()) {
            Speaker sp;
            sp.name = c.newName;
            const int e = findEntityByName(r, c.newName);
            if (e >= 0)
                sp.entityId = r.entities.at(e).id;
            q.speaker = sp;
        }
        const auto pos = std::upper_bound(r.quotes.begin(), r.quotes.end(), at, [](Span s, const Quote &other) { return s < other.span; });
        r.quotes.insert(pos, q);
        break;
    }
    case CorrectionKind::AddSource: {
        const QList<Span> spans = targetSpans(c, text);
        if (spans.isEmpty())
            break;
        for (Source &s : r.sources)
            s.citations.erase(std::remove_if(s.citations.begin(), s.citations.end(), [&spans](const Citation &cit) { return overlapsAny(cit.span, spans); }),
                              s.citations.end());
        removeUncitedSources(r);
        const QString name = c.newName.isEmpty() ? c.surface : c.newName;
        auto target = std::find_if(r.sources.begin(), r.sources.end(), [&name](const Source &s) { return s.name == name; });
        if (target == r.sources.end()) {
            Source s;
            s.id = nextUserId(r.sources, QStringLiteral("us"));
            s.name = name;
            const int e = findEntityByName(r, name);
            if (e >= 0 && c.sourceKind != SourceKind::Anonymous)
                s.entityId = r.entities.at(e).id;
            r.sources.append(s);
            target = r.sources.end() - 1;
        }
        target->kind = c.sourceKind;
        for (Span s : spans) {
            Citation cit;
            cit.span = s;
            target->citations.append(cit);
        }
        sortSources(r);
        break;
    }
    case CorrectionKind::AddTimeExpression: {
        const QList<Span> spans = targetSpans(c, text);
        if (spans.isEmpty())
            break;
        r.timeline.erase(std::remove_if(r.timeline.begin(), r.timeline.end(), [&spans](const TimeExpression &t) { return overlapsAny(t.span, spans); }),
                         r.timeline.end());
        for (Span s : spans) {
            TimeExpression t;
            t.id = nextUserId(r.timeline, QStringLiteral("ut"));
            t.span = s;
            t.type = c.timexType;
            t.value = c.value;
            t.resolution = c.value.isEmpty() ? TimexResolution::Unresolved : TimexResolution::Absolute;
            t.rule = rule;
            r.timeline.append(t);
        }
        break;
    }
    case CorrectionKind::DismissQuote: {
        const Span at = locate(text, c.surface, c.span);
        if (at.isValid())
            removeQuotes(r, [at](const Quote &q) { return q.span == at; });
        break;
    }
    case CorrectionKind::DismissSource: {
        if (c.everyOccurrence) {
            auto byName = std::find_if(r.sources.begin(), r.sources.end(), [&c](const Source &s) { return s.name == c.entityName; });
            if (byName == r.sources.end()) {
                const Span at = locate(text, c.surface, c.span);
                byName = std::find_if(r.sources.begin(), r.sources.end(), [at](const Source &s) {
                    return std::any_of(s.citations.cbegin(), s.citations.cend(), [at](const Citation &cit) { return cit.span == at; });
                });
            }
            if (byName != r.sources.end())
                byName->citations.clear();
        } else {
            const Span at = locate(text, c.surface, c.span);
            for (Source &s : r.sources)
                s.citations.erase(std::remove_if(s.citations.begin(), s.citations.end(), [at](const Citation &cit) { return cit.span == at; }),
                                  s.citations.end());
        }
        removeUncitedSources(r);
        break;
    }
    case CorrectionKind::DismissTimeExpression: {
        const Span at = locate(text, c.surface, c.span);
        r.timeline.erase(std::remove_if(r.timeline.begin(), r.timeline.end(),
                                        [&](const TimeExpression &t) { return c.everyOccurrence ? textOf(text, t.span) == c.surface : t.span == at; }),
                         r.timeline.end());
        break;
    }
    }
}

} // namespace

QString correctionKindName(CorrectionKind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QString();
}

bool correctionKindFromName(const QString &name, CorrectionKind *kind)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

int Correction::affectedLayers() const
{
    switch (kind) {
    case CorrectionKind::ChangeSpeaker: return Document::Quotes;
    case CorrectionKind::ChangeDateValue:
    case CorrectionKind::AddTimeExpression:
    case CorrectionKind::DismissTimeExpression: return Document::Timeline;
    // Quotes and sources point at each other (claims, sourceId).
    case CorrectionKind::AddQuote:
    case CorrectionKind::DismissQuote:
    case CorrectionKind::AddSource:
    case CorrectionKind::DismissSource: return Document::Quotes | Document::Sources;
    default: break;
    }
    // Entity changes reach quote speakers and sources through entity ids and names.
    return Document::Entities | Document::Quotes | Document::Sources;
}

QJsonObject Correction::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), correctionKindName(kind));
    o.insert(QStringLiteral("entity"), entityName);
    o.insert(QStringLiteral("surface"), surface);
    o.insert(QStringLiteral("start"), span.start);
    o.insert(QStringLiteral("end"), span.end);
    o.insert(QStringLiteral("everyOccurrence"), everyOccurrence);
    o.insert(QStringLiteral("type"), entityTypeName(type));
    o.insert(QStringLiteral("newName"), newName);
    o.insert(QStringLiteral("otherEntity"), otherEntity);
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs));
    if (kind == CorrectionKind::AddQuote)
        o.insert(QStringLiteral("quoteKind"), quoteKindName(quoteKind));
    if (kind == CorrectionKind::AddSource)
        o.insert(QStringLiteral("sourceKind"), sourceKindName(sourceKind));
    if (kind == CorrectionKind::AddTimeExpression)
        o.insert(QStringLiteral("timexType"), timexTypeName(timexType));
    return o;
}

std::optional<Correction> Correction::fromJson(const QJsonObject &o)
{
    Correction c;
    if (!correctionKindFromName(o.value(QStringLiteral("kind")).toString(), &c.kind))
        return std::nullopt;
    if (!entityTypeFromName(o.value(QStringLiteral("type")).toString(), &c.type))
        c.type = EntityType::Other;
    c.id = o.value(QStringLiteral("id")).toString();
    c.entityName = o.value(QStringLiteral("entity")).toString();
    c.surface = o.value(QStringLiteral("surface")).toString();
    c.span = Span(o.value(QStringLiteral("start")).toInt(-1), o.value(QStringLiteral("end")).toInt(-1));
    c.everyOccurrence = o.value(QStringLiteral("everyOccurrence")).toBool();
    c.newName = o.value(QStringLiteral("newName")).toString();
    c.otherEntity = o.value(QStringLiteral("otherEntity")).toString();
    c.value = o.value(QStringLiteral("value")).toString();
    c.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    enumFromName(o.value(QStringLiteral("quoteKind")).toString(), {QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Partial},
                 quoteKindName, &c.quoteKind);
    enumFromName(o.value(QStringLiteral("sourceKind")).toString(),
                 {SourceKind::Outlet, SourceKind::Agency, SourceKind::Official, SourceKind::Document, SourceKind::Anonymous},
                 sourceKindName, &c.sourceKind);
    enumFromName(o.value(QStringLiteral("timexType")).toString(), {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set},
                 timexTypeName, &c.timexType);
    if (c.id.isEmpty())
        return std::nullopt;
    return c;
}

AnalysisResult applyCorrections(const AnalysisResult &result, const QList<Correction> &corrections, const QString &text)
{
    if (corrections.isEmpty())
        return result;
    AnalysisResult r = result;
    bool timeline = false;
    for (const Correction &c : corrections) {
        apply(r, c, text);
        timeline = timeline || (c.affectedLayers() & Document::Timeline);
    }
    // A changed or added value moves its expression in the timeline.
    if (timeline) {
        std::stable_sort(r.timeline.begin(), r.timeline.end(), [](const TimeExpression &a, const TimeExpression &b) { return a.span < b.span; });
        TimexOrder::sort(r.timeline);
    }
    std::stable_sort(r.entities.begin(), r.entities.end(), [](const Entity &a, const Entity &b) {
        const Span sa = a.mentions.isEmpty() ? Span() : a.mentions.first().span;
        const Span sb = b.mentions.isEmpty() ? Span() : b.mentions.first().span;
        return sa.start < sb.start;
    });
    return r;
}

} // namespace Byline
