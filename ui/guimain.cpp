// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace Byline {

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
        QApplication::translate("Byline::runGui", "Open FILE, save an image of the window to OUT.png and quit."), QStringLiteral("OUT.png"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("Byline::runGui", "Articles to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    for (const QString &f : files)
        window.openFile(f);
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString out = parser.value(screenshotOption);
        QTimer::singleShot(300, &window, [&window, out]() {
            const bool ok = window.grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace Byline
