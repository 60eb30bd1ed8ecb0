// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/w3cnotesio.h"
#include "model/document.h"
#include "model/undostack.h"
#include "sampleanalysis.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Byline;

namespace {

Note noteOn(const Article &a, const QString &what, const QString &body, const QString &tag = QString(), const QColor &color = QColor())
{
    Note n;
    const int pos = int(a.text.indexOf(what));
    n.span = Span(pos, pos + int(what.size()));
    n.exact = what;
    n.prefix = a.text.mid(qMax(0, pos - 32), pos - qMax(0, pos - 32));
    n.suffix = a.text.mid(n.span.end, 32);
    n.body = body;
    n.tag = tag;
    n.color = color;
    return n;
}

QByteArray exported(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    return W3cNotesIo::write(doc, &buffer, &error) ? buffer.data() : QByteArray();
}

QStringList lines(const Document &doc)
{
    QStringList out;
    for (const Note &n : doc.notes())
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(n.id, n.isOrphan() ? QStringLiteral("orphan:") + n.exact : doc.article().textOf(n.span), n.body, n.tag,
                        n.color.isValid() ? n.color.name() : QString())
                   .arg(n.span.start);
    return out;
}

} // namespace

class TestW3cNotesIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTripAndNoDuplicates()
    {
        Document doc;
        doc.setArticle(Test::sampleArticle());
        doc.addNote(noteOn(doc.article(), QStringLiteral("Qin Gang"), QStringLiteral("ambassador"), QStringLiteral("who"), QColor(0xff, 0xcc, 0x00)));
        doc.addNote(noteOn(doc.article(), QStringLiteral("according to CNN"), QString()));
        const QByteArray json = exported(doc);
        QVERIFY(!json.isEmpty());

        Document other;
        other.setArticle(Test::sampleArticle());
        QString error;
        QCOMPARE(W3cNotesIo::importInto(other, json, &error), 2);
        QCOMPARE(lines(other), lines(doc));
        QCOMPARE(other.undoStack()->undoText(), QStringLiteral("Import Annotations"));
        QCOMPARE(W3cNotesIo::importInto(other, json, &error), 0);
        QCOMPARE(other.notes().size(), 2);
        QCOMPARE(other.undoStack()->count(), 1);
    }

    void testAnnotationShape()
    {
        Document doc;
        Article a;
        a.meta.path = QStringLiteral("/news/a.txt");
        a.appendBlock(QStringLiteral("\U0001F600\U0001F600 Xi Jinping met Joe Biden."), BlockRole::Paragraph);
        doc.setArticle(a);
        doc.addNote(noteOn(doc.article(), QStringLiteral("Joe Biden"), QStringLiteral("US president")));
        const QJsonObject root = QJsonDocument::fromJson(exported(doc)).object();
        QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject annotation = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(annotation.value(QStringLiteral("id")).toString(), QStringLiteral("urn:uuid:") + doc.notes().first().id);
        QCOMPARE(annotation.value(QStringLiteral("motivation")).toString(), QStringLiteral("commenting"));
        const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(), QStringLiteral("file:///news/a.txt"));
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(), QStringLiteral("Joe Biden"));
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("prefix")).toString(), QStringLiteral("\U0001F600\U0001F600 Xi Jinping met "));
        // Two astral characters before: UTF-16 offset 20, code point offset 18.
        QCOMPARE(doc.notes().first().span.start, 20);
        QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
        QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), 18);
        QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("end")).toInt(), 27);
    }

    void testImportForeign_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // text|body|tag of each note, "orphan:" before orphans
        QTest::addColumn<int>("skipped");
        QTest::newRow("single annotation, quote only, plain string body")
            << QStringLiteral("single-quote-annotation.json") << QStringList{QStringLiteral("Karine Jean-Pierre|who is she?|")} << 0;
        QTest::newRow("position only, in code points") << QStringLiteral("position-only.json") << QStringList{QStringLiteral("Chinese||")} << 0;
        QTest::newRow("quote not in this article: kept as an orphan, a non-annotation skipped")
            << QStringLiteral("page-with-orphan.json") << QStringList{QStringLiteral("orphan:The Prime Minister of Canada|gone|check")} << 1;
    }
    void testImportForeign()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFile f(QStringLiteral(BYLINE_FIXTURES "/w3c/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QFETCH(int, skipped);
        const Article article = Test::sampleArticle();
        const W3cNotesIo::ImportResult r = W3cNotesIo::read(json, article);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.skipped, skipped);
        QStringList got;
        for (const Note &n : r.notes)
            got << (n.isOrphan() ? QStringLiteral("orphan:") + n.exact : article.textOf(n.span)) + QLatin1Char('|') + n.body + QLatin1Char('|') + n.tag;
        QCOMPARE(got, expected);
        // No ids in the file: derived from the content, so a second import adds nothing.
        Document doc;
        doc.setArticle(article);
        QCOMPARE(W3cNotesIo::importInto(doc, json), int(expected.size()));
        QCOMPARE(W3cNotesIo::importInto(doc, json), 0);
    }

    void testRejectsWhatIsNotAnnotations_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("<html></html>");
        QTest::newRow("JSON without annotations") << QByteArray("{\"format\": \"byline-analysis\"}");
    }
    void testRejectsWhatIsNotAnnotations()
    {
        QFETCH(QByteArray, json);
        Document doc;
        doc.setArticle(Test::sampleArticle());
        QString error;
        QCOMPARE(W3cNotesIo::importInto(doc, json, &error), -1);
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc.undoStack()->canUndo());
    }
};

QTEST_GUILESS_MAIN(TestW3cNotesIo)
#include "tst_w3cnotesio.moc"
