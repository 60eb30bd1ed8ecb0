// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QDate>
#include <QLocale>

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

QString Labels::timexValue(const QString &value)
{
    if (value.size() != 10)
        return value;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, dateFormat()) : value;
}

} // namespace Byline
