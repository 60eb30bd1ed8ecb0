// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Byline {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::BratReader", s);
}

} // namespace

bool BratReader::read(const QString &ann)
{
    *this = BratReader();
    static const QRegularExpression offsetsPattern(QStringLiteral("^(\\d+) (\\d+)$"));
    static const QRegularExpression idPattern(QStringLiteral("^[TRAMENE#*][0-9]*$"));
    QSet<QString> ids;
    QList<QPair<int, QString>> references; // line, id that must exist

    const QStringList lines = ann.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const int lineNo = n + 1;
        auto fail = [this, lineNo](const QString &why) {
            m_error = tr("line %1: %2").arg(lineNo).arg(why);
            return false;
        };
        const int tab1 = line.indexOf(QLatin1Char('\t'));
        if (tab1 < 0)
            return fail(tr("no tab after the id"));
        const QString id = line.left(tab1);
        const int tab2 = line.indexOf(QLatin1Char('\t'), tab1 + 1);
        const QString middle = tab2 < 0 ? line.mid(tab1 + 1) : line.mid(tab1 + 1, tab2 - tab1 - 1);
        const QString last = tab2 < 0 ? QString() : line.mid(tab2 + 1);
        const QStringList fields = middle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (id.isEmpty() || !idPattern.match(id).hasMatch() || fields.isEmpty())
            return fail(tr("malformed line \"%1\"").arg(line));
        if (id != QLatin1String("*")) {
            if (ids.contains(id))
                return fail(tr("the id %1 is used twice").arg(id));
            ids.insert(id);
        }

        switch (id.at(0).unicode()) {
        case 'T': {
            if (tab2 < 0 || fields.size() < 3)
                return fail(tr("a T line needs a type, offsets and the text"));
            BratTextBound t;
            t.id = id;
            t.type = fields.first();
            const QString offsets = middle.mid(middle.indexOf(QLatin1Char(' ')) + 1);
            for (const QString &fragment : offsets.split(QLatin1Char(';'))) {
                const QRegularExpressionMatch m = offsetsPattern.match(fragment.trimmed());
                if (!m.hasMatch())
                    return fail(tr("bad offsets \"%1\"").arg(fragment));
                const int start = m.captured(1).toInt(), end = m.captured(2).toInt();
                if (end < start)
                    return fail(tr("the fragment %1 ends before it starts").arg(fragment));
                t.fragments.append(qMakePair(start, end));
            }
            t.text = last;
            m_textBounds.append(t);
            break;
        }
        case 'R': {
            if (fields.size() != 3 || !fields.at(1).startsWith(QLatin1String("Arg1:")) || !fields.at(2).startsWith(QLatin1String("Arg2:")))
                return fail(tr("an R line needs a type, Arg1: and Arg2:"));
            const BratRelation r{id, fields.at(0), fields.at(1).mid(5), fields.at(2).mid(5)};
            references << qMakePair(lineNo, r.arg1) << qMakePair(lineNo, r.arg2);
            m_relations.append(r);
            break;
        }
        case 'A':
        case 'M': {
            if (fields.size() < 2 || fields.size() > 3)
                return fail(tr("an attribute line needs a name, a target and at most one value"));
            const BratAttribute a{id, fields.at(0), fields.at(1), fields.value(2)};
            references << qMakePair(lineNo, a.target);
            m_attributes.append(a);
            break;
        }
        case '#': {
            if (fields.size() != 2 || tab2 < 0)
                return fail(tr("a note needs a type, a target and the text"));
            const BratNote note{id, fields.at(0), fields.at(1), last};
            references << qMakePair(lineNo, note.target);
            m_notes.append(note);
            break;
        }
        case '*': {
            if (fields.size() < 3)
                return fail(tr("an equivalence needs a type and at least two annotations"));
            const BratEquiv e{fields.at(0), fields.mid(1)};
            for (const QString &member : e.members)
                references << qMakePair(lineNo, member);
            m_equivs.append(e);
            break;
        }
        default: // E (events) and N (normalizations): accepted, not used by Byline
            break;
        }
    }
    for (const auto &ref : std::as_const(references)) {
        if (!ids.contains(ref.second)) {
            m_error = tr("line %1: %2 refers to no annotation").arg(ref.first).arg(ref.second);
            return false;
        }
    }
    return true;
}

bool BratReader::verify(const QString &text)
{
    const QVector<uint> codePoints = text.toUcs4();
    for (const BratTextBound &t : std::as_const(m_textBounds)) {
        QStringList parts;
        for (const auto &f : t.fragments) {
            if (f.second > codePoints.size()) {
                m_error = tr("%1 ends at %2, after the end of the text (%3)").arg(t.id).arg(f.second).arg(codePoints.size());
                return false;
            }
            parts << QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + f.first), f.second - f.first);
        }
        const QString expected = parts.join(QLatin1Char(' '));
        if (expected != t.text) {
            m_error = tr("%1 has the text \"%2\" but the article says \"%3\"").arg(t.id, t.text, expected);
            return false;
        }
    }
    return true;
}

const BratTextBound *BratReader::textBound(const QString &id) const
{
    for (const BratTextBound &t : m_textBounds)
        if (t.id == id)
            return &t;
    return nullptr;
}

QString BratReader::noteOn(const QString &target) const
{
    for (const BratNote &n : m_notes)
        if (n.target == target && n.type == QLatin1String("AnnotatorNotes"))
            return n.text;
    return QString();
}

} // namespace Byline
