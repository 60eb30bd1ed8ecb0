// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Byline {

/** A brat T line: a typed span, possibly discontinuous; offsets in code points, end-exclusive. */
struct BratTextBound
{
    QString id;
    QString type;
    QList<QPair<int, int>> fragments;
    QString text;
};

/** A brat R line (binary relation). */
struct BratRelation
{
    QString id;
    QString type;
    QString arg1;
    QString arg2;
};

/** A brat A/M line (attribute; value empty for a binary flag). */
struct BratAttribute
{
    QString id;
    QString name;
    QString target;
    QString value;
};

/** A brat # line (AnnotatorNotes and other notes). */
struct BratNote
{
    QString id;
    QString type;
    QString target;
    QString text;
};

/** A brat * line: equivalence of several T annotations. */
struct BratEquiv
{
    QString type;
    QStringList members;
};

/**
 * Reads a brat standoff .ann file (what BratExporter writes, and what brat itself saves), for
 * importing and for round-trip tests. read() checks the syntax of every line and that every
 * referenced id exists; verify() checks the T texts against the .txt.
 * Event (E) and normalization (N) lines are accepted and ignored.
 */
class BratReader
{
public:
    /** Parses ann; false with errorString() ("line 3: …") on the first malformed line. */
    bool read(const QString &ann);
    QString errorString() const { return m_error; }

    /**
     * True when the text field of every T line equals the fragments of text (code points)
     * joined with a space; otherwise false with errorString() naming the first mismatch.
     */
    bool verify(const QString &text);

    const QList<BratTextBound> &textBounds() const { return m_textBounds; }
    const QList<BratRelation> &relations() const { return m_relations; }
    const QList<BratAttribute> &attributes() const { return m_attributes; }
    const QList<BratNote> &notes() const { return m_notes; }
    const QList<BratEquiv> &equivs() const { return m_equivs; }
    /** The T line with that id, or nullptr. */
    const BratTextBound *textBound(const QString &id) const;
    /** The text of the first AnnotatorNotes note on target, or an empty string. */
    QString noteOn(const QString &target) const;

private:
    QList<BratTextBound> m_textBounds;
    QList<BratRelation> m_relations;
    QList<BratAttribute> m_attributes;
    QList<BratNote> m_notes;
    QList<BratEquiv> m_equivs;
    QString m_error;
};

} // namespace Byline
