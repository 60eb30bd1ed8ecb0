// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/batchanalyzer.h"
#include "model/document.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Byline;

class TestBatchAnalyzer : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void testWritesEachArticleAndListsFailures_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::newRow("one thread") << 1;
        QTest::newRow("all cores") << 0;
    }
    void testWritesEachArticleAndListsFailures()
    {
        QFETCH(int, jobs);
        QTemporaryDir in, out;
        QDir(in.path()).mkpath(QStringLiteral("sub"));
        QFile::copy(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"), in.filePath(QStringLiteral("xi.txt")));
        write(in.filePath(QStringLiteral("sub/short.txt")), "Headline\n\nBiden spoke on Monday.");
        write(in.filePath(QStringLiteral("sub/empty.txt")), "");
        write(in.filePath(QStringLiteral("ignored.bin")), "not an article extension");

        QStringList written;
        QMutex mutex;
        BatchAnalyzer batch(
            [&](const Document &document, const QString &outPath, QString *) {
                QFile f(outPath);
                if (!f.open(QIODevice::WriteOnly))
                    return false;
                f.write(document.article().text.toUtf8());
                QMutexLocker lock(&mutex);
                written << QDir(out.path()).relativeFilePath(outPath);
                return true;
            },
            QStringLiteral("out"));
        batch.setJobs(jobs);
        QString log;
        QTextStream stream(&log);
        const QList<BatchAnalyzer::Failure> failures = batch.run({in.path()}, out.path(), stream, false);

        written.sort();
        QCOMPARE(written, (QStringList{QStringLiteral("sub/short.txt.out"), QStringLiteral("xi.txt.out")}));
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().path.endsWith(QStringLiteral("sub/empty.txt")));
        QVERIFY(log.contains(QStringLiteral("Analysed 2 of 3 articles")));
        QVERIFY(log.contains(QStringLiteral("empty.txt")));
    }
    void testMissingInputIsAnError()
    {
        BatchAnalyzer batch([](const Document &, const QString &, QString *) { return true; }, QStringLiteral("json"));
        QString log;
        QTextStream stream(&log);
        QTemporaryDir out;
        const auto failures = batch.run({QStringLiteral("/nonexistent/folder")}, out.path(), stream, false);
        QCOMPARE(failures.size(), 1);
        QVERIFY(log.contains(QStringLiteral("/nonexistent/folder does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestBatchAnalyzer)
#include "tst_batchanalyzer.moc"
