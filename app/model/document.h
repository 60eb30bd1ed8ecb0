// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "article.h"

#include <QObject>

namespace Byline {

/**
 * One open article with its analysis: the single source of truth the article view,
 * every panel and every exporter read from (DESIGN.md, "The shared document model").
 *
 * Lives on the GUI thread (or the CLI's main thread). The analysis is computed elsewhere
 * and handed in whole with setAnalysis(); observers get changed() with what changed.
 */
class Document : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    enum Change {
        NoChange = 0,
        Text = 1 << 0, ///< a new article: everything else changed too
        Entities = 1 << 1,
        Quotes = 1 << 2,
        Sources = 1 << 3,
        Timeline = 1 << 4,
        Notes = 1 << 5,
        Metadata = 1 << 6,
        Analysis = Entities | Quotes | Sources | Timeline,
        All = Text | Analysis | Notes | Metadata,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Article &article() const { return m_article; }
    const AnalysisResult &analysis() const { return m_analysis; }
    bool isAnalysed() const { return m_analysed; }

    /** Replaces the article; the previous analysis is dropped. Emits changed(All). */
    void setArticle(const Article &article);
    /** Installs the result of analysing article(). Emits changed() with the layers that differ. */
    void setAnalysis(const AnalysisResult &result);
    /** Sets the publication date the timeline is resolved against (DateSource::User); invalid clears the override. */
    void setPublished(const QDate &date);

Q_SIGNALS:
    void changed(Byline::Document::Changes what);

private:
    Article m_article;
    AnalysisResult m_analysis;
    bool m_analysed = false;
};

} // namespace Byline

Q_DECLARE_OPERATORS_FOR_FLAGS(Byline::Document::Changes)
