// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexscorer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Byline {

namespace {

struct GoldTimex
{
    Span span;
    QString type;
    QString value;
};

int overlap(Span a, Span b)
{
    return qMax(0, qMin(a.end, b.end) - qMax(a.start, b.start));
}

QJsonObject prf(const PrfCounts &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("precision"), c.precision());
    o.insert(QStringLiteral("recall"), c.recall());
    o.insert(QStringLiteral("f1"), c.f1());
    o.insert(QStringLiteral("tp"), c.truePositives);
    o.insert(QStringLiteral("fp"), c.falsePositives);
    o.insert(QStringLiteral("fn"), c.falseNegatives);
    return o;
}

} // namespace

void TimexScorer::addDocument(const EvalDocument &document, const AnalysisResult &result)
{
    if (!document.gold.contains(QLatin1String("timex")))
        return;
    ++m_documents;
    QList<GoldTimex> gold;
    for (const QJsonValue &v : document.gold.value(QLatin1String("timex")).toArray()) {
        const QJsonObject o = v.toObject();
        gold.append(GoldTimex{Span(document.map.fromCodePoint(o.value(QLatin1String("start")).toInt()),
                                   document.map.fromCodePoint(o.value(QLatin1String("end")).toInt())),
                              o.value(QLatin1String("type")).toString(), o.value(QLatin1String("value")).toString()});
    }
    const QList<TimeExpression> &system = result.timeline;
    QVector<bool> used(system.size(), false);
    const auto text = [&](Span s) { return document.text.mid(s.start, s.length()); };
    int strictTp = 0, relaxedTp = 0, typeTp = 0, valueTp = 0;
    for (const GoldTimex &g : gold) {
        int best = -1, bestOverlap = 0;
        for (int i = 0; i < system.size(); ++i) {
            const int o = used.at(i) ? 0 : overlap(g.span, system.at(i).span);
            if (o > bestOverlap || (o == bestOverlap && o > 0 && system.at(i).span == g.span)) {
                best = i;
                bestOverlap = o;
            }
        }
        if (best < 0) {
            m_mistakes << QStringLiteral("%1: MISS '%2' %3 %4").arg(document.name, text(g.span), g.type, g.value);
            continue;
        }
        used[best] = true;
        const TimeExpression &t = system.at(best);
        ++relaxedTp;
        if (t.span == g.span)
            ++strictTp;
        const bool typeOk = timexTypeName(t.type) == g.type;
        const bool valueOk = t.value == g.value;
        typeTp += typeOk;
        valueTp += valueOk;
        if (!typeOk || !valueOk || t.span != g.span)
            m_mistakes << QStringLiteral("%1: DIFF '%2' %3 %4 <- gold '%5' %6 %7")
                              .arg(document.name, text(t.span), timexTypeName(t.type), t.value, text(g.span), g.type, g.value);
    }
    for (int i = 0; i < system.size(); ++i) {
        if (!used.at(i))
            m_mistakes << QStringLiteral("%1: FALSE '%2' %3 %4 (%5)")
                              .arg(document.name, text(system.at(i).span), timexTypeName(system.at(i).type), system.at(i).value,
                                   system.at(i).rule);
    }
    const auto add = [&](PrfCounts &c, int tp) {
        c.truePositives += tp;
        c.falsePositives += int(system.size()) - tp;
        c.falseNegatives += int(gold.size()) - tp;
    };
    add(m_strict, strictTp);
    add(m_relaxed, relaxedTp);
    add(m_type, typeTp);
    add(m_value, valueTp);
}

double TimexScorer::typeAccuracy() const
{
    return m_relaxed.truePositives ? double(m_type.truePositives) / m_relaxed.truePositives : 0.0;
}

QString TimexScorer::report() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("Byline::TimexScorer", s); };
    const auto row = [](const QString &name, const PrfCounts &c) {
        return QStringLiteral("%1 %2 %3 %4\n")
            .arg(name, -22)
            .arg(c.precision(), 9, 'f', 3)
            .arg(c.recall(), 9, 'f', 3)
            .arg(c.f1(), 9, 'f', 3);
    };
    QString out = tr("Time expressions (TempEval-3), documents: %1").arg(m_documents) + QLatin1Char('\n');
    out += QStringLiteral("%1 %2 %3 %4\n").arg(QString(), -22).arg(tr("precision"), 9).arg(tr("recall"), 9).arg(tr("F1"), 9);
    out += row(tr("strict span"), m_strict);
    out += row(tr("relaxed span"), m_relaxed);
    out += row(tr("type"), m_type);
    out += row(tr("value"), m_value);
    out += tr("type accuracy on relaxed matches: %1").arg(typeAccuracy(), 0, 'f', 3) + QLatin1Char('\n');
    return out;
}

QJsonObject TimexScorer::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("documents"), m_documents);
    o.insert(QStringLiteral("strict"), prf(m_strict));
    o.insert(QStringLiteral("relaxed"), prf(m_relaxed));
    o.insert(QStringLiteral("type"), prf(m_type));
    o.insert(QStringLiteral("value"), prf(m_value));
    o.insert(QStringLiteral("typeAccuracy"), typeAccuracy());
    return o;
}

} // namespace Byline
