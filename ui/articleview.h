// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/span.h"

#include <QTextBrowser>
#include <QTimer>
#include <QVector>

#include <optional>

namespace Byline {

class ThemeAdapter;

/**
 * The article, read-only, with reading typography (ReadingDocument) and the analysis painted
 * over it: entities tinted by type, quotes tinted, time expressions underlined.
 *
 * Positions: the QTextDocument position p is Article::text offset p (ReadingDocument's
 * contract), so spans need no mapping. Highlights are ExtraSelections stacked in one written
 * z-order, bottom to top: quote background, time underline, entity (the painted layer made
 * non-overlapping by SpanFilter::longestWins), the person's notes (in their colour), focused entity, current mention, find hit,
 * current find hit; the text selection paints above all of them. Only highlights within
 * 20,000 characters of the visible page are installed (re-done while scrolling), so long
 * articles stay responsive. The painted entity layer of an analysis with many mentions (a
 * long article's) is filtered on a worker thread: until it is in (tens of ms), entities are
 * not painted and entityIndexAt() answers -1; quotes, dates, notes and the focus are.
 *
 * A long article (over 300,000 characters) is shown from its first pages at once; the rest is
 * appended part by part from the event loop (each part sized to take about 25 ms here, built
 * and laid out), so the text appears and input is handled while a 10 MB article is still
 * coming in. Until textComplete(), the document holds a prefix of the article (positions
 * still equal offsets): highlights, find hits and showSpan() beyond it wait for their text.
 *
 * The focused entity: clicking a mention focuses its entity (every mention emphasised);
 * nextMention()/previousMention() walk its mentions in text order, wrapping, and scroll each
 * into view. Reads only from the Document; GUI thread.
 */
class ArticleView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    /** What can be shown or hidden from the legend; the first five follow EntityType. */
    enum Highlight {
        Persons,
        Organizations,
        Locations,
        Outlets,
        OtherEntities,
        Quotes,
        TimeExpressions,
        HighlightCount
    };
    Q_ENUM(Highlight)

    ArticleView(Document *document, ThemeAdapter *theme, QWidget *parent = nullptr);
    ~ArticleView() override;

    bool isHighlightVisible(Highlight h) const { return m_visible.at(h); }
    void setHighlightVisible(Highlight h, bool visible);

    /** Index in analysis().entities of the entity painted at pos, or -1. */
    int entityIndexAt(int pos) const;
    /** Article offset of the character under a viewport point, or -1. */
    int positionAt(const QPoint &viewportPoint) const;
    /** The hover text at an article offset (entity name, type, mentions, rule; quote; date), rich text; empty when
     * nothing is there. */
    QString toolTipAt(int pos) const;

    QString focusedEntity() const { return m_focusId; }
    /** Index of the current mention of the focused entity, -1 when none is current. */
    int currentMention() const { return m_focusIndex; }
    int focusedMentionCount() const;
    /** Focuses entity id; moves to mention mentionIndex when >= 0. An unknown id clears the focus. */
    void focusEntity(const QString &id, int mentionIndex = -1);
    void clearEntityFocus();
    /** Walks the focused entity's mentions in text order, wrapping; false when nothing is focused. */
    bool nextMention();
    bool previousMention();

    /** True once the whole article is in the document (see the class comment). */
    bool isComplete() const;
    /** Moves the cursor to span (selecting it when select) and scrolls it into view; a span
     * whose text is not in the document yet is shown as soon as it is. */
    void showSpan(Span span, bool select);

    /** Highlights every case-insensitive occurrence of text; returns how many there are. */
    int setFindText(const QString &text);
    QString findText() const { return m_findText; }
    int findHitCount() const { return m_findHits.size(); }
    int currentFindHit() const { return m_findIndex; }
    /** Moves to the next (or previous) find hit, wrapping; false when there is none. */
    bool findNext(bool backward = false);

    /** Zoom steps from the default size (each ~10 %), clamped to [-5, 10]. */
    int zoom() const { return m_zoom; }
    void setZoom(int steps);

Q_SIGNALS:
    /** The focused entity or its current mention changed; id is empty when the focus was cleared. */
    void focusChanged(const QString &id, int index, int count);
    void findChanged(int current, int count);
    /** The text of a newly opened article has been painted for the first time. */
    void textShown();
    /** The whole text of the article is in the document (at once for all but long articles). */
    void textComplete();

protected:
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Painted
    {
        Span span;
        int entity = -1;
        int mention = -1;
    };

    void onDocumentChanged(Document::Changes what);
    void rebuild();
    void applyTheme();
    /** The painted entity layer for the entities and visible types given (SpanFilter::longestWins); any thread. */
    static QVector<Painted> paintedLayer(const QList<Entity> &entities, const QVector<bool> &visible);
    /** Recomputes m_painted: at once for a short analysis, on a worker thread for a long one (see the class comment). */
    void recomputePainted();
    /** A worker's painted layer, now current. */
    void installPainted(const QVector<Painted> &painted);
    void updateSelections();
    /** Centres a column of about 72 characters in the viewport; doc defaults to the shown one. */
    void updateMeasure(QTextDocument *doc = nullptr);
    /** The part of the text whose highlights are installed: the visible page ± a margin, or all of a short article. */
    Span selectionWindow() const;
    void onScrolled();
    /** Appends the next part of a long article; re-armed until the whole text is in. */
    void appendPart();
    void emitFocus();
    const Entity *focused() const;

    Document *m_document;
    ThemeAdapter *m_theme;
    QVector<bool> m_visible;
    QVector<Painted> m_painted; ///< sorted by start, non-overlapping; empty while a worker computes it
    int m_paintedRun = 0; ///< counts recomputations: a worker's result for an older one is dropped
    QString m_focusId;
    int m_focusIndex = -1;
    QString m_findText;
    QList<Span> m_findHits;
    int m_findIndex = -1;
    Span m_selectionWindow;
    int m_zoom = 0;
    qreal m_basePointSize = 12;
    QPoint m_pressPos;
    bool m_pendingFirstPaint = false;
    struct PendingSpan
    {
        Span span;
        bool select = false;
    };
    int m_shown = 0; ///< characters of the article in the document
    int m_appendChars = 0; ///< size of the next appended part
    QTimer m_appendTimer;
    std::optional<PendingSpan> m_pendingSpan; ///< showSpan() beyond m_shown, done once the text is in
};

} // namespace Byline
