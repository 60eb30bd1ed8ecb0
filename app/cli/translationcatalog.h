// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace Byline {

/**
 * The compiled interface translations (":/i18n/byline_<lang>.qm", from the bylinetranslations
 * library) and the choice of language from the system locale. Shared by the command line and
 * the reader's LanguageManager so both pick the same language. "en" is the untranslated
 * source language. Any thread; installing translators is up to the caller (GUI or main thread).
 */
class TranslationCatalog
{
public:
    /** "en" plus every language with a compiled translation, e.g. "de", "fr", "zh_CN". */
    static QStringList available();
    /** The first of the system's UI languages (QLocale::system().uiLanguages(), which honours
     *  LANGUAGE) with a translation, "zh-CN" matching "zh_CN" and "de-AT" matching "de"; else "en". */
    static QString systemLanguage();
    /** Loads language's catalogue into translator: the installed copy in
     *  <binary dir>/../share/byline/translations when there is one, else the embedded one;
     *  false for "en" or an unknown language. */
    static bool load(QTranslator *translator, const QString &language);
};

} // namespace Byline
