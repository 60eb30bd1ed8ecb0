// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/w3cexporter.h"
#include "model/document.h"
#include "model/offsetmap.h"

#include "golden.h"
#include "sampledocument.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Byline;

namespace {

const QDateTime kExportedAt(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &s : annotation.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray())
        if (s.toObject().value(QStringLiteral("type")).toString() == type)
            return s.toObject();
    return QJsonObject();
}

QJsonObject exportJson(const Document &doc, ExportOptions options = ExportOptions())
{
    options.exportedAt = kExportedAt;
    W3cExporter exporter;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(doc, &buffer, options))
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(buffer.data(), &error);
    return error.error == QJsonParseError::NoError ? json.object() : QJsonObject();
}

int layerSize(const AnalysisResult &a)
{
    int n = int(a.quotes.size() + a.timeline.size());
    for (const Entity &e : a.entities)
        n += int(e.mentions.size());
    for (const Source &s : a.sources)
        n += int(s.citations.size());
    return n;
}

} // namespace

class TestW3cExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSelectorsPointAtTheText_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::newRow("sample article") << false;
        QTest::newRow("hostile text with an astral character") << true;
    }
    void testSelectorsPointAtTheText()
    {
        QFETCH(bool, hostile);
        Document doc;
        doc.setArticle(hostile ? SampleDocument::hostileArticle() : SampleDocument::sampleArticle());
        doc.setAnalysis(hostile ? SampleDocument::hostileAnalysis(doc.article()) : SampleDocument::sampleAnalysis(doc.article()));
        const QString &text = doc.article().text;
        const OffsetMap map(text);

        const QJsonObject root = exportJson(doc);
        QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("label")).toString(), doc.article().meta.title);
        QCOMPARE(root.value(QStringLiteral("generated")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        const QJsonArray items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), layerSize(doc.analysis()));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), items.size());

        static const QRegularExpression idPattern(QStringLiteral("^urn:byline:[0-9a-f]{16}:[a-z0-9/]+$"));
        QSet<QString> ids;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            const QString id = a.value(QStringLiteral("id")).toString();
            QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QVERIFY(!a.value(QStringLiteral("body")).toArray().isEmpty());
            const QJsonObject target = a.value(QStringLiteral("target")).toObject();
            QCOMPARE(QUrl(target.value(QStringLiteral("source")).toString()).toLocalFile(), doc.article().meta.path);

            // The position selector counts code points; back in UTF-16 it frames exactly the quoted text.
            const QJsonObject position = selector(a, QStringLiteral("TextPositionSelector"));
            const QJsonObject quote = selector(a, QStringLiteral("TextQuoteSelector"));
            const int start = map.fromCodePoint(position.value(QStringLiteral("start")).toInt(-1));
            const int end = map.fromCodePoint(position.value(QStringLiteral("end")).toInt(-1));
            const QString exact = quote.value(QStringLiteral("exact")).toString();
            QVERIFY(!exact.isEmpty());
            QCOMPARE(text.mid(start, end - start), exact);
            const QString prefix = quote.value(QStringLiteral("prefix")).toString();
            const QString suffix = quote.value(QStringLiteral("suffix")).toString();
            QCOMPARE(text.mid(start - prefix.size(), prefix.size()), prefix);
            QCOMPARE(text.mid(end, suffix.size()), suffix);
            QCOMPARE(prefix.size(), std::min(start, 32 + int(prefix.size() > 0 && prefix.at(0).isHighSurrogate() && start > 32)));
            QVERIFY(suffix.size() <= 33);
        }
    }

    void testLayersAndBodies()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        const QJsonArray items = exportJson(doc).value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QJsonObject quote, timex;
        for (const QJsonValue &v : items) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (id.endsWith(QLatin1String(":q1")))
                quote = v.toObject();
            if (id.endsWith(QLatin1String(":t1")))
                timex = v.toObject();
        }
        QCOMPARE(items.first().toObject().value(QStringLiteral("motivation")).toString(), QStringLiteral("identifying"));
        QCOMPARE(QJsonDocument(items.first().toObject().value(QStringLiteral("body")).toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"format":"text/plain","purpose":"classifying","type":"TextualBody","value":"person"},)"
                            R"({"format":"text/plain","purpose":"identifying","type":"TextualBody","value":"Xi Jinping"}])"));
        QStringList quoteBodies;
        for (const QJsonValue &b : quote.value(QStringLiteral("body")).toArray())
            quoteBodies << b.toObject().value(QStringLiteral("purpose")).toString() + QLatin1Char('=') + b.toObject().value(QStringLiteral("value")).toString();
        QCOMPARE(quoteBodies, (QStringList{QStringLiteral("tagging=quote"), QStringLiteral("classifying=direct"),
                                           QStringLiteral("describing=speaker: Xi Jinping"), QStringLiteral("describing=via: MSN")}));
        QCOMPARE(selector(timex, QStringLiteral("TextQuoteSelector")).value(QStringLiteral("exact")).toString(), QStringLiteral("September 25, 2015"));
        QCOMPARE(timex.value(QStringLiteral("body")).toArray().last().toObject().value(QStringLiteral("value")).toString(), QStringLiteral("2015-09-25"));

        ExportOptions onlyTimeline;
        onlyTimeline.includeEntities = onlyTimeline.includeQuotes = onlyTimeline.includeSources = false;
        QCOMPARE(exportJson(doc, onlyTimeline).value(QStringLiteral("total")).toInt(), doc.analysis().timeline.size());
    }

    void testPrefixKeepsSurrogatePairsWhole()
    {
        Article a;
        a.appendBlock(QStringLiteral("😀") + QString(31, QLatin1Char('a')) + QStringLiteral("target") + QString(31, QLatin1Char('b'))
                          + QStringLiteral("😀 end"),
                      BlockRole::Paragraph);
        a.meta.path = QStringLiteral("/tmp/a.txt");
        const Span span = SampleDocument::find(a.text, QStringLiteral("target"));
        const QJsonObject t = W3cExporter::target(a, OffsetMap(a.text), span);
        const QJsonObject quote = t.value(QStringLiteral("selector")).toArray().at(0).toObject();
        QCOMPARE(quote.value(QStringLiteral("prefix")).toString(), QStringLiteral("😀") + QString(31, QLatin1Char('a')));
        QCOMPARE(quote.value(QStringLiteral("suffix")).toString(), QString(31, QLatin1Char('b')) + QStringLiteral("😀"));
        const QJsonObject position = t.value(QStringLiteral("selector")).toArray().at(1).toObject();
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), 32);
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), 38);
        QCOMPARE(t.value(QStringLiteral("source")).toString(), QStringLiteral("file:///tmp/a.txt"));
        a.meta.url = QStringLiteral("https://example.com/news?id=1");
        QCOMPARE(W3cExporter::target(a, OffsetMap(a.text), span).value(QStringLiteral("source")).toString(), a.meta.url);
    }

    void testGoldenFile()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        const QString json = Golden::normalize(QString::fromUtf8(QJsonDocument(exportJson(doc)).toJson(QJsonDocument::Indented)));
        QCOMPARE(json, Golden::expected(QStringLiteral("xi-urges-us-cooperation.w3c.json"), json));
    }
};

QTEST_GUILESS_MAIN(TestW3cExporter)
#include "tst_w3cexporter.moc"
