// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "documentcommands_p.h"
#include "undostack.h"

#include <QSet>

#include <utility>

namespace Byline {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new UndoStack(this))
{
}

Document::~Document() = default;

void Document::setArticle(const Article &article)
{
    m_article = article;
    m_automatic = AnalysisResult();
    m_analysis = AnalysisResult();
    m_analysed = false;
    m_notes.clear();
    m_corrections.clear();
    m_undoStack->clear();
    Q_EMIT notesReset();
    Q_EMIT changed(All);
}

void Document::setAnalysis(const AnalysisResult &result)
{
    m_automatic = result;
    m_analysis = applyCorrections(m_automatic, m_corrections, m_article.text);
    m_analysed = true;
    Q_EMIT changed(Analysis);
}

void Document::setPublished(const QDate &date)
{
    m_article.meta.published = date;
    m_article.meta.publishedFrom = date.isValid() ? DateSource::User : DateSource::None;
    Q_EMIT changed(Metadata);
}

void Document::setUserAnnotations(const QList<Note> &notes, const QList<Correction> &corrections)
{
    int layers = 0;
    for (const Correction &c : std::as_const(m_corrections))
        layers |= c.affectedLayers();
    for (const Correction &c : corrections)
        layers |= c.affectedLayers();
    m_notes = notes;
    m_corrections = corrections;
    m_undoStack->clear();
    m_analysis = applyCorrections(m_automatic, m_corrections, m_article.text);
    Q_EMIT notesReset();
    Q_EMIT changed(Changes(Notes) | Changes(QFlag(layers)));
}

const Note *Document::note(const QString &id) const
{
    const int i = noteIndex(id);
    return i >= 0 ? &m_notes.at(i) : nullptr;
}

int Document::noteIndex(const QString &id) const
{
    for (int i = 0; i < m_notes.size(); ++i)
        if (m_notes.at(i).id == id)
            return i;
    return -1;
}

int Document::correctionIndex(const QString &id) const
{
    for (int i = 0; i < m_corrections.size(); ++i)
        if (m_corrections.at(i).id == id)
            return i;
    return -1;
}

QString Document::addNote(Note note)
{
    if (note.id.isEmpty())
        note.id = Note::createId();
    if (noteIndex(note.id) >= 0)
        return note.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!note.created.isValid())
        note.created = now;
    if (!note.modified.isValid())
        note.modified = note.created;
    // Without its quote and context a note could not be found again once the text changes.
    if (note.span.isValid() && note.prefix.isEmpty() && note.suffix.isEmpty()
        && (note.exact.isEmpty() || note.exact == m_article.textOf(note.span)))
        note.setQuote(m_article.text, note.span);
    const QString text = note.body.isEmpty() ? tr("Add Highlight") : tr("Add Note");
    m_undoStack->push(std::make_unique<NoteCommand>(this, std::nullopt, note, int(m_notes.size()), text));
    return note.id;
}

int Document::addNotes(const QList<Note> &notes, const QString &actionText)
{
    QList<Note> fresh;
    QSet<QString> seen;
    for (const Note &n : notes) {
        if (n.id.isEmpty() || noteIndex(n.id) >= 0 || seen.contains(n.id))
            continue;
        seen.insert(n.id);
        fresh.append(n);
    }
    if (!fresh.isEmpty())
        m_undoStack->push(std::make_unique<AddNotesCommand>(this, fresh, actionText));
    return int(fresh.size());
}

bool Document::editNote(Note note)
{
    const int i = noteIndex(note.id);
    if (i < 0)
        return false;
    const Note before = m_notes.at(i);
    note.created = before.created;
    note.modified = before.modified;
    if (note == before)
        return false;
    note.modified = QDateTime::currentDateTimeUtc();
    m_undoStack->push(std::make_unique<NoteCommand>(this, before, note, i, tr("Edit Note")));
    return true;
}

bool Document::removeNote(const QString &id)
{
    const int i = noteIndex(id);
    if (i < 0)
        return false;
    m_undoStack->push(std::make_unique<NoteCommand>(this, m_notes.at(i), std::nullopt, i, tr("Delete Note")));
    return true;
}

