// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "article.h"
#include "correction.h"
#include "note.h"

#include <QList>
#include <QObject>

namespace Byline {

class UndoStack;

/**
 * One open article with its analysis: the single source of truth the article view,
 * every panel and every exporter read from (DESIGN.md, "The shared document model").
 *
 * Lives on the GUI thread (or the CLI's main thread). The analysis is computed elsewhere
 * and handed in whole with setAnalysis(); observers get changed() with what changed.
 *
 * A person's notes and corrections live here too. The public mutators for them push a
 * command on undoStack() (STYLE.md, "One document, one way to change it"); re-running the
 * analysis and loading stored annotations are not undo steps and clear nothing but the
 * history. analysis() is always the pipeline's result with corrections() applied in order
 * (applyCorrections()), so a new analysis keeps every correction.
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
    /** The analysis as corrected by the person: what every view and exporter shows. */
    const AnalysisResult &analysis() const { return m_analysis; }
    /** The pipeline's result before corrections. */
    const AnalysisResult &automaticAnalysis() const { return m_automatic; }
    bool isAnalysed() const { return m_analysed; }

    /** Notes in the order they were made; orphans (invalid span) included. */
    const QList<Note> &notes() const { return m_notes; }
    /** The note with that id, or nullptr. */
    const Note *note(const QString &id) const;
    /** Corrections in the order they apply. */
    const QList<Correction> &corrections() const { return m_corrections; }
    UndoStack *undoStack() const { return m_undoStack; }

    /** Replaces the article; the previous analysis is dropped. Emits changed(All). */
    void setArticle(const Article &article);
    /** Installs the result of analysing article(). Emits changed() with the layers that differ. */
    void setAnalysis(const AnalysisResult &result);
    /** Sets the publication date the timeline is resolved against (DateSource::User); invalid clears the override. */
    void setPublished(const QDate &date);
    /**
     * Installs stored notes and corrections for article() (AnnotationStore); not undoable, clears
     * the undo history. Emits changed(Notes) plus the analysis layers the corrections touch.
     */
    void setUserAnnotations(const QList<Note> &notes, const QList<Correction> &corrections);

    // A person's decisions: each pushes one command on undoStack().
    /** Adds note (an empty id gets a new UUID, empty timestamps now); returns its id. */
    QString addNote(Note note);
    /** Adds several notes as one step ("Import Annotations"); notes whose id exists are skipped. Returns how many were added. */
    int addNotes(const QList<Note> &notes, const QString &actionText);
    /** Replaces the note with note.id (body, tag, colour, span…); false when there is none or nothing differs. */
    bool editNote(Note note);
    bool removeNote(const QString &id);
    /** Records a correction (an empty id gets a new UUID) and re-applies all corrections. Returns its id. */
    QString addCorrection(Correction correction);
    bool removeCorrection(const QString &id);

    // Convenience builders for addCorrection() from what the person sees; false when the id is unknown.
    bool retypeEntity(const QString &entityId, EntityType type);
    bool renameEntity(const QString &entityId, const QString &name);
    /** Merges otherId into entityId. */
    bool mergeEntities(const QString &entityId, const QString &otherId);
    /** The mention at span (every mention reading the same text, with everyOccurrence) becomes its own entity. */
    bool splitAlias(const QString &entityId, Span mention, EntityType type, const QString &name, bool everyOccurrence);
    /** The mention at mention is not an entity; with everyOccurrence (or an invalid span) the whole entity goes. */
    bool dismissEntity(const QString &entityId, Span mention, bool everyOccurrence);
    /** The text at span is an entity of type named name (the text itself when empty). */
    bool addEntity(Span span, EntityType type, const QString &name, bool everyOccurrence);
    /** The quote's speaker is the entity or person named speakerName; empty removes the speaker. */
    bool changeSpeaker(const QString &quoteId, const QString &speakerName);
    bool changeDateValue(const QString &timexId, const QString &value, bool everyOccurrence);
    /** The text at span is a quote of kind by speakerName (an entity's name or any words; empty: nobody). */
    bool addQuote(Span span, QuoteKind kind, const QString &speakerName);
    /** The text at span (every occurrence of it) cites the source name (the text itself when empty) of kind. */
    bool addSource(Span span, const QString &name, SourceKind kind, bool everyOccurrence);
    /** The text at span (every occurrence of it) is a time expression of type with TimeML value (empty: unresolved). */
    bool addTimeExpression(Span span, TimexType type, const QString &value, bool everyOccurrence);
    /** The quote is not a quote. */
    bool dismissQuote(const QString &quoteId);
    /** The citation at citation is not one; with everyOccurrence (or an invalid span) the whole source goes. */
    bool dismissSource(const QString &sourceId, Span citation, bool everyOccurrence);
    /** The time expression (every one reading the same words, with everyOccurrence) is not one. */
    bool dismissTimeExpression(const QString &timexId, bool everyOccurrence);

Q_SIGNALS:
    void changed(Byline::Document::Changes what);
    // Fine-grained notes and corrections signals, for item models (exact row inserts) and the
    // store (one write per change). Each is followed by changed().
    /** The whole notes list was replaced (new article, stored annotations installed). */
    void notesReset();
    void noteAboutToBeAdded(int index);
    void noteAdded(int index);
    void noteChanged(int index);
    void noteAboutToBeRemoved(int index);
    void noteRemoved(const Byline::Note &note);
    void correctionAdded(int index);
    void correctionRemoved(const Byline::Correction &correction);

private:
    friend class NoteCommand;
    friend class CorrectionCommand;
    friend class AddNotesCommand;

    // The apply methods the commands call: change the data and notify.
    void insertNote(int index, const Note &note);
    /** Appends notes (or, remove, takes them away again) with one changed(Notes). */
    void appendNotes(const QList<Note> &notes, bool remove);
    void replaceNote(const Note &note);
    Note takeNote(const QString &id);
    void insertCorrection(int index, const Correction &correction);
    Correction takeCorrection(const QString &id);
    int noteIndex(const QString &id) const;
    int correctionIndex(const QString &id) const;
    void reapplyCorrections(int layers);
    Correction correctionFor(const Entity &entity, Span mention) const;

    Article m_article;
    AnalysisResult m_automatic;
    AnalysisResult m_analysis;
    bool m_analysed = false;
    QList<Note> m_notes;
    QList<Correction> m_corrections;
    UndoStack *m_undoStack = nullptr;
};

} // namespace Byline

Q_DECLARE_OPERATORS_FOR_FLAGS(Byline::Document::Changes)
