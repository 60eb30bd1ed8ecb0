// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace Byline {

Document::Document(QObject *parent)
    : QObject(parent)
{
}

Document::~Document() = default;

void Document::setArticle(const Article &article)
{
    m_article = article;
    m_analysis = AnalysisResult();
    m_analysed = false;
    Q_EMIT changed(All);
}

void Document::setAnalysis(const AnalysisResult &result)
{
    m_analysis = result;
    m_analysed = true;
    Q_EMIT changed(Analysis);
}

void Document::setPublished(const QDate &date)
{
    m_article.meta.published = date;
    m_article.meta.publishedFrom = date.isValid() ? DateSource::User : DateSource::None;
    Q_EMIT changed(Metadata);
}

} // namespace Byline
