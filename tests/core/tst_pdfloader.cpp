// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/pdfloader.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Byline;

namespace {
QStringList describe(const Article &a)
{
    QStringList out;
    for (const Block &b : a.blocks)
        out << blockRoleName(b.role) + QLatin1String(": ") + a.textOf(b.range);
    return out;
}

// One line of a test page: its type size in points and its text; gap is extra space above it.
struct Line
{
    int size;
    const char *text;
    int gap = 0;
};

// An A4 PDF at 72 dpi (so coordinates are points) with a running header and a "Page N of M" footer.
QByteArray writePdf(const QList<QList<Line>> &pages, bool furniture = true)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(QStringLiteral("flood-plan-final.docx"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        if (furniture) {
            font.setPixelSize(9);
            painter.setFont(font);
            painter.drawText(QPointF(60, 40), QStringLiteral("THE VALLEY GAZETTE \u00b7 Special report"));
            painter.drawText(QPointF(60, 800), QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
        }
        double y = 90;
        for (const Line &line : pages.at(p)) {
            y += line.gap;
            font.setPixelSize(line.size);
            painter.setFont(font);
            painter.drawText(QPointF(60, y), QString::fromUtf8(line.text));
            y += line.size * 1.35;
        }
    }
    painter.end();
    return bytes;
}
} // namespace

class TstPdfLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testArticle();
    void testErrors_data();
    void testErrors();
    void testHyphenation_data();
    void testHyphenation();
};

void TstPdfLoader::testArticle()
{
    const QList<QList<Line>> pages {
        { { 20, "River towns plan shared flood defences" },
            { 11, "Mayors of six towns along the Wenn agreed on Monday to pool money for a", 12 },
            { 11, "shared system of flood walls and storage basins, the first such cooper-" },
            { 11, "ation between councils in the valley." }, { 11, "Officials called the agreement a win-", 10 },
            { 11, "win for upstream villages, which would host the basins in exchange for" },
            { 11, "lower insurance costs." },
            { 11, "The councils will ask the regional government to match their contribution", 10 } },
        { { 11, "of 40 million euros, according to a draft seen by the Gazette." }, { 14, "Costs and timetable", 12 },
            { 11, "Work on the first basin could start in 2025, and the walls would be", 6 },
            { 11, "finished by 2029 if the funding is approved in time." } },
        { { 11, "The scheme follows a well-" }, { 11, "known study of the 2021 floods by the university." },
            { 11, "Residents can comment on the plans until 30 June.", 10 } }
    };
    const LoadResult r = PdfLoader::load(writePdf(pages), QStringLiteral("plan.pdf"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = *r.article;
    QCOMPARE(describe(a),
        (QStringList { QStringLiteral("title: River towns plan shared flood defences"),
            QStringLiteral(
                "paragraph: Mayors of six towns along the Wenn agreed on Monday to pool money for a shared "
                "system of flood walls and storage basins, the first such cooperation between councils in the valley."),
            QStringLiteral(
                "paragraph: Officials called the agreement a win-win for upstream villages, which would host the "
                "basins in exchange for lower insurance costs."),
            QStringLiteral("paragraph: The councils will ask the regional government to match their contribution of 40 "
                           "million euros, according to a draft seen by the Gazette."),
            QStringLiteral("heading: Costs and timetable"),
            QStringLiteral(
                "paragraph: Work on the first basin could start in 2025, and the walls would be finished by 2029 "
                "if the funding is approved in time."),
            QStringLiteral("paragraph: The scheme follows a well-known study of the 2021 floods by the university."),
            QStringLiteral("paragraph: Residents can comment on the plans until 30 June.") }));
    QCOMPARE(a.meta.format, QStringLiteral("pdf"));
    QCOMPARE(a.meta.title, QStringLiteral("River towns plan shared flood defences"));
    QVERIFY(r.encoding.isEmpty());
}

void TstPdfLoader::testErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("broken file") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\nthis is not really a PDF\n")
                                 << QStringLiteral(
                                        "The file x.pdf is not a valid PDF document; it may be damaged or incomplete. "
                                        "Try downloading it again.");
    QFile locked(QStringLiteral(BYLINE_FIXTURES "/io/password.pdf"));
    QVERIFY(locked.open(QIODevice::ReadOnly));
    QTest::newRow("password-protected (RC4, user password \"secret\")")
        << locked.readAll()
        << QStringLiteral(
               "The PDF x.pdf is protected by a password, and Byline cannot open protected documents. Save a copy "
               "without the password and open that.");
    QByteArray scan;
    {
        QBuffer buffer(&scan);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.fillRect(QRectF(100, 100, 2000, 1000), Qt::darkGray); // a "scanned" page: pixels, no text
    }
    QTest::newRow("no text layer")
        << scan
        << QStringLiteral("The PDF x.pdf has no text \u2014 it may be a scanned image. Run it through text "
                          "recognition (OCR) and open the result.");
}

void TstPdfLoader::testErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const LoadResult r = PdfLoader::load(bytes, QStringLiteral("x.pdf"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
}

void TstPdfLoader::testHyphenation_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("joined");
    QTest::newRow("word broken at a line end")
        << QStringLiteral("first such cooper-") << QStringLiteral("ation between")
        << QStringLiteral("first such cooperation between");
    QTest::newRow("reduplication keeps its hyphen")
        << QStringLiteral("a win-") << QStringLiteral("win deal") << QStringLiteral("a win-win deal");
    QTest::newRow("compound of two words keeps its hyphen")
        << QStringLiteral("a well-") << QStringLiteral("known study") << QStringLiteral("a well-known study");
    // These two need the committed word list: both halves are words, only one join is a word.
    QTest::newRow("halves are words, the join is one too")
        << QStringLiteral("with in-") << QStringLiteral("formation from") << QStringLiteral("with information from");
    QTest::newRow("halves are words, the join is none")
        << QStringLiteral("a long-") << QStringLiteral("term plan") << QStringLiteral("a long-term plan");
    QTest::newRow("numbers keep the hyphen")
        << QStringLiteral("the 2020-") << QStringLiteral("21 season") << QStringLiteral("the 2020-21 season");
    QTest::newRow("capitalised second part keeps the hyphen")
        << QStringLiteral("Franco-") << QStringLiteral("German talks") << QStringLiteral("Franco-German talks");
    QTest::newRow("soft hyphen always joins")
        << QStringLiteral("infra\u00ad") << QStringLiteral("structure") << QStringLiteral("infrastructure");
}

void TstPdfLoader::testHyphenation()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, joined);
    QCOMPARE(PdfLoader::joinHyphenated(left, right), joined);
}

QTEST_MAIN(TstPdfLoader)
#include "tst_pdfloader.moc"
