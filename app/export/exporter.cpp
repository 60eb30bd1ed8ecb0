// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Byline {

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
