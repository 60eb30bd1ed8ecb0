// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer.h"

#include <QStringList>

namespace Byline {

QString layerNames(Layers layers)
{
    static const struct {
        Layer layer;
        const char *name;
    } names[] = {{Layer::Tokens, "tokens"},       {Layer::Sentences, "sentences"}, {Layer::Gazetteer, "gazetteer"},
                 {Layer::Entities, "entities"},   {Layer::Coreference, "coreference"}, {Layer::Timex, "timex"},
                 {Layer::Quotes, "quotes"},       {Layer::Sources, "sources"}};
    QStringList out;
    for (const auto &n : names)
        if (layers.testFlag(n.layer))
            out << QString::fromLatin1(n.name);
    return out.join(QStringLiteral(", "));
}

} // namespace Byline
