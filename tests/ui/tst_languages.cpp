// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader starts in the system language (LANGUAGE=zh_CN) and switches to German at run time
// through View › Language, without a restart.
#include "cli/translationcatalog.h"
#include "labels.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Byline;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *a : actions)
        titles.append(a->text());
    return titles;
}

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("panelTabs"));
    if (!tabs)
        return titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    return titles;
}

/** The mnemonic letter of a menu text ("&Edit" -> "e", "编辑(&E)" -> "e"), or empty. */
QString mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.mid(i + 1, 1).toLower();
        ++i;
    }
    return QString();
}

/** Texts of entries sharing a mnemonic among \a actions, and the same for every submenu. */
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QString, QString> seen;
    for (const QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString key = mnemonic(a->text());
        if (!key.isEmpty() && seen.contains(key))
            found.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, seen.value(key), a->text()));
        else if (!key.isEmpty())
            seen.insert(key, a->text());
        if (a->menu())
            found += clashes(where + QStringLiteral(" › ") + a->text(), a->menu()->actions());
    }
    return found;
}

QMenu *subMenu(QMenu *menu, const QString &title)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->menu() && a->text() == title)
            return a->menu();
    return nullptr;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSwitching_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("nativeName");
        QTest::addColumn<QString>("viewMenu");
        QTest::addColumn<QString>("languageMenu");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QString>("status");
        // The first row is the start-up language, from LANGUAGE=zh_CN set before QApplication.
        QTest::newRow("starts in Simplified Chinese")
            << QStringLiteral("zh_CN") << QString() << QString() << QString()
            << QStringList { QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)") }
            << QStringList { QStringLiteral("实体(&I)"), QStringLiteral("引语(&Q)"), QStringLiteral("来源(&S)"),
                   QStringLiteral("时间线(&T)"), QStringLiteral("笔记(&N)") }
            << QStringLiteral("未打开文章。");
        QTest::newRow("View › Language › Deutsch at run time")
            << QStringLiteral("de") << QStringLiteral("Deutsch") << QStringLiteral("视图(&V)") << QStringLiteral("语言(&L)")
            << QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe") }
            << QStringList { QStringLiteral("&Entitäten"), QStringLiteral("&Zitate"), QStringLiteral("&Quellen"),
                   QStringLiteral("Zeit&leiste"), QStringLiteral("&Notizen") }
            << QStringLiteral("Kein Artikel geöffnet.");
        QTest::newRow("back to English, the source language")
            << QStringLiteral("en") << QStringLiteral("English") << QStringLiteral("&Ansicht") << QStringLiteral("S&prache")
            << QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help") }
            << QStringList { QStringLiteral("Ent&ities"), QStringLiteral("&Quotes"), QStringLiteral("&Sources"),
                   QStringLiteral("&Timeline"), QStringLiteral("&Notes") }
            << QStringLiteral("No article open.");
    }

    // One window for all rows: each row switches the running window to the next language.
    void testSwitching()
    {
        QFETCH(QString, language);
        QFETCH(QString, nativeName);
        QFETCH(QString, viewMenu);
        QFETCH(QString, languageMenu);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, tabs);
        QFETCH(QString, status);
        if (!m_window) {
            m_window.reset(new MainWindow);
            // Installing the start-up translator posts LanguageChange to every widget.
            QCoreApplication::processEvents();
        }
        if (!nativeName.isEmpty()) {
            QMenu *view = nullptr;
            const QList<QAction *> top = m_window->menuBar()->actions();
            for (QAction *a : top)
                if (a->text() == viewMenu)
                    view = a->menu();
            QVERIFY2(view, qPrintable(viewMenu));
            QMenu *languages = subMenu(view, languageMenu);
            QVERIFY2(languages, qPrintable(languageMenu));
            QAction *choice = nullptr;
            const QList<QAction *> entries = languages->actions();
            for (QAction *a : entries)
                if (a->text().contains(nativeName, Qt::CaseInsensitive))
                    choice = a;
            QVERIFY2(choice, qPrintable(nativeName));
            choice->trigger();
            QCoreApplication::processEvents();
        }
        QCOMPARE(menuTitles(*m_window), menus);
        QCOMPARE(tabTitles(*m_window), tabs);
        const auto *counts = m_window->findChild<QLabel *>(QStringLiteral("statusCounts"));
        QVERIFY(counts);
        QCOMPARE(counts->text(), status);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), nativeName.isEmpty() ? QString() : language);
    }

    void testDates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("German calendar date") << QStringLiteral("de_DE") << QStringLiteral("2021-11-15")
                                              << QStringLiteral("15.11.2021");
        QTest::newRow("Chinese calendar date") << QStringLiteral("zh_CN") << QStringLiteral("2021-11-15")
                                               << QStringLiteral("2021/11/15");
        QTest::newRow("US English calendar date") << QStringLiteral("en_US") << QStringLiteral("2015-09-25")
                                                  << QStringLiteral("9/25/2015");
        QTest::newRow("a week stays TimeML") << QStringLiteral("de_DE") << QStringLiteral("2021-W46")
                                             << QStringLiteral("2021-W46");
        QTest::newRow("minutes stay TimeML") << QStringLiteral("zh_CN") << QStringLiteral("PT20M") << QStringLiteral("PT20M");
        QTest::newRow("a month stays TimeML") << QStringLiteral("de_DE") << QStringLiteral("2021-11")
                                              << QStringLiteral("2021-11");
    }

    // Timeline dates follow the interface locale; the stored and exported value stays ISO 8601.
    void testDates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString got = Labels::timexValue(value);
        QLocale::setDefault(before);
        QCOMPARE(got, shown);
    }

    void testTimelineWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("German present") << QStringLiteral("de") << QStringLiteral("PRESENT_REF") << QStringLiteral("jetzt");
        QTest::newRow("German weeks") << QStringLiteral("de") << QStringLiteral("P3W") << QStringLiteral("3 Wochen");
        QTest::newRow("German one year") << QStringLiteral("de") << QStringLiteral("P1Y") << QStringLiteral("1 Jahr");
        QTest::newRow("German some months") << QStringLiteral("de") << QStringLiteral("PXM") << QStringLiteral("Monate");
        QTest::newRow("German decades") << QStringLiteral("de") << QStringLiteral("PXDE") << QStringLiteral("Jahrzehnte");
        QTest::newRow("German hours") << QStringLiteral("de") << QStringLiteral("PT5H") << QStringLiteral("5 Stunden");
        QTest::newRow("French past") << QStringLiteral("fr") << QStringLiteral("PAST_REF") << QStringLiteral("le passé");
        QTest::newRow("Spanish days") << QStringLiteral("es") << QStringLiteral("P2D") << QStringLiteral("2 días");
        QTest::newRow("Chinese future") << QStringLiteral("zh_CN") << QStringLiteral("FUTURE_REF") << QStringLiteral("将来");
        QTest::newRow("Chinese weeks") << QStringLiteral("zh_CN") << QStringLiteral("P3W") << QStringLiteral("3 周");
    }

    // The timeline's TimeML words and durations read as words of the interface language.
    void testTimelineWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QTranslator translator;
        QVERIFY(TranslationCatalog::load(&translator, language));
        QCoreApplication::installTranslator(&translator);
        const QString got = Labels::timexValue(value);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(got, shown);
    }

    void testMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "de", "fr", "es", "zh_CN" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Alt+letter must reach one entry: within the menu bar and the panel tabs, and within every
    // menu, no two entries of a language share their underlined letter.
    void testMnemonics()
    {
        QFETCH(QString, language);
        // The window starts in the remembered language, as it would for its user.
        QSettings().setValue(QStringLiteral("language"), language);
        MainWindow window;
        QCoreApplication::processEvents();
        QStringList found = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        // Alt+letter of a panel tab competes with the menu bar's in the same window.
        QStringList bar;
        for (const QAction *a : window.menuBar()->actions())
            bar.append(a->text());
        bar += tabTitles(window);
        QHash<QString, QString> seen;
        for (const QString &text : std::as_const(bar)) {
            const QString key = mnemonic(text);
            if (!key.isEmpty() && seen.contains(key))
                found.append(QStringLiteral("menu bar and tabs: \"%1\" and \"%2\"").arg(seen.value(key), text));
            seen.insert(key, text);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

private:
    QScopedPointer<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    // The language comes from the environment, read when the system locale is first used.
    qputenv("LANGUAGE", "zh_CN");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Byline-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    QSettings().clear();
    TestLanguages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languages.moc"
