// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer.h"

#include <QString>

namespace Byline {

class AnalysisContext;

/**
 * One step of the analysis pipeline (STYLE.md, "Analysis").
 *
 * An annotator reads the layers it requires() from the context and writes the layers it
 * produces(). It is pure and deterministic: no I/O, no globals, no QObject; annotate() is
 * const so one instance can serve several threads at once.
 */
class Annotator
{
public:
    virtual ~Annotator() = default;

    virtual QString name() const = 0;
    virtual Layers requires() const = 0;
    virtual Layers produces() const = 0;
    virtual void annotate(AnalysisContext &context) const = 0;
};

} // namespace Byline
