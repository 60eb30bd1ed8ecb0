// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articleloader.h"
#include "model/analysisresult.h"
#include "model/article.h"

#include <QString>
#include <QtGlobal>

/**
 * Inputs for exporter tests: the real sample article with an analysis written by hand (the
 * annotators are developed elsewhere; what is tested here is how exporters write a given
 * analysis), and an article full of text that tries to break Markdown, YAML and brat.
 * Spans are found with indexOf on the real text, so they are exact by construction.
 */
namespace SampleDocument {

/** The n-th (0-based) occurrence of needle in text; aborts the test when there is none. */
inline Byline::Span find(const QString &text, const QString &needle, int n = 0)
{
    int pos = -1;
    for (int i = 0; i <= n; ++i) {
        pos = text.indexOf(needle, pos + 1);
        if (pos < 0)
            qFatal("SampleDocument: occurrence %d of \"%s\" not found", n, qPrintable(needle));
    }
    return Byline::Span(pos, pos + int(needle.size()));
}

/** word inside the n-th occurrence of context (for words that also occur elsewhere). */
inline Byline::Span findIn(const QString &text, const QString &context, const QString &word, int n = 0)
{
    const Byline::Span c = find(text, context, n);
    const int at = text.mid(c.start, c.length()).indexOf(word);
    if (at < 0)
        qFatal("SampleDocument: \"%s\" is not in \"%s\"", qPrintable(word), qPrintable(context));
    return Byline::Span(c.start + at, c.start + at + int(word.size()));
}

inline QString samplePath()
{
    return QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt");
}

inline Byline::Article sampleArticle()
{
    const Byline::LoadResult r = Byline::ArticleLoader::load(samplePath());
    if (!r.ok())
        qFatal("SampleDocument: %s", qPrintable(r.error));
    Byline::Article a = *r.article;
    a.meta.published = QDate(2021, 11, 12);
    a.meta.publishedFrom = Byline::DateSource::User;
    return a;
}

inline Byline::Mention mention(const QString &text, const QString &needle, int n = 0,
                               Byline::MentionKind kind = Byline::MentionKind::Name)
{
    Byline::Mention m;
    m.span = find(text, needle, n);
    m.kind = kind;
    m.rule = QStringLiteral("test");
    return m;
}

inline Byline::Mention mentionIn(const QString &text, const QString &context, const QString &word)
{
    Byline::Mention m;
    m.span = findIn(text, context, word);
    m.rule = QStringLiteral("test");
    return m;
}

inline Byline::Entity entity(const QString &id, Byline::EntityType type, const QString &name, const QStringList &aliases,
                             const QList<Byline::Mention> &mentions)
{
    Byline::Entity e;
    e.id = id;
    e.type = type;
    e.name = name;
    e.aliases = aliases;
    e.mentions = mentions;
    return e;
}

inline Byline::Citation citation(const QString &text, const QString &words, int n, const QString &cue, int cueN,
                                 const QStringList &claims = {})
{
    Byline::Citation c;
    c.span = find(text, words, n);
    if (!cue.isEmpty()) {
        c.cue = find(text, cue, cueN);
        c.cueText = cue.toLower();
    }
    c.claims = claims;
    return c;
}

inline Byline::TimeExpression timex(const QString &id, const QString &text, const QString &words, int n, Byline::TimexType type,
                                    const QString &value, Byline::TimexResolution resolution, const QString &event)
{
    Byline::TimeExpression t;
    t.id = id;
    t.span = find(text, words, n);
    t.type = type;
    t.value = value;
    t.resolution = resolution;
    if (!event.isEmpty())
        t.event = find(text, event);
    t.rule = QStringLiteral("test");
    return t;
}

/** A hand-made analysis of the sample article: 12 entities, 4 quotes, 7 sources, 9 time expressions. */
inline Byline::AnalysisResult sampleAnalysis(const Byline::Article &article)
{
    using namespace Byline;
    const QString &t = article.text;
    AnalysisResult r;
    r.entities = {
        entity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Xi Jinping"),
               {QStringLiteral("Jinping"), QStringLiteral("The Chinese president")},
               {mention(t, QStringLiteral("Xi Jinping"), 0), mention(t, QStringLiteral("Xi Jinping"), 1),
                mention(t, QStringLiteral("Xi Jinping"), 2), mentionIn(t, QStringLiteral("from Jinping"), QStringLiteral("Jinping")),
                mentionIn(t, QStringLiteral("Jinping said"), QStringLiteral("Jinping")), mention(t, QStringLiteral("The Chinese president"), 0, MentionKind::Nominal)}),
        entity(QStringLiteral("e2"), EntityType::Person, QStringLiteral("Joe Biden"), {QStringLiteral("Biden")},
               {mention(t, QStringLiteral("Joe Biden"), 0), mention(t, QStringLiteral("Joe Biden"), 1),
                mentionIn(t, QStringLiteral("Biden and Jinping"), QStringLiteral("Biden"))}),
        entity(QStringLiteral("e3"), EntityType::Location, QStringLiteral("United States"), {QStringLiteral("US")},
               {mention(t, QStringLiteral("United States"), 0), mention(t, QStringLiteral("United States"), 1)}),
        entity(QStringLiteral("e4"), EntityType::Organization, QStringLiteral("National Committee on US-China Relations"), {},
               {mention(t, QStringLiteral("National Committee on US-China Relations"))}),
        entity(QStringLiteral("e5"), EntityType::Person, QStringLiteral("Qin Gang"), {}, {mention(t, QStringLiteral("Qin Gang"))}),
        entity(QStringLiteral("e6"), EntityType::Outlet, QStringLiteral("MSN"), {}, {mention(t, QStringLiteral("MSN"))}),
        entity(QStringLiteral("e7"), EntityType::Person, QStringLiteral("Karine Jean-Pierre"), {},
               {mention(t, QStringLiteral("Karine Jean-Pierre"))}),
        entity(QStringLiteral("e8"), EntityType::Outlet, QStringLiteral("South China Morning Post"), {},
               {mention(t, QStringLiteral("South China Morning Post"))}),
        entity(QStringLiteral("e9"), EntityType::Location, QStringLiteral("Taiwan"), {},
               {mention(t, QStringLiteral("Taiwan"), 0), mention(t, QStringLiteral("Taiwan"), 1)}),
        entity(QStringLiteral("e10"), EntityType::Person, QStringLiteral("Tsai Ing-wen"), {}, {mention(t, QStringLiteral("Tsai Ing-wen"))}),
        entity(QStringLiteral("e11"), EntityType::Outlet, QStringLiteral("CNN"), {}, {mention(t, QStringLiteral("CNN"))}),
        entity(QStringLiteral("e12"), EntityType::Outlet, QStringLiteral("BBC"), {}, {mention(t, QStringLiteral("BBC"))}),
    };

