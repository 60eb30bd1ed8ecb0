// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleopener.h"
#include "model/analysisresult.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QUrl;

namespace Byline {

class AnalysisRunner;
class AnnotationActions;
class AnnotationPanel;
class AnnotationStore;
class ArticleView;
class Document;
class ExportDialog;
class FindBar;
class FocusBar;
class LanguageManager;
class LegendBar;
class RecentFiles;
class StallMeter;
class ThemeAdapter;

/**
 * The reader's main window. It only assembles: the article view with its legend, focus
 * and find bars; the annotation panel; the menus and actions (the Edit menu and the view's
 * context menu come from AnnotationActions); the status bar; the library (AnnotationStore,
 * opened at start and attached to the Document, so notes and corrections are saved as they
 * are made); and the analysis runner that fills the shared Document off the GUI thread. Window geometry,
 * dock layout, theme, zoom and recent files persist in QSettings. GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** Shows a load error to the person; replaceable so tests need no modal dialog. */
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Starts opening path: it is loaded (and hashed for the library) on a worker thread while
     * the window keeps answering, the status bar saying "Opening…"; then the article replaces
     * the current one (articleOpened()) and its analysis starts. On failure the error is
     * reported (ErrorReporter), openFailed() emitted and the current article kept. Opening
     * another file meanwhile drops this one.
     */
    void openFile(const QString &path);
    /** True while a file is being loaded (before articleOpened() or openFailed()). */
    bool isOpening() const;
    /**
     * Opens a byline://open?path=FILE&offset=N link (ArticleLink): FILE unless it is the
     * article shown already (or the link has no path), then selects the character at code
     * point N (once FILE is open). False when the link is malformed; a file that cannot be
     * opened is reported as openFile() does.
     */
    bool openLink(const QUrl &url);
    /** Opens the File › Export Annotations… dialog (non-modal); returns it. */
    ExportDialog *showExportDialog();
    void setErrorReporter(ErrorReporter reporter);
    /**
     * Prints to stderr, in ms since openFile: text shown (first paint, with the GUI thread's CPU
     * time until then), whole text in the view, analysis done, and the longest time the event
     * loop did not answer after the text was shown (StallMeter).
     */
    void setTimingsEnabled(bool enabled);

    Document *document() const { return m_document; }
    ArticleView *articleView() const { return m_view; }
    AnnotationPanel *panel() const { return m_panel; }
    FindBar *findBar() const { return m_findBar; }
    FocusBar *focusBar() const { return m_focusBar; }
    ThemeAdapter *theme() const { return m_theme; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    AnnotationStore *store() const { return m_store; }
    AnnotationActions *annotationActions() const { return m_annotationActions; }
    bool isAnalysing() const;
    /** The status-bar summary ("12 entities · 4 quotes · …"). */
    QString statusText() const;

Q_SIGNALS:
    /** The file openFile() was given is loaded and its article is in the Document. */
    void articleOpened(const QString &path);
    /** The file openFile() was given could not be opened; the error has been reported. */
    void openFailed(const QString &path, const QString &error);
    /** The text of the article opened last has been painted. */
    void articleShown();
    /** Its whole text is in the view (a long article is appended after it is shown). */
    void articleComplete();
    /** Its analysis is in the Document and every panel (or it was cancelled). */
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void fillThemeMenu();
    void fillLanguageMenu();
    void onArticleLoaded(const ArticleOpener::Result &result);
    void onOpenFailed(const QString &path, const QString &error);
    void startAnalysis();
    void onAnalysisFinished(const AnalysisResult &result);
    /** The panels hold the whole analysis (at once, or after a long one was appended in parts). */
    void finishApplying();
    void onAnalysisCancelled();
    void updatePanelState();
    void updateStatus();
    void setPublished(const QDate &date);
    void activateQuote(const QString &quoteId);
    void walk(bool backward);
    void escape();
    void chooseFile();
    void showShortcuts();
    void showAbout();
    void setZoom(int steps);
    void openLibrary();
    void exportW3cNotes();
    void importNotes();
    /** Selects the character at code point offset of the current article (after its text is shown). */
    void jumpToCodePoint(int offset);

    Document *m_document;
    ThemeAdapter *m_theme;
    ArticleView *m_view;
    LegendBar *m_legend;
    FocusBar *m_focusBar;
    FindBar *m_findBar;
    AnnotationPanel *m_panel;
    AnalysisRunner *m_runner;
    ArticleOpener *m_opener;
    RecentFiles *m_recent;
    AnnotationStore *m_store;
    AnnotationActions *m_annotationActions = nullptr;
    LanguageManager *m_language;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    ErrorReporter m_errorReporter;
    bool m_timings = false;
    QElapsedTimer m_openClock;
    StallMeter *m_stalls = nullptr;
    StallMeter *m_applyStalls = nullptr; ///< from an analysis's arrival until it is in every panel
    qint64 m_openCpuMs = 0; ///< GUI thread CPU time at openFile
    qint64 m_shownAt = -1; ///< ms from openFile to the first paint, -1 before
    bool m_applying = false; ///< an analysis is in the Document, its rows still going into the panels
    qint64 m_applyCpuMs = 0; ///< GUI thread CPU time when the analysis being applied arrived
    qint64 m_applyStartedAt = 0; ///< ms from openFile to its arrival
    int m_pendingJump = -1; ///< openLink()'s code point offset, selected once its file is open

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportW3cAction = nullptr;
    QAction *m_importNotesAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clearFocusAction = nullptr;
    QAction *m_focusArticleAction = nullptr;
    QAction *m_tabActions[5] = {};
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Byline
