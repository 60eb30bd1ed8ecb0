// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Byline {

QDateTime Exporter::exportTime(const ExportOptions &options)
{
    QDateTime t = options.exportedAt;
    if (!t.isValid()) {
        bool ok = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        t = ok ? QDateTime::fromSecsSinceEpoch(epoch) : QDateTime::currentDateTimeUtc();
    }
    t = t.toUTC();
    return t.addMSecs(-t.time().msec());
}

bool Exporter::writeAll(QIODevice *device, const QByteArray &data)
{
    if (!device || !device->isWritable()) {
        m_error = QCoreApplication::translate("Byline::Exporter", "The output is not writable.");
        return false;
    }
    if (device->write(data) != data.size()) {
        m_error = QCoreApplication::translate("Byline::Exporter", "Could not write the output: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace Byline
