// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/pipeline.h"
#include "analysisrunner.h"
#include "annotationactions.h"
#include "annotationpanel.h"
#include "articlelink.h"
#include "articleview.h"
#include "entitypane.h"
#include "exportdialog.h"
#include "export/w3cnotesio.h"
#include "findbar.h"
#include "focusbar.h"
#include "io/annotationstore.h"
#include "io/articleloader.h"
#include "languagemanager.h"
#include "legendbar.h"
#include "model/document.h"
#include "model/offsetmap.h"
#include "notespanel.h"
#include "quotepane.h"
#include "recentfiles.h"
#include "shortcutsdialog.h"
#include "sourcepane.h"
#include "stallmeter.h"
#include "themeadapter.h"
#include "timelinepane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cstdio>

namespace Byline {

namespace {

// Analyses shorter than this finish before a progress bar would be worth showing.
constexpr int ProgressDelayMs = 400;

// CPU time of the calling thread, ms: what the GUI thread itself spent, whatever the machine's load.
qint64 threadCpuMs()
{
    return threadCpuNsecs() / 1000000;
}

QString publishedKey(const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("publishedOverrides/") + QString::fromLatin1(hash);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_theme(new ThemeAdapter(this))
    , m_view(new ArticleView(m_document, m_theme, this))
    , m_legend(new LegendBar(m_view, m_theme, this))
    , m_focusBar(new FocusBar(m_document, m_view, this))
    , m_findBar(new FindBar(m_view, this))
    , m_panel(new AnnotationPanel(m_document, m_theme, this))
    , m_runner(new AnalysisRunner(this))
    , m_opener(new ArticleOpener(this))
    , m_recent(new RecentFiles(this))
    , m_store(new AnnotationStore(this))
    , m_language(new LanguageManager(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_errorReporter(
          [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); })
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_legend, 1);
    top->addWidget(m_focusBar);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    addDockWidget(Qt::RightDockWidgetArea, m_panel);

    m_status->setObjectName(QStringLiteral("statusCounts"));
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysis"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_runner, &AnalysisRunner::cancel);

    m_annotationActions = new AnnotationActions(m_document, m_view, this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, m_annotationActions, &AnnotationActions::showContextMenu);
    createActions();
    createMenus();
    openLibrary();

    connect(m_opener, &ArticleOpener::loaded, this, &MainWindow::onArticleLoaded);
    connect(m_opener, &ArticleOpener::failed, this, &MainWindow::onOpenFailed);
    connect(m_runner, &AnalysisRunner::finished, this, &MainWindow::onAnalysisFinished);
    connect(m_runner, &AnalysisRunner::cancelled, this, &MainWindow::onAnalysisCancelled);
    connect(m_panel, &AnnotationPanel::filled, this, [this]() {
        if (m_applying)
            finishApplying();
    });
    connect(m_view, &ArticleView::textShown, this, [this]() {
        if (m_timings && m_openClock.isValid()) {
            m_shownAt = m_openClock.elapsed();
            m_stalls->sample();
            std::fprintf(stderr,
                "timings: open -> text shown: %lld ms (GUI thread CPU %lld ms); longest GUI-thread stall until then "
                "%lld ms\n",
                static_cast<long long>(m_shownAt), static_cast<long long>(threadCpuMs() - m_openCpuMs),
                static_cast<long long>(m_stalls->longest()));
        }
        Q_EMIT articleShown();
    });
    connect(m_view, &ArticleView::textComplete, this, [this]() {
        if (m_timings && m_openClock.isValid())
            std::fprintf(stderr, "timings: open -> whole text in the view: %lld ms\n",
                static_cast<long long>(m_openClock.elapsed()));
        Q_EMIT articleComplete();
    });
    connect(m_view, &ArticleView::focusChanged, m_panel->entities(), &EntityPane::selectEntity);
    connect(m_panel->entities(), &EntityPane::entitySelected, this, [this](const QString &id) {
        if (id != m_view->focusedEntity())
            m_view->focusEntity(id);
    });
    connect(m_panel->entities(), &EntityPane::mentionActivated, this,
        [this](const QString &id, int mention) { m_view->focusEntity(id, mention); });
    connect(m_panel->quotes(), &QuotePane::quoteActivated, this, &MainWindow::activateQuote);
    connect(m_panel->sources(), &SourcePane::spanActivated, this, [this](Span span, const QString &entityId) {
        if (!entityId.isEmpty())
            m_view->focusEntity(entityId);
        m_view->showSpan(span, true);
    });
    connect(
        m_panel->timeline(), &TimelinePane::spanActivated, this, [this](Span span) { m_view->showSpan(span, true); });
    connect(m_panel->timeline(), &TimelinePane::publishedEdited, this, &MainWindow::setPublished);
    connect(m_panel->notes(), &NotesPanel::activated, this, [this](Span span) { m_view->showSpan(span, true); });
    // The cursor in the text selects what it is in, in every tab (the other way is activation).
    connect(m_view, &QTextEdit::cursorPositionChanged, this, [this]() {
        // The start of a selection: a quote or date the panel selected is selected whole.
        const int position = m_view->textCursor().selectionStart();
        m_panel->quotes()->selectQuoteAt(position);
        m_panel->timeline()->selectExpressionAt(position);
    });
    connect(m_document, &Document::changed, this, &MainWindow::updateStatus);
    connect(m_recent, &RecentFiles::fileChosen, this, &MainWindow::openFile);
    connect(m_language, &LanguageManager::languageChanged, this, &MainWindow::fillLanguageMenu);

    QSettings settings;
    m_theme->setThemeName(settings.value(QStringLiteral("theme")).toString());
    m_view->setZoom(settings.value(QStringLiteral("zoom"), 0).toInt());
    resize(1280, 820);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Wide enough for the tabs and a line of context in the longest translation (French, German).
    resizeDocks({ m_panel }, { 560 }, Qt::Horizontal);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_language->loadInitial();
    retranslate();
    updatePanelState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A load still running finishes into the void: nothing of it reaches the Document.
    m_opener->cancel();
    m_runner->cancel();
    m_runner->wait();
}

void MainWindow::createActions()
{
    const auto make = [this](QAction **slot, const QList<QKeySequence> &keys, auto slotFn) {
        *slot = new QAction(this);
        (*slot)->setShortcuts(keys);
        addAction(*slot);
        connect(*slot, &QAction::triggered, this, slotFn);
    };
    make(&m_openAction, QKeySequence::keyBindings(QKeySequence::Open), [this]() { chooseFile(); });
    make(&m_quitAction, QKeySequence::keyBindings(QKeySequence::Quit), [this]() { close(); });
    m_quitAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Q) });
    m_quitAction->setMenuRole(QAction::QuitRole);
    make(&m_zoomInAction, { QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        [this]() { setZoom(m_view->zoom() + 1); });
    make(&m_zoomOutAction, { QKeySequence(Qt::CTRL | Qt::Key_Minus) }, [this]() { setZoom(m_view->zoom() - 1); });
    make(&m_zoomResetAction, { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this]() { setZoom(0); });
    make(&m_findAction, QKeySequence::keyBindings(QKeySequence::Find), [this]() { m_findBar->activate(); });
    make(&m_nextAction, { QKeySequence(Qt::Key_F3) }, [this]() { walk(false); });
    make(&m_previousAction, { QKeySequence(Qt::SHIFT | Qt::Key_F3) }, [this]() { walk(true); });
    make(&m_clearFocusAction, { QKeySequence(Qt::Key_Escape) }, [this]() { escape(); });
    make(&m_focusArticleAction, { QKeySequence(Qt::Key_F6) }, [this]() { m_view->setFocus(Qt::ShortcutFocusReason); });
    for (int t = 0; t < AnnotationPanel::TabCount; ++t)
        make(&m_tabActions[t], { QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + t)) }, [this, t]() {
            m_panel->show();
            m_panel->setCurrentTab(static_cast<AnnotationPanel::Tab>(t));
            m_panel->tabs()->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    make(&m_exportAction, { QKeySequence(Qt::CTRL | Qt::Key_E) }, [this]() { showExportDialog(); });
    make(&m_exportW3cAction, {}, [this]() { exportW3cNotes(); });
    make(&m_importNotesAction, {}, [this]() { importNotes(); });
    make(&m_shortcutsAction, { QKeySequence(Qt::CTRL | Qt::Key_F1) }, [this]() { showShortcuts(); });
    make(&m_aboutAction, {}, [this]() { showAbout(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_panel->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this]() { m_recent->fill(m_recentMenu); });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportW3cAction);
    m_fileMenu->addAction(m_importNotesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_annotationActions->fillEditMenu(m_editMenu);
    connect(m_editMenu, &QMenu::aboutToShow, m_annotationActions, &AnnotationActions::updateTargets);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_clearFocusAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_panel->toggleViewAction());
    for (QAction *a : m_tabActions)
        m_viewMenu->addAction(a);
    m_viewMenu->addAction(m_focusArticleAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    fillThemeMenu();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    fillLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::fillThemeMenu()
{
    m_themeMenu->clear();
    const QList<QAction *> old = m_themeGroup->actions();
    for (QAction *a : old)
        delete a;
    QStringList names { QString() };
    names << m_theme->themeNames();
    for (const QString &name : qAsConst(names)) {
        QAction *a = m_themeMenu->addAction(name.isEmpty() ? tr("Follow the &System") : name);
        a->setCheckable(true);
        a->setChecked(name == m_theme->themeName());
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name]() {
            m_theme->setThemeName(name);
            QSettings().setValue(QStringLiteral("theme"), name);
        });
        if (name.isEmpty())
            m_themeMenu->addSeparator();
    }
}

