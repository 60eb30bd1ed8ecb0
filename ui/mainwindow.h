// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace Byline {

class Document;

/** The reader's main window: assembles the article view, the annotation panel and the actions. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Loads path; on failure shows a dialog and keeps the current article. */
    bool openFile(const QString &path);
    Document *document() const { return m_document; }

private:
    Document *m_document = nullptr;
    QPlainTextEdit *m_view = nullptr;
};

} // namespace Byline
