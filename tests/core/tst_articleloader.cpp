// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/articleloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(BYLINE_FIXTURES "/io/") + QLatin1String(name);
}
} // namespace

class TstArticleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testEncodings_data();
    void testEncodings();
    void testChinese();
    void testErrors_data();
    void testErrors();
    void testOverLimit();
    void testFormatDetection_data();
    void testFormatDetection();
    void testDatelineDate();
    void testFormats_data();
    void testFormats();
    void testLargeFileIsLinear();
};

void TstArticleLoader::testEncodings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << fixture("utf8.txt") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << fixture("utf8-bom.txt") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << fixture("utf16le-bom.txt") << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE with BOM") << fixture("utf16be-bom.txt") << QStringLiteral("UTF-16BE");
    QTest::newRow("Windows-1252 detected by uchardet") << fixture("windows-1252.txt") << QStringLiteral("WINDOWS-1252");
    QTest::newRow("CRLF line ends") << fixture("crlf.txt") << QStringLiteral("UTF-8");
    QTest::newRow("old Mac CR line ends") << fixture("cr.txt") << QStringLiteral("UTF-8");
}

void TstArticleLoader::testEncodings()
{
    QFETCH(QString, path);
    QFETCH(QString, encoding);
    const LoadResult r = ArticleLoader::load(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding.toUpper(), encoding.toUpper());
    const Article &a = *r.article;
    // Every fixture holds the same article: one decoded text whatever the bytes were.
    QCOMPARE(a.text,
        QStringLiteral(
            "Caf\u00e9 owners welcome \u201cfair\u201d rent rules\n"
            "PARIS, March 3 (Reuters) - Owners of small caf\u00e9s said on Tuesday that the city\u2019s new rent "
            "rules were \u201ca fair start\u201d and asked for the same protection for bakeries.\n"
            "The rules take effect in June, the mayor\u2019s office said. Critics call them \u201ctoo little, too "
            "late\u201d."));
    QCOMPARE(int(a.blocks.size()), 3);
    QCOMPARE(a.blocks.at(0).role, BlockRole::Title);
    QCOMPARE(a.blocks.at(1).role, BlockRole::Paragraph);
    QCOMPARE(a.meta.title, QStringLiteral("Caf\u00e9 owners welcome \u201cfair\u201d rent rules"));
    QCOMPARE(a.meta.format, QStringLiteral("text"));
    QCOMPARE(a.meta.path, path);
}

void TstArticleLoader::testChinese()
{
    const LoadResult r = ArticleLoader::load(fixture("gb18030.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    const Article &a = *r.article;
    QCOMPARE(a.meta.title, QStringLiteral("\u4e60\u8fd1\u5e73\u6566\u4fc3\u7f8e\u56fd\u5408\u4f5c"));
    QCOMPARE(int(a.blocks.size()), 3);
    QVERIFY(a.textOf(a.blocks.at(1).range).startsWith(QStringLiteral("\u5317\u4eac\uff0c2021\u5e7411\u670812\u65e5")));
}

void TstArticleLoader::testErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("binary")
        << fixture("binary.dat")
        << QStringLiteral("The file binary.dat is not a text file: it contains binary data. Open a plain-text, "
                          "Markdown, HTML or PDF article.");
    QTest::newRow("empty") << fixture("empty.txt")
                           << QStringLiteral("The file empty.txt is empty: there is no article text to show.");
    QTest::newRow("only blank lines") << fixture(
        "blank.txt") << QStringLiteral("The file blank.txt is empty: there is no article text to show.");
    QTest::newRow("missing") << fixture("no-such-file.txt")
                             << QStringLiteral(
                                    "The file %1 does not exist. It may have been moved, renamed or deleted.")
                                    .arg(fixture("no-such-file.txt"));
    QTest::newRow("a folder") << QStringLiteral(BYLINE_FIXTURES "/io")
                              << QStringLiteral("%1 is a folder, not an article file. Choose a file inside it.")
                                     .arg(QStringLiteral(BYLINE_FIXTURES "/io"));
}

void TstArticleLoader::testErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    const LoadResult r = ArticleLoader::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

void TstArticleLoader::testOverLimit()
{
    LoadOptions options;
    options.maxBytes = 100;
    const LoadResult r = ArticleLoader::load(fixture("utf8.txt"), options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral(
            "The file utf8.txt is too large (320 bytes; the limit is 100 bytes). Open a smaller file or raise the "
            "limit in the settings."));
    options.maxBytes = 320; // exactly the file size is allowed
    QVERIFY(ArticleLoader::load(fixture("utf8.txt"), options).ok());
}

void TstArticleLoader::testFormatDetection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("PDF magic wins over .txt")
        << QByteArray("%PDF-1.7\n") << QStringLiteral("a.txt") << int(ArticleLoader::Format::Pdf);
    QTest::newRow("doctype html in a .txt")
        << QByteArray("\n  <!DOCTYPE html><html>") << QStringLiteral("a.txt") << int(ArticleLoader::Format::Html);
    QTest::newRow("html tag with BOM") << QByteArray("\xEF\xBB\xBF<html lang=en>") << QStringLiteral("page")
                                       << int(ArticleLoader::Format::Html);
    QTest::newRow("UTF-16 html") << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << QStringLiteral("page")
                                 << int(ArticleLoader::Format::Html);
    QTest::newRow("front matter in a .txt")
        << QByteArray("---\ntitle: x\n---\n") << QStringLiteral("a.txt") << int(ArticleLoader::Format::Markdown);
    QTest::newRow(".md extension") << QByteArray("# Title\n") << QStringLiteral("a.md")
                                   << int(ArticleLoader::Format::Markdown);
    QTest::newRow(".htm extension with text")
        << QByteArray("Hello") << QStringLiteral("a.htm") << int(ArticleLoader::Format::Html);
    QTest::newRow(".pdf extension without magic")
        << QByteArray("garbage") << QStringLiteral("a.pdf") << int(ArticleLoader::Format::Pdf);
    QTest::newRow("plain text") << QByteArray("Title\n\nText") << QStringLiteral("a.txt")
                                << int(ArticleLoader::Format::Text);
}

