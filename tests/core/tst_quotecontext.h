// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the quote, speaker and source tests: an analysed context for literal paragraphs with the
// entity layer a correct recogniser would produce for them (the quote stages' real input).

#include "analysis/analysiscontext.h"
#include "analysis/directquoteannotator.h"
#include "analysis/indirectspeechannotator.h"
#include "analysis/quotelexicon.h"
#include "analysis/resources.h"
#include "analysis/segmenter.h"
#include "analysis/sourceannotator.h"
#include "analysis/speakerattributor.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace Byline {

/**
 * Entity specs, one string each: "type|canonical name|form, form…|nominal, nominal…". Every
 * whole-word, case-sensitive occurrence of a form becomes a Name mention, of a nominal a Nominal
 * mention; longer forms win where occurrences overlap.
 */
inline QList<Entity> entitiesFor(const QString &text, const QStringList &specs)
{
    struct Form
    {
        QString text;
        int entity;
        MentionKind kind;
    };
    QList<Entity> entities;
    QList<Form> forms;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(QLatin1Char('|'));
        Entity e;
        entityTypeFromName(parts.value(0), &e.type);
        e.name = parts.value(1);
        for (const QString &f : parts.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            forms << Form{f.trimmed(), int(entities.size()), MentionKind::Name};
        for (const QString &f : parts.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            forms << Form{f.trimmed(), int(entities.size()), MentionKind::Nominal};
        entities << e;
    }
    std::stable_sort(forms.begin(), forms.end(), [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
    QList<Span> taken;
    for (const Form &f : forms) {
        const QRegularExpression re(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(f.text) + QStringLiteral("(?![\\w-])"));
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const Span s(int(m.capturedStart()), int(m.capturedEnd()));
            if (std::any_of(taken.cbegin(), taken.cend(), [&](Span t) { return t.overlaps(s); }))
                continue;
            taken << s;
            entities[f.entity].mentions << Mention{s, f.kind, QStringLiteral("test")};
        }
    }
    QList<Entity> out;
    for (Entity &e : entities) {
        if (e.mentions.isEmpty())
            continue;
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const Entity &a, const Entity &b) { return a.mentions.first().span < b.mentions.first().span; });
    for (int i = 0; i < out.size(); ++i)
        out[i].id = QLatin1Char('e') + QString::number(i + 1);
    return out;
}

/** An article of literal paragraphs, segmented, with its entity layer; run the stages under test on context. */
struct QuoteFixture
{
    QuoteFixture(const QStringList &paragraphs, const QStringList &entitySpecs)
    {
        for (const QString &p : paragraphs)
            article.appendBlock(p, BlockRole::Paragraph);
        context = std::make_unique<AnalysisContext>(article, Resources::instance());
        Segmenter(Resources::instance()).annotate(*context);
        context->result.entities = entitiesFor(article.text, entitySpecs);
    }
    /** Runs the quote stages up to and including the given number (1 direct … 4 sources). */
    void run(int stages)
    {
        // As Pipeline::appendQuoteStages: one lexicon, so the stages share one SpeakerLocator.
        const Resources &r = Resources::instance();
        const auto lexicon = std::make_shared<const QuoteLexicon>(r);
        if (stages >= 1)
            DirectQuoteAnnotator(r, lexicon).annotate(*context);
        if (stages >= 2)
            IndirectSpeechAnnotator(lexicon).annotate(*context);
        if (stages >= 3)
            SpeakerAttributor(lexicon).annotate(*context);
        if (stages >= 4)
            SourceAnnotator(lexicon).annotate(*context);
    }
    QString text(Span s) const { return article.textOf(s); }

    Article article;
    std::unique_ptr<AnalysisContext> context;
};

} // namespace Byline
