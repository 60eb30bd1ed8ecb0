// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/span.h"

namespace Byline {

/** A token of the article text. Words keep internal '.', '-', '\'' ("U.S.", "Jean-Pierre", "aren't"). */
struct Token
{
    enum Kind : unsigned char { Word, Number, Punctuation, Symbol };

    Span span;
    Kind kind = Word;
    bool capitalized = false; ///< first character is an upper-case letter
    bool allCaps = false;     ///< every letter is upper case and there are at least two
    int block = -1;           ///< index into Article::blocks
};

} // namespace Byline