void TstArticleLoader::testFormatDetection()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(ArticleLoader::detectFormat(head, path)), format);
}

void TstArticleLoader::testDatelineDate()
{
    LoadOptions options;
    options.referenceDate = QDate(2022, 5, 1);
    const LoadResult r = ArticleLoader::load(fixture("utf8.txt"), options);
    QVERIFY(r.ok());
    QCOMPARE(r.article->meta.published, QDate(2022, 3, 3));
    QCOMPARE(r.article->meta.publishedFrom, DateSource::Dateline);

    // The sample has no dateline and no metadata: its date stays unknown.
    const LoadResult sample
        = ArticleLoader::load(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt"));
    QVERIFY(sample.ok());
    QVERIFY(!sample.article->meta.published.isValid());
    QCOMPARE(sample.article->meta.publishedFrom, DateSource::None);
}

void TstArticleLoader::testFormats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<int>("publishedFrom");
    QTest::newRow("saved web page") << fixture("news-site.html") << QStringLiteral("html")
                                    << QStringLiteral(
                                           "Ferry fares to rise by a fifth as island operator cites fuel costs")
                                    << QDate(2023, 4, 18) << int(DateSource::Metadata);
    QTest::newRow("Markdown with front matter")
        << fixture("article.md") << QStringLiteral("markdown")
        << QStringLiteral("Night trains return to the Baltic coast") << QDate(2024, 2, 14) << int(DateSource::Metadata);
    QTest::newRow("Wikinews text with a date line (GUM corpus)")
        << QStringLiteral(BYLINE_SHARED_DIR "/corpus/gum_news/GUM_news_warhol.txt") << QStringLiteral("text")
        << QStringLiteral("Warhol's photo legacy spread by university exhibits") << QDate(2014, 1, 28)
        << int(DateSource::Dateline);
}

void TstArticleLoader::testFormats()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, title);
    QFETCH(QDate, published);
    QFETCH(int, publishedFrom);
    if (!QFile::exists(path))
        QSKIP("the shared corpus is not next to this checkout");
    const LoadResult r = ArticleLoader::load(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->meta.format, format);
    QCOMPARE(r.article->meta.title, title);
    QCOMPARE(r.article->meta.published, published);
    QCOMPARE(int(r.article->meta.publishedFrom), publishedFrom);
}

void TstArticleLoader::testLargeFileIsLinear()
{
    // A 50 MB file, the default limit, as one line: reading, detection, decoding and blocks must stay linear.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, 'a');
        for (int i = 9; i < chunk.size(); i += 10)
            chunk[i] = ' ';
        chunk[0] = '\xC3'; // an e-acute in UTF-8 so the validator has multi-byte sequences to walk
        chunk[1] = '\xA9';
        for (int i = 0; i < 50; ++i)
            QCOMPARE(file.write(chunk), qint64(chunk.size()));
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = ArticleLoader::load(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(int(r.article->blocks.size()), 1);
    qInfo("50 MB one-line file loaded in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 60000);
}

QTEST_GUILESS_MAIN(TstArticleLoader)
#include "tst_articleloader.moc"
