// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QUrl>

/**
 * Golden files under tests/fixtures/golden/. Output is made independent of where the checkout
 * lives (the source dir, plain or percent-encoded, becomes @SOURCE_DIR@) and compared whole;
 * with BYLINE_UPDATE_GOLDEN set the file is rewritten first (scripts/update-golden.sh), so the
 * change shows up in `git diff` for review.
 */
namespace Golden {

inline QString normalize(QString text)
{
    const QString dir = QStringLiteral(BYLINE_SOURCE_DIR);
    text.replace(QString::fromLatin1(QUrl::fromLocalFile(dir).toString(QUrl::FullyEncoded).toLatin1()), QStringLiteral("file://@SOURCE_DIR@"));
    text.replace(QString::fromLatin1(QUrl::toPercentEncoding(dir, "/")), QStringLiteral("@SOURCE_DIR@"));
    text.replace(dir, QStringLiteral("@SOURCE_DIR@"));
    return text;
}

inline QString path(const QString &name)
{
    return QStringLiteral(BYLINE_FIXTURES "/golden/") + name;
}

/** The golden file's content (after rewriting it when BYLINE_UPDATE_GOLDEN is set); null when missing. */
inline QString expected(const QString &name, const QString &normalizedActual)
{
    if (qEnvironmentVariableIsSet("BYLINE_UPDATE_GOLDEN")) {
        QFile out(path(name));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(normalizedActual.toUtf8());
    }
    QFile in(path(name));
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.readAll());
}

} // namespace Golden
