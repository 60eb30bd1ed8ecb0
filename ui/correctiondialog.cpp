// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctiondialog.h"

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

QString typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person: return CorrectionDialog::tr("Person");
    case EntityType::Organization: return CorrectionDialog::tr("Organization");
    case EntityType::Location: return CorrectionDialog::tr("Location");
    case EntityType::Outlet: return CorrectionDialog::tr("Outlet");
    case EntityType::Other: break;
    }
    return CorrectionDialog::tr("Other");
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
        m_type->addItem(typeLabel(t), int(t));
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
            names << QStringLiteral("%1 (%2)").arg(other.name, typeLabel(other.type));
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
    if (!document)
        return false;
    const Quote *quote = nullptr;
    for (const Quote &q : document->analysis().quotes)
        if (q.id == quoteId)
            quote = &q;
    if (!quote)
        return false;
    QStringList people;
    for (const Entity &e : document->analysis().entities)
        if (e.type == EntityType::Person || e.type == EntityType::Organization)
            people << e.name;
    const QString words = document->article().textOf(quote->span);
    CorrectionDialog dialog(tr("Change Speaker"),
                            tr("Who said “%1”? Leave empty for nobody.").arg(words.size() > 120 ? words.left(120) + QStringLiteral("…") : words),
                            parent);
    QComboBox *speaker = dialog.addChoiceField(tr("&Speaker:"), people, true);
    speaker->setCurrentText(quote->speaker ? quote->speaker->name : QString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return document->changeSpeaker(quoteId, speaker->currentText());
}

bool CorrectionDialog::changeDateValue(Document *document, const QString &timexId, QWidget *parent)
{
    if (!document)
        return false;
    const TimeExpression *timex = nullptr;
    for (const TimeExpression &t : document->analysis().timeline)
        if (t.id == timexId)
            timex = &t;
    if (!timex)
        return false;
    const QString words = document->article().textOf(timex->span);
    CorrectionDialog dialog(tr("Change Date"), tr("When is “%1”? A TimeML value: 2021-11-15, 2021-W46, 2021-11, P3W.").arg(words), parent);
    QLineEdit *value = dialog.addNameField(tr("&Value:"), timex->value);
    // TimeML values: dates, weeks, times, durations and the *_REF words; a loose check against typos.
    value->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([0-9X]{2,4}(-[0-9WXQHSUFAWI]{1,3}(-[0-9X]{1,2})?)?(T[0-9:MOAFEVNI]+)?|P[0-9.YMWDTHS]+|[A-Z]+_REF)?$")), value));
    QCheckBox *every = dialog.addEveryOccurrenceField(tr("Apply to &every occurrence of “%1”").arg(words), false);
    if (dialog.exec() != QDialog::Accepted || !value->hasAcceptableInput())
        return false;
    return document->changeDateValue(timexId, value->text(), every->isChecked());
}

} // namespace Byline
