// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/markdownexporter.h"
#include "model/document.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifdef BYLINE_HAVE_KSH
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Byline {

ExportDialog::ExportDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Annotations"));

    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionsLayout = new QVBoxLayout(sections);
    auto addBox = [&](QCheckBox *&box, const QString &text, const char *name) {
        box = new QCheckBox(text);
        box->setObjectName(QString::fromLatin1(name));
        box->setChecked(true);
        sectionsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    };
    addBox(m_entities, tr("&Entities"), "entities");
    addBox(m_quotes, tr("&Quotes"), "quotes");
    addBox(m_sources, tr("&Sources"), "sources");
    addBox(m_timeline, tr("&Timeline"), "timeline");
    addBox(m_notes, tr("&Notes"), "notes");

    auto *layoutBox = new QGroupBox(tr("Layout"));
    auto *form = new QFormLayout(layoutBox);
    m_context = new QCheckBox(tr("Paragraph after each quote"));
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setChecked(true);
    connect(m_context, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    form->addRow(tr("Context excerpts:"), m_context);
    m_frontMatter = new QCheckBox(tr("YAML: title, source, counts"));
    m_frontMatter->setObjectName(QStringLiteral("frontMatter"));
    m_frontMatter->setChecked(true);
    connect(m_frontMatter, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    form->addRow(tr("Front matter:"), m_frontMatter);
    m_englishLabels = new QCheckBox(tr("Keep headings and labels in English"));
    m_englishLabels->setObjectName(QStringLiteral("englishLabels"));
    m_englishLabels->setToolTip(tr("Off: the export speaks the interface language."));
    connect(m_englishLabels, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    form->addRow(tr("Language:"), m_englishLabels);
    m_headingLevel = new QSpinBox;
    m_headingLevel->setObjectName(QStringLiteral("headingLevel"));
    m_headingLevel->setRange(1, 4);
    m_headingLevel->setToolTip(tr("Level of the title heading; sections are one level deeper."));
    connect(m_headingLevel, qOverload<int>(&QSpinBox::valueChanged), this, &ExportDialog::updatePreview);
    form->addRow(tr("&Heading level:"), m_headingLevel);
    m_template = new QLineEdit;
    m_template->setObjectName(QStringLiteral("template"));
    m_template->setPlaceholderText(tr("Built-in layout"));
    m_template->setClearButtonEnabled(true);
    connect(m_template, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseTemplate);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template);
    templateRow->addWidget(browse);
    auto *templateLabel = new QLabel(tr("Te&mplate:"));
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, templateRow);

    auto *options = new QVBoxLayout;
    options->addWidget(sections);
    options->addWidget(layoutBox);
    options->addStretch();

    m_source = new QPlainTextEdit;
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rendered = new QTextBrowser;
    m_rendered->setObjectName(QStringLiteral("rendered"));
    m_rendered->setOpenLinks(false);
    connect(m_rendered, &QTextBrowser::anchorClicked, this, &ExportDialog::linkActivated);
    auto *preview = new QSplitter(Qt::Horizontal);
    preview->addWidget(m_source);
    preview->addWidget(m_rendered);
    preview->setSizes({1, 1});

#ifdef BYLINE_HAVE_KSH
    m_repository = new KSyntaxHighlighting::Repository;
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_source->document());
    m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("Markdown")));
    m_highlighter->setTheme(m_repository->themeForPalette(palette()));
#endif

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_copyButton = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(options, 0);
    top->addWidget(preview, 1);
    auto *main = new QVBoxLayout(this);
    main->addLayout(top, 1);
    main->addWidget(m_status);
    main->addWidget(buttons);
    resize(1200, 750);

    connect(&m_document, &Document::changed, this, &ExportDialog::updatePreview);
    updatePreview();
}

