// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeadapter.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;

class TestThemeAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testThemes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        // KDE Syntax-Highlighting ships Breeze; the built-in palette has Light and Dark.
        if (ThemeAdapter::hasSyntaxHighlighting()) {
            QTest::newRow("KSyntaxHighlighting dark theme") << QStringLiteral("Breeze Dark") << true;
            QTest::newRow("KSyntaxHighlighting light theme") << QStringLiteral("Breeze Light") << false;
        } else {
            QTest::newRow("built-in dark palette") << QStringLiteral("Dark") << true;
            QTest::newRow("built-in light palette") << QStringLiteral("Light") << false;
        }
    }

    void testThemes()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        ThemeAdapter theme;
        QVERIFY(theme.themeNames().contains(name));
        QSignalSpy changed(&theme, &ThemeAdapter::changed);
        theme.setThemeName(name);
        QCOMPARE(theme.themeName(), name);
        QCOMPARE(theme.effectiveThemeName(), name);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(theme.isDark(), dark);
        QCOMPARE(theme.background().lightness() < theme.foreground().lightness(), dark);
        // The five entity types stay distinguishable from each other and from the page.
        QSet<QRgb> tints;
        for (int t = 0; t < 5; ++t) {
            const QColor tint = theme.entityTint(static_cast<EntityType>(t));
            QVERIFY(tint != theme.background());
            tints.insert(tint.rgb());
        }
        QCOMPARE(tints.size(), 5);
        QVERIFY(theme.quoteTint() != theme.background());
        QCOMPARE(theme.articlePalette(QPalette()).color(QPalette::Base), theme.background());
    }

    void testUnknownNameFollowsTheSystem()
    {
        ThemeAdapter theme;
        theme.setThemeName(QStringLiteral("No Such Theme"));
        QVERIFY(theme.themeName().isEmpty());
        QVERIFY(!theme.effectiveThemeName().isEmpty());
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xa0));
        theme.setSystemPalette(dark);
        QVERIFY(theme.isDark());
    }
};

QTEST_MAIN(TestThemeAdapter)
#include "tst_themeadapter.moc"
