// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/quote.h"
#include "model/source.h"
#include "model/span.h"
#include "model/timeexpression.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Byline {

class Document;

/**
 * Asks for one correction to the analysis and records it on the Document (one undo step).
 * Each static function is what a menu action calls; it returns false when the person
 * cancelled or the target does not exist. The fields carry object names ("correctionType",
 * "correctionName", "correctionChoice", "correctionKind", "correctionEvery") for tests and accessibility.
 */
class CorrectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionDialog)

public:
    /** The selection is an entity: type, name, and whether every occurrence of the words is. */
    static bool markAsEntity(Document *document, Span selection, QWidget *parent = nullptr);
    static bool retypeEntity(Document *document, const QString &entityId, QWidget *parent = nullptr);
    static bool renameEntity(Document *document, const QString &entityId, QWidget *parent = nullptr);
    /** Picks another entity to merge into entityId. */
    static bool mergeEntity(Document *document, const QString &entityId, QWidget *parent = nullptr);
    /** The mention (every mention with the same words, if asked) becomes an entity of its own. */
    static bool splitAlias(Document *document, const QString &entityId, Span mention, QWidget *parent = nullptr);
    /** Not an entity: this mention, or (checkbox, or an invalid mention) the whole entity. */
    static bool dismissEntity(Document *document, const QString &entityId, Span mention, QWidget *parent = nullptr);
    static bool changeSpeaker(Document *document, const QString &quoteId, QWidget *parent = nullptr);
    static bool changeDateValue(Document *document, const QString &timexId, QWidget *parent = nullptr);
    /** The selection is a quote: its kind and who said it (an entity's name or any words; empty: nobody). */
    static bool markAsQuote(Document *document, Span selection, QWidget *parent = nullptr);
    /** The selection cites a source: its name, kind, and whether every occurrence of the words does. */
    static bool markAsSource(Document *document, Span selection, QWidget *parent = nullptr);
    /** The selection is a time expression: its type, TimeML value, and whether every occurrence is. */
    static bool markAsTimeExpression(Document *document, Span selection, QWidget *parent = nullptr);
    /** Not a source: this citation, or (checkbox, or an invalid citation) the whole source. */
    static bool dismissSource(Document *document, const QString &sourceId, Span citation, QWidget *parent = nullptr);
    /** Not a time expression: this one, or (checkbox) every one reading the same words. */
    static bool dismissTimeExpression(Document *document, const QString &timexId, QWidget *parent = nullptr);

    CorrectionDialog(const QString &title, const QString &about, QWidget *parent = nullptr);
    ~CorrectionDialog() override;

    QComboBox *addTypeField(EntityType current);
    QLineEdit *addNameField(const QString &label, const QString &text);
    QComboBox *addChoiceField(const QString &label, const QStringList &choices, bool editable);
    QCheckBox *addEveryOccurrenceField(const QString &label, bool checked);
    /** A list of labelled enum values (quote kind, source kind, time type), current selected; currentData() is the int value. */
    QComboBox *addKindField(const QString &label, const QList<std::pair<QString, int>> &kinds, int current);
    /** A TimeML value field with a loose check against typos (hasAcceptableInput()). */
    QLineEdit *addValueField(const QString &value);
    /** The type chosen in the type field. */
    EntityType type() const;

private:
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace Byline
