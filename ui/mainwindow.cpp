// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "io/articleloader.h"
#include "model/document.h"

#include <QMessageBox>
#include <QPlainTextEdit>

namespace Byline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    setCentralWidget(m_view);
    resize(1100, 760);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    const LoadResult r = ArticleLoader::load(path);
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Cannot open article"), r.error);
        return false;
    }
    m_document->setArticle(*r.article);
    m_view->setPlainText(m_document->article().text);
    setWindowTitle(m_document->article().meta.title);
    return true;
}

} // namespace Byline
