// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QJsonObject>

namespace Byline {

/**
 * The analysis JSON ("byline-analysis", version 1) documented in README.md.
 * Offsets are Unicode code points into "text", end-exclusive; every span carries its text.
 */
class JsonExporter : public Exporter
{
public:
    QString formatName() const override { return QStringLiteral("json"); }
    bool write(const Document &document, QIODevice *device, const ExportOptions &options) override;

    /** The whole analysis as a JSON object (what write() serialises). */
    static QJsonObject toJson(const Document &document, const ExportOptions &options = ExportOptions());
};

} // namespace Byline
