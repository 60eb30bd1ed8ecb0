// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/span.h"

namespace Byline {

/** A longest match of a gazetteer name over tokens [firstToken, firstToken + tokenCount). */
struct GazetteerMatch
{
    Span span;
    int firstToken = -1;
    int tokenCount = 0;
    int entry = -1; ///< index into Gazetteer::entry()
    bool upper = false; ///< matched through the upper-cased table (all-caps text)
};

} // namespace Byline