    Quote q1;
    q1.id = QStringLiteral("q1");
    q1.span = Span(find(t, QStringLiteral("Right now")).start, find(t, QStringLiteral("win-win cooperation...")).end);
    q1.kind = QuoteKind::Direct;
    q1.speaker = Speaker{QStringLiteral("e1"), QStringLiteral("Xi Jinping"), findIn(t, QStringLiteral("Jinping said"), QStringLiteral("Jinping"))};
    q1.cue = findIn(t, QStringLiteral("Jinping said"), QStringLiteral("said"));
    q1.sourceId = QStringLiteral("s1");
    q1.rule = QStringLiteral("test");

    Quote q2;
    q2.id = QStringLiteral("q2");
    q2.span = find(t, QStringLiteral("the meeting is part of Biden's administration's efforts to manage the competition between the "
                                     "United States and China responsibly"));
    q2.kind = QuoteKind::Indirect;
    q2.speaker = Speaker{QStringLiteral("e7"), QStringLiteral("Karine Jean-Pierre"), find(t, QStringLiteral("Karine Jean-Pierre"))};
    q2.cue = findIn(t, QStringLiteral("said that"), QStringLiteral("said"));
    q2.sourceId = QStringLiteral("s6");
    q2.rule = QStringLiteral("test");

    Quote q3;
    q3.id = QStringLiteral("q3");
    q3.span = find(t, QStringLiteral("US troops have been training their military on the island"));
    q3.kind = QuoteKind::Indirect;
    q3.speaker = Speaker{QStringLiteral("e10"), QStringLiteral("Tsai Ing-wen"), find(t, QStringLiteral("Tsai Ing-wen"))};
    q3.cue = find(t, QStringLiteral("confirmed"));
    q3.sourceId = QStringLiteral("s4");
    q3.rule = QStringLiteral("test");

