// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undostack.h"

namespace Byline {

UndoStack::UndoStack(QObject *parent)
    : QObject(parent)
{
}

UndoStack::~UndoStack() = default;

UndoStack::State UndoStack::state() const
{
    return State{m_index, canUndo(), canRedo(), isClean(), undoText(), redoText()};
}

void UndoStack::notify(const State &before)
{
    const State now = state();
    if (now.index != before.index)
        Q_EMIT indexChanged(now.index);
    if (now.canUndo != before.canUndo)
        Q_EMIT canUndoChanged(now.canUndo);
    if (now.canRedo != before.canRedo)
        Q_EMIT canRedoChanged(now.canRedo);
    if (now.undoText != before.undoText)
        Q_EMIT undoTextChanged(now.undoText);
    if (now.redoText != before.redoText)
        Q_EMIT redoTextChanged(now.redoText);
    if (now.clean != before.clean)
        Q_EMIT cleanChanged(now.clean);
}

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    if (!command)
        return;
    const State before = state();
    command->redo();
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1;
    m_commands.push_back(std::move(command));
    ++m_index;
    notify(before);
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands.at(size_t(m_index - 1))->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands.at(size_t(m_index))->text() : QString();
}

const UndoCommand *UndoStack::command(int i) const
{
    return i >= 0 && i < count() ? m_commands.at(size_t(i)).get() : nullptr;
}

void UndoStack::setClean()
{
    const State before = state();
    m_cleanIndex = m_index;
    notify(before);
}

void UndoStack::clear()
{
    const State before = state();
    m_commands.clear();
    m_index = 0;
    m_cleanIndex = 0;
    notify(before);
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    const State before = state();
    --m_index;
    m_commands.at(size_t(m_index))->undo();
    notify(before);
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    const State before = state();
    m_commands.at(size_t(m_index))->redo();
    ++m_index;
    notify(before);
}

} // namespace Byline
