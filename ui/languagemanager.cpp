// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "cli/translationcatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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
    return TranslationCatalog::available();
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
    install(TranslationCatalog::systemLanguage());
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
        if (TranslationCatalog::load(app, language)) {
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
    // Dates and numbers in the interface follow its language; English keeps the system's
    // conventions when the system is English (en_GB dates stay day-first).
    const QLocale system = QLocale::system();
    if (m_current == QLatin1String("en"))
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates));
    else
        QLocale::setDefault(QLocale(m_current));
    Q_EMIT languageChanged(m_current);
}

} // namespace Byline
