// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityscorer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace Byline {

namespace {

struct GoldEntity
{
    Span span;
    Span core;
    QString type;
    bool nested = false;
    bool matched = false;
};

struct Predicted
{
    Span span;
    QString type;
    bool outlet = false; ///< an outlet, scored as organization and also counted on its own
};

const QStringList &scoredTypes()
{
    static const QStringList types { QStringLiteral("person"), QStringLiteral("organization"),
        QStringLiteral("location"), QStringLiteral("other") };
    return types;
}

QString goldTypeOf(EntityType type)
{
    return type == EntityType::Outlet ? QStringLiteral("organization") : entityTypeName(type);
}

} // namespace

void EntityScorer::add(const QString &corpus, const QString &mode, const QString &type, int tp, int fp, int fn)
{
    // Outlets are already inside the organization counts: their own row stays out of micro.
    const QStringList rows = type == QLatin1String("outlet") ? QStringList { type }
                                                             : QStringList { type, QStringLiteral("micro") };
    for (const QString &c : { corpus, QString() }) {
        for (const QString &t : rows) {
            PrfCounts &p = m_counts[c][mode][t];
            p.truePositives += tp;
            p.falsePositives += fp;
            p.falseNegatives += fn;
        }
    }
}

void EntityScorer::addDocument(const EvalDocument &document, const AnalysisResult &result)
{
    if (!document.gold.contains(QStringLiteral("entities")))
        return;
    const int slash = document.name.lastIndexOf(QLatin1Char('/'));
    const QString corpus = slash > 0 ? document.name.left(slash) : QStringLiteral("-");
    QList<GoldEntity> gold;
    for (const QJsonValue &v : document.gold.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject o = v.toObject();
        GoldEntity g;
        g.span = Span(document.map.fromCodePoint(o.value(QStringLiteral("start")).toInt()),
            document.map.fromCodePoint(o.value(QStringLiteral("end")).toInt()));
        const int cs = o.value(QStringLiteral("core_start")).toInt(-1);
        g.core = cs < 0 ? g.span
                        : Span(document.map.fromCodePoint(cs),
                            document.map.fromCodePoint(o.value(QStringLiteral("core_end")).toInt()));
        g.type = o.value(QStringLiteral("type")).toString();
        g.nested = o.value(QStringLiteral("nested")).toBool();
        gold.append(g);
    }
    QList<Predicted> predicted;
    for (const Entity &e : result.entities)
        for (const Mention &m : e.mentions)
            if (m.kind == MentionKind::Name)
                predicted.append(Predicted { m.span, goldTypeOf(e.type), e.type == EntityType::Outlet });
    std::sort(
        predicted.begin(), predicted.end(), [](const Predicted &a, const Predicted &b) { return a.span < b.span; });

    for (const bool exact : { false, true }) {
        const QString mode = exact ? QStringLiteral("exact") : QStringLiteral("overlap");
        for (GoldEntity &g : gold)
            g.matched = false;
        QMap<QString, int> tp, fp, fn;
        int outletTp = 0, outletFp = 0;
        for (const Predicted &p : predicted) {
            auto hits = [&](const GoldEntity &g) { return exact ? g.core == p.span : g.span.overlaps(p.span); };
            GoldEntity *match = nullptr;
            bool excused = false;
            for (GoldEntity &g : gold) {
                if (g.type == QLatin1String("unknown")) {
                    excused = excused || g.span.overlaps(p.span);
                    continue;
                }
                if (!hits(g))
                    continue;
                if (g.type == p.type) {
                    // Gold entities may overlap (a coordination and its parts are both top-level): prefer the
                    // one whose core is the prediction, then the shortest, so one match does not block another.
                    if (!g.nested && !g.matched) {
                        if (!match || (g.core == p.span && match->core != p.span)
                            || (match->core != p.span && g.span.length() < match->span.length()))
                            match = &g;
                    } else {
                        excused = true;
                    }
                }
            }
            if (match) {
                match->matched = true;
                ++tp[p.type];
                outletTp += p.outlet;
            } else if (!excused) {
                ++fp[p.type];
                outletFp += p.outlet;
            }
        }
        for (const GoldEntity &g : gold)
            if (!g.nested && !g.matched && g.type != QLatin1String("unknown"))
                ++fn[g.type];
        for (const QString &t : scoredTypes())
            add(corpus, mode, t, tp.value(t), fp.value(t), fn.value(t));
        add(corpus, mode, QStringLiteral("outlet"), outletTp, outletFp, 0);
    }
}

