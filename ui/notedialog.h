// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>

class QComboBox;
class QPlainTextEdit;

#include "model/span.h"

namespace Byline {

class Document;
struct Note;

/**
 * Asks for a note's body, tag and colour ("Add Note" on a selection, "Edit Note" in the
 * Notes panel). It only collects values; the caller hands them to Document::addNote() or
 * editNote(), which makes them undoable.
 */
class NoteDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    /** quoted is the text the note is on, shown above the fields; tags fill the tag list. */
    NoteDialog(const QString &quoted, const QStringList &tags, QWidget *parent = nullptr);
    ~NoteDialog() override;

    /**
     * "Add Note" on a selection of the article: asks for the note and adds it to document
     * (one undo step), anchored with its W3C TextQuoteSelector. Returns the note id; empty when
     * the person cancelled or selection is empty.
     */
    static QString addNote(Document *document, Span selection, QWidget *parent = nullptr);
    /**
     * "Add Highlight" on a selection: a note without body in color, added in one step (one undo
     * step, no dialog). Returns the note id; empty when selection is empty.
     */
    static QString addHighlight(Document *document, Span selection, const QColor &color);
    /** The tags used in document's notes, sorted. */
    static QStringList tagsOf(const Document &document);
    /** The highlight colours offered (readable under dark text in light and dark themes). */
    static QList<QColor> highlightColors();
    /** The translated name of one of highlightColors(); the colour's #rrggbb otherwise. */
    static QString colorName(const QColor &color);

    /** Fills the fields from note (editing). */
    void setNote(const Note &note);
    /** note with body, tag and colour from the fields. */
    void apply(Note &note) const;

    QString body() const;
    QString tag() const;
    /** Invalid for the default colour. */
    QColor color() const;

private:
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_color = nullptr;
};

} // namespace Byline
