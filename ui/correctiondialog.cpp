// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctiondialog.h"
#include "labels.h"

#include "model/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Byline {

namespace {

QList<std::pair<QString, int>> quoteKinds()
{
    return {{CorrectionDialog::tr("Direct (the words in quotation marks)"), int(QuoteKind::Direct)},
            {CorrectionDialog::tr("Indirect (reported speech)"), int(QuoteKind::Indirect)},
            {CorrectionDialog::tr("Partial (a few words quoted in a sentence)"), int(QuoteKind::Partial)}};
}

QList<std::pair<QString, int>> sourceKinds()
{
    return {{CorrectionDialog::tr("News outlet"), int(SourceKind::Outlet)},
            {CorrectionDialog::tr("News agency"), int(SourceKind::Agency)},
            {CorrectionDialog::tr("Official"), int(SourceKind::Official)},
            {CorrectionDialog::tr("Document or report"), int(SourceKind::Document)},
            {CorrectionDialog::tr("Anonymous"), int(SourceKind::Anonymous)}};
}

QList<std::pair<QString, int>> timexTypes()
{
    return {{CorrectionDialog::tr("Date"), int(TimexType::Date)},
            {CorrectionDialog::tr("Time of day"), int(TimexType::Time)},
            {CorrectionDialog::tr("Duration"), int(TimexType::Duration)},
            {CorrectionDialog::tr("Recurring (set)"), int(TimexType::Set)}};
}

// The names a speaker is usually chosen from: the people and organisations of the analysis.
QStringList speakerNames(const Document *document)
{
    QStringList names;
    for (const Entity &e : document->analysis().entities)
        if (e.type == EntityType::Person || e.type == EntityType::Organization)
            names << e.name;
    return names;
}

QString shortened(const QString &words, int max = 120)
{
    return words.size() > max ? words.left(max) + QStringLiteral("…") : words;
}

bool isSelection(const Document *document, Span selection)
{
    return document && !selection.isEmpty() && selection.end <= document->article().text.size();
}

const Entity *entityOf(const Document *document, const QString &id)
{
    return document ? document->analysis().entity(id) : nullptr;
}

} // namespace

CorrectionDialog::CorrectionDialog(const QString &title, const QString &about, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setWindowTitle(title);
    auto *label = new QLabel(about, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

CorrectionDialog::~CorrectionDialog() = default;

QComboBox *CorrectionDialog::addTypeField(EntityType current)
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("correctionType"));
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Outlet, EntityType::Other})
        m_type->addItem(Labels::entityType(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(current)));
    m_form->addRow(tr("&Type:"), m_type);
    return m_type;
}

EntityType CorrectionDialog::type() const
{
    return m_type ? EntityType(m_type->currentData().toInt()) : EntityType::Other;
}

QLineEdit *CorrectionDialog::addNameField(const QString &label, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(QStringLiteral("correctionName"));
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *CorrectionDialog::addChoiceField(const QString &label, const QStringList &choices, bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("correctionChoice"));
    combo->setEditable(editable);
    combo->addItems(choices);
    m_form->addRow(label, combo);
    return combo;
}

QCheckBox *CorrectionDialog::addEveryOccurrenceField(const QString &label, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(QStringLiteral("correctionEvery"));
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    return box;
}

QComboBox *CorrectionDialog::addKindField(const QString &label, const QList<std::pair<QString, int>> &kinds, int current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("correctionKind"));
    for (const auto &[text, value] : kinds)
        combo->addItem(text, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    m_form->addRow(label, combo);
    return combo;
}

QLineEdit *CorrectionDialog::addValueField(const QString &value)
{
    QLineEdit *edit = addNameField(tr("&Value:"), value);
    // TimeML values: dates, weeks, times, durations and the *_REF words; a loose check against typos.
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([0-9X]{2,4}(-[0-9WXQHSUFAWI]{1,3}(-[0-9X]{1,2})?)?(T[0-9:MOAFEVNI]+)?|P[0-9.YMWDTHS]+|[A-Z]+_REF)?$")), edit));
    return edit;
}

