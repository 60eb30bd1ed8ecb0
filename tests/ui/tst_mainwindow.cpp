// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "model/document.h"

#include <QTest>

using namespace Byline;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testOpensSample()
    {
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt")));
        QCOMPARE(w.document()->article().meta.title,
                 QStringLiteral("Chinese President Xi Jinping Urges US To Cooperate, Practice Mutual Respect"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Xi Jinping Urges")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
