// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/span.h"
#include "panelpage.h"

class QModelIndex;
class QTreeView;

namespace Byline {

class Document;
class PanelProxyModel;
class SourceModel;

/**
 * The Sources tab: sources grouped by kind (anonymous ones flagged), each expanding to its
 * citations and the claims resting on them. Activating a row emits spanActivated() with
 * the citation or claim it stands for. GUI thread.
 */
class SourcePane : public PanelPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePane)

public:
    explicit SourcePane(Document *document, QWidget *parent = nullptr);
    ~SourcePane() override;

    SourceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /** entityId is the source's entity (may be empty). */
    void spanActivated(Byline::Span span, const QString &entityId);

protected:
    QString emptyText() const override;

private:
    void onActivated(const QModelIndex &index);

    SourceModel *m_model;
    PanelProxyModel *m_proxy;
    QTreeView *m_view;
    bool m_expandPending = false;
};

} // namespace Byline