bool CorrectionDialog::markAsEntity(Document *document, Span selection, QWidget *parent)
{
    if (!document || selection.isEmpty() || selection.end > document->article().text.size())
        return false;
    const QString words = document->article().textOf(selection).simplified();
    CorrectionDialog dialog(tr("Mark as Entity"), tr("“%1” is an entity.").arg(words), parent);
    dialog.addTypeField(EntityType::Person);
    QLineEdit *name = dialog.addNameField(tr("&Name:"), words);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(words), true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->addEntity(selection, dialog.type(), name->text(), every->isChecked());
}

bool CorrectionDialog::retypeEntity(Document *document, const QString &entityId, QWidget *parent)
{
    const Entity *e = entityOf(document, entityId);
    if (!e)
        return false;
    CorrectionDialog dialog(tr("Change Entity Type"), tr("What is “%1”?").arg(e->name), parent);
    dialog.addTypeField(e->type);
    if (dialog.exec() != QDialog::Accepted || dialog.type() == e->type)
        return false;
    return document->retypeEntity(entityId, dialog.type());
}

bool CorrectionDialog::renameEntity(Document *document, const QString &entityId, QWidget *parent)
{
    const Entity *e = entityOf(document, entityId);
    if (!e)
        return false;
    CorrectionDialog dialog(tr("Rename Entity"), tr("The name every mention of “%1” is listed under.").arg(e->name), parent);
    QLineEdit *name = dialog.addNameField(tr("&Name:"), e->name);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed() == e->name)
        return false;
    return document->renameEntity(entityId, name->text());
}

bool CorrectionDialog::mergeEntity(Document *document, const QString &entityId, QWidget *parent)
{
    const Entity *e = entityOf(document, entityId);
    if (!e)
        return false;
    QStringList names;
    QStringList ids;
    for (const Entity &other : document->analysis().entities) {
        if (other.id != entityId) {
            names << QStringLiteral("%1 (%2)").arg(other.name, Labels::entityType(other.type));
            ids << other.id;
        }
    }
    if (ids.isEmpty())
        return false;
    CorrectionDialog dialog(tr("Merge Entities"), tr("Which entity is the same as “%1”?").arg(e->name), parent);
    QComboBox *choice = dialog.addChoiceField(tr("&Same as:"), names, false);
    if (dialog.exec() != QDialog::Accepted || choice->currentIndex() < 0)
        return false;
    return document->mergeEntities(entityId, ids.at(choice->currentIndex()));
}

bool CorrectionDialog::splitAlias(Document *document, const QString &entityId, Span mention, QWidget *parent)
{
    const Entity *e = entityOf(document, entityId);
    if (!e || !mention.isValid())
        return false;
    const QString words = document->article().textOf(mention);
    CorrectionDialog dialog(tr("Split Alias"), tr("“%1” is not “%2” but an entity of its own.").arg(words, e->name), parent);
    dialog.addTypeField(e->type);
    QLineEdit *name = dialog.addNameField(tr("&Name:"), words);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(words), true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->splitAlias(entityId, mention, dialog.type(), name->text(), every->isChecked());
}

bool CorrectionDialog::dismissEntity(Document *document, const QString &entityId, Span mention, QWidget *parent)
{
    const Entity *e = entityOf(document, entityId);
    if (!e)
        return false;
    CorrectionDialog dialog(tr("Dismiss Entity"), tr("This is not an entity: “%1”.").arg(mention.isValid() ? document->article().textOf(mention) : e->name),
                            parent);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Dismiss &every mention of “%1”").arg(e->name), !mention.isValid());
    every->setEnabled(mention.isValid());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->dismissEntity(entityId, mention, every->isChecked());
}

