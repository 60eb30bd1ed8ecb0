// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotator.h"

#include <memory>

namespace Byline {

class Gazetteer;

/**
 * Finds the names of the gazetteer lists in the text (reads: Tokens; writes: Gazetteer,
 * i.e. AnalysisContext::gazetteerMatches).
 *
 * Greedy longest match left to right over tokens, never across a block. Matching is
 * case-sensitive ("China", not "china"; "the New York Times" and "The New York Times" both);
 * in all-caps context — a token that is all capitals next to another all-caps word or a
 * '/' (credit lines "PAUL J. RICHARDS/AFP", slugs) — the upper-cased table is used too.
 * Boilerplate blocks are skipped; Tags blocks are matched (the tag list names people and
 * places; the "Tags" label itself is no list entry).
 *
 * Limits: no fuzzy or case-insensitive matching elsewhere ("Chengdu" only as written);
 * a name inside a hyphenated token ("US-China") is EntityRecognizer's job.
 */
class GazetteerAnnotator : public Annotator
{
public:
    explicit GazetteerAnnotator(std::shared_ptr<const Gazetteer> gazetteer);

    QString name() const override { return QStringLiteral("gazetteer"); }
    Layers requires() const override { return Layer::Tokens; }
    Layers produces() const override { return Layer::Gazetteer; }
    void annotate(AnalysisContext &context) const override;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace Byline
