// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesmodel.h"

#include "model/document.h"

#include <QBrush>
#include <QFont>

namespace Byline {

NotesModel::NotesModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(int(document->notes().size()))
{
    connect(document, &Document::notesReset, this, [this]() {
        beginResetModel();
        m_rows = int(m_document->notes().size());
        endResetModel();
    });
    connect(document, &Document::noteAboutToBeAdded, this, [this](int i) { beginInsertRows(QModelIndex(), i, i); });
    connect(document, &Document::noteAdded, this, [this]() {
        ++m_rows;
        endInsertRows();
    });
    connect(document, &Document::noteAboutToBeRemoved, this, [this](int i) { beginRemoveRows(QModelIndex(), i, i); });
    connect(document, &Document::noteRemoved, this, [this]() {
        --m_rows;
        endRemoveRows();
    });
    connect(document, &Document::noteChanged, this, [this](int i) { Q_EMIT dataChanged(index(i), index(i)); });
}

NotesModel::~NotesModel() = default;

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

const Note *NotesModel::noteAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_document->notes().size())
        return nullptr;
    return &m_document->notes().at(index.row());
}

Span NotesModel::spanAt(const QModelIndex &index) const
{
    const Note *n = noteAt(index);
    return n ? n->span : Span();
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    const Note *n = noteAt(index);
    if (!n)
        return QVariant();
    const QString words = n->isOrphan() ? n->exact : m_document->article().textOf(n->span);
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = n->body.isEmpty() ? tr("“%1”").arg(words) : n->body;
        return n->tag.isEmpty() ? text : tr("%1 [%2]").arg(text, n->tag);
    }
    case Qt::ToolTipRole:
        return n->isOrphan() ? tr("Not found in the article any more: “%1”").arg(words) : tr("On “%1”").arg(words);
    case Qt::DecorationRole: return n->color.isValid() ? QVariant(n->color) : QVariant();
    case Qt::FontRole:
        if (n->isOrphan()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case IdRole: return n->id;
    case BodyRole: return n->body;
    case TagRole: return n->tag;
    case ExactRole: return words;
    case OrphanRole: return n->isOrphan();
    default: break;
    }
    return QVariant();
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(BodyRole, "body");
    names.insert(TagRole, "tag");
    names.insert(ExactRole, "exact");
    names.insert(OrphanRole, "orphan");
    return names;
}

} // namespace Byline
