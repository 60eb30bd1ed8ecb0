// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

// The .qm files live in the static bylinetranslations library, whose resource initialiser
// the linker drops unless something calls it (Q_INIT_RESOURCE must be outside a namespace).
static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace Byline {

namespace {

QString settingsKey()
{
    return QStringLiteral("language");
}

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::available()
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

QString LanguageManager::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeCountryName());
    return name.isEmpty() ? language : name;
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void LanguageManager::loadInitial()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty()) {
        install(saved);
        return;
    }
    // The first of the system's UI languages we have a translation for.
    const QStringList languages = available();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        QString code = ui;
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString &candidate : { code, code.section(QLatin1Char('_'), 0, 0) }) {
            if (languages.contains(candidate)) {
                install(candidate);
                return;
            }
        }
    }
    install(QStringLiteral("en"));
}

void LanguageManager::setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), language);
    if (language.isEmpty())
        loadInitial();
    else
        install(language);
}

void LanguageManager::install(const QString &language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_current = QStringLiteral("en");
    if (language != QLatin1String("en") && available().contains(language)) {
        auto *app = new QTranslator(this);
        if (app->load(QStringLiteral(":/i18n/byline_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(app);
            m_app = app;
            m_current = language;
            auto *qt = new QTranslator(this);
            if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtTranslationsPath())) {
                QCoreApplication::installTranslator(qt);
                m_qt = qt;
            } else {
                delete qt;
            }
        } else {
            delete app;
        }
    }
    Q_EMIT languageChanged(m_current);
}

} // namespace Byline
