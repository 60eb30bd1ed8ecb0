// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/evalcommand.h"
#include "model/article.h"

#include <QTest>

using namespace Byline;

class TestEvalCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The loader trims paragraphs and joins them with one '\n'; gold offsets point into the file.
    void testMapSpans_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("title") << QStringLiteral("Dow");
        QTest::newRow("dateline after a blank line") << QStringLiteral("September");
        QTest::newRow("body after indented blank lines") << QStringLiteral("Bank");
        QTest::newRow("last word") << QStringLiteral("England");
    }
    void testMapSpans()
    {
        QFETCH(QString, word);
        const QString file
            = QStringLiteral("Dow falls\n\nSeptember 04, 2008\n  \n\n   The Bank of England acted.\n\nBy England\n");
        Article a;
        a.appendBlock(QStringLiteral("Dow falls"), BlockRole::Title);
        a.appendBlock(QStringLiteral("September 04, 2008"), BlockRole::Paragraph);
        a.appendBlock(QStringLiteral("The Bank of England acted."), BlockRole::Paragraph);
        a.appendBlock(QStringLiteral("By England"), BlockRole::Paragraph);
        const int at = int(a.text.lastIndexOf(word));
        AnalysisResult r;
        Entity e;
        e.mentions.append(Mention { Span(at, at + int(word.size())), MentionKind::Name, QString() });
        r.entities.append(e);
        EvalCommand::mapSpans(r, a, file);
        const Span s = r.entities.first().mentions.first().span;
        QCOMPARE(s.start, int(file.lastIndexOf(word)));
        QCOMPARE(file.mid(s.start, s.length()), word);
    }

    void testEveryTaskHasOneScorer()
    {
        const auto scorers = EvalCommand::createScorers();
        QStringList tasks;
        for (const auto &s : scorers)
            tasks << s->task();
        QVERIFY(tasks.contains(QStringLiteral("entities")));
        QCOMPARE(tasks.removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
