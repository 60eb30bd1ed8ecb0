// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace Byline {

/**
 * Switches the user-interface language at run time: installs the translator for
 * ":/i18n/byline_<lang>.qm" (plus Qt's own qtbase_<lang>.qm when the system has it), and
 * Qt sends every widget a LanguageChange event so it re-translates itself.
 *
 * The language is the QSettings value "language" when set (a person's override), else the
 * system locale's. "en" is the untranslated source language. GUI thread.
 */
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** "en" plus every language with a compiled translation, e.g. "de", "fr", "zh_CN". */
    static QStringList available();
    /** The language's own name ("Deutsch", "中文(中国)"). */
    static QString nativeName(const QString &language);

    /** Installs the saved override or the system language. */
    void loadInitial();
    QString current() const { return m_current; }
    /** Installs language (empty: follow the system) and remembers the choice. */
    void setLanguage(const QString &language);
    /** The saved override; empty when following the system. */
    static QString savedLanguage();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void install(const QString &language);

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace Byline
