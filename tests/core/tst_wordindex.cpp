// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordindex.h"

#include <QSet>
#include <QTest>

using namespace Byline;

class TestWordIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFind_data()
    {
        QTest::addColumn<bool>("lowerCase");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("id");
        const QStringList lower { QStringLiteral("the"), QStringLiteral("president"), QStringLiteral("école"),
            QStringLiteral("u.s."), QStringLiteral("jean-pierre") };
        QTest::newRow("lower-case index: the word as written") << true << lower << QStringLiteral("the") << 0;
        QTest::newRow("lower-case index: capitalised") << true << lower << QStringLiteral("President") << 1;
        QTest::newRow("lower-case index: all caps") << true << lower << QStringLiteral("PRESIDENT") << 1;
        QTest::newRow("lower-case index: beyond ASCII") << true << lower << QStringLiteral("ÉCOLE") << 2;
        QTest::newRow("lower-case index: punctuation inside") << true << lower << QStringLiteral("U.S.") << 3;
        QTest::newRow("lower-case index: hyphen inside") << true << lower << QStringLiteral("Jean-Pierre") << 4;
        QTest::newRow("lower-case index: a prefix is no key") << true << lower << QStringLiteral("presiden") << -1;
        QTest::newRow("lower-case index: longer is no key") << true << lower << QStringLiteral("thee") << -1;
        QTest::newRow("lower-case index: empty word") << true << lower << QString() << -1;
        const QStringList names { QStringLiteral("Biden"), QStringLiteral("Xi"), QStringLiteral("McDonald") };
        QTest::newRow("as-written index: exact") << false << names << QStringLiteral("McDonald") << 2;
        QTest::newRow("as-written index: case differs") << false << names << QStringLiteral("biden") << -1;
        QTest::newRow("as-written index: all caps differs") << false << names << QStringLiteral("XI") << -1;
        QTest::newRow("empty index") << true << QStringList() << QStringLiteral("the") << -1;
    }
    void testFind()
    {
        QFETCH(bool, lowerCase);
        QFETCH(QStringList, keys);
        QFETCH(QString, word);
        QFETCH(int, id);
        WordIndex index(lowerCase ? WordIndex::LowerCase : WordIndex::AsWritten);
        for (const QString &key : std::as_const(keys))
            index.insert(key);
        QCOMPARE(index.find(word), id);
        QCOMPARE(index.contains(word), id >= 0);
        if (id >= 0)
            QCOMPARE(index.key(id).toString(), keys.at(id));
    }

    void testInsertGivesIdsInOrderOnce()
    {
        WordIndex index;
        QCOMPARE(index.insert(QStringLiteral("a")), 0);
        QCOMPARE(index.insert(QStringLiteral("b")), 1);
        QCOMPARE(index.insert(QStringLiteral("a")), 0);
        QCOMPARE(index.insert(QString()), -1);
        QCOMPARE(index.size(), 2);
    }

    /** Many keys (the table grows several times): every key is found, no other word is. */
    void testManyKeysAcrossGrowth()
    {
        WordIndex index(WordIndex::LowerCase);
        QSet<QString> keys;
        for (int k = 0; k < 20000; ++k) {
            const QString key = QStringLiteral("w%1x").arg(k * 7919 % 100003);
            keys.insert(key);
            index.insert(key);
        }
        QCOMPARE(index.size(), keys.size());
        for (const QString &key : std::as_const(keys)) {
            const int id = index.find(key.toUpper());
            QVERIFY2(id >= 0, qPrintable(key));
            QCOMPARE(index.key(id).toString(), key);
        }
        int falseHits = 0;
        for (int k = 0; k < 20000; ++k) {
            const QString other = QStringLiteral("w%1y").arg(k);
            falseHits += index.contains(other) ? 1 : 0;
        }
        QCOMPARE(falseHits, 0);
    }
};

QTEST_GUILESS_MAIN(TestWordIndex)
#include "tst_wordindex.moc"
