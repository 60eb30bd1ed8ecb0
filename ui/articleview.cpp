// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "labels.h"
#include "readingdocument.h"
#include "spanfilter.h"
#include "themeadapter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolTip>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Byline {

namespace {

constexpr int MeasureChars = 72;
constexpr int MinSideMargin = 32;
// Characters either side of the visible page whose highlights are kept as ExtraSelections.
constexpr int SelectionMargin = 20000;
// An article longer than this is shown from its first part, the rest appended on the event loop.
constexpr int WholeBuildLimit = 300000;
// The first part: a few pages, laid out before the first paint.
constexpr int FirstPartChars = 20000;
// Time one appended part may take on the GUI thread (building and laying it out), so input stays responsive.
constexpr int AppendStepMs = 25;
// More entity mentions than this are filtered into the painted layer on a worker thread (a 2 MB
// article has about 29,000, 44 M instructions of filtering; the sample has 90).
constexpr int ThreadedFilterMentions = 20000;

QFont readingFont()
{
    // A serif text face reads best for long articles; fall back to the system font otherwise.
    QFont f;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QStringList families = QFontDatabase::families();
#else
    const QStringList families = QFontDatabase().families();
#endif
    for (const char *name : { "Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia" }) {
        if (families.contains(QLatin1String(name))) {
            f.setFamily(QLatin1String(name));
            break;
        }
    }
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(12);
    return f;
}

QTextEdit::ExtraSelection selectionFor(QTextDocument *doc, Span span, const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(doc);
    s.cursor.setPosition(span.start);
    s.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    s.format = format;
    return s;
}

} // namespace

ArticleView::ArticleView(Document *document, ThemeAdapter *theme, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
    , m_theme(theme)
    , m_visible(HighlightCount, true)
{
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    const QFont f = readingFont();
    m_basePointSize = f.pointSizeF();
    QTextBrowser::document()->setDefaultFont(f);
    QTextBrowser::document()->setUndoRedoEnabled(false);
    connect(m_document, &Document::changed, this, &ArticleView::onDocumentChanged);
    connect(m_theme, &ThemeAdapter::changed, this, &ArticleView::applyTheme);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::onScrolled);
    // Zero interval: the next part goes in as soon as input and painting have been handled.
    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(0);
    connect(&m_appendTimer, &QTimer::timeout, this, &ArticleView::appendPart);
    applyTheme();
    rebuild();
}

ArticleView::~ArticleView() = default;

void ArticleView::onDocumentChanged(Document::Changes what)
{
    if (what & Document::Text) {
        rebuild();
        return;
    }
    if (what & Document::Entities) {
        recomputePainted();
        if (!focused()) {
            m_focusId.clear();
            m_focusIndex = -1;
        } else if (m_focusIndex >= focusedMentionCount())
            m_focusIndex = -1;
        emitFocus();
    }
    if (what & (Document::Analysis | Document::Notes))
        updateSelections();
}

void ArticleView::rebuild()
{
    m_focusId.clear();
    m_focusIndex = -1;
    m_findHits.clear();
    m_findIndex = -1;
    m_painted.clear();
    setExtraSelections({});
    m_appendTimer.stop();
    m_pendingSpan.reset();
    // Built detached and then installed: formatting a document a layout already watches
    // re-lays it out on every change, which turns a 10 MB article from 1 s into a minute.
    // The text control deletes a document it created itself; the ones created here are ours.
    QTextDocument *old = QTextBrowser::document();
    QTextDocument *ours = old->parent() == this ? old : nullptr;
    auto *doc = new QTextDocument(this);
    doc->setDefaultFont(old->defaultFont());
    doc->setUndoRedoEnabled(false);
    // A long article: its first pages now, the rest appended part by part once they are painted.
    const Article &article = m_document->article();
    const int first = article.text.size() > WholeBuildLimit ? FirstPartChars : std::numeric_limits<int>::max();
    m_shown = ReadingDocument::append(doc, article, *m_theme, 0, first);
    m_appendChars = FirstPartChars;
    updateMeasure(doc);
    setDocument(doc);
    delete ours;
    moveCursor(QTextCursor::Start);
    recomputePainted();
    if (!m_findText.isEmpty())
        setFindText(m_findText);
    updateSelections();
    m_pendingFirstPaint = !m_document->article().isEmpty();
    emitFocus();
    if (isComplete())
        Q_EMIT textComplete();
    else
        m_appendTimer.start();
}