ExportDialog::~ExportDialog()
{
#ifdef BYLINE_HAVE_KSH
    delete m_highlighter; // before the repository its definition belongs to
    delete m_repository;
#endif
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.includeEntities = m_entities->isChecked();
    o.includeQuotes = m_quotes->isChecked();
    o.includeSources = m_sources->isChecked();
    o.includeTimeline = m_timeline->isChecked();
    o.includeNotes = m_notes->isChecked();
    o.includeContext = m_context->isChecked();
    o.frontMatter = m_frontMatter->isChecked();
    o.englishLabels = m_englishLabels->isChecked();
    o.headingLevel = m_headingLevel->value();
    o.templatePath = m_template->text().trimmed();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    // One preview for the whole change, not one per control.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_entities), QSignalBlocker(m_quotes),       QSignalBlocker(m_sources),
                                       QSignalBlocker(m_timeline), QSignalBlocker(m_notes),        QSignalBlocker(m_context),
                                       QSignalBlocker(m_frontMatter), QSignalBlocker(m_headingLevel), QSignalBlocker(m_template),
                                       QSignalBlocker(m_englishLabels)};
    Q_UNUSED(blockers)
    m_entities->setChecked(o.includeEntities);
    m_quotes->setChecked(o.includeQuotes);
    m_sources->setChecked(o.includeSources);
    m_timeline->setChecked(o.includeTimeline);
    m_notes->setChecked(o.includeNotes);
    m_context->setChecked(o.includeContext);
    m_frontMatter->setChecked(o.frontMatter);
    m_englishLabels->setChecked(o.englishLabels);
    m_headingLevel->setValue(o.headingLevel);
    m_template->setText(o.templatePath);
    updatePreview();
}

QString ExportDialog::highlightingDefinition() const
{
#ifdef BYLINE_HAVE_KSH
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
#else
    return QString();
#endif
}

void ExportDialog::updatePreview()
{
    MarkdownExporter exporter;
    m_markdown = exporter.render(m_document, options());
    m_error = exporter.errorString();
    // Keep the reading position while options change: a live preview that jumps to the top is useless.
    const int sourceScroll = m_source->verticalScrollBar()->value();
    const int renderedScroll = m_rendered->verticalScrollBar()->value();
    m_source->setPlainText(m_markdown);
    // QTextDocument knows no front matter: it would show it as a rule and a heading.
    QString body = m_markdown;
    if (body.startsWith(QLatin1String("---\n"))) {
        const int end = body.indexOf(QLatin1String("\n---\n"), 3);
        if (end >= 0)
            body.remove(0, end + 5);
    }
    m_rendered->document()->setMarkdown(body, QTextDocument::MarkdownDialectGitHub);
    // A new document leaves the cursor at its end, which would scroll there when shown.
    m_rendered->moveCursor(QTextCursor::Start);
    m_source->verticalScrollBar()->setValue(sourceScroll);
    m_rendered->verticalScrollBar()->setValue(renderedScroll);
    m_status->setText(m_error);
    m_status->setVisible(!m_error.isEmpty());
    m_saveButton->setEnabled(m_error.isEmpty());
    m_copyButton->setEnabled(m_error.isEmpty());
    Q_EMIT previewUpdated();
}

void ExportDialog::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Template"), QFileInfo(m_template->text()).path(),
                                                      tr("Markdown templates (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_template->setText(path);
}

bool ExportDialog::saveTo(const QString &path)
{
    if (m_markdown.isEmpty())
        return false; // the template is broken: errorString() says why
    QSaveFile file(path);
    const QByteArray data = m_markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::save()
{
    const QString base = QFileInfo(m_document.article().meta.path).completeBaseName();
    const QString suggested = QFileInfo(m_document.article().meta.path).dir().filePath(base + QStringLiteral("-annotations.md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Annotations"), suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path)) {
        QMessageBox::warning(this, tr("Export Annotations"), m_error);
        m_error.clear();
    }
}

void ExportDialog::copyToClipboard()
{
    if (!m_markdown.isEmpty())
        QGuiApplication::clipboard()->setText(m_markdown);
}

} // namespace Byline