void MainWindow::fillLanguageMenu()
{
    if (!m_languageMenu)
        return;
    m_languageMenu->clear();
    const QList<QAction *> old = m_languageGroup->actions();
    for (QAction *a : old)
        delete a;
    const QString saved = LanguageManager::savedLanguage();
    QStringList codes { QString() };
    codes << LanguageManager::available();
    for (const QString &code : qAsConst(codes)) {
        QAction *a
            = m_languageMenu->addAction(code.isEmpty() ? tr("Follow the &System") : LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code]() { m_language->setLanguage(code); });
        if (code.isEmpty())
            m_languageMenu->addSeparator();
    }
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    m_exportAction->setText(tr("&Export Annotations…"));
    m_exportW3cAction->setText(tr("Export Notes as &W3C…"));
    m_importNotesAction->setText(tr("&Import Notes…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_annotationActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find in Article…"));
    m_nextAction->setText(tr("Ne&xt Mention or Match"));
    m_previousAction->setText(tr("Pre&vious Mention or Match"));
    m_clearFocusAction->setText(tr("&Clear Focus"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Reset Zoom"));
    m_panel->toggleViewAction()->setText(tr("Show &Panel"));
    m_tabActions[0]->setText(tr("Go to &Entities"));
    m_tabActions[1]->setText(tr("Go to &Quotes"));
    m_tabActions[2]->setText(tr("Go to &Sources"));
    m_tabActions[3]->setText(tr("Go to &Timeline"));
    m_tabActions[4]->setText(tr("Go to &Notes"));
    m_focusArticleAction->setText(tr("Go to &Article"));
    m_themeMenu->setTitle(tr("T&heme"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Byline"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the analysis of this article (Esc)"));
    m_progress->setToolTip(tr("Analysing the article…"));
    fillThemeMenu();
    fillLanguageMenu();
    const QString title = m_document->article().meta.title;
    setWindowTitle(title.isEmpty() ? QString() : title);
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_theme)
        m_theme->setSystemPalette(QApplication::palette());
    QMainWindow::changeEvent(event);
}