bool ArticleView::isComplete() const
{
    return m_shown >= m_document->article().text.size();
}

void ArticleView::appendPart()
{
    if (isComplete())
        return;
    QElapsedTimer clock;
    clock.start();
    const int before = m_shown;
    const bool windowClipped = m_selectionWindow.end >= before;
    m_shown = ReadingDocument::append(QTextBrowser::document(), m_document->article(), *m_theme, m_shown, m_appendChars);
    // Parts sized to the time they take here, which differs a lot between machines and loads.
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    m_appendChars = int(qBound(qint64(FirstPartChars), qint64(m_appendChars) * AppendStepMs / ms, qint64(4000000)));
    if (windowClipped)
        updateSelections();
    if (!isComplete()) {
        m_appendTimer.start();
        return;
    }
    if (m_pendingSpan) {
        const PendingSpan pending = *m_pendingSpan;
        m_pendingSpan.reset();
        showSpan(pending.span, pending.select);
    }
    Q_EMIT textComplete();
}

void ArticleView::applyTheme()
{
    setPalette(m_theme->articlePalette(palette()));
    viewport()->setAutoFillBackground(true);
    ReadingDocument::restyle(QTextBrowser::document(), *m_theme);
    updateSelections();
}

void ArticleView::setHighlightVisible(Highlight h, bool visible)
{
    if (m_visible.at(h) == visible)
        return;
    m_visible[h] = visible;
    recomputePainted();
    updateSelections();
}

QVector<ArticleView::Painted> ArticleView::paintedLayer(const QList<Entity> &entities, const QVector<bool> &visible)
{
    QList<Span> spans;
    QVector<Painted> candidates;
    for (int e = 0; e < entities.size(); ++e) {
        const Entity &entity = entities.at(e);
        if (!visible.at(static_cast<int>(entity.type)))
            continue;
        for (int m = 0; m < entity.mentions.size(); ++m) {
            spans.append(entity.mentions.at(m).span);
            candidates.append({ entity.mentions.at(m).span, e, m });
        }
    }
    QVector<Painted> painted;
    const QList<int> kept = SpanFilter::longestWins(spans);
    painted.reserve(kept.size());
    for (int i : kept)
        painted.append(candidates.at(i));
    return painted;
}

void ArticleView::recomputePainted()
{
    const int run = ++m_paintedRun;
    m_painted.clear();
    const QList<Entity> &entities = m_document->analysis().entities;
    int mentions = 0;
    for (const Entity &e : entities)
        mentions += e.mentions.size();
    if (mentions <= ThreadedFilterMentions) {
        m_painted = paintedLayer(entities, m_visible);
        return;
    }
    // The worker reads its own (implicitly shared) copy; a newer analysis or legend toggle
    // meanwhile makes this result stale, and it is dropped.
    auto *watcher = new QFutureWatcher<QVector<Painted>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run]() {
        watcher->deleteLater();
        if (run == m_paintedRun)
            installPainted(watcher->result());
    });
    const QVector<bool> visible = m_visible;
    watcher->setFuture(QtConcurrent::run([entities, visible]() { return paintedLayer(entities, visible); }));
}

void ArticleView::installPainted(const QVector<Painted> &painted)
{
    m_painted = painted;
    updateSelections();
}

