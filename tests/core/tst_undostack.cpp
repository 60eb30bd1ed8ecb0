// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/undostack.h"

#include <QSignalSpy>
#include <QTest>

using namespace Byline;

namespace {

// Appends its letter to a log on redo and removes it on undo.
class AppendCommand : public UndoCommand
{
public:
    AppendCommand(QString *log, QChar c) : UndoCommand(QStringLiteral("Append %1").arg(c)), m_log(log), m_char(c) { }
    void redo() override { m_log->append(m_char); }
    void undo() override { m_log->chop(1); }

private:
    QString *m_log;
    QChar m_char;
};

} // namespace

class TestUndoStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A script of operations: a letter pushes "Append <letter>", '<' undoes, '>' redoes, '*' marks clean.
    void testScript_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QString>("redoText");
        QTest::addColumn<bool>("clean");
        QTest::newRow("nothing done") << QString() << QString() << 0 << 0 << QString() << QString() << true;
        QTest::newRow("push runs the command") << QStringLiteral("ab") << QStringLiteral("ab") << 2 << 2 << QStringLiteral("Append b")
                                               << QString() << false;
        QTest::newRow("undo reverts the latest") << QStringLiteral("ab<") << QStringLiteral("a") << 2 << 1 << QStringLiteral("Append a")
                                                 << QStringLiteral("Append b") << false;
        QTest::newRow("undo past the start does nothing")
            << QStringLiteral("a<<<") << QString() << 1 << 0 << QString() << QStringLiteral("Append a") << true;
        QTest::newRow("redo re-applies") << QStringLiteral("ab<<>") << QStringLiteral("a") << 2 << 1 << QStringLiteral("Append a")
                                         << QStringLiteral("Append b") << false;
        QTest::newRow("redo past the end does nothing") << QStringLiteral("ab>>") << QStringLiteral("ab") << 2 << 2
                                                        << QStringLiteral("Append b") << QString() << false;
        QTest::newRow("push after undo discards the redoable")
            << QStringLiteral("abc<<d") << QStringLiteral("ad") << 2 << 2 << QStringLiteral("Append d") << QString() << false;
        QTest::newRow("back at the clean state") << QStringLiteral("ab*c<") << QStringLiteral("ab") << 3 << 2 << QStringLiteral("Append b")
                                                 << QStringLiteral("Append c") << true;
        QTest::newRow("clean state discarded by a new branch")
            << QStringLiteral("ab*<c<>") << QStringLiteral("ac") << 2 << 2 << QStringLiteral("Append c") << QString() << false;
    }
    void testScript()
    {
        QFETCH(QString, script);
        UndoStack stack;
        QString log;
        for (QChar c : std::as_const(script)) {
            if (c == QLatin1Char('<'))
                stack.undo();
            else if (c == QLatin1Char('>'))
                stack.redo();
            else if (c == QLatin1Char('*'))
                stack.setClean();
            else
                stack.push(std::make_unique<AppendCommand>(&log, c));
        }
        QTEST(log, "log");
        QTEST(stack.count(), "count");
        QTEST(stack.index(), "index");
        QTEST(stack.undoText(), "undoText");
        QTEST(stack.redoText(), "redoText");
        QTEST(stack.isClean(), "clean");
        QCOMPARE(stack.canUndo(), stack.index() > 0);
        QCOMPARE(stack.canRedo(), stack.index() < stack.count());
    }

    void testSignalsOnlyOnChange()
    {
        UndoStack stack;
        QString log;
        QSignalSpy index(&stack, &UndoStack::indexChanged);
        QSignalSpy canUndo(&stack, &UndoStack::canUndoChanged);
        QSignalSpy canRedo(&stack, &UndoStack::canRedoChanged);
        QSignalSpy undoText(&stack, &UndoStack::undoTextChanged);
        QSignalSpy clean(&stack, &UndoStack::cleanChanged);
        stack.push(std::make_unique<AppendCommand>(&log, QLatin1Char('a')));
        stack.push(std::make_unique<AppendCommand>(&log, QLatin1Char('b')));
        QCOMPARE(index.size(), 2);
        QCOMPARE(canUndo.size(), 1);
        QCOMPARE(canRedo.size(), 0);
        QCOMPARE(undoText.size(), 2);
        QCOMPARE(clean.size(), 1);
        stack.undo();
        stack.undo();
        stack.undo(); // nothing left: no signal
        QCOMPARE(index.size(), 4);
        QCOMPARE(canUndo.size(), 2);
        QCOMPARE(canRedo.size(), 1);
        QCOMPARE(clean.size(), 2);
        QCOMPARE(clean.last().first().toBool(), true);
        stack.clear();
        QCOMPARE(canRedo.size(), 2);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(log, QString());
    }
};

QTEST_GUILESS_MAIN(TestUndoStack)
#include "tst_undostack.moc"
