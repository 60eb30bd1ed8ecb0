// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleanalysis.h"

#include "io/articleloader.h"

#include <QRegularExpression>

#include <algorithm>

namespace Byline {
namespace Test {

Article sampleArticle()
{
    const LoadResult r = ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
    return r.ok() ? *r.article : Article();
}

namespace {

QList<Span> words(const QString &text, const QString &surface)
{
    QList<Span> spans;
    const QRegularExpression re(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(surface) + QStringLiteral("(?!\\w)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append(Span(int(m.capturedStart()), int(m.capturedEnd())));
    }
    return spans;
}

// Surfaces fullest first; a shorter one overlapping a longer mention is skipped.
Entity entity(const QString &text, const QString &id, EntityType type, const QStringList &surfaces)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.name = surfaces.first();
    for (const QString &s : surfaces) {
        for (Span span : words(text, s)) {
            const bool inside = std::any_of(e.mentions.cbegin(), e.mentions.cend(), [span](const Mention &m) { return m.span.overlaps(span); });
            if (!inside)
                e.mentions.append(Mention{span, MentionKind::Name, QStringLiteral("sample")});
        }
        if (s != e.name)
            e.aliases.append(s);
    }
    std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    return e;
}

TimeExpression timex(const QString &text, const QString &id, const QString &surface, int occurrence, const QString &value)
{
    TimeExpression t;
    t.id = id;
    t.span = words(text, surface).value(occurrence);
    t.value = value;
    t.rule = QStringLiteral("sample");
    return t;
}

} // namespace

AnalysisResult sampleAnalysis(const QString &text)
{
    AnalysisResult r;
    r.entities = {
        entity(text, QStringLiteral("e1"), EntityType::Person, {QStringLiteral("Xi Jinping"), QStringLiteral("Jinping")}),
        entity(text, QStringLiteral("e2"), EntityType::Location, {QStringLiteral("United States"), QStringLiteral("US")}),
        entity(text, QStringLiteral("e3"), EntityType::Person, {QStringLiteral("Joe Biden")}),
        entity(text, QStringLiteral("e4"), EntityType::Person, {QStringLiteral("Qin Gang")}),
        entity(text, QStringLiteral("e5"), EntityType::Organization, {QStringLiteral("MSN")}),
        entity(text, QStringLiteral("e6"), EntityType::Location, {QStringLiteral("Taiwan")}),
        entity(text, QStringLiteral("e7"), EntityType::Person, {QStringLiteral("Karine Jean-Pierre")}),
        entity(text, QStringLiteral("e8"), EntityType::Location, {QStringLiteral("China"), QStringLiteral("Chinese")}),
    };
    // "Biden" alone, apart from "Joe Biden": a mistake for the merge correction.
    Entity biden = entity(text, QStringLiteral("e9"), EntityType::Person, {QStringLiteral("Biden")});
    const Entity &joe = r.entities.at(2);
    biden.mentions.erase(std::remove_if(biden.mentions.begin(), biden.mentions.end(),
                                        [&joe](const Mention &m) {
                                            return std::any_of(joe.mentions.cbegin(), joe.mentions.cend(),
                                                               [&m](const Mention &j) { return j.span.overlaps(m.span); });
                                        }),
                         biden.mentions.end());
    r.entities.append(biden);

    Quote q1;
    q1.id = QStringLiteral("q1");
    const int open = text.indexOf(QLatin1String("\"Right now"));
    const int close = text.indexOf(QLatin1Char('"'), open + 1);
    q1.span = Span(open + 1, close);
    const int jinping = text.indexOf(QLatin1String("Jinping said"), close);
    q1.speaker = Speaker{QStringLiteral("e1"), QStringLiteral("Xi Jinping"), Span(jinping, jinping + 7)};
    q1.rule = QStringLiteral("sample");
    Quote q2;
    q2.id = QStringLiteral("q2");
    q2.kind = QuoteKind::Indirect;
    const QString reported = QStringLiteral("the meeting is part of Biden's administration's efforts");
    q2.span = Span(int(text.indexOf(reported)), int(text.indexOf(reported) + reported.size()));
    const Span karine = r.entities.at(6).mentions.first().span;
    q2.speaker = Speaker{QStringLiteral("e7"), QStringLiteral("Karine Jean-Pierre"), karine};
    q2.rule = QStringLiteral("sample");
    r.quotes = {q1, q2};

    r.timeline = {
        timex(text, QStringLiteral("t1"), QStringLiteral("September 25, 2015"), 0, QStringLiteral("2015-09-25")),
        timex(text, QStringLiteral("t2"), QStringLiteral("next week"), 0, QStringLiteral("2021-W46")),
        timex(text, QStringLiteral("t3"), QStringLiteral("next week"), 1, QStringLiteral("2021-W46")),
        timex(text, QStringLiteral("t4"), QStringLiteral("July"), 0, QStringLiteral("2021-07")),
        timex(text, QStringLiteral("t5"), QStringLiteral("1949"), 0, QStringLiteral("1949")),
    };
    return r;
}

} // namespace Test
} // namespace Byline