void ArticleView::updateSelections()
{
    QTextDocument *doc = QTextBrowser::document();
    const AnalysisResult &a = m_document->analysis();
    const int textLength = m_shown;
    // Only highlights near the visible page become ExtraSelections: the text control measures
    // every selection it is given, which would lay out the whole of a long article.
    m_selectionWindow = selectionWindow();
    const Span window = m_selectionWindow;
    const auto inText = [textLength, window](Span s) {
        return s.isValid() && !s.isEmpty() && s.end <= textLength && s.overlaps(window);
    };
    QList<QTextEdit::ExtraSelection> list;

    // Bottom to top, exactly the z-order written in the class comment.
    if (m_visible.at(Quotes)) {
        QTextCharFormat f;
        f.setBackground(m_theme->quoteTint());
        for (const Quote &q : a.quotes)
            if (inText(q.span))
                list.append(selectionFor(doc, q.span, f));
    }
    if (m_visible.at(TimeExpressions)) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(m_theme->timeUnderline());
        for (const TimeExpression &t : a.timeline)
            if (inText(t.span))
                list.append(selectionFor(doc, t.span, f));
    }
    for (const Painted &p : m_painted) {
        if (!inText(p.span))
            continue;
        QTextCharFormat f;
        f.setBackground(m_theme->entityTint(a.entities.at(p.entity).type));
        list.append(selectionFor(doc, p.span, f));
    }
    // A person's notes sit above the analysis: they are the reader's own judgement.
    for (const Note &n : m_document->notes()) {
        if (!inText(n.span))
            continue;
        const QColor c = n.color.isValid() ? n.color : m_theme->noteColor();
        QTextCharFormat f;
        f.setBackground(blendColors(c, m_theme->background(), 0.55));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(c);
        list.append(selectionFor(doc, n.span, f));
    }
    if (const Entity *e = focused()) {
        const QColor strong = m_theme->entityColor(e->type);
        QTextCharFormat f;
        f.setBackground(blendColors(strong, m_theme->background(), 0.5));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(strong);
        for (const Mention &m : e->mentions)
            if (inText(m.span))
                list.append(selectionFor(doc, m.span, f));
        if (m_focusIndex >= 0 && inText(e->mentions.at(m_focusIndex).span)) {
            QTextCharFormat current;
            current.setBackground(strong);
            current.setForeground(m_theme->background());
            list.append(selectionFor(doc, e->mentions.at(m_focusIndex).span, current));
        }
    }
    if (!m_findHits.isEmpty()) {
        QTextCharFormat f;
        f.setBackground(m_theme->findHit());
        f.setForeground(m_theme->isDark() ? QColor(Qt::white) : QColor(Qt::black));
        for (const Span &s : qAsConst(m_findHits))
            if (inText(s))
                list.append(selectionFor(doc, s, f));
        if (m_findIndex >= 0 && inText(m_findHits.at(m_findIndex))) {
            QTextCharFormat current = f;
            current.setBackground(blendColors(m_theme->findHit(), m_theme->foreground(), 0.6));
            current.setFontUnderline(true);
            list.append(selectionFor(doc, m_findHits.at(m_findIndex), current));
        }
    }
    setExtraSelections(list);
}

Span ArticleView::selectionWindow() const
{
    const int length = m_shown;
    if (length <= 2 * SelectionMargin)
        return Span(0, length);
    const int top = cursorForPosition(QPoint(0, 0)).position();
    const int bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    return Span(std::max(0, top - SelectionMargin), std::min(length, bottom + SelectionMargin));
}

void ArticleView::onScrolled()
{
    const int length = m_shown;
    if (length <= 2 * SelectionMargin)
        return;
    const Span w = m_selectionWindow;
    const int top = cursorForPosition(QPoint(0, 0)).position();
    const int bottom = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    const bool nearStart = w.start > 0 && top < w.start + SelectionMargin / 4;
    const bool nearEnd = w.end < length && bottom > w.end - SelectionMargin / 4;
    if (nearStart || nearEnd)
        updateSelections();
}