void MainWindow::setErrorReporter(ErrorReporter reporter)
{
    m_errorReporter = std::move(reporter);
}

void MainWindow::setTimingsEnabled(bool enabled)
{
    m_timings = enabled;
    if (enabled && !m_stalls) {
        m_stalls = new StallMeter(this);
        m_applyStalls = new StallMeter(this);
    }
}

void MainWindow::openFile(const QString &path)
{
    m_openClock.start();
    m_openCpuMs = threadCpuMs();
    m_shownAt = -1;
    m_pendingJump = -1;
    // From here on the window is on screen: every stall until the analysis is in is one a reader would feel.
    if (m_timings)
        m_stalls->start();
    m_opener->open(path);
    updateStatus();
    QTimer::singleShot(ProgressDelayMs, this, [this]() {
        if (m_opener->isLoading())
            m_progress->show();
    });
}

bool MainWindow::isOpening() const
{
    return m_opener->isLoading();
}

void MainWindow::onArticleLoaded(const ArticleOpener::Result &result)
{
    if (m_timings && m_openClock.isValid())
        std::fprintf(stderr, "timings: open -> file loaded and hashed: %lld ms (loading thread CPU %lld ms)\n",
            static_cast<long long>(m_openClock.elapsed()), static_cast<long long>(result.cpuMs));
    const Article &article = *result.load.article;
    m_runner->cancel();
    // The library finds the article's notes by this hash; computed on the loading thread.
    m_store->setKnownHash(article.text, result.hash);
    // The attached library installs the article's notes, corrections and date override.
    m_document->setArticle(article);
    if (!m_store->isOpen()) {
        const QString override = QSettings().value(publishedKey(m_document->article().meta.path)).toString();
        if (!override.isEmpty())
            m_document->setPublished(QDate::fromString(override, Qt::ISODate));
    }
    const QString title = m_document->article().meta.title;
    setWindowTitle(title.isEmpty() ? QFileInfo(result.path).fileName() : title);
    m_recent->add(result.path);
    startAnalysis();
    if (m_pendingJump >= 0) {
        jumpToCodePoint(m_pendingJump);
        m_pendingJump = -1;
    }
    Q_EMIT articleOpened(result.path);
}

