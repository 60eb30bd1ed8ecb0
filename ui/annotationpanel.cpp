// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpanel.h"

#include "entitypane.h"
#include "notespanel.h"
#include "model/document.h"
#include "quotepane.h"
#include "sourcepane.h"
#include "timelinepane.h"

#include <QEvent>
#include <QTabWidget>

namespace Byline {

AnnotationPanel::AnnotationPanel(Document *document, ThemeAdapter *theme, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_entities(new EntityPane(document, theme, m_tabs))
    , m_quotes(new QuotePane(document, m_tabs))
    , m_sources(new SourcePane(document, m_tabs))
    , m_timeline(new TimelinePane(document, m_tabs))
    , m_notes(new NotesPanel(document, m_tabs))
{
    setObjectName(QStringLiteral("annotationPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_entities, QString());
    m_tabs->addTab(m_quotes, QString());
    m_tabs->addTab(m_sources, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_notes, QString());
    setWidget(m_tabs);
    connect(m_document, &Document::changed, this, &AnnotationPanel::retranslate);
    for (PanelPage *page : { static_cast<PanelPage *>(m_entities), static_cast<PanelPage *>(m_quotes),
             static_cast<PanelPage *>(m_sources), static_cast<PanelPage *>(m_timeline) })
        connect(page, &PanelPage::fillingChanged, this, [this](bool filling) {
            if (!filling && !isFilling())
                Q_EMIT filled();
        });
    retranslate();
}

bool AnnotationPanel::isFilling() const
{
    return m_entities->isFilling() || m_quotes->isFilling() || m_sources->isFilling() || m_timeline->isFilling();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool AnnotationPanel::tabFromName(const QString &name, Tab *tab)
{
    static const char *const names[] = { "entities", "quotes", "sources", "timeline", "notes" };
    for (int i = 0; i < TabCount; ++i) {
        if (name == QLatin1String(names[i])) {
            *tab = static_cast<Tab>(i);
            return true;
        }
    }
    return false;
}

void AnnotationPanel::setAnalysisState(Layers available, bool analysing)
{
    const bool hasArticle = !m_document->article().isEmpty();
    m_entities->setAnalysisState(hasArticle, analysing, available.testFlag(Layer::Entities));
    m_quotes->setAnalysisState(hasArticle, analysing, available.testFlag(Layer::Quotes));
    m_sources->setAnalysisState(hasArticle, analysing, available.testFlag(Layer::Sources));
    m_timeline->setAnalysisState(hasArticle, analysing, available.testFlag(Layer::Timex));
}

void AnnotationPanel::retranslate()
{
    setWindowTitle(tr("Annotations"));
    const AnalysisResult &a = m_document->analysis();
    const auto title
        = [](const QString &name, int n) { return n > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(n) : name; };
    m_tabs->setTabText(EntitiesTab, title(tr("Ent&ities"), a.entities.size()));
    m_tabs->setTabText(QuotesTab, title(tr("&Quotes"), a.quotes.size()));
    m_tabs->setTabText(SourcesTab, title(tr("&Sources"), a.sources.size()));
    m_tabs->setTabText(TimelineTab, title(tr("&Timeline"), a.timeline.size()));
    m_tabs->setTabText(NotesTab, title(tr("&Notes"), m_document->notes().size()));
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace Byline
