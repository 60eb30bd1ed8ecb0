// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/textdecoder.h"

#include <QTest>

using namespace Byline;

class TstTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDecode_data();
    void testDecode();
    void testUtf8Validation_data();
    void testUtf8Validation();
    void testBinary_data();
    void testBinary();
    void testNewlines_data();
    void testNewlines();
};

void TstTextDecoder::testDecode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    const QString cafe = QStringLiteral("Caf\u00e9 \u201cfair\u201d");
    QTest::newRow("UTF-8 without BOM") << cafe.toUtf8() << QString() << QStringLiteral("UTF-8") << cafe;
    QTest::newRow("UTF-8 BOM is stripped")
        << QByteArray("\xEF\xBB\xBF") + cafe.toUtf8() << QString() << QStringLiteral("UTF-8") << cafe;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE\x43\x00\xE9\x00", 6) << QString()
                                  << QStringLiteral("UTF-16LE") << QStringLiteral("C\u00e9");
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\x00\x43\x00\xE9", 6) << QString()
                                  << QStringLiteral("UTF-16BE") << QStringLiteral("C\u00e9");
    QTest::newRow("UTF-32LE BOM") << QByteArray("\xFF\xFE\x00\x00\x43\x00\x00\x00", 8) << QString()
                                  << QStringLiteral("UTF-32LE") << QStringLiteral("C");
    QTest::newRow("windows-1252 curly quotes by hint")
        << QByteArray("Caf\xE9 \x93"
                      "fair\x94")
        << QStringLiteral("windows-1252") << QStringLiteral("windows-1252") << cafe;
    QTest::newRow("a latin-1 label means windows-1252")
        << QByteArray("\x93"
                      "fair\x94")
        << QStringLiteral("ISO-8859-1") << QStringLiteral("windows-1252") << QStringLiteral("\u201cfair\u201d");
    QTest::newRow("unknown hint is ignored")
        << cafe.toUtf8() << QStringLiteral("x-no-such-charset") << QStringLiteral("UTF-8") << cafe;
    QTest::newRow("BOM wins over the hint") << QByteArray("\xEF\xBB\xBF") + cafe.toUtf8()
                                            << QStringLiteral("windows-1252") << QStringLiteral("UTF-8") << cafe;
}

void TstTextDecoder::testDecode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hint);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const TextDecoder::Result r = TextDecoder::decode(bytes, hint);
    QVERIFY(r.ok);
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.text, text);
}

void TstTextDecoder::testUtf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ASCII") << QByteArray("plain") << true;
    QTest::newRow("two, three and four byte sequences") << QByteArray("\xC3\xA9\xE2\x80\x9C\xF0\x9F\x93\xB0") << true;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << false;
    QTest::newRow("truncated sequence at the end") << QByteArray("caf\xC3") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("windows-1252 e-acute") << QByteArray("caf\xE9s") << false;
}

void TstTextDecoder::testUtf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

void TstTextDecoder::testBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("text with tabs") << QByteArray("a\tb\nc\r\n") << false;
    QTest::newRow("a NUL byte") << QByteArray("abc\0def", 7) << true;
    QTest::newRow("UTF-16 with BOM has NULs but is text") << QByteArray("\xFF\xFE\x41\x00", 4) << false;
    QTest::newRow("many control characters") << QByteArray("\x01\x02\x03\x04 text \x05\x06\x07\x08") << true;
}

void TstTextDecoder::testBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(TextDecoder::looksBinary(bytes), binary);
}

void TstTextDecoder::testNewlines_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("CR CR LF is two line ends") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("LF untouched") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
}

void TstTextDecoder::testNewlines()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(TextDecoder::normalizeNewlines(in), out);
}

QTEST_GUILESS_MAIN(TstTextDecoder)
#include "tst_textdecoder.moc"