    Quote q4;
    q4.id = QStringLiteral("q4");
    q4.span = find(t, QStringLiteral("China to abandon its provocative ideology"));
    q4.kind = QuoteKind::Indirect;
    q4.speaker = Speaker{QString(), QStringLiteral("Taiwan's Mainland Affairs Council"), find(t, QStringLiteral("Taiwan's Mainland Affairs Council"))};
    q4.cue = findIn(t, QStringLiteral("urged China"), QStringLiteral("urged"));
    q4.sourceId = QStringLiteral("s7");
    q4.rule = QStringLiteral("test");
    r.quotes = {q1, q2, q3, q4};

    auto source = [](const QString &id, const QString &name, SourceKind kind, const QString &entityId, const QList<Citation> &citations) {
        Source s;
        s.id = id;
        s.name = name;
        s.kind = kind;
        s.entityId = entityId;
        s.citations = citations;
        return s;
    };
    r.sources = {
        source(QStringLiteral("s1"), QStringLiteral("MSN"), SourceKind::Outlet, QStringLiteral("e6"),
               {citation(t, QStringLiteral("MSN"), 0, QStringLiteral("via"), 1, {QStringLiteral("q1")})}),
        source(QStringLiteral("s2"), QStringLiteral("AFP via Getty Images"), SourceKind::Agency, QString(),
               {citation(t, QStringLiteral("AFP via Getty Images"), 0, QStringLiteral("Photo credit should read"), 0)}),
        source(QStringLiteral("s3"), QStringLiteral("Reports"), SourceKind::Anonymous, QString(),
               {citation(t, QStringLiteral("Reports"), 0, QStringLiteral("revealed"), 0),
                citation(t, QStringLiteral("Reports"), 1, QStringLiteral("revealed"), 1)}),
        source(QStringLiteral("s4"), QStringLiteral("CNN"), SourceKind::Outlet, QStringLiteral("e11"),
               {citation(t, QStringLiteral("CNN"), 0, QStringLiteral("according to"), 0, {QStringLiteral("q3")})}),
        source(QStringLiteral("s5"), QStringLiteral("South China Morning Post"), SourceKind::Outlet, QStringLiteral("e8"),
               {citation(t, QStringLiteral("the South China Morning Post"), 0, QStringLiteral("According to"), 0)}),
        source(QStringLiteral("s6"), QStringLiteral("White House spokesperson Karine Jean-Pierre"), SourceKind::Official,
               QStringLiteral("e7"),
               {citation(t, QStringLiteral("White House spokesperson Karine Jean-Pierre"), 0, QString(), 0, {QStringLiteral("q2")})}),
        source(QStringLiteral("s7"), QStringLiteral("BBC"), SourceKind::Outlet, QStringLiteral("e12"),
               {citation(t, QStringLiteral("the BBC"), 0, QStringLiteral("according to"), 1, {QStringLiteral("q4")})}),
    };

