// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "cli/translationcatalog.h"
#include "export/markdownexporter.h"
#include "model/document.h"

#include "markdowntree.h"
#include "sampledocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTranslator>

using namespace Byline;

namespace {

QList<QPair<int, QString>> headings(const QString &markdown)
{
    QString body = markdown;
    if (body.startsWith(QLatin1String("---\n")))
        body.remove(0, body.indexOf(QLatin1String("\n---\n"), 3) + 5);
    QList<QPair<int, QString>> out;
    const MarkdownTree tree = MarkdownTree::parse(body);
    for (const MarkdownTree *h : tree.findAll(QStringLiteral("heading")))
        out << qMakePair(h->level, h->plainText());
    return out;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("SOURCE_DATE_EPOCH", "1767323045"); } // 2026-01-02T03:04:05Z, as the CLI below

    void testPreviewIsTheExport()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        ExportDialog dialog(doc);
        MarkdownExporter exporter;
        QCOMPARE(dialog.markdown(), exporter.render(doc, ExportOptions()));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("source"))->toPlainText().trimmed(), dialog.markdown().trimmed());
        // The rendered side shows the Markdown as a reader sees it, without the front matter.
        const QString rendered = dialog.findChild<QTextBrowser *>(QStringLiteral("rendered"))->toPlainText();
        QVERIFY(rendered.startsWith(doc.article().meta.title));
        QVERIFY(!rendered.contains(QLatin1String("exported:")));
        QVERIFY(rendered.contains(QLatin1String("Right now, China-U.S. relations")));
        QVERIFY(!rendered.contains(QLatin1String("](byline://")));
    }

    void testOptionsChangeThePreview_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<QStringList>("headings"); // level:text after the change
        const QString title = SampleDocument::sampleArticle().meta.title;
        QTest::newRow("entities off") << QStringLiteral("entities")
                                      << QStringList{QStringLiteral("1:") + title, QStringLiteral("2:Quotes"), QStringLiteral("2:Sources"),
                                                     QStringLiteral("3:Outlets"), QStringLiteral("3:News agencies"),
                                                     QStringLiteral("3:Officials and official bodies"), QStringLiteral("3:Anonymous sources"),
                                                     QStringLiteral("2:Timeline")};
        QTest::newRow("sources off") << QStringLiteral("sources")
                                     << QStringList{QStringLiteral("1:") + title, QStringLiteral("2:Entities"), QStringLiteral("2:Quotes"),
                                                    QStringLiteral("2:Timeline")};
        QTest::newRow("heading level 3") << QStringLiteral("headingLevel")
                                         << QStringList{QStringLiteral("3:") + title, QStringLiteral("4:Entities"), QStringLiteral("4:Quotes"),
                                                        QStringLiteral("4:Sources"), QStringLiteral("5:Outlets"), QStringLiteral("5:News agencies"),
                                                        QStringLiteral("5:Officials and official bodies"),
                                                        QStringLiteral("5:Anonymous sources"), QStringLiteral("4:Timeline")};
    }
    void testOptionsChangeThePreview()
    {
        QFETCH(QString, control);
        QFETCH(QStringList, headings);
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        ExportDialog dialog(doc);
        dialog.show();
        QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
        if (auto *box = dialog.findChild<QCheckBox *>(control)) {
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
            QVERIFY(!box->isChecked());
        } else {
            dialog.findChild<QSpinBox *>(control)->setValue(3);
        }
        QCOMPARE(updated.count(), 1);
        QStringList actual;
        for (const auto &h : ::headings(dialog.markdown()))
            actual << QString::number(h.first) + QLatin1Char(':') + h.second;
        QCOMPARE(actual, headings);
        MarkdownExporter exporter;
        QCOMPARE(dialog.markdown(), exporter.render(doc, dialog.options()));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("source"))->toPlainText().trimmed(), dialog.markdown().trimmed());
    }

    void testFrontMatterOff()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        ExportDialog dialog(doc);
        QVERIFY(dialog.markdown().startsWith(QLatin1String("---\n")));
        dialog.findChild<QCheckBox *>(QStringLiteral("frontMatter"))->setChecked(false);
        QVERIFY(dialog.markdown().startsWith(QLatin1String("# Chinese President Xi Jinping")));
        QVERIFY(!dialog.options().frontMatter);
    }

    // The export speaks the interface language; the dialog's checkbox keeps it English.
    void testEnglishLabelsUnderAGermanInterface()
    {
        QTranslator german;
        QVERIFY(TranslationCatalog::load(&german, QStringLiteral("de")));
        QCoreApplication::installTranslator(&german);
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        ExportDialog dialog(doc);
        auto *english = dialog.findChild<QCheckBox *>(QStringLiteral("englishLabels"));
        QVERIFY(english);
        QVERIFY(!english->isChecked());
        const QStringList german1 = {QStringLiteral("Entitäten"), QStringLiteral("Zitate")};
        QVERIFY2(headings(dialog.markdown()).contains(qMakePair(2, german1.first())), qPrintable(dialog.markdown().left(600)));
        english->setChecked(true);
        QVERIFY(dialog.options().englishLabels);
        const auto h = headings(dialog.markdown());
        QCoreApplication::removeTranslator(&german);
        QVERIFY(h.contains(qMakePair(2, QStringLiteral("Entities"))));
        QVERIFY(h.contains(qMakePair(2, QStringLiteral("Quotes"))));
        QVERIFY(!h.contains(qMakePair(2, german1.at(1))));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("source"))->toPlainText().contains(QLatin1String("| Person |")));
    }

    void testSaveAndCopy()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        ExportDialog dialog(doc);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.md"));
        QVERIFY(dialog.saveTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), dialog.markdown());
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/dir/export.md"))));
        QVERIFY(dialog.errorString().startsWith(QLatin1String("Could not save")));

        QGuiApplication::clipboard()->clear();
        dialog.copyToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.markdown());
    }

    void testBrokenTemplateDisablesSaving()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        ExportDialog dialog(doc);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# {{title}}\n{{#quotes}}\n");
        f.close();
        dialog.findChild<QLineEdit *>(QStringLiteral("template"))->setText(path);
        QCOMPARE(dialog.markdown(), QString());
        QVERIFY(dialog.errorString().endsWith(QLatin1String("Template line 2: the section \"quotes\" is never closed.")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(), dialog.errorString());
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("out.md"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.md"))));
        // A working template of the person's own replaces the layout.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("# {{title}}\n");
        f.close();
        dialog.findChild<QLineEdit *>(QStringLiteral("template"))->setText(QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("template"))->setText(path);
        QCOMPARE(dialog.markdown(), QStringLiteral("# Chinese President Xi Jinping Urges US To Cooperate, Practice Mutual Respect\n"));
        QCOMPARE(dialog.errorString(), QString());
    }

    void testFollowsDocumentChanges()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        ExportDialog dialog(doc);
        QVERIFY(headings(dialog.markdown()).size() == 1);
        doc.setAnalysis(SampleDocument::sampleAnalysis(doc.article()));
        QCOMPARE(headings(dialog.markdown()).size(), 9);
    }

    void testSourceIsHighlighted()
    {
        Document doc;
        doc.setArticle(SampleDocument::sampleArticle());
        ExportDialog dialog(doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *source = dialog.findChild<QPlainTextEdit *>(QStringLiteral("source"));
        const QTextBlock heading = source->document()->findBlock(source->toPlainText().indexOf(QLatin1String("# Chinese")));
#ifdef BYLINE_HAVE_KSH
        QCOMPARE(dialog.highlightingDefinition(), QStringLiteral("Markdown"));
        QTRY_VERIFY(!heading.layout()->formats().isEmpty());
#else
        QCOMPARE(dialog.highlightingDefinition(), QString());
        QVERIFY(heading.layout()->formats().isEmpty());
#endif
    }

    void testSameAsCommandLine()
    {
        // The dialog on a document analysed as the CLI does gives byte for byte what the CLI writes.
        QProcess cli;
        cli.start(QStringLiteral(BYLINE_EXECUTABLE), {QStringLiteral("analyze"), SampleDocument::samplePath(), QStringLiteral("--format"),
                                                      QStringLiteral("markdown")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString expected = QString::fromUtf8(cli.readAllStandardOutput());
        const LoadResult loaded = ArticleLoader::load(SampleDocument::samplePath());
        Document doc;
        doc.setArticle(*loaded.article);
        doc.setAnalysis(Pipeline::createDefault(Resources::instance()).run(doc.article(), Resources::instance()));
        ExportDialog dialog(doc);
        QCOMPARE(dialog.markdown(), expected);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
