// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

// The .qm files live in the static bylinetranslations library, whose resource initialiser
// the linker drops unless something calls it (Q_INIT_RESOURCE must be outside a namespace).
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace Byline {

QStringList TranslationCatalog::available()
{
    static const bool initialised = (initTranslationResources(), true);
    Q_UNUSED(initialised)
    QStringList list { QStringLiteral("en") };
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("byline_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &f : files)
        list.append(f.mid(7, f.size() - 7 - 3));
    return list;
}

QString TranslationCatalog::systemLanguage()
{
    const QStringList languages = available();
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &ui : uiLanguages) {
        QString code = ui;
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        // "zh_Hans_CN" (Qt's script-qualified form) also means zh_CN.
        const QStringList parts = code.split(QLatin1Char('_'));
        QStringList candidates { code, parts.first() + QLatin1Char('_') + parts.last(), parts.first() };
        for (const QString &candidate : candidates) {
            if (languages.contains(candidate))
                return candidate;
        }
    }
    return QStringLiteral("en");
}

bool TranslationCatalog::load(QTranslator *translator, const QString &language)
{
    if (language == QLatin1String("en") || !available().contains(language))
        return false;
    const QString file = QStringLiteral("byline_%1.qm").arg(language);
    // An installed catalogue beside the binary (<prefix>/bin/../share/byline/translations, put
    // there by cmake --install) wins, so a packager can update a translation without a rebuild;
    // a build tree has none and uses the embedded copy.
    if (QCoreApplication::instance()) {
        const QString installed = QCoreApplication::applicationDirPath()
            + QStringLiteral("/../" BYLINE_INSTALL_DATADIR "/byline/translations/") + file;
        if (QFileInfo::exists(installed) && translator->load(installed))
            return true;
    }
    return translator->load(QStringLiteral(":/i18n/") + file);
}

} // namespace Byline