void MainWindow::onOpenFailed(const QString &path, const QString &error)
{
    m_pendingJump = -1;
    if (!m_runner->isRunning())
        m_progress->hide();
    updateStatus();
    m_errorReporter(tr("Cannot open article"), error);
    Q_EMIT openFailed(path, error);
}

void MainWindow::startAnalysis()
{
    // The panels may still be filling with the previous analysis: this one is awaited instead.
    m_applying = false;
    m_runner->start(m_document->article());
    updatePanelState();
    QTimer::singleShot(ProgressDelayMs, this, [this]() {
        const bool running = m_runner->isRunning();
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
    });
}

bool MainWindow::isAnalysing() const
{
    return m_runner->isRunning();
}

void MainWindow::onAnalysisFinished(const AnalysisResult &result)
{
    m_applyCpuMs = m_timings ? threadCpuMs() : 0;
    m_applyStartedAt = m_openClock.isValid() ? m_openClock.elapsed() : 0;
    if (m_timings)
        m_applyStalls->start();
    m_document->setAnalysis(result);
    // A long analysis goes into the panels in parts, one per event-loop turn; a newer one (or a
    // new article) arriving meanwhile replaces the rows still waiting, and this waits for it.
    m_applying = m_panel->isFilling();
    if (!m_applying)
        finishApplying();
}

