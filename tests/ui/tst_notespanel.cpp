// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/annotationstore.h"
#include "io/articleloader.h"
#include "model/document.h"
#include "model/undostack.h"
#include "notedialog.h"
#include "notesfiltermodel.h"
#include "notesmodel.h"
#include "notespanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Byline;

Q_DECLARE_METATYPE(Byline::Span)

namespace {

const QString kSample = QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt");

Span spanOf(const Document &doc, const QString &what)
{
    const int pos = int(doc.article().text.indexOf(what));
    return pos < 0 ? Span() : Span(pos, pos + int(what.size()));
}

// Fills the NoteDialog that is about to open and presses OK, as a person would.
void answerNoteDialog(const QString &body, const QString &tag)
{
    QTimer::singleShot(0, [body, tag]() {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteBody")), body);
        dialog->findChild<QComboBox *>(QStringLiteral("noteTag"))->setCurrentText(tag);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

Note note(const Document &doc, const QString &what, const QString &body, const QString &tag)
{
    Note n;
    n.span = spanOf(doc, what);
    n.exact = what;
    n.body = body;
    n.tag = tag;
    return n;
}

} // namespace

class TestNotesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Byline::Span>(); }

    // Select a range, add a note, close and reopen the article: the note is there and jumps to the right place.
    void testNoteSurvivesReopeningAndJumps()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const QString selected = QStringLiteral("White House spokesperson Karine Jean-Pierre");
        Span selection;
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            Document doc;
            store.attach(&doc);
            doc.setArticle(*ArticleLoader::load(kSample).article);
            NotesPanel panel(&doc);
            selection = spanOf(doc, selected);
            answerNoteDialog(QStringLiteral("Who else spoke?"), QStringLiteral("check"));
            QVERIFY(!NoteDialog::addNote(&doc, selection, &panel).isEmpty());
            QCOMPARE(panel.view()->model()->rowCount(), 1);
            QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add Note"));
        }
        AnnotationStore store;
        QVERIFY(store.open(library));
        Document doc;
        store.attach(&doc);
        doc.setArticle(*ArticleLoader::load(kSample).article);
        NotesPanel panel(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        const QModelIndex row = panel.view()->model()->index(0, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("Who else spoke? [check]"));
        QCOMPARE(panel.tags(), QStringList{QStringLiteral("check")});

        QSignalSpy jumps(&panel, &NotesPanel::activated);
        const QRect rect = panel.view()->visualRect(row);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        if (jumps.isEmpty()) // styles that activate on single click do not on double click
            QTest::keyClick(panel.view(), Qt::Key_Return);
        QVERIFY(!jumps.isEmpty());
        const Span target = jumps.first().first().value<Span>();
        QCOMPARE(target, selection);
        QCOMPARE(doc.article().textOf(target), selected);
    }

    void testFilter_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("everything") << QString() << QString()
                                    << QStringList{QStringLiteral("ambassador [who]"), QStringLiteral("“CNN”"), QStringLiteral("spokesperson [who]")};
        QTest::newRow("tag who") << QStringLiteral("who") << QString()
                                 << QStringList{QStringLiteral("ambassador [who]"), QStringLiteral("spokesperson [who]")};
        QTest::newRow("search finds the noted words, case-insensitively")
            << QString() << QStringLiteral("jean-pierre") << QStringList{QStringLiteral("spokesperson [who]")};
        QTest::newRow("search finds the body") << QString() << QStringLiteral("AMBASS") << QStringList{QStringLiteral("ambassador [who]")};
        QTest::newRow("tag and search together") << QStringLiteral("who") << QStringLiteral("cnn") << QStringList();
    }
    void testFilter()
    {
        QFETCH(QString, tag);
        QFETCH(QString, search);
        QFETCH(QStringList, rows);
        Document doc;
        doc.setArticle(*ArticleLoader::load(kSample).article);
        doc.addNote(note(doc, QStringLiteral("Qin Gang"), QStringLiteral("ambassador"), QStringLiteral("who")));
        doc.addNote(note(doc, QStringLiteral("CNN"), QString(), QString()));
        doc.addNote(note(doc, QStringLiteral("Karine Jean-Pierre"), QStringLiteral("spokesperson"), QStringLiteral("who")));
        NotesPanel panel(&doc);
        auto *tags = panel.findChild<QComboBox *>(QStringLiteral("notesTagFilter"));
        QCOMPARE(tags->count(), 2); // "All tags", "who"
        if (!tag.isEmpty())
            tags->setCurrentIndex(tags->findText(tag));
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("notesSearch")), search);
        QStringList shown;
        for (int i = 0; i < panel.view()->model()->rowCount(); ++i)
            shown << panel.view()->model()->index(i, 0).data().toString();
        QCOMPARE(shown, rows);
    }

    void testModelInsertsRowsRatherThanResetting()
    {
        Document doc;
        doc.setArticle(*ArticleLoader::load(kSample).article);
        NotesModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString first = doc.addNote(note(doc, QStringLiteral("Qin Gang"), QStringLiteral("a"), QString()));
        doc.addNote(note(doc, QStringLiteral("CNN"), QStringLiteral("b"), QString()));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        Note edited = *doc.note(first);
        edited.body = QStringLiteral("a2");
        doc.editNote(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(NotesModel::BodyRole).toString(), QStringLiteral("a2"));
        doc.removeNote(first);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        doc.undoStack()->undo(); // the note comes back in its old row
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(model.spanAt(model.index(0)), spanOf(doc, QStringLiteral("Qin Gang")));
        QCOMPARE(reset.size(), 0);
        doc.setArticle(*ArticleLoader::load(kSample).article); // a new article does reset
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void testOrphanIsShownAndDoesNotJump()
    {
        Document doc;
        doc.setArticle(*ArticleLoader::load(kSample).article);
        Note orphan;
        orphan.id = Note::createId();
        orphan.exact = QStringLiteral("a sentence the article no longer has");
        orphan.body = QStringLiteral("lost");
        doc.setUserAnnotations({orphan}, {});
        NotesPanel panel(&doc);
        const QModelIndex row = panel.view()->model()->index(0, 0);
        QVERIFY(row.data(NotesModel::OrphanRole).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(orphan.exact));
        QVERIFY(row.data(Qt::FontRole).value<QFont>().italic());
        QSignalSpy jumps(&panel, &NotesPanel::activated);
        Q_EMIT panel.view()->activated(row);
        QCOMPARE(jumps.size(), 0);
    }

    void testDeleteIsUndoable()
    {
        Document doc;
        doc.setArticle(*ArticleLoader::load(kSample).article);
        doc.addNote(note(doc, QStringLiteral("Qin Gang"), QStringLiteral("a"), QString()));
        NotesPanel panel(&doc);
        panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
        panel.removeCurrent();
        QCOMPARE(doc.notes().size(), 0);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete Note"));
        doc.undoStack()->undo();
        QCOMPARE(panel.view()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