    r.timeline = {
        timex(QStringLiteral("t1"), t, QStringLiteral("September 25, 2015"), 0, TimexType::Date, QStringLiteral("2015-09-25"),
              TimexResolution::Absolute, QStringLiteral("toast during a State Luncheon for China")),
        timex(QStringLiteral("t2"), t, QStringLiteral("This week"), 0, TimexType::Date, QStringLiteral("2021-W45"),
              TimexResolution::PublicationDate, QStringLiteral("a letter from Jinping addressed to the National Committee on US-China Relations was read by Qin Gang")),
        timex(QStringLiteral("t3"), t, QStringLiteral("for months"), 0, TimexType::Duration, QStringLiteral("PXM"),
              TimexResolution::Absolute, QStringLiteral("has been lobbying for mutual respect")),
        timex(QStringLiteral("t4"), t, QStringLiteral("next week"), 1, TimexType::Date, QStringLiteral("2021-W46"),
              TimexResolution::PublicationDate, QStringLiteral("the leaders' discussion could take place")),
        timex(QStringLiteral("t5"), t, QStringLiteral("July"), 0, TimexType::Date, QStringLiteral("2021-07"),
              TimexResolution::PublicationDate, QStringLiteral("it was closed")),
        timex(QStringLiteral("t6"), t, QStringLiteral("since 1949"), 0, TimexType::Date, QStringLiteral("1949"), TimexResolution::Absolute,
              QStringLiteral("had provided Taiwan with all kinds of support")),
        timex(QStringLiteral("t7"), t, QStringLiteral("Last month"), 0, TimexType::Date, QStringLiteral("2021-10"),
              TimexResolution::PublicationDate, QStringLiteral("the Chinese Foreign Ministry urged US forces to stop providing military help to Taiwan")),
        timex(QStringLiteral("t8"), t, QStringLiteral("Weeks later"), 0, TimexType::Date, QString(), TimexResolution::Unresolved,
              QStringLiteral("Taiwanese President Tsai Ing-wen confirmed")),
        timex(QStringLiteral("t9"), t, QStringLiteral("for decades"), 0, TimexType::Duration, QStringLiteral("PXDE"),
              TimexResolution::Absolute, QStringLiteral("China and Taiwan's issues have been in existence")),
    };
    return r;
}

/**
 * An article whose every piece of text tries to break Markdown, YAML or brat: table pipes,
 * emphasis, headings, HTML, backticks, brackets, line breaks (inside a block), a leading list
 * marker and an astral character (offsets in code points differ from UTF-16 after it).
 */
inline Byline::Article hostileArticle()
{
    using namespace Byline;
    Article a;
    a.appendBlock(QStringLiteral("# Not | a *heading* _really_ <b>bold</b> `code` [x](y) \\ & ! ~~gone~~ #"), BlockRole::Title);
    a.appendBlock(QStringLiteral("- 1. > | cell | another | 😀 *Smiley* <script>alert(1)</script> said \"Yes | no\nsecond line\"."),
                  BlockRole::Paragraph);
    a.appendBlock(QStringLiteral("---\n=== [ref]: http://example.com \"t\"\n<!-- c --> `a|b` on 1999-12-31."), BlockRole::Paragraph);
    a.meta.path = QStringLiteral("/tmp/odd dir (1)/a&b#c?.txt");
    a.meta.title = a.textOf(a.blocks.first().range);
    a.meta.outlet = QStringLiteral("Outlet: \"The | Times\"\n#1");
    return a;
}

/** An analysis of hostileArticle() whose names, aliases and spans carry the hostile text. */
inline Byline::AnalysisResult hostileAnalysis(const Byline::Article &article)
{
    using namespace Byline;
    const QString &t = article.text;
    AnalysisResult r;
    r.entities = {
        entity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("😀 *Smiley* <script>alert(1)</script>"),
               {QStringLiteral("a|b"), QStringLiteral("`x`\ny"), QStringLiteral("1. z")},
               {mention(t, QStringLiteral("😀 *Smiley* <script>alert(1)</script>"))}),
        entity(QStringLiteral("e2"), EntityType::Other, QStringLiteral("- 1. > | cell |"), {}, {mention(t, QStringLiteral("- 1. > | cell |"))}),
    };
    Quote q;
    q.id = QStringLiteral("q1");
    q.span = find(t, QStringLiteral("Yes | no\nsecond line"));
    q.kind = QuoteKind::Direct;
    q.speaker = Speaker{QStringLiteral("e1"), r.entities.first().name, r.entities.first().mentions.first().span};
    q.cue = find(t, QStringLiteral("said"));
    q.sourceId = QStringLiteral("s1");
    q.rule = QStringLiteral("test");
    r.quotes = {q};
    Source s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("[ref]: http://example.com");
    s.kind = SourceKind::Anonymous;
    s.citations = {citation(t, QStringLiteral("=== [ref]: http://example.com"), 0, QStringLiteral("<!-- c -->"), 0, {QStringLiteral("q1")})};
    r.sources = {s};
    r.timeline = {timex(QStringLiteral("t1"), t, QStringLiteral("1999-12-31"), 0, TimexType::Date, QStringLiteral("1999-12-31"),
                        TimexResolution::Absolute, QStringLiteral("---\n=== [ref]"))};
    return r;
}

} // namespace SampleDocument