void MainWindow::finishApplying()
{
    m_applying = false;
    m_progress->hide();
    m_cancel->hide();
    updatePanelState();
    if (m_timings && m_openClock.isValid()) {
        // Applying the result is part of the stall being measured.
        m_stalls->sample();
        m_applyStalls->sample();
        m_applyStalls->stop();
        const qint64 now = m_openClock.elapsed();
        std::fprintf(stderr,
            "timings: open -> analysis done: %lld ms (analysis %lld ms, applying it %lld ms, GUI thread CPU %lld ms); "
            "longest GUI-thread stall while applying %lld ms (its own CPU %lld ms), since open %lld ms (its own CPU %lld "
            "ms), ending %lld ms after open\n",
            static_cast<long long>(now), static_cast<long long>(m_runner->lastDuration()),
            static_cast<long long>(now - m_applyStartedAt), static_cast<long long>(threadCpuMs() - m_applyCpuMs),
            static_cast<long long>(m_applyStalls->longest()), static_cast<long long>(m_applyStalls->longestCpu()),
            static_cast<long long>(m_stalls->longest()), static_cast<long long>(m_stalls->longestCpu()),
            static_cast<long long>(m_stalls->longestEndedAt()));
    }
    Q_EMIT analysisFinished();
}

void MainWindow::onAnalysisCancelled()
{
    m_progress->hide();
    m_cancel->hide();
    updatePanelState();
    statusBar()->showMessage(tr("Analysis cancelled."), 5000);
    Q_EMIT analysisFinished();
}

void MainWindow::updatePanelState()
{
    m_panel->setAnalysisState(m_runner->produces(), m_runner->isRunning());
}

