// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/bratexporter.h"
#include "export/bratreader.h"
#include "model/document.h"
#include "model/offsetmap.h"

#include "golden.h"
#include "sampledocument.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace Byline;

namespace {

/** A typed UTF-16 span as written to or read from brat. */
struct Typed
{
    QString type;
    Span span;
    friend bool operator==(const Typed &a, const Typed &b) { return a.type == b.type && a.span == b.span; }
    friend bool operator<(const Typed &a, const Typed &b) { return a.span != b.span ? a.span < b.span : a.type < b.type; }
};

char *toString(const Typed &t)
{
    return qstrdup(QStringLiteral("%1 [%2, %3)").arg(t.type).arg(t.span.start).arg(t.span.end).toUtf8().constData());
}

/** The UTF-16 span from the first fragment's start to the last fragment's end. */
Span spanOf(const BratTextBound &t, const OffsetMap &map)
{
    if (t.fragments.isEmpty())
        return Span();
    return Span(map.fromCodePoint(t.fragments.first().first), map.fromCodePoint(t.fragments.last().second));
}

QString entityLabel(EntityType type)
{
    const char *names[] = {"Person", "Organization", "Location", "Outlet", "Other"};
    return QString::fromLatin1(names[int(type)]);
}

QString timexLabel(TimexType type)
{
    const char *names[] = {"Date", "Time", "Duration", "Set"};
    return QString::fromLatin1(names[int(type)]);
}

void makeDocument(Document &doc, const QString &which)
{
    if (which == QLatin1String("sample")) {
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
    } else {
        doc.setArticle(SampleDocument::hostileArticle());
        doc.setAnalysis(SampleDocument::hostileAnalysis(doc.article()));
    }
}

} // namespace

class TestBratExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("sample article") << QStringLiteral("sample");
        QTest::newRow("hostile text with a line break and an astral character") << QStringLiteral("hostile");
    }
    void testRoundTrip()
    {
        QFETCH(QString, which);
        Document doc;
        makeDocument(doc, which);
        const QString &text = doc.article().text;
        const AnalysisResult &a = doc.analysis();
        const OffsetMap map(text);

        BratExporter exporter;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporter.write(doc, &buffer, ExportOptions()));
        QCOMPARE(BratExporter::textFile(doc), text.toUtf8());

        BratReader reader;
        QVERIFY2(reader.read(QString::fromUtf8(buffer.data())), qPrintable(reader.errorString()));
        QVERIFY2(reader.verify(QString::fromUtf8(BratExporter::textFile(doc))), qPrintable(reader.errorString()));

        // Every span the analysis holds comes back with its type, and nothing else.
        QList<Typed> expected;
        for (const Entity &e : a.entities)
            for (const Mention &m : e.mentions)
                expected << Typed{entityLabel(e.type), m.span};
        for (const Quote &q : a.quotes) {
            expected << Typed{QStringLiteral("Quote"), q.span};
            const bool known = std::any_of(expected.cbegin(), expected.cend(), [&](const Typed &t) { return t.span == q.speaker->span; });
            if (!known)
                expected << Typed{QStringLiteral("Speaker"), q.speaker->span};
        }
        for (const Source &s : a.sources)
            for (const Citation &c : s.citations)
                expected << Typed{QStringLiteral("Source"), c.span};
        for (const TimeExpression &t : a.timeline)
            expected << Typed{timexLabel(t.type), t.span};
        QList<Typed> actual;
        for (const BratTextBound &t : reader.textBounds())
            actual << Typed{t.type, spanOf(t, map)};
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);

        // Speaker → quote and citation → quote relations join the right spans.
        QStringList relations;
        for (const BratRelation &r : reader.relations()) {
            const BratTextBound *from = reader.textBound(r.arg1);
            const BratTextBound *to = reader.textBound(r.arg2);
            QVERIFY(from && to);
            relations << r.type + QLatin1Char(' ') + text.mid(spanOf(*from, map).start, spanOf(*from, map).length()) + QStringLiteral(" -> ")
                    + QString::number(spanOf(*to, map).start);
        }
        QStringList expectedRelations;
        for (const Quote &q : a.quotes)
            expectedRelations << QStringLiteral("Speaker ") + doc.article().textOf(q.speaker->span) + QStringLiteral(" -> ")
                    + QString::number(q.span.start);
        for (const Source &s : a.sources)
            for (const Citation &c : s.citations)
                for (const QString &claim : c.claims)
                    for (const Quote &q : a.quotes)
                        if (q.id == claim)
                            expectedRelations << QStringLiteral("Attribution ") + doc.article().textOf(c.span) + QStringLiteral(" -> ")
                                    + QString::number(q.span.start);
        relations.sort();
        expectedRelations.sort();
        QCOMPARE(relations, expectedRelations);

        // Normalized values are notes on the time expressions; quote kinds are attributes.
        QStringList values, expectedValues;
        for (const BratTextBound &t : reader.textBounds())
            if (t.type == QLatin1String("Date") || t.type == QLatin1String("Duration"))
                values << reader.noteOn(t.id);
        for (const TimeExpression &t : a.timeline)
            expectedValues << (t.value.isEmpty() ? QStringLiteral("unresolved") : t.value);
        QCOMPARE(values, expectedValues);
        QCOMPARE(reader.attributes().size(), a.quotes.size());

        // Coreference groups: one per entity with more than one mention, members in mention order.
        QList<QList<Span>> groups, expectedGroups;
        for (const BratEquiv &e : reader.equivs()) {
            QCOMPARE(e.type, QStringLiteral("Coreference"));
            QList<Span> spans;
            for (const QString &id : e.members)
                spans << spanOf(*reader.textBound(id), map);
            groups << spans;
        }
        for (const Entity &e : a.entities) {
            if (e.mentions.size() < 2)
                continue;
            QList<Span> spans;
            for (const Mention &m : e.mentions)
                spans << m.span;
            expectedGroups << spans;
        }
        QCOMPARE(groups, expectedGroups);
    }

    void testLineBreakMakesFragments()
    {
        Document doc;
        makeDocument(doc, QStringLiteral("hostile"));
        BratReader reader;
        QVERIFY(reader.read(BratExporter::annotations(doc)));
        const BratTextBound *quote = nullptr;
        for (const BratTextBound &t : reader.textBounds())
            if (t.type == QLatin1String("Quote"))
                quote = &t;
        QVERIFY(quote);
        // "Yes | no\nsecond line" after one astral character: code points are one less than UTF-16 units.
        const int utf16 = doc.analysis().quotes.first().span.start;
        QCOMPARE(quote->fragments, (QList<QPair<int, int>>{{utf16 - 1, utf16 - 1 + 8}, {utf16 - 1 + 9, utf16 - 1 + 20}}));
        QCOMPARE(quote->text, QStringLiteral("Yes | no second line"));
    }

    void testSectionsCanBeLeftOut()
    {
        Document doc;
        makeDocument(doc, QStringLiteral("sample"));
        ExportOptions o;
        o.includeEntities = false;
        o.includeSources = false;
        BratReader reader;
        QVERIFY(reader.read(BratExporter::annotations(doc, o)));
        QSet<QString> types;
        for (const BratTextBound &t : reader.textBounds())
            types.insert(t.type);
        // The speakers stay: a Speaker relation needs its argument.
        QCOMPARE(types, (QSet<QString>{QStringLiteral("Quote"), QStringLiteral("Person"), QStringLiteral("Speaker"), QStringLiteral("Date"),
                                       QStringLiteral("Duration")}));
        QVERIFY(reader.equivs().isEmpty());
    }

    void testEmptyAnalysisWritesEmptyAnn()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        QCOMPARE(BratExporter::annotations(doc), QString());
    }

    void testGoldenFile()
    {
        Document doc;
        makeDocument(doc, QStringLiteral("sample"));
        const QString ann = BratExporter::annotations(doc);
        QCOMPARE(ann, Golden::expected(QStringLiteral("xi-urges-us-cooperation.ann"), ann));
    }
};

QTEST_GUILESS_MAIN(TestBratExporter)
#include "tst_bratexporter.moc"