QString Document::addCorrection(Correction correction)
{
    if (correction.id.isEmpty())
        correction.id = Note::createId();
    if (!correction.created.isValid())
        correction.created = QDateTime::currentDateTimeUtc();
    QString text;
    switch (correction.kind) {
    case CorrectionKind::RetypeEntity: text = tr("Change Entity Type"); break;
    case CorrectionKind::RenameEntity: text = tr("Rename Entity"); break;
    case CorrectionKind::MergeEntities: text = tr("Merge Entities"); break;
    case CorrectionKind::SplitAlias: text = tr("Split Alias"); break;
    case CorrectionKind::DismissEntity: text = tr("Dismiss Entity"); break;
    case CorrectionKind::AddEntity: text = tr("Mark as Entity"); break;
    case CorrectionKind::ChangeSpeaker: text = tr("Change Speaker"); break;
    case CorrectionKind::ChangeDateValue: text = tr("Change Date"); break;
    case CorrectionKind::AddQuote: text = tr("Mark as Quote"); break;
    case CorrectionKind::AddSource: text = tr("Mark as Source"); break;
    case CorrectionKind::AddTimeExpression: text = tr("Mark as Date"); break;
    case CorrectionKind::DismissQuote: text = tr("Dismiss Quote"); break;
    case CorrectionKind::DismissSource: text = tr("Dismiss Source"); break;
    case CorrectionKind::DismissTimeExpression: text = tr("Dismiss Date"); break;
    }
    m_undoStack->push(std::make_unique<CorrectionCommand>(this, correction, int(m_corrections.size()), true, text));
    return correction.id;
}

bool Document::removeCorrection(const QString &id)
{
    const int i = correctionIndex(id);
    if (i < 0)
        return false;
    m_undoStack->push(std::make_unique<CorrectionCommand>(this, m_corrections.at(i), i, false, tr("Withdraw Correction")));
    return true;
}

Correction Document::correctionFor(const Entity &entity, Span mention) const
{
    Correction c;
    c.entityName = entity.name;
    c.type = entity.type;
    if (!mention.isValid() && !entity.mentions.isEmpty())
        mention = entity.mentions.first().span;
    c.span = mention;
    c.surface = m_article.textOf(mention);
    return c;
}

bool Document::retypeEntity(const QString &entityId, EntityType type)
{
    const Entity *e = m_analysis.entity(entityId);
    if (!e)
        return false;
    Correction c = correctionFor(*e, Span());
    c.kind = CorrectionKind::RetypeEntity;
    c.type = type;
    addCorrection(c);
    return true;
}

bool Document::renameEntity(const QString &entityId, const QString &name)
{
    const Entity *e = m_analysis.entity(entityId);
    if (!e || name.trimmed().isEmpty())
        return false;
    Correction c = correctionFor(*e, Span());
    c.kind = CorrectionKind::RenameEntity;
    c.newName = name.trimmed();
    addCorrection(c);
    return true;
}

bool Document::mergeEntities(const QString &entityId, const QString &otherId)
{
    const Entity *e = m_analysis.entity(entityId);
    const Entity *other = m_analysis.entity(otherId);
    if (!e || !other || e == other)
        return false;
    Correction c = correctionFor(*e, Span());
    c.kind = CorrectionKind::MergeEntities;
    c.otherEntity = other->name;
    addCorrection(c);
    return true;
}

