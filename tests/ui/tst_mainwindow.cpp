// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"
#include "annotationpanel.h"
#include "correctiondialog.h"
#include "articleview.h"
#include "entitypane.h"
#include "export/markdownexporter.h"
#include "exportdialog.h"
#include "io/annotationstore.h"
#include "findbar.h"
#include "focusbar.h"
#include "io/articleloader.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/offsetmap.h"
#include "model/undostack.h"
#include "notedialog.h"
#include "notesfiltermodel.h"
#include "notespanel.h"
#include "quotemodel.h"
#include "quotepane.h"
#include "rowfeeder.h"
#include "roles.h"
#include "sampleanalysis.h"
#include "timelinemodel.h"
#include "timelinepane.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QUrl>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Byline;

/** Marks every string it translates, so a test can see which texts were re-translated. */
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
    }
    bool isEmpty() const override { return false; }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_libraryDir;

    /** Selects span in the article view as a person would, with the text cursor. */
    static void selectSpan(ArticleView *view, Span span)
    {
        QTextCursor c(view->document());
        c.setPosition(span.start);
        c.setPosition(span.end, QTextCursor::KeepAnchor);
        view->setTextCursor(c);
    }

    /** Fills the next modal NoteDialog with body and accepts it. */
    static void answerNoteDialog(const QString &body, bool *seen)
    {
        QTimer::singleShot(0, [body, seen]() {
            auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *seen = true;
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteBody"))->setPlainText(body);
            dialog->accept();
        });
    }

    static QAction *menuAction(MainWindow &w, const QString &text)
    {
        const QList<QAction *> top = w.menuBar()->actions();
        for (QAction *m : top)
            for (QAction *a : m->menu()->actions())
                if (a->text() == text)
                    return a;
        return nullptr;
    }

    /** openFile(), then waits until the article is in the Document (true) or its error was reported (false). */
    static bool openAndWait(MainWindow &w, const QString &path)
    {
        QSignalSpy opened(&w, &MainWindow::articleOpened);
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openFile(path);
        for (int waited = 0; opened.isEmpty() && failed.isEmpty() && waited < 60000; waited += 20)
            QTest::qWait(20);
        return opened.size() == 1 && failed.isEmpty();
    }

    /** Writes copies of the sample, one after another, to path: a large article (about 3.7 KB a copy). */
    static bool writeLongArticle(const QString &path, int copies)
    {
        QFile sample(TestSample::samplePath());
        if (!sample.open(QIODevice::ReadOnly))
            return false;
        const QByteArray body = sample.readAll();
        QFile big(path);
        if (!big.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < copies; ++i)
            big.write(body + "\n");
        return true;
    }

    /** Opens the sample, waits for the real analysis, then installs the test analysis. */
    static bool openSample(MainWindow &w, bool installSample = true)
    {
        QSignalSpy finished(&w, &MainWindow::analysisFinished);
        if (!openAndWait(w, TestSample::samplePath()))
            return false;
        // The sample's analysis may well be done while the file's arrival was awaited.
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        if (installSample)
            w.document()->setAnalysis(TestSample::analysis(w.document()->article()));
        return true;
    }

    static bool showWindow(MainWindow &w)
    {
        w.resize(1200, 800);
        w.show();
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowExposed(&w) && QTest::qWaitForWindowActive(&w);
    }

    /** Clicks the second character of span in the article view. */
    static void clickSpan(ArticleView *view, Span span)
    {
        view->showSpan(Span(span.start, span.start), false);
        QTextCursor c(view->document());
        c.setPosition(span.start + 1);
        const QRect r = view->cursorRect(c);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(r.x() + 2, r.center().y()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A library of this run only, shared by every window of the test and by the command line.
        QVERIFY(m_libraryDir.isValid());
        qputenv("BYLINE_LIBRARY", QFile::encodeName(m_libraryDir.filePath(QStringLiteral("library.sqlite"))));
        qputenv("SOURCE_DATE_EPOCH", "1767225600");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Byline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void testOpensSample()
    {
        MainWindow w;
        QVERIFY(openSample(w, false));
        const Article &a = w.document()->article();
        QCOMPARE(a.meta.title,
            QStringLiteral("Chinese President Xi Jinping Urges US To Cooperate, Practice Mutual Respect"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Xi Jinping Urges")));
        QTextDocument *doc = w.articleView()->document();
        QCOMPARE(doc->toPlainText(), a.text);
        QCOMPARE(doc->characterCount() - 1, a.text.size());
        QVERIFY(a.blocks.size() > 10);
        for (const Block &b : a.blocks) {
            const QTextBlock tb = doc->findBlock(b.range.start);
            QCOMPARE(tb.position(), b.range.start);
            QCOMPARE(tb.length() - 1, b.range.length());
            QCOMPARE(tb.userState(), int(b.role));
        }
        // The title is set large, the body in the reading size.
        const QFont title = doc->findBlock(a.blocks.first().range.start).charFormat().font();
        const QFont body = doc->findBlock(a.blocks.at(2).range.start).charFormat().font();
        QVERIFY2(QFontInfo(title).pointSizeF() > 1.5 * QFontInfo(body).pointSizeF(), "title not larger than body text");
        QVERIFY(title.bold());
        // The status bar counts what the Document holds.
        w.document()->setAnalysis(TestSample::analysis(a));
        QCOMPARE(w.statusText(), QStringLiteral("8 entities · 1 quote · 2 sources · 2 dates"));
    }

    void testLoadErrorKeepsArticle_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("create");
        QTest::newRow("missing file") << QStringLiteral("no-such-article.txt") << QByteArray() << false;
        QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << true;
        QTest::newRow("blank lines only") << QStringLiteral("blank.txt") << QByteArray("\n\n  \n") << true;
        QTest::newRow("binary data") << QStringLiteral("image.txt") << QByteArray("GIF89a\x01\0\x01\0\0\0\0\xff\0\0", 16)
                                     << true;
    }

    void testLoadErrorKeepsArticle()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        MainWindow w;
        QStringList reported;
        w.setErrorReporter([&reported](const QString &title, const QString &message) { reported << title << message; });
        QVERIFY(openSample(w));
        const QString titleBefore = w.windowTitle();
        const QString textBefore = w.articleView()->document()->toPlainText();

        QSignalSpy opened(&w, &MainWindow::articleOpened);
        QVERIFY(!openAndWait(w, path));
        QVERIFY(!w.isOpening());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(reported.size(), 2);
        QCOMPARE(reported.at(1), ArticleLoader::load(path).error);
        QVERIFY(!reported.at(1).isEmpty());
        QCOMPARE(w.windowTitle(), titleBefore);
        QCOMPARE(w.articleView()->document()->toPlainText(), textBefore);
        QCOMPARE(w.document()->article().meta.path, QFileInfo(TestSample::samplePath()).absoluteFilePath());
        QVERIFY(!w.document()->analysis().entities.isEmpty());
    }

    void testWindowAnswersWhileALargeFileLoads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.txt"));
        QVERIFY(writeLongArticle(path, 2700)); // about 10 MB
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w, false));
        const QString samplePath = w.document()->article().meta.path;
        QSignalSpy opened(&w, &MainWindow::articleOpened);
        // What the event loop finds when it next runs after openFile() has returned.
        bool answered = false;
        QString status;
        QString shownPath;
        QTimer::singleShot(0, &w, [&]() {
            answered = w.isOpening();
            status = w.statusText();
            shownPath = w.document()->article().meta.path;
        });
        w.openFile(path);
        QVERIFY(w.isOpening());
        QVERIFY(opened.wait(60000));
        QVERIFY2(answered, "the event loop did not run while the file was loading");
        QCOMPARE(status, QStringLiteral("Opening long.txt…"));
        QCOMPARE(shownPath, samplePath); // the sample stays until the new article is there
        QVERIFY(!w.isOpening());
        const Article &article = w.document()->article();
        QCOMPARE(article.meta.path, QFileInfo(path).absoluteFilePath());
        QVERIFY(article.text.size() > 9000000);
        QCOMPARE(w.windowTitle(), article.meta.title);
        // The library recorded it under the hash of its text (computed while loading), where its notes will be looked for.
        QVERIFY(w.store()->currentArticle() >= 0);
        const AnnotationStore::Stored stored = w.store()->find(article);
        QCOMPARE(stored.articleId, w.store()->currentArticle());
        QVERIFY(!stored.textChanged);
    }

    void testNotesAreKeptWhenOpeningOrClosingWhileLoading()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(QStringLiteral("long.txt"));
        QVERIFY(writeLongArticle(big, 2700));
        const QString other = dir.filePath(QStringLiteral("other.txt"));
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Talks End Without Agreement\n\nThe talks in Geneva ended on Monday without an agreement, a "
                    "spokesperson said.\n");
        }
        QString noteId;
        Span span;
        {
            auto w = std::make_unique<MainWindow>();
            QVERIFY(openSample(*w, false));
            QSignalSpy opened(w.get(), &MainWindow::articleOpened);
            w->openFile(big);
            QVERIFY(w->isOpening());
            // While the large file loads the sample is still the article, and a note made on it is saved.
            const QString text = w->document()->article().text;
            const int at = text.indexOf(QStringLiteral("mutual respect"));
            QVERIFY(at > 0);
            span = Span(at, at + 14);
            Note note;
            note.setQuote(text, span);
            note.body = QStringLiteral("Made while another file was loading.");
            noteId = w->document()->addNote(note);
            // Another file opened meanwhile wins; the large one never arrives.
            w->openFile(other);
            QVERIFY(opened.wait(60000));
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
            QCOMPARE(opened.count(), 1);
            QCOMPARE(opened.first().first().toString(), other);
            QCOMPARE(w->document()->article().meta.path, QFileInfo(other).absoluteFilePath());
            // Closing the window while a file loads.
            w->openFile(big);
            QVERIFY(w->isOpening());
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        MainWindow w;
        QVERIFY(openSample(w, false));
        QCOMPARE(w.document()->notes().size(), 1);
        QCOMPARE(w.document()->notes().first().id, noteId);
        QCOMPARE(w.document()->notes().first().span, span);
        // Clean up for the tests after this one.
        QVERIFY(w.document()->removeNote(noteId));
    }

    void testDefaultReporterIsAMessageBox()
    {
        MainWindow w;
        QString shown;
        // The file is loaded on a worker thread: the box comes up once the load has failed.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&shown]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->close();
            }
        });
        poll.start(10);
        QVERIFY(!openAndWait(w, QStringLiteral("/nonexistent/article.txt")));
        QCOMPARE(shown, ArticleLoader::load(QStringLiteral("/nonexistent/article.txt")).error);
    }

    void testClickFocusesEntity_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("entityId");
        QTest::addColumn<QString>("counter");
        QTest::newRow("only mention of Qin Gang")
            << QStringLiteral("Qin Gang") << QStringLiteral("e3") << QStringLiteral("1 of 1");
        QTest::newRow("short form Jinping before 'said'")
            << QStringLiteral("Jinping said") << QStringLiteral("e1") << QString();
        QTest::newRow("Taiwan in a heading") << QStringLiteral("Taiwan\n") << QStringLiteral("e5") << QString();
        QTest::newRow("an outlet") << QStringLiteral("South China Morning Post") << QStringLiteral("e7")
                                   << QStringLiteral("1 of 1");
    }

    void testClickFocusesEntity()
    {
        QFETCH(QString, context);
        QFETCH(QString, entityId);
        QFETCH(QString, counter);
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        const QString &text = w.document()->article().text;
        const int at = text.indexOf(context);
        QVERIFY(at >= 0);
        const Entity *e = w.document()->analysis().entity(entityId);
        QVERIFY(e);
        int index = -1;
        for (int i = 0; i < e->mentions.size(); ++i)
            if (e->mentions.at(i).span.start == at)
                index = i;
        QVERIFY2(index >= 0, "the context does not start a mention");

        clickSpan(w.articleView(), e->mentions.at(index).span);
        QCOMPARE(w.articleView()->focusedEntity(), entityId);
        QCOMPARE(w.articleView()->currentMention(), index);
        QCOMPARE(w.panel()->entities()->selectedEntity(), entityId);
        const QString expected
            = counter.isEmpty() ? QStringLiteral("%1 of %2").arg(index + 1).arg(e->mentions.size()) : counter;
        QCOMPARE(w.focusBar()->counterText(), expected);

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(w.articleView()->focusedEntity().isEmpty());
        QVERIFY(w.panel()->entities()->selectedEntity().isEmpty());
    }

    void testF3WalksMentions_data()
    {
        QTest::addColumn<QString>("entityId");
        QTest::newRow("Xi Jinping, full and short forms") << QStringLiteral("e1");
        QTest::newRow("Joe Biden") << QStringLiteral("e2");
        QTest::newRow("Taiwan") << QStringLiteral("e5");
        QTest::newRow("United States") << QStringLiteral("e4");
    }

    void testF3WalksMentions()
    {
        QFETCH(QString, entityId);
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        ArticleView *view = w.articleView();
        const Entity *e = w.document()->analysis().entity(entityId);
        QVERIFY(e && e->mentions.size() > 2);
        const int n = e->mentions.size();
        clickSpan(view, e->mentions.first().span);
        QCOMPARE(view->currentMention(), 0);
        for (int step = 1; step <= n; ++step) {
            QTest::keyClick(&w, Qt::Key_F3);
            const int expected = step % n; // the last press wraps to the first mention
            QCOMPARE(view->currentMention(), expected);
            QCOMPARE(view->textCursor().position(), e->mentions.at(expected).span.start);
            QCOMPARE(w.focusBar()->counterText(), QStringLiteral("%1 of %2").arg(expected + 1).arg(n));
        }
        QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->currentMention(), n - 1);
        QCOMPARE(view->textCursor().position(), e->mentions.last().span.start);
        // Clicking the current mention again walks on, wrapping to the first.
        clickSpan(view, e->mentions.last().span);
        QCOMPARE(view->currentMention(), 0);
    }

    void testActivatingAMentionInThePanelJumps()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        const Entity *biden = w.document()->analysis().entity(QStringLiteral("e2"));
        QTreeView *tree = w.panel()->entities()->view();
        w.panel()->entities()->selectEntity(biden->id);
        const QModelIndex entityRow = tree->currentIndex();
        QVERIFY(entityRow.isValid());
        tree->expand(entityRow);
        const QModelIndex third = tree->model()->index(2, 0, entityRow);
        QVERIFY(third.data().toString().contains(QStringLiteral("Biden")));
        tree->setFocus();
        tree->setCurrentIndex(third);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(w.articleView()->focusedEntity(), biden->id);
        QCOMPARE(w.articleView()->currentMention(), 2);
        QCOMPARE(w.articleView()->textCursor().position(), biden->mentions.at(2).span.start);
    }

    void testFindBar()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        const QString &text = w.document()->article().text;
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w.findBar()->isVisible());
        QTest::keyClicks(w.findBar()->field(), QStringLiteral("taiwan"));
        QList<int> starts;
        for (int i = text.indexOf(QLatin1String("taiwan"), 0, Qt::CaseInsensitive); i >= 0;
             i = text.indexOf(QLatin1String("taiwan"), i + 6, Qt::CaseInsensitive))
            starts << i;
        QCOMPARE(w.articleView()->findHitCount(), starts.size());
        QCOMPARE(w.articleView()->textCursor().position(), starts.first());
        for (int k = 1; k <= starts.size(); ++k) {
            QTest::keyClick(&w, Qt::Key_F3);
            QCOMPARE(w.articleView()->textCursor().position(), starts.at(k % starts.size()));
        }
        QTest::keyClick(w.findBar()->field(), Qt::Key_Escape);
        QVERIFY(!w.findBar()->isVisible());
        QCOMPARE(w.articleView()->findHitCount(), 0);
    }

    void testActivatingQuoteMovesCursor()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        const Quote q = w.document()->analysis().quotes.first();
        w.panel()->setCurrentTab(AnnotationPanel::QuotesTab);
        QTreeView *list = w.panel()->quotes()->view();
        QCOMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        const QTextCursor c = w.articleView()->textCursor();
        QCOMPARE(c.selectionStart(), q.span.start);
        QCOMPARE(c.selectionEnd(), q.span.end);
        QCOMPARE(w.articleView()->focusedEntity(), q.speaker->entityId);
        QCOMPARE(w.panel()->entities()->selectedEntity(), q.speaker->entityId);
    }

    // Text → panel: the cursor in a quote or a date selects its row in the Quotes and Timeline
    // tabs (panel → text is activation, above); outside them the rows are deselected.
    void testCursorSelectsQuoteAndDate()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        const AnalysisResult &r = w.document()->analysis();
        QVERIFY(!r.quotes.isEmpty());
        QVERIFY(!r.timeline.isEmpty());
        const Quote q = r.quotes.first();
        const TimeExpression t = r.timeline.last();
        QVERIFY(!t.span.overlaps(q.span));
        QTreeView *quotes = w.panel()->quotes()->view();
        QTreeView *timeline = w.panel()->timeline()->view();
        const auto quoteAtCurrent = [&]() -> QString {
            const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(quotes->model());
            const Quote *at = w.panel()->quotes()->model()->quoteAt(proxy->mapToSource(quotes->currentIndex()));
            return at && quotes->selectionModel()->isSelected(quotes->currentIndex()) ? at->id : QString();
        };
        const auto timeAtCurrent = [&]() -> QString {
            const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(timeline->model());
            const TimeExpression *at
                = w.panel()->timeline()->model()->timeExpressionAt(proxy->mapToSource(timeline->currentIndex()));
            return at && timeline->selectionModel()->isSelected(timeline->currentIndex()) ? at->id : QString();
        };

        clickSpan(w.articleView(), q.span);
        QCOMPARE(quoteAtCurrent(), q.id);

        clickSpan(w.articleView(), t.span);
        QCOMPARE(timeAtCurrent(), t.id);
        QVERIFY2(quoteAtCurrent().isEmpty(), "the quote stayed selected with the cursor outside it");

        // Activating a quote in the panel selects its words; its row stays selected.
        w.panel()->setCurrentTab(AnnotationPanel::QuotesTab);
        quotes->setFocus();
        quotes->setCurrentIndex(quotes->model()->index(0, 0));
        QTest::keyClick(quotes, Qt::Key_Return);
        QCOMPARE(w.articleView()->textCursor().selectionStart(), q.span.start);
        QCOMPARE(quoteAtCurrent(), q.id);
        QVERIFY(timeAtCurrent().isEmpty() || t.span.contains(q.span.start));
    }

    void testNoteIsKeptAndUndoable()
    {
        const QString phrase = QStringLiteral("mutual respect");
        QString noteId;
        Span span;
        {
            MainWindow w;
            QVERIFY(w.store()->isOpen());
            QCOMPARE(w.store()->path(), m_libraryDir.filePath(QStringLiteral("library.sqlite")));
            QVERIFY(showWindow(w));
            QVERIFY(openSample(w, false));
            const int at = w.document()->article().text.indexOf(phrase);
            QVERIFY(at > 0);
            span = Span(at, at + phrase.size());
            selectSpan(w.articleView(), span);
            QAction *add = w.annotationActions()->addNoteAction();
            QVERIFY(add->isEnabled());
            QAction *undo = w.annotationActions()->undoAction();
            QAction *redo = w.annotationActions()->redoAction();
            QVERIFY(!undo->isEnabled());
            QVERIFY(!redo->isEnabled());

            bool seen = false;
            answerNoteDialog(QStringLiteral("Check against the readout."), &seen);
            add->trigger();
            QVERIFY(seen);
            QCOMPARE(w.document()->notes().size(), 1);
            const Note note = w.document()->notes().first();
            noteId = note.id;
            QCOMPARE(note.span, span);
            QCOMPARE(note.exact, phrase);
            QCOMPARE(note.body, QStringLiteral("Check against the readout."));
            // Painted in the view.
            bool painted = false;
            for (const QTextEdit::ExtraSelection &sel : w.articleView()->extraSelections())
                painted = painted || (sel.cursor.selectionStart() == span.start && sel.cursor.selectionEnd() == span.end);
            QVERIFY(painted);
            // The Notes tab lists it.
            QCOMPARE(w.panel()->notes()->filterModel()->rowCount(), 1);

            QVERIFY(undo->isEnabled());
            QCOMPARE(undo->text(), QStringLiteral("&Undo %1").arg(w.document()->undoStack()->undoText()));
            undo->trigger();
            QVERIFY(w.document()->notes().isEmpty());
            QCOMPARE(w.panel()->notes()->filterModel()->rowCount(), 0);
            QVERIFY(redo->isEnabled());
            QVERIFY(!undo->isEnabled());
            redo->trigger();
            QCOMPARE(w.document()->notes().size(), 1);
            QCOMPARE(w.document()->notes().first(), note);
        }
        // Reopened in a new window: the library gives the note back, and activating it jumps there.
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w, false));
        QCOMPARE(w.document()->notes().size(), 1);
        QCOMPARE(w.document()->notes().first().id, noteId);
        QCOMPARE(w.document()->notes().first().span, span);
        QVERIFY(!w.document()->undoStack()->canUndo());
        w.panel()->setCurrentTab(AnnotationPanel::NotesTab);
        QListView *list = w.panel()->notes()->view();
        QCOMPARE(list->model()->rowCount(), 1);
        w.articleView()->showSpan(Span(0, 0), false);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(w.articleView()->textCursor().selectionStart(), span.start);
        QCOMPARE(w.articleView()->textCursor().selectionEnd(), span.end);

        // Clean up for the tests after this one.
        QVERIFY(w.document()->removeNote(noteId));
        QVERIFY(w.document()->notes().isEmpty());
    }

    void testHighlightAndMarkQuoteFromTheEditMenu()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        Document *doc = w.document();
        AnnotationActions *actions = w.annotationActions();
        const QString &text = doc->article().text;
        const auto spanOf = [&text](const QString &words) {
            const int at = int(text.indexOf(words));
            return at < 0 ? Span() : Span(at, at + int(words.size()));
        };
        const auto paintedIn = [&w](Span span, const QColor &color) {
            for (const QTextEdit::ExtraSelection &sel : w.articleView()->extraSelections())
                if (sel.cursor.selectionStart() == span.start && sel.cursor.selectionEnd() == span.end
                    && sel.format.underlineColor() == color)
                    return true;
            return false;
        };

        // Ctrl+H: a highlight in one step, no dialog, in the first colour.
        const Span respect = spanOf(QStringLiteral("mutual respect"));
        selectSpan(w.articleView(), respect);
        w.articleView()->setFocus();
        QVERIFY(actions->highlightAction()->isEnabled());
        QTest::keyClick(w.articleView(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(doc->notes().size(), 1);
        QVERIFY(doc->notes().first().body.isEmpty());
        QCOMPARE(doc->notes().first().span, respect);
        QCOMPARE(doc->notes().first().color, NoteDialog::highlightColors().first());
        QVERIFY(paintedIn(respect, NoteDialog::highlightColors().first()));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add Highlight"));

        // Picking a colour in Highlight Colour highlights the selection in it, and it stays the colour.
        const Span coexistence = spanOf(QStringLiteral("peaceful coexistence"));
        selectSpan(w.articleView(), coexistence);
        actions->highlightColorMenu()->actions().at(1)->trigger();
        QCOMPARE(doc->notes().size(), 2);
        QCOMPARE(doc->notes().last().color, NoteDialog::highlightColors().at(1));
        QVERIFY(paintedIn(coexistence, NoteDialog::highlightColors().at(1)));

        // Mark as Quote: kind and speaker asked, the Quotes tab lists it.
        const Span goal = spanOf(QStringLiteral("the goal is not to seek specific deliverables"));
        selectSpan(w.articleView(), goal);
        const int quoteRows = w.panel()->quotes()->model()->rowCount();
        bool seen = false;
        QTimer::singleShot(0, [&seen]() {
            auto *dialog = qobject_cast<CorrectionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->findChild<QComboBox *>(QStringLiteral("correctionKind"))->setCurrentIndex(1);
            dialog->findChild<QComboBox *>(QStringLiteral("correctionChoice"))->setCurrentText(QStringLiteral("Karine Jean-Pierre"));
            dialog->accept();
        });
        QVERIFY(actions->markQuoteAction()->isEnabled());
        actions->markQuoteAction()->trigger();
        QVERIFY(seen);
        QCOMPARE(w.panel()->quotes()->model()->rowCount(), quoteRows + 1);
        const Quote *marked = nullptr;
        for (const Quote &q : doc->analysis().quotes)
            if (q.span == goal)
                marked = &q;
        QVERIFY(marked);
        QCOMPARE(marked->kind, QuoteKind::Indirect);
        QCOMPARE(marked->speaker->name, QStringLiteral("Karine Jean-Pierre"));
        // The cursor on it now offers its corrections.
        w.articleView()->showSpan(Span(goal.start + 2, goal.start + 2), false);
        QVERIFY(actions->changeSpeakerAction()->isEnabled());
        QVERIFY(actions->dismissQuoteAction()->isEnabled());

        // Undo takes the three steps back, newest first; the library keeps nothing of them.
        QAction *undo = actions->undoAction();
        QCOMPARE(undo->text(), QStringLiteral("&Undo Mark as Quote"));
        undo->trigger();
        QCOMPARE(w.panel()->quotes()->model()->rowCount(), quoteRows);
        undo->trigger();
        undo->trigger();
        QVERIFY(doc->notes().isEmpty());
        QVERIFY(doc->corrections().isEmpty());
        QVERIFY(!undo->isEnabled());
    }

    void testCorrectionActionsFollowTheCursor_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("entity");
        QTest::addColumn<bool>("quote");
        QTest::newRow("an entity mention") << QStringLiteral("Qin Gang") << true << false;
        QTest::newRow("inside a quote") << QStringLiteral("critical historical juncture") << false << true;
        QTest::newRow("plain words") << QStringLiteral("is willing to set differences") << false << false;
    }

    void testCorrectionActionsFollowTheCursor()
    {
        QFETCH(QString, words);
        QFETCH(bool, entity);
        QFETCH(bool, quote);
        MainWindow w;
        QVERIFY(openSample(w));
        const int at = w.document()->article().text.indexOf(words);
        QVERIFY(at > 0);
        w.articleView()->showSpan(Span(at + 1, at + 1), false);
        AnnotationActions *actions = w.annotationActions();
        QCOMPARE(actions->retypeAction()->isEnabled(), entity);
        QCOMPARE(actions->dismissAction()->isEnabled(), entity);
        QCOMPARE(actions->splitAction()->isEnabled(), entity);
        QCOMPARE(actions->changeSpeakerAction()->isEnabled(), quote);
        // Nothing selected: no note and no new entity.
        QVERIFY(!actions->addNoteAction()->isEnabled());
        QVERIFY(!actions->markEntityAction()->isEnabled());
        selectSpan(w.articleView(), Span(at, at + words.size()));
        QVERIFY(actions->addNoteAction()->isEnabled());
        QVERIFY(actions->markEntityAction()->isEnabled());
    }

    void testArticleLinks_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::newRow("a word in the body") << QStringLiteral("cooperation");
        QTest::newRow("the first word of the title") << QStringLiteral("Chinese President");
    }

    void testArticleLinks()
    {
        QFETCH(QString, phrase);
        MainWindow w;
        QStringList reported;
        w.setErrorReporter([&reported](const QString &title, const QString &message) { reported << title << message; });
        const QString path = QFileInfo(TestSample::samplePath()).absoluteFilePath();
        const Article article = *ArticleLoader::load(path).article;
        const int at = article.text.indexOf(phrase);
        QVERIFY(at >= 0);
        const int codePoint = OffsetMap(article.text).toCodePoint(at);
        const QUrl url(QStringLiteral("byline://open?path=%1&offset=%2")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/")))
                           .arg(codePoint));
        // Opening the link opens the file and selects the word at the offset.
        QSignalSpy opened(&w, &MainWindow::articleOpened);
        QSignalSpy finished(&w, &MainWindow::analysisFinished);
        QVERIFY(w.openLink(url));
        QVERIFY(opened.wait(20000));
        QCOMPARE(w.document()->article().meta.path, path);
        const QTextCursor c = w.articleView()->textCursor();
        QCOMPARE(c.selectionStart(), at);
        QVERIFY(phrase.startsWith(c.selectedText()));
        QVERIFY(!c.selectedText().isEmpty());
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        // A second link into the open article jumps without reloading (and re-analysing) it.
        QSignalSpy reset(w.document(), &Document::notesReset);
        QVERIFY(w.openLink(QUrl(QStringLiteral("byline://open?path=%1&offset=0").arg(path))));
        QCOMPARE(w.articleView()->textCursor().selectionStart(), 0);
        QVERIFY(!w.isAnalysing());
        QCOMPARE(reset.count(), 0);
        QVERIFY(reported.isEmpty());
        // Not a link to an article.
        QVERIFY(!w.openLink(QUrl(QStringLiteral("byline://open?path=%1&offset=x").arg(path))));
        QVERIFY(!w.openLink(QUrl(QStringLiteral("https://example.com/"))));
        QCOMPARE(reported.size(), 4);
    }

    void testCommandLineOpensArticleLinks()
    {
        // What the desktop file's Exec=byline %U hands over: a byline:// link, opened like a file.
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("link.png"));
        const QString path = QFileInfo(TestSample::samplePath()).absoluteFilePath();
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(BYLINE_EXECUTABLE),
            { QStringLiteral("--screenshot"), shot,
                QStringLiteral("byline://open?path=%1&offset=120").arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))) });
        QVERIFY(gui.waitForFinished(120000));
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(QImage(shot).width() > 0);
        // A malformed link is an error, not a silently empty window.
        gui.start(QStringLiteral(BYLINE_EXECUTABLE),
            { QStringLiteral("--screenshot"), shot, QStringLiteral("byline://open?path=%1&offset=-3").arg(path) });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 1);
    }

    void testExportDialogFromMenuMatchesCommandLine()
    {
        MainWindow w;
        QVERIFY(openSample(w, false));
        QAction *exportAction = menuAction(w, QStringLiteral("&Export Annotations…"));
        QVERIFY(exportAction);
        exportAction->trigger();
        auto *dialog = w.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        QProcess cli;
        cli.start(QStringLiteral(BYLINE_EXECUTABLE),
            { QStringLiteral("analyze"), TestSample::samplePath(), QStringLiteral("--format"), QStringLiteral("markdown") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString expected = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY(expected.startsWith(QLatin1String("---\n")));
        QCOMPARE(dialog->markdown(), expected);

        // A byline:// link clicked in the dialog's preview jumps in the article shown.
        const QString &text = w.document()->article().text;
        const int at = text.indexOf(QStringLiteral("Qin Gang"));
        QVERIFY(at > 0);
        const QString link = MarkdownExporter::link(w.document()->article().meta.path, OffsetMap(text).toCodePoint(at));
        QVERIFY(expected.contains(link));
        w.articleView()->showSpan(Span(0, 0), false);
        Q_EMIT dialog->linkActivated(QUrl(link));
        QCOMPARE(w.articleView()->textCursor().selectionStart(), at);
        QCOMPARE(w.articleView()->textCursor().selectedText(), QStringLiteral("Qin"));
        dialog->close();
    }

    void testEveryMenuActionIsReachableFromTheKeyboard()
    {
        MainWindow w;
        QStringList unreachable;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *a : actions) {
                if (a->isSeparator())
                    continue;
                if (!a->text().contains(QLatin1Char('&')) && a->shortcuts().isEmpty())
                    unreachable << a->text();
                // Theme and language entries are names from data; the arrow keys reach them in their menu.
                const bool generated = a->text() == QLatin1String("T&heme") || a->text() == QLatin1String("&Language");
                if (a->menu() && !generated)
                    walk(a->menu());
            }
        };
        const QList<QAction *> top = w.menuBar()->actions();
        QCOMPARE(top.size(), 4);
        for (QAction *a : top) {
            QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
            walk(a->menu());
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
    }

    void testLanguageChangeRetranslates()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w));
        BracketTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QTest::qWait(50);
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("[&File]"));
        QVERIFY2(w.panel()->tabs()->tabText(AnnotationPanel::EntitiesTab).startsWith(QStringLiteral("[Ent&ities]")),
            qPrintable(w.panel()->tabs()->tabText(AnnotationPanel::EntitiesTab)));
        QCOMPARE(w.panel()->windowTitle(), QStringLiteral("[Annotations]"));
        QVERIFY2(w.statusText().startsWith(QLatin1Char('[')), qPrintable(w.statusText()));
        QCoreApplication::removeTranslator(&translator);
        QTest::qWait(50);
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    // A long article shows a progress bar with Cancel after a moment; Esc is Cancel's key
    // (once nothing nearer — find bar, focused entity — is there to dismiss).
    void testEscCancelsALongAnalysis()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.txt"));
        // About 18 MB: the progress bar must still be up after ProgressDelayMs (400 ms) on a
        // machine faster than ours (the pipeline reaches ~20 MB/s here, ~1 s for this article).
        QVERIFY(writeLongArticle(path, 5000));

        MainWindow w;
        QVERIFY(showWindow(w));
        QSignalSpy finished(&w, &MainWindow::analysisFinished);
        w.openFile(path);
        auto *progress = w.findChild<QWidget *>(QStringLiteral("analysisProgress"));
        auto *cancel = w.findChild<QWidget *>(QStringLiteral("cancelAnalysis"));
        QVERIFY(progress && cancel);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && cancel->isVisible(), 5000);
        QVERIFY(w.isAnalysing());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QVERIFY(!w.isAnalysing());
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(w.document()->analysis().entities.isEmpty()); // cancelled, not finished
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Analysis cancelled."));
    }

    void testLongAnalysisFillsThePanelsWhileTheWindowAnswers_data()
    {
        QTest::addColumn<bool>("reanalyse");
        QTest::newRow("one analysis") << false;
        QTest::newRow("a new publication date while the panels fill: the second analysis wins") << true;
    }

    void testLongAnalysisFillsThePanelsWhileTheWindowAnswers()
    {
        QFETCH(bool, reanalyse);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.txt"));
        // About 1.5 MB: thousands of dates and quotes (13 and 10 a copy), more than one part each.
        QVERIFY(writeLongArticle(path, 400));
        MainWindow w;
        QVERIFY(showWindow(w));
        auto *timeline = w.panel()->timeline()->findChild<TimelineModel *>();
        auto *quotes = w.panel()->quotes()->findChild<QuoteModel *>();
        QVERIFY(timeline && quotes);
        // What the event loop finds between the parts, and what the panels hold when the window says it is done.
        int turnsWhileFilling = 0;
        bool reanalysed = false;
        QTimer probe;
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, &w, [&]() {
            if (!w.panel()->isFilling())
                return;
            ++turnsWhileFilling;
            if (reanalyse && !reanalysed) {
                reanalysed = true;
                w.panel()->timeline()->dateEdit()->setDate(QDate(2021, 11, 12));
                Q_EMIT w.panel()->timeline()->dateEdit()->editingFinished();
            }
        });
        bool completeAtFinish = false;
        connect(&w, &MainWindow::analysisFinished, &w, [&]() {
            const AnalysisResult &a = w.document()->analysis();
            completeAtFinish = !w.panel()->isFilling() && timeline->rowCount() == a.timeline.size()
                && quotes->rowCount() == a.quotes.size();
        });
        QSignalSpy finished(&w, &MainWindow::analysisFinished);
        probe.start();
        QVERIFY(openAndWait(w, path));
        QVERIFY(finished.wait(120000));
        probe.stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(turnsWhileFilling > 0, "the event loop did not run while the panels filled");
        QVERIFY(completeAtFinish);
        QCOMPARE(reanalysed, reanalyse);
        QCOMPARE(w.document()->article().meta.publishedFrom == DateSource::User, reanalyse);
        const AnalysisResult &a = w.document()->analysis();
        QVERIFY(a.timeline.size() > 2 * RowFeeder<TimeExpression>::PartRows);
        QVERIFY(a.quotes.size() > RowFeeder<Quote>::PartRows);
        // Every date of the Document's analysis in the view, once, chronologically; every quote, in text order.
        QAbstractItemModel *dates = w.panel()->timeline()->findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        QSet<QString> shown;
        for (int row = 0; row < dates->rowCount(); ++row) {
            shown.insert(dates->index(row, 0).data(IdRole).toString());
            if (row > 0)
                QVERIFY(dates->index(row - 1, 0).data(SortRole).toString() <= dates->index(row, 0).data(SortRole).toString());
        }
        QSet<QString> expected;
        for (const TimeExpression &t : a.timeline)
            expected.insert(t.id);
        QCOMPARE(dates->rowCount(), a.timeline.size());
        QCOMPARE(shown, expected);
        QAbstractItemModel *quoteRows = w.panel()->quotes()->findChild<QTreeView *>(QStringLiteral("quoteView"))->model();
        QCOMPARE(quoteRows->rowCount(), a.quotes.size());
        for (int row = 1; row < quoteRows->rowCount(); ++row)
            QVERIFY(quoteRows->index(row - 1, 0).data(SortRole).toInt() <= quoteRows->index(row, 0).data(SortRole).toInt());
        // The painted entity layer comes from its worker thread; then a mention on the first page focuses its entity.
        const Entity *first = nullptr;
        for (const Entity &e : a.entities)
            if (!e.mentions.isEmpty()
                && (!first || e.mentions.first().span.start < first->mentions.first().span.start))
                first = &e;
        QVERIFY(first);
        QTRY_VERIFY(w.articleView()->entityIndexAt(first->mentions.first().span.start) >= 0);
        w.articleView()->focusEntity(first->id);
        QVERIFY(w.articleView()->nextMention());
        QCOMPARE(w.articleView()->currentMention(), 0);
        QCOMPARE(w.panel()->entities()->selectedEntity(), first->id);
    }

    void testEditingPublicationDate()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        QVERIFY(openSample(w, false));
        const QList<TimeExpression> before = w.document()->analysis().timeline;
        QDateEdit *edit = w.panel()->timeline()->dateEdit();
        const QDate date(2021, 11, 12);
        QSignalSpy finished(&w, &MainWindow::analysisFinished);
        edit->setDate(date);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Enter);
        QVERIFY(finished.wait(20000));
        QCOMPARE(w.document()->article().meta.published, date);
        QCOMPARE(w.document()->article().meta.publishedFrom, DateSource::User);
        // The date is remembered for the article in the library, not in the settings.
        QCOMPARE(w.store()->find(w.document()->article()).published, date);
        QVERIFY(QSettings().allKeys().filter(QStringLiteral("publishedOverrides")).isEmpty());
        {
            MainWindow again;
            QVERIFY(openSample(again, false));
            QCOMPARE(again.document()->article().meta.published, date);
            QCOMPARE(again.document()->article().meta.publishedFrom, DateSource::User);
        }
        QVERIFY(w.store()->savePublished(w.store()->currentArticle(), QDate()));
        if (before.isEmpty())
            QSKIP(
                "The pipeline produces no timeline yet (no time-expression annotator merged): nothing to re-resolve.");
        QStringList valuesBefore, valuesAfter;
        for (const TimeExpression &t : before)
            valuesBefore << t.value;
        for (const TimeExpression &t : w.document()->analysis().timeline)
            valuesAfter << t.value;
        QVERIFY2(valuesBefore != valuesAfter, "the timeline did not change with the publication date");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