QString MainWindow::statusText() const
{
    if (m_opener->isLoading())
        return tr("Opening %1…").arg(QFileInfo(m_opener->loadingPath()).fileName());
    if (m_document->article().isEmpty())
        return tr("No article open.");
    if (!m_document->isAnalysed())
        return tr("Analysing…");
    const AnalysisResult &a = m_document->analysis();
    const Layers shown = Layer::Entities | Layer::Quotes | Layer::Sources | Layer::Timex;
    if (!(m_runner->produces() & shown) && a.isEmpty())
        return tr("Analysis not available yet.");
    // Singular spelled out: untranslated English has no plural forms for %n.
    const int e = a.entities.size();
    const int q = a.quotes.size();
    const int s = a.sources.size();
    const int d = a.timeline.size();
    const QStringList parts { e == 1 ? tr("1 entity") : tr("%n entities", nullptr, e),
        q == 1 ? tr("1 quote") : tr("%n quotes", nullptr, q), s == 1 ? tr("1 source") : tr("%n sources", nullptr, s),
        d == 1 ? tr("1 date") : tr("%n dates", nullptr, d) };
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateStatus()
{
    m_status->setText(statusText());
}

void MainWindow::setPublished(const QDate &date)
{
    const QString path = m_document->article().meta.path;
    if (!path.isEmpty() && !m_store->isOpen()) {
        if (date.isValid())
            QSettings().setValue(publishedKey(path), date.toString(Qt::ISODate));
        else
            QSettings().remove(publishedKey(path));
    }
    m_document->setPublished(date);
    // Re-resolving the timeline needs the whole pipeline; it is not an undo step.
    startAnalysis();
}

void MainWindow::activateQuote(const QString &quoteId)
{
    for (const Quote &q : m_document->analysis().quotes) {
        if (q.id != quoteId)
            continue;
        if (q.speaker && !q.speaker->entityId.isEmpty())
            m_view->focusEntity(q.speaker->entityId);
        m_view->showSpan(q.span, true);
        return;
    }
}

void MainWindow::walk(bool backward)
{
    // F3 walks find matches while the find bar holds a query, otherwise the focused entity's mentions.
    if (m_findBar->isSearching())
        m_view->findNext(backward);
    else if (backward)
        m_view->previousMention();
    else
        m_view->nextMention();
}

void MainWindow::escape()
{
    // One thing at a time, the nearest first: the find bar, the focused entity, then a running
    // analysis (the status bar's Cancel button is not in the tab order, so this is its key).
    if (m_findBar->isVisible())
        m_findBar->dismiss();
    else if (!m_view->focusedEntity().isEmpty() || !m_runner->isRunning())
        m_view->clearEntityFocus();
    else
        m_runner->cancel();
}

void MainWindow::chooseFile()
{
    const QStringList recent = m_recent->files();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), dir, ArticleLoader::nameFilters().join(QStringLiteral(";;")));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showShortcuts()
{
    QList<QPair<QString, QList<QAction *>>> sections;
    for (QMenu *menu : { m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu })
        sections.append({ menu->title(), menu->actions() });
    ShortcutsDialog dialog(sections, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Byline"),
        tr("<h3>Byline %1</h3><p>A reader for news articles: who is named, who said what, which sources "
           "the article leans on, and when things happened.</p><p>Runs offline. Licensed under the GNU "
           "GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::setZoom(int steps)
{
    m_view->setZoom(steps);
    QSettings().setValue(QStringLiteral("zoom"), m_view->zoom());
}

void MainWindow::openLibrary()
{
    connect(m_store, &AnnotationStore::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    // Reported once the event loop runs, so that a caller (a test, --screenshot) can set its reporter first.
    if (!m_store->open()) {
        const QString error = m_store->errorString();
        QTimer::singleShot(0, this, [this, error]() {
            m_errorReporter(tr("Library not available"),
                tr("Your notes and corrections cannot be saved in this session.\n%1").arg(error));
        });
        return;
    }
    m_store->attach(m_document);
    const QString notice = m_store->notice();
    if (!notice.isEmpty())
        QTimer::singleShot(0, this, [this, notice]() { m_errorReporter(tr("Library"), notice); });
}

ExportDialog *MainWindow::showExportDialog()
{
    auto *dialog = new ExportDialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::linkActivated, this, &MainWindow::openLink);
    // The dialog reads the document, which a new article replaces under it.
    connect(m_document, &Document::changed, dialog, [dialog](Document::Changes what) {
        if (what & Document::Text)
            dialog->close();
    });
    dialog->show();
    return dialog;
}

void MainWindow::exportW3cNotes()
{
    if (m_document->article().isEmpty())
        return;
    const QString base = QFileInfo(m_document->article().meta.path).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Notes as W3C Web Annotations"),
        base.isEmpty() ? QString() : base + QStringLiteral(".jsonld"), tr("JSON-LD (*.jsonld *.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !W3cNotesIo::write(*m_document, &file, &error) || !file.commit()) {
        m_errorReporter(tr("Cannot export notes"), error.isEmpty() ? file.errorString() : error);
        return;
    }
    statusBar()->showMessage(tr("Notes exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importNotes()
{
    if (m_document->article().isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Notes"), QString(), tr("W3C Web Annotations (*.jsonld *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorReporter(tr("Cannot import notes"), file.errorString());
        return;
    }
    QString error;
    const int added = W3cNotesIo::importInto(*m_document, file.readAll(), &error);
    if (added < 0) {
        m_errorReporter(tr("Cannot import notes"), error);
        return;
    }
    statusBar()->showMessage(added == 1 ? tr("1 note imported.") : tr("%n notes imported.", nullptr, added), 5000);
}

bool MainWindow::openLink(const QUrl &url)
{
    ArticleLink link;
    if (!ArticleLink::parse(url, &link)) {
        m_errorReporter(tr("Cannot open link"), tr("%1 is not a link to an article.").arg(url.toString()));
        return false;
    }
    const QString current = m_document->article().meta.path;
    const bool same = link.path.isEmpty()
        || (!current.isEmpty() && QFileInfo(link.path).absoluteFilePath() == QFileInfo(current).absoluteFilePath());
    if (!same) {
        openFile(link.path);
        m_pendingJump = link.offset;
        return true;
    }
    // The article shown is where the link points: a file still loading would replace it.
    if (m_opener->isLoading()) {
        m_opener->cancel();
        if (!m_runner->isRunning())
            m_progress->hide();
        updateStatus();
    }
    if (link.offset >= 0)
        jumpToCodePoint(link.offset);
    return true;
}

void MainWindow::jumpToCodePoint(int offset)
{
    const QString &text = m_document->article().text;
    const OffsetMap map(text);
    const int pos = qBound(0, map.fromCodePoint(offset), int(text.size()));
    // Select the word that starts there, like the item the link was made for.
    int end = pos;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    m_view->showSpan(Span(pos, end), end > pos);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace Byline
