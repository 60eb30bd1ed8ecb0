// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Byline {

/**
 * One undoable decision (Qt's QUndoCommand without the widgets dependency: Qt 5 keeps
 * QUndoStack in the widgets module, which app/ may not use).
 *
 * redo() does the change, the first time too; undo() reverts it exactly. Both run on the
 * thread that owns the stack.
 */
class UndoCommand
{
public:
    explicit UndoCommand(const QString &text = QString()) : m_text(text) { }
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand &) = delete;
    UndoCommand &operator=(const UndoCommand &) = delete;

    virtual void redo() = 0;
    virtual void undo() = 0;

    /** What the Edit menu shows after "Undo"/"Redo": "Add Note", "Retype Entity". */
    QString text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }

private:
    QString m_text;
};

/**
 * A linear undo history (the parts of QUndoStack Byline uses). Document owns one; the GUI
 * wraps it with QActions (undo()/redo() slots, canUndoChanged()/undoTextChanged() signals).
 *
 * index() is the number of commands currently applied; commands above it can be redone
 * until the next push() discards them. The clean index marks the state last declared clean
 * (setClean()); it becomes unreachable (-1) when the commands it stood on are discarded.
 */
class UndoStack : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoStack)

public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    /** Runs command->redo() and records it; commands that were undone are discarded. */
    void push(std::unique_ptr<UndoCommand> command);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < int(m_commands.size()); }
    /** Text of the command undo() would revert; empty when none. */
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; }
    /** The command at i (0 = oldest), or nullptr. */
    const UndoCommand *command(int i) const;

    bool isClean() const { return m_index == m_cleanIndex; }
    int cleanIndex() const { return m_cleanIndex; }
    void setClean();

    /** Forgets every command (a new article); the empty stack is clean. */
    void clear();

public Q_SLOTS:
    void undo();
    void redo();

Q_SIGNALS:
    void indexChanged(int index);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &text);
    void redoTextChanged(const QString &text);
    void cleanChanged(bool clean);

private:
    struct State
    {
        int index;
        bool canUndo, canRedo, clean;
        QString undoText, redoText;
    };
    State state() const;
    void notify(const State &before);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    int m_cleanIndex = 0;
};

} // namespace Byline
