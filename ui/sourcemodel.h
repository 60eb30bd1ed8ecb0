// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "roles.h"

#include <QAbstractItemModel>

namespace Byline {

/**
 * The Sources tab: a tree of source kinds (one group row per SourceKind, always present)
 * → sources → their citations (cue and a line of context) → the quotes (claims) resting on
 * each citation. Anonymous sources are flagged in their name and tooltip.
 * Columns: name, count (citations of a source, claims of a citation).
 *
 * A new article resets the model; a new analysis updates rows by source id. GUI thread.
 */
class SourceModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit SourceModel(Document *document, QObject *parent = nullptr);
    ~SourceModel() override;

    /** Group, Source, Citation, or Quote for a claim row. */
    NodeKind kindAt(const QModelIndex &index) const;
    /** The source of a source, citation or claim row. */
    const Source *sourceAt(const QModelIndex &index) const;
    /** A citation's span, a claim's quote span, a source's first citation; invalid for groups. */
    Span spanAt(const QModelIndex &index) const;
    QModelIndex indexOfSource(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int GroupCount = 5;
    struct Address
    {
        NodeKind kind = NodeKind::Group;
        int group = -1;
        int source = -1;
        int citation = -1;
        int claim = -1;
    };

    Address addressOf(const QModelIndex &index) const;
    const Quote *claimQuote(const Address &a) const;
    void onDocumentChanged(Document::Changes what);
    void reload();
    QList<Source> sourcesOfKind(int group) const;
    void syncGroup(int group);

    Document *m_document;
    QList<Source> m_groups[GroupCount];
};

} // namespace Byline
