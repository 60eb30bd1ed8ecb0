// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QUrl;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Byline {

class Document;

/**
 * File › Export Annotations…: the Markdown export with its options and a live preview.
 *
 * Left, the options (sections, context excerpts, heading level, front matter, a template file of
 * the person's own); right, the Markdown source (highlighted with KSyntaxHighlighting's
 * "Markdown" definition when Byline is built with it) beside the rendered result
 * (QTextDocument's Markdown, without the front matter). Every change re-renders at once; the
 * preview is exactly what Save… writes and Copy puts on the clipboard, the same text
 * `byline analyze --format markdown` writes for the same options.
 *
 * Reads the document only; re-renders when it changes. The document must outlive the dialog.
 * GUI thread.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const Document &document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    /** Sets the controls (and so the preview) from options. */
    void setOptions(const ExportOptions &options);
    /** The current export: what Save… writes; empty when the template is broken. */
    QString markdown() const { return m_markdown; }
    /** Why there is no export (a broken template), or empty. */
    QString errorString() const { return m_error; }
    /** The highlighting definition of the source view ("Markdown"), or empty without KSyntaxHighlighting. */
    QString highlightingDefinition() const;

    /** Writes markdown() to path atomically; false with errorString() set on failure. */
    bool saveTo(const QString &path);

public Q_SLOTS:
    /** Asks for a file name, then saveTo(); reports a failure in a message box. */
    void save();
    void copyToClipboard();

Q_SIGNALS:
    /** The preview was rebuilt (after any option or document change). */
    void previewUpdated();
    /** A byline:// link in the rendered preview was clicked (for the main window to jump there). */
    void linkActivated(const QUrl &url);

private:
    void updatePreview();
    void chooseTemplate();

    const Document &m_document;
    QCheckBox *m_entities = nullptr;
    QCheckBox *m_quotes = nullptr;
    QCheckBox *m_sources = nullptr;
    QCheckBox *m_timeline = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_context = nullptr;
    QCheckBox *m_frontMatter = nullptr;
    QCheckBox *m_englishLabels = nullptr;
    QSpinBox *m_headingLevel = nullptr;
    QLineEdit *m_template = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QString m_markdown;
    QString m_error;
    KSyntaxHighlighting::Repository *m_repository = nullptr; ///< owned; only with KSyntaxHighlighting
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Byline
