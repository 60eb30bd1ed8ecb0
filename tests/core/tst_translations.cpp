// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues are complete and consistent, and the command line speaks them.
#include "cli/translationcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Byline;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(BYLINE_SOURCE_DIR "/translations/byline_%1.ts").arg(language);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString show(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("de") << 2;
        QTest::newRow("French") << QStringLiteral("fr") << 2;
        QTest::newRow("Spanish") << QStringLiteral("es") << 2;
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << 1;
    }

    // Fails on any unfinished, vanished, obsolete or empty translation and lists the source
    // texts, so strings added after the last translation pass are easy to find and translate.
    void testComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList untranslated;
        QStringList inconsistent;
        for (const Message &m : messages) {
            bool empty = m.forms.isEmpty();
            for (const QString &f : m.forms)
                empty = empty || f.isEmpty();
            if (!m.type.isEmpty() || empty) {
                untranslated.append(show(m) + (m.type.isEmpty() ? QStringLiteral(" (empty)") : QStringLiteral(" (%1)").arg(m.type)));
                continue;
            }
            const int wanted = m.numerus ? pluralForms : 1;
            if (m.forms.size() != wanted)
                inconsistent.append(show(m) + QStringLiteral(" has %1 plural forms, not %2").arg(m.forms.size()).arg(wanted));
            for (const QString &f : m.forms) {
                QStringList got = placeholders(f);
                const QStringList want = placeholders(m.source);
                // A numerus form may leave out %n ("1 Treffer"); nothing else may be lost or added.
                if (m.numerus && !got.contains(QLatin1String("%n")) && want.contains(QLatin1String("%n")))
                    got = want;
                if (got != want)
                    inconsistent.append(show(m) + QStringLiteral(" placeholders %1 became %2: \"%3\"")
                                                      .arg(want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), f));
                if (m.source.contains(QLatin1Char('&')) && !m.source.contains(QLatin1Char('<')) && !f.contains(QLatin1Char('&')))
                    inconsistent.append(show(m) + QStringLiteral(" lost its accelerator: \"%1\"").arg(f));
                if (m.source.endsWith(QLatin1Char('\n')) != f.endsWith(QLatin1Char('\n')))
                    inconsistent.append(show(m) + QStringLiteral(" differs in its final line break"));
            }
        }
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("%1 untranslated message(s) in byline_%2.ts:\n%3")
                           .arg(untranslated.size())
                           .arg(language, untranslated.join(QLatin1Char('\n')))));
        QVERIFY2(inconsistent.isEmpty(), qPrintable(inconsistent.join(QLatin1Char('\n'))));
    }

    void testCompiledCatalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German menu") << QStringLiteral("de") << QStringLiteral("Byline::MainWindow") << QStringLiteral("&File") << -1
                                     << QStringLiteral("&Datei");
        QTest::newRow("French menu") << QStringLiteral("fr") << QStringLiteral("Byline::MainWindow") << QStringLiteral("&File") << -1
                                     << QStringLiteral("&Fichier");
        QTest::newRow("Spanish menu") << QStringLiteral("es") << QStringLiteral("Byline::MainWindow") << QStringLiteral("&File") << -1
                                      << QStringLiteral("&Archivo");
        QTest::newRow("Chinese menu") << QStringLiteral("zh_CN") << QStringLiteral("Byline::MainWindow") << QStringLiteral("&File")
                                      << -1 << QStringLiteral("文件(&F)");
        QTest::newRow("German plural, many") << QStringLiteral("de") << QStringLiteral("Byline::MainWindow")
                                             << QStringLiteral("%n entities") << 5 << QStringLiteral("5 Entitäten");
        QTest::newRow("French plural, one") << QStringLiteral("fr") << QStringLiteral("Byline::FindBar")
                                            << QStringLiteral("%n matches") << 1 << QStringLiteral("1 correspondance");
        QTest::newRow("Spanish plural, many") << QStringLiteral("es") << QStringLiteral("Byline::SourceModel")
                                              << QStringLiteral("%n claims rest on this citation") << 3
                                              << QStringLiteral("3 afirmaciones se apoyan en esta cita");
        QTest::newRow("Chinese plural") << QStringLiteral("zh_CN") << QStringLiteral("Byline::MainWindow")
                                        << QStringLiteral("%n quotes") << 7 << QStringLiteral("7 条引语");
        QTest::newRow("Markdown export label") << QStringLiteral("de") << QStringLiteral("Byline::MarkdownExporter")
                                               << QStringLiteral("Timeline") << -1 << QStringLiteral("Zeitleiste");
        QTest::newRow("entity type label") << QStringLiteral("zh_CN") << QStringLiteral("Byline::Labels")
                                           << QStringLiteral("Organisation") << -1 << QStringLiteral("组织");
    }

    // The .qm files built from the .ts files are embedded and load through TranslationCatalog.
    void testCompiledCatalogue()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(TranslationCatalog::available().contains(language));
        QTranslator translator;
        QVERIFY(TranslationCatalog::load(&translator, language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString got = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count)
                                .replace(QStringLiteral("%n"), QString::number(count));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(got, expected);
    }

    void testUnknownLanguage()
    {
        QTranslator translator;
        QVERIFY(!TranslationCatalog::load(&translator, QStringLiteral("en")));
        QVERIFY(!TranslationCatalog::load(&translator, QStringLiteral("xx")));
    }

    void testCommandLineHelp_data()
    {
        QTest::addColumn<QString>("languageVariable");
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("LANGUAGE=de prints German") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("LANGUAGE=de_AT falls back to German") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("LANGUAGE=fr prints French") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("LANGUAGE=es prints Spanish") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("LANGUAGE=zh_CN prints Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("LANGUAGE=en prints English") << QStringLiteral("en") << QString();
        QTest::newRow("a language without translation prints English") << QStringLiteral("sw") << QString();
    }

    // `byline --help` runs without a display on QCoreApplication and must still be translated:
    // its output is exactly the usage message's translation in the catalogue.
    void testCommandLineHelp()
    {
        QFETCH(QString, languageVariable);
        QFETCH(QString, catalogue);
        const QString usageStart = QStringLiteral("Usage: byline [FILE...]");
        QString expected;
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("de")), &error);
        for (const Message &m : messages)
            if (m.context == QLatin1String("Byline::CommandLine") && m.source.startsWith(usageStart))
                expected = m.source;
        QVERIFY2(!expected.isEmpty(), "the usage message is not in the catalogue");
        if (!catalogue.isEmpty()) {
            const QList<Message> translated = readTs(tsPath(catalogue), &error);
            for (const Message &m : translated)
                if (m.context == QLatin1String("Byline::CommandLine") && m.source == expected)
                    expected = m.forms.value(0);
            QVERIFY(!expected.startsWith(usageStart));
        }

        QProcess byline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), languageVariable);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        byline.setProcessEnvironment(env);
        byline.start(QStringLiteral(BYLINE_EXECUTABLE), { QStringLiteral("--help") });
        QVERIFY(byline.waitForFinished(30000));
        QCOMPARE(byline.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(byline.readAllStandardOutput()), expected);
    }

    // The Markdown export follows the interface language: headings and entity types alike.
    void testMarkdownExportLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("German") << QStringLiteral("de") << QStringList()
                                << QStringList { QStringLiteral("## Entitäten"), QStringLiteral("| Ort |"), QStringLiteral("| Person |") }
                                << QStringList { QStringLiteral("## Entities"), QStringLiteral("| Location |") };
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringList()
                                            << QStringList { QStringLiteral("## 实体"), QStringLiteral("| 地点 |"), QStringLiteral("| 人物 |") }
                                            << QStringList { QStringLiteral("## Entities"), QStringLiteral("| Location |") };
        QTest::newRow("English") << QStringLiteral("en") << QStringList()
                                 << QStringList { QStringLiteral("## Entities"), QStringLiteral("| Location |") }
                                 << QStringList { QStringLiteral("| Ort |") };
        // --english-labels keeps the export in English under a German interface; the messages stay German.
        QTest::newRow("German, English labels")
            << QStringLiteral("de") << QStringList { QStringLiteral("--english-labels") }
            << QStringList { QStringLiteral("## Entities"), QStringLiteral("| Location |"), QStringLiteral("### News agencies"),
                   QStringLiteral("| Date | Expression | Event |"), QStringLiteral("Entities: 2") }
            << QStringList { QStringLiteral("## Entitäten"), QStringLiteral("| Ort |"), QStringLiteral("Nachrichtenagenturen") };
        QTest::newRow("Simplified Chinese, English labels")
            << QStringLiteral("zh_CN") << QStringList { QStringLiteral("--english-labels") }
            << QStringList { QStringLiteral("## Quotes"), QStringLiteral("| Person |") }
            << QStringList { QStringLiteral("## 实体"), QStringLiteral("| 人物 |") };
    }

    void testMarkdownExportLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, extraArgs);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QProcess byline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        byline.setProcessEnvironment(env);
        byline.start(QStringLiteral(BYLINE_EXECUTABLE),
            QStringList { QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("markdown") } + extraArgs
                + QStringList { QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt") });
        QVERIFY(byline.waitForFinished(60000));
        QCOMPARE(byline.exitCode(), 0);
        const QString markdown = QString::fromUtf8(byline.readAllStandardOutput());
        for (const QString &p : present)
            QVERIFY2(markdown.contains(p), qPrintable(p));
        for (const QString &a : absent)
            QVERIFY2(!markdown.contains(a), qPrintable(a));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