bool Document::splitAlias(const QString &entityId, Span mention, EntityType type, const QString &name, bool everyOccurrence)
{
    const Entity *e = m_analysis.entity(entityId);
    if (!e || !mention.isValid())
        return false;
    Correction c = correctionFor(*e, mention);
    c.kind = CorrectionKind::SplitAlias;
    c.type = type;
    c.newName = name.trimmed();
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

bool Document::dismissEntity(const QString &entityId, Span mention, bool everyOccurrence)
{
    const Entity *e = m_analysis.entity(entityId);
    if (!e)
        return false;
    Correction c = correctionFor(*e, mention);
    c.kind = CorrectionKind::DismissEntity;
    c.everyOccurrence = everyOccurrence || !mention.isValid();
    addCorrection(c);
    return true;
}

bool Document::addEntity(Span span, EntityType type, const QString &name, bool everyOccurrence)
{
    if (span.isEmpty() || span.end > m_article.text.size())
        return false;
    Correction c;
    c.kind = CorrectionKind::AddEntity;
    c.span = span;
    c.surface = m_article.textOf(span);
    c.type = type;
    c.newName = name.trimmed().isEmpty() ? c.surface : name.trimmed();
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

bool Document::changeSpeaker(const QString &quoteId, const QString &speakerName)
{
    const Quote *q = m_analysis.quote(quoteId);
    if (!q)
        return false;
    Correction c;
    c.kind = CorrectionKind::ChangeSpeaker;
    c.span = q->span;
    c.surface = m_article.textOf(q->span);
    c.newName = speakerName.trimmed();
    addCorrection(c);
    return true;
}

bool Document::changeDateValue(const QString &timexId, const QString &value, bool everyOccurrence)
{
    const TimeExpression *t = m_analysis.timeExpression(timexId);
    if (!t)
        return false;
    Correction c;
    c.kind = CorrectionKind::ChangeDateValue;
    c.span = t->span;
    c.surface = m_article.textOf(t->span);
    c.value = value.trimmed();
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

bool Document::addQuote(Span span, QuoteKind kind, const QString &speakerName)
{
    if (span.isEmpty() || span.end > m_article.text.size())
        return false;
    Correction c;
    c.kind = CorrectionKind::AddQuote;
    c.span = span;
    c.surface = m_article.textOf(span);
    c.quoteKind = kind;
    c.newName = speakerName.trimmed();
    addCorrection(c);
    return true;
}

bool Document::addSource(Span span, const QString &name, SourceKind kind, bool everyOccurrence)
{
    if (span.isEmpty() || span.end > m_article.text.size())
        return false;
    Correction c;
    c.kind = CorrectionKind::AddSource;
    c.span = span;
    c.surface = m_article.textOf(span);
    c.newName = name.trimmed().isEmpty() ? c.surface.simplified() : name.trimmed();
    c.sourceKind = kind;
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

bool Document::addTimeExpression(Span span, TimexType type, const QString &value, bool everyOccurrence)
{
    if (span.isEmpty() || span.end > m_article.text.size())
        return false;
    Correction c;
    c.kind = CorrectionKind::AddTimeExpression;
    c.span = span;
    c.surface = m_article.textOf(span);
    c.timexType = type;
    c.value = value.trimmed();
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

bool Document::dismissQuote(const QString &quoteId)
{
    const Quote *q = m_analysis.quote(quoteId);
    if (!q)
        return false;
    Correction c;
    c.kind = CorrectionKind::DismissQuote;
    c.span = q->span;
    c.surface = m_article.textOf(q->span);
    addCorrection(c);
    return true;
}

bool Document::dismissSource(const QString &sourceId, Span citation, bool everyOccurrence)
{
    const Source *s = m_analysis.source(sourceId);
    if (!s || s->citations.isEmpty())
        return false;
    Correction c;
    c.kind = CorrectionKind::DismissSource;
    c.entityName = s->name;
    c.everyOccurrence = everyOccurrence || !citation.isValid();
    c.span = citation.isValid() ? citation : s->citations.first().span;
    c.surface = m_article.textOf(c.span);
    addCorrection(c);
    return true;
}

bool Document::dismissTimeExpression(const QString &timexId, bool everyOccurrence)
{
    const TimeExpression *t = m_analysis.timeExpression(timexId);
    if (!t)
        return false;
    Correction c;
    c.kind = CorrectionKind::DismissTimeExpression;
    c.span = t->span;
    c.surface = m_article.textOf(t->span);
    c.everyOccurrence = everyOccurrence;
    addCorrection(c);
    return true;
}

void Document::insertNote(int index, const Note &note)
{
    index = qBound(0, index, int(m_notes.size()));
    Q_EMIT noteAboutToBeAdded(index);
    m_notes.insert(index, note);
    Q_EMIT noteAdded(index);
    Q_EMIT changed(Notes);
}

void Document::appendNotes(const QList<Note> &notes, bool remove)
{
    if (remove) {
        for (int n = int(notes.size()) - 1; n >= 0; --n) {
            const int i = noteIndex(notes.at(n).id);
            if (i < 0)
                continue;
            Q_EMIT noteAboutToBeRemoved(i);
            const Note note = m_notes.takeAt(i);
            Q_EMIT noteRemoved(note);
        }
    } else {
        for (const Note &note : notes) {
            Q_EMIT noteAboutToBeAdded(int(m_notes.size()));
            m_notes.append(note);
            Q_EMIT noteAdded(int(m_notes.size()) - 1);
        }
    }
    Q_EMIT changed(Notes);
}

void Document::replaceNote(const Note &note)
{
    const int i = noteIndex(note.id);
    if (i < 0)
        return;
    m_notes[i] = note;
    Q_EMIT noteChanged(i);
    Q_EMIT changed(Notes);
}

Note Document::takeNote(const QString &id)
{
    const int i = noteIndex(id);
    if (i < 0)
        return Note();
    Q_EMIT noteAboutToBeRemoved(i);
    const Note note = m_notes.takeAt(i);
    Q_EMIT noteRemoved(note);
    Q_EMIT changed(Notes);
    return note;
}

void Document::insertCorrection(int index, const Correction &correction)
{
    index = qBound(0, index, int(m_corrections.size()));
    m_corrections.insert(index, correction);
    Q_EMIT correctionAdded(index);
    reapplyCorrections(correction.affectedLayers());
}

Correction Document::takeCorrection(const QString &id)
{
    const int i = correctionIndex(id);
    if (i < 0)
        return Correction();
    const Correction c = m_corrections.takeAt(i);
    Q_EMIT correctionRemoved(c);
    reapplyCorrections(c.affectedLayers());
    return c;
}

void Document::reapplyCorrections(int layers)
{
    m_analysis = applyCorrections(m_automatic, m_corrections, m_article.text);
    Q_EMIT changed(Changes(QFlag(layers)));
}

} // namespace Byline
