// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "annotationpanel.h"
#include "articlelink.h"
#include "articleview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace Byline {

namespace {

// A screenshot that has not happened by then never will (a hung analysis); fail instead of hanging CI.
constexpr int ScreenshotTimeoutMs = 120000;

} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("byline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Byline"));
    QApplication::setOrganizationName(QStringLiteral("Byline"));
    QApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Byline::runGui", "A reader for news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("Byline::runGui",
            "Open FILE, wait until it is shown and analysed, save an image of the window to OUT.png and quit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QApplication::translate("Byline::runGui", "Panel tab to show: entities, quotes, sources, timeline or notes."),
        QStringLiteral("TAB"));
    const QCommandLineOption timingsOption(QStringLiteral("timings"),
        QApplication::translate(
            "Byline::runGui", "Print how long opening took until the text was shown and until the analysis was done."));
    parser.addOption(screenshotOption);
    parser.addOption(tabOption);
    parser.addOption(timingsOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("Byline::runGui", "Articles to open."), QStringLiteral("[FILE|byline://open?path=FILE&offset=N...]"));
    parser.process(app);

    AnnotationPanel::Tab tab = AnnotationPanel::EntitiesTab;
    if (parser.isSet(tabOption) && !AnnotationPanel::tabFromName(parser.value(tabOption), &tab)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("Byline::runGui", "Unknown tab: %1").arg(parser.value(tabOption))));
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);
    const QStringList files = parser.positionalArguments();
    if (screenshot && files.size() != 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("Byline::runGui", "--screenshot needs exactly one article.")));
        return 2;
    }

    MainWindow window;
    window.setTimingsEnabled(parser.isSet(timingsOption));
    if (parser.isSet(tabOption) || screenshot)
        window.panel()->setCurrentTab(tab);
    if (screenshot) {
        window.resize(1400, 900);
        window.setErrorReporter([](const QString &title, const QString &message) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
        });
    }
    window.show();
    bool opened = true;
    // The desktop file passes URLs (%U): byline:// links, file:// URLs, or plain paths. Each is
    // loaded off the GUI thread; the last one given is the one shown.
    for (const QString &f : files) {
        if (ArticleLink::isArticleLink(f))
            opened = window.openLink(QUrl(f)) && opened;
        else if (f.startsWith(QLatin1String("file:")))
            window.openFile(QUrl(f).toLocalFile());
        else
            window.openFile(f);
    }

    if (screenshot) {
        if (!opened)
            return 1;
        // Reported on stderr by the error reporter above; nothing to grab.
        QObject::connect(&window, &MainWindow::openFailed, &window, []() { QApplication::exit(1); });
        const QString out = parser.value(screenshotOption);
        // Shown and analysed, not a fixed sleep: the grab happens once the text has been painted
        // and the analysis is in the Document, after the event loop has laid the result out.
        auto shown = std::make_shared<bool>(false);
        auto analysed = std::make_shared<bool>(false);
        // A long article is shown first and appended after: the grab waits for the whole text too.
        auto complete = std::make_shared<bool>(window.articleView()->isComplete());
        const auto grabWhenReady = [&window, out, shown, analysed, complete]() {
            if (!*shown || !*analysed || !*complete)
                return;
            QTimer::singleShot(0, &window, [&window, out]() {
                const bool ok = window.grab().save(out);
                if (!ok)
                    std::fprintf(stderr, "%s\n",
                        qPrintable(QApplication::translate("Byline::runGui", "Cannot write %1").arg(out)));
                QApplication::exit(ok ? 0 : 1);
            });
        };
        // The view was empty until the file was loaded: whether the article is whole is known only now.
        QObject::connect(&window, &MainWindow::articleOpened, &window,
            [&window, complete]() { *complete = window.articleView()->isComplete(); });
        QObject::connect(&window, &MainWindow::articleShown, &window, [shown, grabWhenReady]() {
            *shown = true;
            grabWhenReady();
        });
        QObject::connect(&window, &MainWindow::analysisFinished, &window, [analysed, grabWhenReady]() {
            *analysed = true;
            grabWhenReady();
        });
        QObject::connect(&window, &MainWindow::articleComplete, &window, [complete, grabWhenReady]() {
            *complete = true;
            grabWhenReady();
        });
        QTimer::singleShot(ScreenshotTimeoutMs, &window, []() {
            std::fprintf(stderr, "screenshot: timed out waiting for the analysis\n");
            QApplication::exit(3);
        });
    }
    return app.exec();
}

} // namespace Byline
