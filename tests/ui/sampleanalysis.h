// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Widget tests exercise the UI, not the analysis: they build an AnalysisResult over the real
// sample text, with spans found by searching Article::text, so they do not depend on the
// annotators' current recall.

#include "model/analysisresult.h"
#include "model/article.h"

#include <QRegularExpression>

#include <algorithm>

namespace Byline::TestSample {

inline QString samplePath()
{
    return QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt");
}

/** Whole-word occurrences of the forms, longest form first, never overlapping, in text order. */
inline QList<Mention> findMentions(const QString &text, const QStringList &forms, const QString &rule)
{
    QList<Mention> mentions;
    for (const QString &form : forms) {
        const QRegularExpression re(QStringLiteral("\\b") + QRegularExpression::escape(form) + QStringLiteral("\\b"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const Span s(int(m.capturedStart()), int(m.capturedEnd()));
            const bool taken
                = std::any_of(mentions.cbegin(), mentions.cend(), [s](const Mention &x) { return x.span.overlaps(s); });
            if (!taken)
                mentions.append({ s, MentionKind::Name, rule });
        }
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    return mentions;
}

inline Entity entity(const QString &text, const QString &id, EntityType type, const QStringList &forms)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.name = forms.first();
    e.aliases = forms.mid(1);
    e.mentions = findMentions(text, forms, QStringLiteral("test:gazetteer"));
    return e;
}

inline Span spanOf(const QString &text, const QString &needle, int from = 0)
{
    const int i = text.indexOf(needle, from);
    return i < 0 ? Span() : Span(i, i + int(needle.size()));
}

/** Entities, one quote, sources and two dates over the sample article. */
inline AnalysisResult analysis(const Article &article)
{
    const QString &t = article.text;
    AnalysisResult r;
    r.entities << entity(
        t, QStringLiteral("e1"), EntityType::Person, { QStringLiteral("Xi Jinping"), QStringLiteral("Jinping") })
               << entity(t, QStringLiteral("e2"), EntityType::Person,
                      { QStringLiteral("Joe Biden"), QStringLiteral("Biden") })
               << entity(t, QStringLiteral("e3"), EntityType::Person, { QStringLiteral("Qin Gang") })
               << entity(t, QStringLiteral("e4"), EntityType::Location, { QStringLiteral("United States") })
               << entity(t, QStringLiteral("e5"), EntityType::Location, { QStringLiteral("Taiwan") })
               << entity(t, QStringLiteral("e6"), EntityType::Organization,
                      { QStringLiteral("National Committee on US-China Relations") })
               << entity(t, QStringLiteral("e7"), EntityType::Outlet, { QStringLiteral("South China Morning Post") })
               << entity(t, QStringLiteral("e8"), EntityType::Outlet, { QStringLiteral("MSN") });

    Quote q;
    q.id = QStringLiteral("q1");
    const Span open = spanOf(t, QStringLiteral("\"Right now"));
    const Span close = spanOf(t, QStringLiteral("...,\""), open.start);
    q.span = Span(open.start + 1, close.start + 4);
    q.kind = QuoteKind::Direct;
    q.speaker
        = Speaker { QStringLiteral("e1"), QStringLiteral("Xi Jinping"), spanOf(t, QStringLiteral("Jinping said")) };
    q.speaker->span.end = q.speaker->span.start + 7;
    q.cue = spanOf(t, QStringLiteral("said via"));
    q.cue.end = q.cue.start + 4;
    q.sourceId = QStringLiteral("s1");
    q.rule = QStringLiteral("test:said");
    r.quotes << q;

    Source msn;
    msn.id = QStringLiteral("s1");
    msn.name = QStringLiteral("MSN");
    msn.kind = SourceKind::Outlet;
    msn.entityId = QStringLiteral("e8");
    Citation c;
    c.span = spanOf(t, QStringLiteral("MSN"));
    c.cueText = QStringLiteral("via");
    c.claims << QStringLiteral("q1");
    msn.citations << c;
    Source reports;
    reports.id = QStringLiteral("s2");
    reports.name = QStringLiteral("Reports");
    reports.kind = SourceKind::Anonymous;
    for (int from = 0;;) {
        const Span s = spanOf(t, QStringLiteral("Reports"), from);
        if (!s.isValid())
            break;
        Citation rc;
        rc.span = s;
        rc.cueText = QStringLiteral("revealed");
        reports.citations << rc;
        from = s.end;
    }
    r.sources << msn << reports;

    TimeExpression t1;
    t1.id = QStringLiteral("t1");
    t1.span = spanOf(t, QStringLiteral("September 25, 2015"));
    t1.value = QStringLiteral("2015-09-25");
    t1.resolution = TimexResolution::Absolute;
    TimeExpression t2;
    t2.id = QStringLiteral("t2");
    t2.span = spanOf(t, QStringLiteral("This week"));
    t2.resolution = TimexResolution::Unresolved;
    r.timeline << t1 << t2;
    return r;
}

} // namespace Byline::TestSample