PrfCounts EntityScorer::counts(const QString &corpus, const QString &mode, const QString &type) const
{
    return m_counts.value(corpus).value(mode).value(type);
}

QString EntityScorer::report() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Byline::EntityScorer", s); };
    QString out = tr("Entities: name mentions; outlet scored as organization; gold \"unknown\" not scored.")
        + QLatin1Char('\n');
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(tr("corpus"), -14)
               .arg(tr("match"), -8)
               .arg(tr("type"), -13)
               .arg(tr("P"), 6)
               .arg(tr("R"), 6)
               .arg(tr("F1"), 6)
               .arg(tr("TP"), 5)
               .arg(tr("FP"), 5)
               .arg(tr("FN"), 5);
    QStringList corpora = m_counts.keys();
    if (corpora.removeAll(QString()) > 0)
        corpora.append(QString());
    if (corpora.size() == 2) // one corpus: its rows are the total
        corpora.removeFirst();
    for (const QString &c : corpora) {
        for (const QString &mode : { QStringLiteral("overlap"), QStringLiteral("exact") }) {
            QStringList types = scoredTypes();
            types.insert(2, QStringLiteral("outlet"));
            types << QStringLiteral("micro");
            for (const QString &t : types) {
                const PrfCounts p = counts(c, mode, t);
                // The gold has no outlet type: outlets have a precision, not a recall.
                const bool outlet = t == QLatin1String("outlet");
                const QString dash = QStringLiteral("%1").arg(QStringLiteral("-"), 6);
                out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                           .arg(c.isEmpty() ? tr("total") : c, -14)
                           .arg(mode, -8)
                           .arg(outlet ? QStringLiteral("  outlet") : t, -13)
                           .arg(p.precision(), 6, 'f', 3)
                           .arg(outlet ? dash : QStringLiteral("%1").arg(p.recall(), 6, 'f', 3))
                           .arg(outlet ? dash : QStringLiteral("%1").arg(p.f1(), 6, 'f', 3))
                           .arg(p.truePositives, 5)
                           .arg(p.falsePositives, 5)
                           .arg(outlet ? dash.right(5) : QString::number(p.falseNegatives).rightJustified(5));
            }
        }
    }
    return out;
}

QJsonObject EntityScorer::toJson() const
{
    QJsonObject corpora;
    for (auto c = m_counts.cbegin(); c != m_counts.cend(); ++c) {
        QJsonObject modes;
        for (auto m = c.value().cbegin(); m != c.value().cend(); ++m) {
            QJsonObject types;
            for (auto t = m.value().cbegin(); t != m.value().cend(); ++t) {
                const PrfCounts &p = t.value();
                types.insert(t.key(),
                    QJsonObject { { QStringLiteral("precision"), p.precision() },
                        { QStringLiteral("recall"), p.recall() }, { QStringLiteral("f1"), p.f1() },
                        { QStringLiteral("tp"), p.truePositives }, { QStringLiteral("fp"), p.falsePositives },
                        { QStringLiteral("fn"), p.falseNegatives } });
            }
            modes.insert(m.key(), types);
        }
        corpora.insert(c.key().isEmpty() ? QStringLiteral("total") : c.key(), modes);
    }
    return corpora;
}

} // namespace Byline
