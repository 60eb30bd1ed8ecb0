// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "correction.h"
#include "note.h"
#include "undostack.h"

#include <QList>

#include <optional>

namespace Byline {

class Document;

/**
 * Adds, edits or removes one note (Okular's documentcommands_p.h): before is the note as it
 * was (nullopt for an add), after as it becomes (nullopt for a remove). index is where an
 * added or removed note sits in Document::notes().
 */
class NoteCommand : public UndoCommand
{
public:
    NoteCommand(Document *document, std::optional<Note> before, std::optional<Note> after, int index, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Note> &from, const std::optional<Note> &to);

    Document *m_document;
    std::optional<Note> m_before;
    std::optional<Note> m_after;
    int m_index;
};

/** Appends several notes at once (import); undo removes exactly those. */
class AddNotesCommand : public UndoCommand
{
public:
    AddNotesCommand(Document *document, const QList<Note> &notes, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QList<Note> m_notes;
};

/** Records (add) or withdraws (remove) one correction at index of Document::corrections(). */
class CorrectionCommand : public UndoCommand
{
public:
    CorrectionCommand(Document *document, const Correction &correction, int index, bool add, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(bool add);

    Document *m_document;
    Correction m_correction;
    int m_index;
    bool m_add;
};

} // namespace Byline
