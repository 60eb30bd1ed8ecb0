// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analyzecommand.h"
#include "benchcommand.h"
#include "evalcommand.h"
#include "translationcatalog.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace Byline {

namespace {

const char *const kCommands[] = {"analyze", "eval", "bench"};

QString usage()
{
    return QCoreApplication::translate("Byline::CommandLine",
        "Usage: byline [FILE...]                 open the articles in the reader\n"
        "       byline analyze FILE [options]    analyse an article without a display\n"
        "       byline bench [options]           measure analysis throughput\n"
        "       byline eval GOLD_DIR [--json]    score the analysis against a gold corpus\n"
        "       byline --screenshot OUT.png FILE  save an image of the reader showing FILE\n"
        "       byline --help | --version\n"
        "\n"
        "Run \"byline COMMAND --help\" for the options of a command.\n");
}

} // namespace

bool CommandLine::wantsCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : kCommands)
        if (std::strcmp(argv[1], c) == 0)
            return true;
    return std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "--version") == 0
        || std::strcmp(argv[1], "-v") == 0;
}

int CommandLine::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("byline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    // Messages follow the system language (LANGUAGE, LC_MESSAGES), as in the reader.
    QTranslator translator;
    if (TranslationCatalog::load(&translator, TranslationCatalog::systemLanguage()))
        QCoreApplication::installTranslator(&translator);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    QTextStream out(stdout);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "byline " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    args.removeAt(1); // the command name, so each command parses "byline <its options>"
    if (command == QLatin1String("analyze"))
        return AnalyzeCommand().run(args);
    if (command == QLatin1String("bench"))
        return BenchCommand().run(args);
    if (command == QLatin1String("eval"))
        return EvalCommand().run(args);
    QTextStream(stderr) << QCoreApplication::translate("Byline::CommandLine", "byline: the %1 command is not available yet.\n").arg(command);
    return 2;
}

} // namespace Byline
