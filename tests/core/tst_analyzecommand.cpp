// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "cli/analyzecommand.h"
#include "export/bratreader.h"
#include "export/markdownexporter.h"
#include "model/document.h"

#include "sampledocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/** The export side of "byline analyze": which files each --format writes, and none on failure. */
class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("SOURCE_DATE_EPOCH", "1767323045"); } // 2026-01-02T03:04:05Z

    void testWritesFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("written");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("a.json") << QStringList{QStringLiteral("a.json")};
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("a.md") << QStringList{QStringLiteral("a.md")};
        QTest::newRow("w3c") << QStringLiteral("w3c") << QStringLiteral("a.jsonld") << QStringList{QStringLiteral("a.jsonld")};
        QTest::newRow("brat with a bare name") << QStringLiteral("brat") << QStringLiteral("a")
                                               << QStringList{QStringLiteral("a.ann"), QStringLiteral("a.txt")};
        QTest::newRow("brat named by its .txt") << QStringLiteral("brat") << QStringLiteral("b.txt")
                                                << QStringList{QStringLiteral("b.ann"), QStringLiteral("b.txt")};
        QTest::newRow("brat named by its .ann") << QStringLiteral("brat") << QStringLiteral("c.ann")
                                                << QStringList{QStringLiteral("c.ann"), QStringLiteral("c.txt")};
    }
    void testWritesFiles()
    {
        QFETCH(QString, format);
        QFETCH(QString, out);
        QFETCH(QStringList, written);
        QTemporaryDir dir;
        const int rc = AnalyzeCommand().run({QStringLiteral("byline"), SampleDocument::samplePath(), QStringLiteral("--format"), format,
                                             QStringLiteral("-o"), dir.filePath(out)});
        QCOMPARE(rc, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), written);
        if (format == QLatin1String("brat")) {
            const QString base = dir.filePath(written.first().chopped(4));
            BratReader reader;
            QVERIFY(reader.read(QString::fromUtf8(readAll(base + QStringLiteral(".ann")))));
            QVERIFY2(reader.verify(QString::fromUtf8(readAll(base + QStringLiteral(".txt")))), qPrintable(reader.errorString()));
        }
    }

    void testMarkdownMatchesExporter()
    {
        QTemporaryDir dir;
        QCOMPARE(AnalyzeCommand().run({QStringLiteral("byline"), SampleDocument::samplePath(), QStringLiteral("--format"),
                                       QStringLiteral("markdown"), QStringLiteral("-o"), dir.filePath(QStringLiteral("a.md"))}),
                 0);
        const LoadResult loaded = ArticleLoader::load(SampleDocument::samplePath());
        Document doc;
        doc.setArticle(*loaded.article);
        doc.setAnalysis(Pipeline::createDefault(Resources::instance()).run(doc.article(), Resources::instance()));
        MarkdownExporter exporter;
        QCOMPARE(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("a.md")))), exporter.render(doc, ExportOptions()));
    }

    void testFailureWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")} << 2;
        QTest::newRow("brat without -o") << QStringList{QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("@NO_OUTPUT@")} << 2;
        QTest::newRow("missing template") << QStringList{QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--template"),
                                                         QStringLiteral("/nonexistent/t.md")}
                                          << 2;
        QTest::newRow("broken template") << QStringList{QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--template"),
                                                        QStringLiteral("@BROKEN@")}
                                         << 1;
    }
    void testFailureWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QTemporaryDir templates;
        const QString broken = templates.filePath(QStringLiteral("broken.md"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{{#quotes}}\n");
        f.close();
        args.replaceInStrings(QStringLiteral("@BROKEN@"), broken);
        const bool withOutput = !args.removeOne(QStringLiteral("@NO_OUTPUT@"));
        QStringList all = QStringList{QStringLiteral("byline"), SampleDocument::samplePath()} + args;
        if (withOutput)
            all << QStringLiteral("-o") << dir.filePath(QStringLiteral("out"));
        QCOMPARE(AnalyzeCommand().run(all), exitCode);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
