// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private:
    static QString touch(const QTemporaryDir &dir, const QString &name)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("text");
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Byline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentfiles"));
    }

    void init() { QSettings().clear(); }

    void testOrderAndLimit_data()
    {
        QTest::addColumn<int>("opened");
        QTest::addColumn<int>("kept");
        QTest::newRow("three files") << 3 << 3;
        QTest::newRow("more than the limit keeps the newest") << 13 << RecentFiles::maxCount();
    }

    void testOrderAndLimit()
    {
        QFETCH(int, opened);
        QFETCH(int, kept);
        QTemporaryDir dir;
        RecentFiles recent;
        QStringList paths;
        for (int i = 0; i < opened; ++i) {
            paths.prepend(touch(dir, QStringLiteral("a%1.txt").arg(i)));
            recent.add(paths.first());
        }
        QCOMPARE(recent.files(), paths.mid(0, kept));
        // Opening one again moves it to the top without duplicating it.
        recent.add(paths.at(1));
        QCOMPARE(recent.files().first(), paths.at(1));
        QCOMPARE(recent.files().size(), kept);
    }

    void testMissingFilesAreDropped()
    {
        QTemporaryDir dir;
        RecentFiles recent;
        const QString a = touch(dir, QStringLiteral("a.txt"));
        const QString b = touch(dir, QStringLiteral("b.txt"));
        recent.add(a);
        recent.add(b);
        QVERIFY(QFile::remove(b));
        QCOMPARE(recent.files(), QStringList { a });
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList { a });
    }

    void testMenu()
    {
        QTemporaryDir dir;
        RecentFiles recent;
        const QString a = touch(dir, QStringLiteral("a.txt"));
        recent.add(a);
        QMenu menu;
        recent.fill(&menu);
        QSignalSpy chosen(&recent, &RecentFiles::fileChosen);
        menu.actions().first()->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), a);
        menu.actions().last()->trigger(); // "Clear List"
        QVERIFY(recent.files().isEmpty());
    }
};

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
