// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/blockclassifier.h"

#include <QTest>

using namespace Byline;

class TstBlockClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAuthors_data();
    void testAuthors();
    void testBoilerplate_data();
    void testBoilerplate();
    void testFixedBlocksAreLeftAlone();
    void testOptionsOff();
};

void TstBlockClassifier::testAuthors_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("authors");
    QTest::newRow("two names and an outlet") << QStringLiteral("By Jane Doe and John Roe, Reuters")
                                             << QStringList { QStringLiteral("Jane Doe"), QStringLiteral("John Roe") };
    QTest::newRow("name, role and date") << QStringLiteral("By Marta Kowalski, Transport correspondent | 12 May 2023")
                                         << QStringList { QStringLiteral("Marta Kowalski") };
    QTest::newRow("lower-case by and accents")
        << QStringLiteral("by Tom\u00e1s Ortega & Elena Petrova")
        << QStringList { QStringLiteral("Tom\u00e1s Ortega"), QStringLiteral("Elena Petrova") };
    QTest::newRow("name without opener") << QStringLiteral("Priya Raman")
                                         << QStringList { QStringLiteral("Priya Raman") };
    QTest::newRow("an agency alone is no author") << QStringLiteral("By Reuters") << QStringList();
}

void TstBlockClassifier::testAuthors()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, authors);
    QCOMPARE(BlockClassifier::instance().authorsFromByline(byline), authors);
}

void TstBlockClassifier::testBoilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("boilerplate");
    QTest::newRow("advertisement, any case, trailing colon") << QStringLiteral("ADVERTISEMENT:") << true;
    QTest::newRow("the sample's last line") << QStringLiteral("Real Time Analytics") << true;
    QTest::newRow("related link") << QStringLiteral("Related: Ten years of ferry fares") << true;
    QTest::newRow("copyright line") << QStringLiteral("\u00a9 2023 The Harbour Ledger") << true;
    QTest::newRow("a sentence that mentions sharing") << QStringLiteral("Share prices fell by 3% on Monday.") << false;
}

void TstBlockClassifier::testBoilerplate()
{
    QFETCH(QString, text);
    QFETCH(bool, boilerplate);
    QCOMPARE(BlockClassifier::instance().isBoilerplate(text), boilerplate);
}

void TstBlockClassifier::testFixedBlocksAreLeftAlone()
{
    QList<DraftBlock> blocks { { QStringLiteral("Advertisement"), BlockRole::ListItem, 0, true },
        { QStringLiteral("Photo: A. Person"), BlockRole::BlockQuote, 0, true } };
    BlockClassifier::instance().classify(blocks, BlockClassifier::Options());
    QCOMPARE(blocks.at(0).role, BlockRole::ListItem);
    QCOMPARE(blocks.at(1).role, BlockRole::BlockQuote);
}

void TstBlockClassifier::testOptionsOff()
{
    QList<DraftBlock> blocks { { QStringLiteral("Short first line"), BlockRole::Paragraph, 0, false },
        { QStringLiteral("A heading-like line"), BlockRole::Paragraph, 0, false },
        { QStringLiteral("A paragraph that is longer than the line before it, as paragraphs are."),
            BlockRole::Paragraph, 0, false },
        { QStringLiteral("Short last line"), BlockRole::Paragraph, 0, false } };
    BlockClassifier::Options off;
    off.detectTitle = false;
    off.detectHeadings = false;
    off.trailingShortLines = false;
    QList<DraftBlock> plain = blocks;
    BlockClassifier::instance().classify(plain, off);
    for (const DraftBlock &b : std::as_const(plain))
        QCOMPARE(b.role, BlockRole::Paragraph);
    BlockClassifier::instance().classify(blocks, BlockClassifier::Options());
    QCOMPARE(blocks.at(0).role, BlockRole::Title);
    QCOMPARE(blocks.at(1).role, BlockRole::Heading);
    QCOMPARE(blocks.at(2).role, BlockRole::Paragraph);
    QCOMPARE(blocks.at(3).role, BlockRole::Boilerplate);
}

QTEST_GUILESS_MAIN(TstBlockClassifier)
#include "tst_blockclassifier.moc"