int ArticleView::entityIndexAt(int pos) const
{
    auto it = std::upper_bound(
        m_painted.cbegin(), m_painted.cend(), pos, [](int p, const Painted &x) { return p < x.span.start; });
    if (it == m_painted.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? it->entity : -1;
}

int ArticleView::positionAt(const QPoint &viewportPoint) const
{
    const QPointF docPoint
        = QPointF(viewportPoint) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    int pos = QTextBrowser::document()->documentLayout()->hitTest(docPoint, Qt::ExactHit);
    if (pos < 0)
        return -1;
    // hitTest answers the nearest character boundary; the character under the point is the
    // one before it when the point lies left of that boundary.
    QTextCursor c(QTextBrowser::document());
    c.setPosition(pos);
    if (pos > 0 && viewportPoint.x() < cursorRect(c).x())
        --pos;
    return pos < m_document->article().text.size() ? pos : -1;
}

const Entity *ArticleView::focused() const
{
    return m_focusId.isEmpty() ? nullptr : m_document->analysis().entity(m_focusId);
}

int ArticleView::focusedMentionCount() const
{
    const Entity *e = focused();
    return e ? e->mentions.size() : 0;
}

void ArticleView::focusEntity(const QString &id, int mentionIndex)
{
    const Entity *e = m_document->analysis().entity(id);
    if (!e) {
        clearEntityFocus();
        return;
    }
    m_focusId = id;
    m_focusIndex = (mentionIndex >= 0 && mentionIndex < e->mentions.size()) ? mentionIndex : -1;
    updateSelections();
    if (m_focusIndex >= 0)
        showSpan(e->mentions.at(m_focusIndex).span, false);
    emitFocus();
}

void ArticleView::clearEntityFocus()
{
    if (m_focusId.isEmpty())
        return;
    m_focusId.clear();
    m_focusIndex = -1;
    updateSelections();
    emitFocus();
}

bool ArticleView::nextMention()
{
    const int n = focusedMentionCount();
    if (n == 0)
        return false;
    focusEntity(m_focusId, m_focusIndex < 0 ? 0 : (m_focusIndex + 1) % n);
    return true;
}

bool ArticleView::previousMention()
{
    const int n = focusedMentionCount();
    if (n == 0)
        return false;
    focusEntity(m_focusId, m_focusIndex <= 0 ? n - 1 : m_focusIndex - 1);
    return true;
}

void ArticleView::emitFocus()
{
    Q_EMIT focusChanged(m_focusId, m_focusIndex, focusedMentionCount());
}

void ArticleView::showSpan(Span span, bool select)
{
    const int length = m_document->article().text.size();
    if (!span.isValid() || span.end > length)
        return;
    // Not appended yet: shown once the whole text is in.
    if (span.end > m_shown) {
        m_pendingSpan = PendingSpan { span, select };
        return;
    }
    m_pendingSpan.reset();
    QTextCursor c(QTextBrowser::document());
    c.setPosition(span.start);
    if (select)
        c.setPosition(span.end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    // Bring the span to the upper third of the page instead of the very edge.
    QTextCursor startCursor(QTextBrowser::document());
    startCursor.setPosition(span.start);
    const QRect r = cursorRect(startCursor);
    if (r.top() < 0 || r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - viewport()->height() / 3);
}

int ArticleView::setFindText(const QString &text)
{
    m_findText = text;
    m_findHits.clear();
    m_findIndex = -1;
    if (!text.isEmpty()) {
        const QString &t = m_document->article().text;
        constexpr int MaxHits = 10000;
        for (int i = t.indexOf(text, 0, Qt::CaseInsensitive); i >= 0 && m_findHits.size() < MaxHits;
             i = t.indexOf(text, i + text.size(), Qt::CaseInsensitive))
            m_findHits.append(Span(i, i + text.size()));
    }
    updateSelections();
    Q_EMIT findChanged(m_findIndex, m_findHits.size());
    return m_findHits.size();
}

bool ArticleView::findNext(bool backward)
{
    const int n = m_findHits.size();
    if (n == 0)
        return false;
    if (m_findIndex < 0) {
        // Start from the cursor, so a search continues where the reader is.
        const int pos = textCursor().position();
        auto it = std::lower_bound(
            m_findHits.cbegin(), m_findHits.cend(), pos, [](const Span &s, int p) { return s.start < p; });
        const int i = int(it - m_findHits.cbegin());
        m_findIndex = backward ? (i == 0 ? n - 1 : i - 1) : i % n;
    } else {
        m_findIndex = backward ? (m_findIndex + n - 1) % n : (m_findIndex + 1) % n;
    }
    updateSelections();
    showSpan(m_findHits.at(m_findIndex), false);
    Q_EMIT findChanged(m_findIndex, n);
    return true;
}

void ArticleView::setZoom(int steps)
{
    m_zoom = qBound(-5, steps, 10);
    QFont f = QTextBrowser::document()->defaultFont();
    f.setPointSizeF(m_basePointSize * std::pow(1.1, m_zoom));
    QTextBrowser::document()->setDefaultFont(f);
    updateMeasure();
}

void ArticleView::updateMeasure(QTextDocument *doc)
{
    if (!doc)
        doc = QTextBrowser::document();
    // A comfortable measure: about MeasureChars characters of body text, centred on the page.
    const QFontMetricsF fm(doc->defaultFont());
    const qreal column = fm.averageCharWidth() * MeasureChars;
    const qreal side = std::max<qreal>(MinSideMargin, (viewport()->width() - column) / 2);
    QTextFrame *root = doc->rootFrame();
    QTextFrameFormat ff = root->frameFormat();
    if (std::abs(ff.leftMargin() - side) < 1 && ff.topMargin() > 0)
        return;
    ff.setLeftMargin(side);
    ff.setRightMargin(side);
    ff.setTopMargin(40);
    ff.setBottomMargin(80);
    root->setFrameFormat(ff);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMeasure();
    onScrolled();
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_pendingFirstPaint) {
        m_pendingFirstPaint = false;
        Q_EMIT textShown();
    }
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QTextBrowser::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4
        || textCursor().hasSelection())
        return;
    const int pos = positionAt(event->pos());
    const int e = pos >= 0 ? entityIndexAt(pos) : -1;
    if (e < 0)
        return;
    const Entity &entity = m_document->analysis().entities.at(e);
    int mention = -1;
    for (int m = 0; m < entity.mentions.size(); ++m)
        if (entity.mentions.at(m).span.contains(pos))
            mention = m;
    // Clicking the current mention again walks on to the next one.
    if (entity.id == m_focusId && mention == m_focusIndex)
        nextMention();
    else
        focusEntity(entity.id, mention);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pos = positionAt(help->pos());
        const QString tip = pos >= 0 ? toolTipAt(pos) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

QString ArticleView::toolTipAt(int pos) const
{
    const AnalysisResult &a = m_document->analysis();
    QStringList parts;
    const int e = entityIndexAt(pos);
    if (e >= 0) {
        const Entity &entity = a.entities.at(e);
        QString rule;
        for (const Mention &m : entity.mentions)
            if (m.span.contains(pos))
                rule = m.rule;
        parts << QStringLiteral("<b>%1</b><br/>%2 · %3")
                     .arg(entity.name.toHtmlEscaped(), Labels::entityType(entity.type),
                         (entity.mentions.size() == 1 ? tr("1 mention")
                                                      : tr("%n mentions", nullptr, entity.mentions.size())));
        if (!rule.isEmpty())
            parts << tr("found by: %1").arg(rule.toHtmlEscaped());
    }
    for (const Quote &q : a.quotes) {
        if (!q.span.contains(pos))
            continue;
        const QString speaker = q.speaker ? q.speaker->name : tr("unknown speaker");
        parts << tr("Quote (%1) by %2").arg(Labels::quoteKind(q.kind), speaker.toHtmlEscaped());
        if (!q.rule.isEmpty())
            parts << tr("found by: %1").arg(q.rule.toHtmlEscaped());
    }
    for (const TimeExpression &t : a.timeline) {
        if (!t.span.contains(pos))
            continue;
        parts << tr("%1: %2 (%3)")
                     .arg(timexTypeName(t.type), t.value.isEmpty() ? tr("unresolved") : t.value,
                         timexResolutionName(t.resolution));
    }
    return parts.join(QStringLiteral("<br/>"));
}

} // namespace Byline
