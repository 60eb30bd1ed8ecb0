// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands_p.h"

#include "document.h"

namespace Byline {

NoteCommand::NoteCommand(Document *document, std::optional<Note> before, std::optional<Note> after, int index, const QString &text)
    : UndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_index(index)
{
}

void NoteCommand::apply(const std::optional<Note> &from, const std::optional<Note> &to)
{
    if (!from && to)
        m_document->insertNote(m_index, *to);
    else if (from && to)
        m_document->replaceNote(*to);
    else if (from && !to)
        m_document->takeNote(from->id);
}

void NoteCommand::redo()
{
    apply(m_before, m_after);
}

void NoteCommand::undo()
{
    apply(m_after, m_before);
}

AddNotesCommand::AddNotesCommand(Document *document, const QList<Note> &notes, const QString &text)
    : UndoCommand(text)
    , m_document(document)
    , m_notes(notes)
{
}

void AddNotesCommand::redo()
{
    m_document->appendNotes(m_notes, false);
}

void AddNotesCommand::undo()
{
    m_document->appendNotes(m_notes, true);
}

CorrectionCommand::CorrectionCommand(Document *document, const Correction &correction, int index, bool add, const QString &text)
    : UndoCommand(text)
    , m_document(document)
    , m_correction(correction)
    , m_index(index)
    , m_add(add)
{
}

void CorrectionCommand::apply(bool add)
{
    if (add)
        m_document->insertCorrection(m_index, m_correction);
    else
        m_document->takeCorrection(m_correction.id);
}

void CorrectionCommand::redo()
{
    apply(m_add);
}

void CorrectionCommand::undo()
{
    apply(!m_add);
}

} // namespace Byline
