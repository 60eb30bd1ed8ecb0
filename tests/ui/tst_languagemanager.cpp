// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Byline;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Byline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagemanager"));
        QSettings().clear();
    }

    void testAvailable()
    {
        const QStringList languages = LanguageManager::available();
        for (const char *code : { "en", "de", "fr", "es", "zh_CN" })
            QVERIFY2(languages.contains(QLatin1String(code)), code);
    }

    void testSwitching_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("current");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("English, the source language") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("a language without translation falls back to English")
            << QStringLiteral("xx") << QStringLiteral("en");
    }

    void testSwitching()
    {
        QFETCH(QString, language);
        QFETCH(QString, current);
        LanguageManager manager;
        QSignalSpy changed(&manager, &LanguageManager::languageChanged);
        manager.setLanguage(language);
        QCOMPARE(manager.current(), current);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), current);
        QCOMPARE(LanguageManager::savedLanguage(), language);
        // The override survives a restart.
        LanguageManager next;
        next.loadInitial();
        QCOMPARE(next.current(), current);
        manager.setLanguage(QString());
        QVERIFY(LanguageManager::savedLanguage().isEmpty());
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
