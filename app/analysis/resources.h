// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Byline {

/**
 * Finds the analysis data files (word lists, gazetteers, patterns) by name, e.g.
 * "gazetteers/outlets.tsv".
 *
 * Lookup order as in KSyntaxHighlighting's Repository: a custom directory given to the
 * constructor, then the user's data dir (QStandardPaths::AppDataLocation), then the copy
 * built into the binary (":/byline/…"); the first that exists wins, so a person's own
 * copy overrides the built-in one. Files are UTF-8; lines starting with '#' are comments
 * (every file names its source and licence there).
 *
 * Immutable after construction apart from an internal cache; lines() is thread-safe.
 */
class Resources
{
public:
    /** customDir may be empty. */
    explicit Resources(const QString &customDir = QString());

    /** The process-wide default instance (built-in data + user data dir). */
    static const Resources &instance();

    /** Path of the file that will be read for name, or empty when none exists. */
    QString locate(const QString &name) const;
    /** Non-comment, non-empty lines of the file, trimmed of trailing whitespace; empty when missing. */
    QStringList lines(const QString &name) const;

private:
    QStringList m_dirs;
};

} // namespace Byline