bool CorrectionDialog::changeSpeaker(Document *document, const QString &quoteId, QWidget *parent)
{
    const Quote *quote = document ? document->analysis().quote(quoteId) : nullptr;
    if (!quote)
        return false;
    const QString words = document->article().textOf(quote->span);
    CorrectionDialog dialog(tr("Change Speaker"), tr("Who said “%1”? Leave empty for nobody.").arg(shortened(words)), parent);
    QComboBox *speaker = dialog.addChoiceField(tr("&Speaker:"), speakerNames(document), true);
    speaker->setCurrentText(quote->speaker ? quote->speaker->name : QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->changeSpeaker(quoteId, speaker->currentText());
}

bool CorrectionDialog::changeDateValue(Document *document, const QString &timexId, QWidget *parent)
{
    const TimeExpression *timex = document ? document->analysis().timeExpression(timexId) : nullptr;
    if (!timex)
        return false;
    const QString words = document->article().textOf(timex->span);
    CorrectionDialog dialog(tr("Change Date"), tr("When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.").arg(words), parent);
    QLineEdit *value = dialog.addValueField(timex->value);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(words), false);
    if (dialog.exec() != QDialog::Accepted || !value->hasAcceptableInput())
        return false;
    return document->changeDateValue(timexId, value->text(), every->isChecked());
}

bool CorrectionDialog::markAsQuote(Document *document, Span selection, QWidget *parent)
{
    if (!isSelection(document, selection))
        return false;
    const QString words = document->article().textOf(selection).simplified();
    CorrectionDialog dialog(tr("Mark as Quote"), tr("“%1” is a quote.").arg(shortened(words)), parent);
    QComboBox *kind = dialog.addKindField(tr("&Kind:"), quoteKinds(), int(QuoteKind::Direct));
    QComboBox *speaker = dialog.addChoiceField(tr("&Speaker:"), speakerNames(document), true);
    speaker->setCurrentText(QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->addQuote(selection, QuoteKind(kind->currentData().toInt()), speaker->currentText());
}

bool CorrectionDialog::markAsSource(Document *document, Span selection, QWidget *parent)
{
    if (!isSelection(document, selection))
        return false;
    const QString words = document->article().textOf(selection).simplified();
    CorrectionDialog dialog(tr("Mark as Source"), tr("“%1” names a source the article relies on.").arg(shortened(words)), parent);
    QLineEdit *name = dialog.addNameField(tr("&Name:"), words);
    QComboBox *kind = dialog.addKindField(tr("&Kind:"), sourceKinds(), int(SourceKind::Outlet));
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(shortened(words, 60)), true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->addSource(selection, name->text(), SourceKind(kind->currentData().toInt()), every->isChecked());
}

bool CorrectionDialog::markAsTimeExpression(Document *document, Span selection, QWidget *parent)
{
    if (!isSelection(document, selection))
        return false;
    const QString words = document->article().textOf(selection).simplified();
    CorrectionDialog dialog(tr("Mark as Date"),
                            tr("“%1” is a time expression. Its TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W; empty when unknown.")
                                .arg(shortened(words)),
                            parent);
    QComboBox *type = dialog.addKindField(tr("&Kind:"), timexTypes(), int(TimexType::Date));
    QLineEdit *value = dialog.addValueField(QString());
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(shortened(words, 60)), false);
    if (dialog.exec() != QDialog::Accepted || !value->hasAcceptableInput())
        return false;
    return document->addTimeExpression(selection, TimexType(type->currentData().toInt()), value->text(), every->isChecked());
}

bool CorrectionDialog::dismissSource(Document *document, const QString &sourceId, Span citation, QWidget *parent)
{
    const Source *source = document ? document->analysis().source(sourceId) : nullptr;
    if (!source)
        return false;
    CorrectionDialog dialog(tr("Dismiss Source"),
                            tr("This is not a source: “%1”.").arg(citation.isValid() ? document->article().textOf(citation) : source->name), parent);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Dismiss &every citation of “%1”").arg(source->name), !citation.isValid());
    every->setEnabled(citation.isValid());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->dismissSource(sourceId, citation, every->isChecked());
}

bool CorrectionDialog::dismissTimeExpression(Document *document, const QString &timexId, QWidget *parent)
{
    const TimeExpression *timex = document ? document->analysis().timeExpression(timexId) : nullptr;
    if (!timex)
        return false;
    const QString words = document->article().textOf(timex->span);
    CorrectionDialog dialog(tr("Dismiss Date"), tr("This is not a time expression: “%1”.").arg(words), parent);
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(words), false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->dismissTimeExpression(timexId, every->isChecked());
}

} // namespace Byline
