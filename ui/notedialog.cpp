// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include "io/textanchor.h"
#include "model/document.h"
#include "model/note.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace Byline {

NoteDialog::NoteDialog(const QString &quoted, const QStringList &tags, QWidget *parent)
    : QDialog(parent)
    , m_body(new QPlainTextEdit(this))
    , m_tag(new QComboBox(this))
    , m_color(new QComboBox(this))
{
    setWindowTitle(tr("Note"));
    auto *quote = new QLabel(tr("On “%1”").arg(quoted.size() > 200 ? quoted.left(200) + QStringLiteral("…") : quoted), this);
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("noteBody"));
    m_body->setPlaceholderText(tr("Your note (leave empty for a plain highlight)"));
    m_body->setTabChangesFocus(true);
    m_tag->setObjectName(QStringLiteral("noteTag"));
    m_tag->setEditable(true);
    m_tag->addItem(QString());
    m_tag->addItems(tags);
    m_color->setObjectName(QStringLiteral("noteColor"));
    m_color->addItem(tr("Default"), QColor());
    for (const QColor &c : highlightColors())
        m_color->addItem(colorName(c), c);

    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_body);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Colour:"), m_color);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_body->setFocus();
}

NoteDialog::~NoteDialog() = default;

QStringList NoteDialog::tagsOf(const Document &document)
{
    QSet<QString> set;
    for (const Note &n : document.notes())
        if (!n.tag.isEmpty())
            set.insert(n.tag);
    QStringList tags(set.cbegin(), set.cend());
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return tags;
}

QList<QColor> NoteDialog::highlightColors()
{
    return {QColor(0xff, 0xe0, 0x66), QColor(0x9b, 0xe0, 0x9b), QColor(0x99, 0xcc, 0xff), QColor(0xff, 0xb3, 0xd1)};
}

QString NoteDialog::colorName(const QColor &color)
{
    const QList<QColor> colors = highlightColors();
    const QStringList names{tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink")};
    const int i = int(colors.indexOf(color));
    return i >= 0 ? names.at(i) : color.name();
}

namespace {

// A note on selection of text, anchored with its W3C TextQuoteSelector.
Note anchoredNote(const QString &text, Span selection)
{
    Note note;
    note.span = selection;
    const TextAnchor::Selector selector = TextAnchor::describe(text, selection);
    note.exact = selector.exact;
    note.prefix = selector.prefix;
    note.suffix = selector.suffix;
    return note;
}

} // namespace

QString NoteDialog::addHighlight(Document *document, Span selection, const QColor &color)
{
    const QString &text = document->article().text;
    if (selection.isEmpty() || selection.end > text.size())
        return QString();
    Note note = anchoredNote(text, selection);
    note.color = color;
    return document->addNote(note);
}

QString NoteDialog::addNote(Document *document, Span selection, QWidget *parent)
{
    const QString &text = document->article().text;
    if (selection.isEmpty() || selection.end > text.size())
        return QString();
    NoteDialog dialog(document->article().textOf(selection), tagsOf(*document), parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    Note note = anchoredNote(text, selection);
    dialog.apply(note);
    return document->addNote(note);
}

void NoteDialog::setNote(const Note &note)
{
    m_body->setPlainText(note.body);
    m_tag->setCurrentText(note.tag);
    int colorIndex = m_color->findData(note.color);
    if (colorIndex < 0 && note.color.isValid()) {
        m_color->addItem(colorName(note.color), note.color);
        colorIndex = m_color->count() - 1;
    }
    m_color->setCurrentIndex(qMax(0, colorIndex));
}

void NoteDialog::apply(Note &note) const
{
    note.body = body();
    note.tag = tag();
    note.color = color();
}

QString NoteDialog::body() const
{
    return m_body->toPlainText().trimmed();
}

QString NoteDialog::tag() const
{
    return m_tag->currentText().trimmed();
}

QColor NoteDialog::color() const
{
    return m_color->currentData().value<QColor>();
}

} // namespace Byline
