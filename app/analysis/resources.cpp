// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources.h"

#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

static void initBylineResources()
{
    Q_INIT_RESOURCE(byline);
}

namespace Byline {

Resources::Resources(const QString &customDir)
{
    initBylineResources();
    if (!customDir.isEmpty())
        m_dirs << customDir;
    const QString userDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!userDir.isEmpty())
        m_dirs << userDir;
    m_dirs << QStringLiteral(":/byline");
}

const Resources &Resources::instance()
{
    static const Resources resources(qEnvironmentVariable("BYLINE_DATA_DIR"));
    return resources;
}

QString Resources::locate(const QString &name) const
{
    for (const QString &dir : m_dirs) {
        const QString path = dir + QLatin1Char('/') + name;
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

QStringList Resources::lines(const QString &name) const
{
    QStringList out;
    QFile file(locate(name));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = file.readAll();
    const QString text = QString::fromUtf8(data);
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out << line.toString();
    }
    return out;
}

} // namespace Byline
