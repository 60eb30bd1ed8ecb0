// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QDate>
#include <QLocale>
#include <QPair>
#include <QRegularExpression>

namespace Byline {

QString Labels::entityType(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("Person");
    case EntityType::Organization:
        return tr("Organisation");
    case EntityType::Location:
        return tr("Place");
    case EntityType::Outlet:
        return tr("Outlet");
    case EntityType::Other:
        break;
    }
    return tr("Other");
}

QString Labels::entityTypePlural(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("People");
    case EntityType::Organization:
        return tr("Organisations");
    case EntityType::Location:
        return tr("Places");
    case EntityType::Outlet:
        return tr("Outlets");
    case EntityType::Other:
        break;
    }
    return tr("Other");
}

QString Labels::quoteKind(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return tr("direct");
    case QuoteKind::Indirect:
        return tr("indirect");
    case QuoteKind::Partial:
        break;
    }
    return tr("partial");
}

QString Labels::sourceKindPlural(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Outlet:
        return tr("Outlets");
    case SourceKind::Agency:
        return tr("News agencies");
    case SourceKind::Official:
        return tr("Officials and official bodies");
    case SourceKind::Document:
        return tr("Documents");
    case SourceKind::Anonymous:
        break;
    }
    return tr("Anonymous sources");
}

QString Labels::timexResolution(TimexResolution resolution)
{
    switch (resolution) {
    case TimexResolution::Absolute:
        return tr("absolute");
    case TimexResolution::PublicationDate:
        return tr("from the publication date");
    case TimexResolution::PreviousDate:
        return tr("from an earlier date");
    case TimexResolution::Unresolved:
        break;
    }
    return tr("unresolved");
}

QString Labels::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Short formats often have two-digit years ("dd.MM.yy"), ambiguous for news archives.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

namespace {

/** "P3W" → {3, "W"}, "PXM" → {-1, "M"}, "PT2H" → {2, "TH"}; {0, ""} for anything else. */
QPair<int, QString> durationParts(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^P(T?)(X|\\d+)(DE|CE|Y|M|W|D|H)$"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return { 0, QString() };
    const int n = m.captured(2) == QLatin1String("X") ? -1 : m.captured(2).toInt();
    return { n, m.captured(1) + m.captured(3) };
}

} // namespace

QString Labels::timexValue(const QString &value)
{
    // TimeML's words for the present, past and future, and durations, in the interface language.
    if (value == QLatin1String("PRESENT_REF"))
        return tr("now");
    if (value == QLatin1String("PAST_REF"))
        return tr("the past");
    if (value == QLatin1String("FUTURE_REF"))
        return tr("the future");
    const QPair<int, QString> parts = durationParts(value);
    const int n = parts.first;
    const QString &unit = parts.second;
    if (!unit.isEmpty()) {
        if (unit == QLatin1String("Y"))
            return n < 0 ? tr("years") : n == 1 ? tr("1 year") : tr("%n years", nullptr, n);
        if (unit == QLatin1String("M"))
            return n < 0 ? tr("months") : n == 1 ? tr("1 month") : tr("%n months", nullptr, n);
        if (unit == QLatin1String("W"))
            return n < 0 ? tr("weeks") : n == 1 ? tr("1 week") : tr("%n weeks", nullptr, n);
        if (unit == QLatin1String("D"))
            return n < 0 ? tr("days") : n == 1 ? tr("1 day") : tr("%n days", nullptr, n);
        if (unit == QLatin1String("DE"))
            return n < 0 ? tr("decades") : n == 1 ? tr("1 decade") : tr("%n decades", nullptr, n);
        if (unit == QLatin1String("CE"))
            return n < 0 ? tr("centuries") : n == 1 ? tr("1 century") : tr("%n centuries", nullptr, n);
        if (unit == QLatin1String("TH"))
            return n < 0 ? tr("hours") : n == 1 ? tr("1 hour") : tr("%n hours", nullptr, n);
        return value; // "PTM"-style minutes and seconds stay as TimeML
    }
    if (value.size() != 10)
        return value;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, dateFormat()) : value;
}

} // namespace Byline
