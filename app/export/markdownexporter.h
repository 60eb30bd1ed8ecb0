// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QVariantHash>

namespace Byline {


/**
 * The Markdown export (issue 8): a template filled from the Document, GitHub-flavoured
 * Markdown (GFM) whatever the article contains.
 *
 * The layout is a TemplateEngine template: ExportOptions::templatePath when set, else
 * "export/markdown.md" looked up through Resources (a copy in the user data dir wins over the
 * built-in resources/export/markdown.md). Every placeholder is escaped with
 * MarkdownEscaper::inlineText() unless the template asks for "|raw", "|yaml" (a YAML scalar)
 * or "|url" (percent-encoded). After rendering, runs of blank lines are collapsed to one and the
 * text ends with exactly one newline, so dropped sections leave no gaps.
 *
 * Placeholders (context()):
 * - top level: frontMatter (bool), title (the file name when the article has none), source (URL, else path), path, url, outlet,
 *   authors (", "-joined), published (YYYY-MM-DD or empty), exported (ISO 8601 UTC),
 *   entityCount, quoteCount, sourceCount, timelineCount, noteCount, summary (one line),
 *   h1 h2 h3 (as many '#' as ExportOptions::headingLevel, +1, +2; at most 6), and the
 *   labels (in the interface language, in English with ExportOptions::englishLabels) labelEntities, labelQuotes, labelSources, labelTimeline, labelNotes,
 *   labelEntity, labelType, labelMentions, labelAliases, labelFirstMention, labelVia,
 *   labelContext, labelAnonymous, labelDate, labelExpression, labelEvent.
 * - every item below has link (byline://open?path=<percent-encoded path>&offset=<code point>,
 *   safe as a link destination), offset (code points into the text) and paragraph (1-based
 *   index of the block the item starts in, as in the article view).
 * - entities: id, name, type (translated), mentions (count of name mentions, else of all),
 *   aliases (", "-joined); link to the first mention.
 * - quotes: id, text, kind (direct|indirect|partial), speaker (name, or a translated
 *   "unattributed"), source (name of the source it came through, or empty), context (the
 *   paragraph, when ExportOptions::includeContext and it holds more than the quote).
 * - sourceGroups: kind (translated group title, "Outlets", …), sources: id, name, anonymous
 *   (bool), citations: text, cue, link/offset/paragraph. Groups in a fixed order, sources
 *   in text order.
 * - timeline: id, date (normalized value, or a translated "unresolved"), value, type, text,
 *   event; chronological: calendar values ascending, then the rest in text order.
 * - notes: quote, body (empty until the notes feature fills them).
 * A section switched off in ExportOptions is an empty list, so the template drops it.
 *
 * Not thread-safe per instance (errorString()); separate instances may run in parallel.
 */
class MarkdownExporter : public Exporter
{
public:
    QString formatName() const override { return QStringLiteral("markdown"); }
    bool write(const Document &document, QIODevice *device, const ExportOptions &options) override;

    /** The Markdown text; empty with errorString() set when the template cannot be read or parsed. */
    QString render(const Document &document, const ExportOptions &options);

    /** What the template sees (see the class comment). */
    static QVariantHash context(const Document &document, const ExportOptions &options);
    /** The byline:// link to offset (UTF-16) in the article file at path. */
    static QString link(const QString &path, int codePointOffset);
    /** The built-in template (":/byline/export/markdown.md"), ignoring user overrides. */
    static QString builtinTemplatePath();
};

} // namespace Byline
