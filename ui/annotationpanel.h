// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layer.h"

#include <QDockWidget>

class QTabWidget;

namespace Byline {

class Document;
class EntityPane;
class NotesPanel;
class QuotePane;
class SourcePane;
class ThemeAdapter;
class TimelinePane;

/**
 * The dock beside the article: tabs Entities, Quotes, Sources, Timeline, Notes, each a view over
 * the shared Document. Hideable (toggleViewAction()); tab titles carry counts. GUI thread.
 */
class AnnotationPanel : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    enum Tab { EntitiesTab, QuotesTab, SourcesTab, TimelineTab, NotesTab, TabCount };

    AnnotationPanel(Document *document, ThemeAdapter *theme, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    EntityPane *entities() const { return m_entities; }
    QuotePane *quotes() const { return m_quotes; }
    SourcePane *sources() const { return m_sources; }
    TimelinePane *timeline() const { return m_timeline; }
    NotesPanel *notes() const { return m_notes; }
    QTabWidget *tabs() const { return m_tabs; }
    void setCurrentTab(Tab tab);
    /** "entities", "quotes", "sources", "timeline", "notes" → Tab; false for anything else. */
    static bool tabFromName(const QString &name, Tab *tab);

    /** Which layers the running pipeline can produce, and whether it is running now. */
    void setAnalysisState(Layers available, bool analysing);
    /** True while a page is still appending a long analysis's rows in parts (PanelPage::isFilling()). */
    bool isFilling() const;

Q_SIGNALS:
    /** No page is filling any more: every row of the Document's analysis is in the panels. */
    void filled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Document *m_document;
    QTabWidget *m_tabs;
    EntityPane *m_entities;
    QuotePane *m_quotes;
    SourcePane *m_sources;
    TimelinePane *m_timeline;
    NotesPanel *m_notes;
};

} // namespace Byline
