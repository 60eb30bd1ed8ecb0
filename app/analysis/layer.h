// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>

namespace Byline {

/** The layers of an AnalysisContext that annotators read (requires) and write (produces). */
enum class Layer : unsigned {
    None = 0,
    Tokens = 1u << 0,
    Sentences = 1u << 1,
    Gazetteer = 1u << 2, ///< gazetteer matches
    Entities = 1u << 3,
    Coreference = 1u << 4, ///< entities merged, nominal/pronoun mentions linked
    Timex = 1u << 5,
    Quotes = 1u << 6,
    Sources = 1u << 7,
};
Q_DECLARE_FLAGS(Layers, Layer)
Q_DECLARE_OPERATORS_FOR_FLAGS(Layers)

/** Names of the layers in flags, comma-separated, for messages. */
QString layerNames(Layers layers);

} // namespace Byline
