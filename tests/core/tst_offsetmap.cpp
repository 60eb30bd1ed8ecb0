// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/offsetmap.h"

#include <QTest>

using Byline::OffsetMap;

class TestOffsetMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("codePoint");
        QTest::newRow("ascii") << QStringLiteral("Xi Jinping said") << QStringLiteral("said") << 11;
        // U+1F600 and U+20000 are astral: two UTF-16 units, one code point each.
        QTest::newRow("emoji before") << QString::fromUtf8("\xF0\x9F\x98\x80 Xi said") << QStringLiteral("said") << 5;
        QTest::newRow("two astral before") << QString::fromUtf8("\xF0\xA0\x80\x80\xF0\x9F\x98\x80Xi") << QStringLiteral("Xi") << 2;
        QTest::newRow("bmp accents count one each") << QString::fromUtf8("caf\xC3\xA9 Qin") << QStringLiteral("Qin") << 5;
    }
    void testRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, codePoint);
        const OffsetMap map(text);
        const int pos = int(text.indexOf(needle));
        QCOMPARE(map.toCodePoint(pos), codePoint);
        QCOMPARE(map.fromCodePoint(codePoint), pos);
        QCOMPARE(map.toCodePoint(int(text.size())), int(text.toUcs4().size()));
        QCOMPARE(map.fromCodePoint(int(text.toUcs4().size())), int(text.size()));
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
