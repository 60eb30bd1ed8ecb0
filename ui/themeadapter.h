// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QStringList>

#include <memory>

namespace Byline {

/**
 * The colours the reader paints with: page background and text, muted text, one colour per
 * entity type, the quote tint, the time-expression underline, the focused-entity and
 * find-hit highlights.
 *
 * With KDE Syntax-Highlighting (BYLINE_HAVE_KSH) the colours come from one of its themes —
 * Repository::themeForPalette() unless the person picked one — and this is the only file
 * that includes its headers. Without it, a built-in light and dark palette, chosen by the
 * lightness of the system palette unless "Light" or "Dark" is picked.
 *
 * GUI thread only. Emits changed() whenever a colour may have changed.
 */
class ThemeAdapter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeAdapter)

public:
    explicit ThemeAdapter(QObject *parent = nullptr);
    ~ThemeAdapter() override;

    /** True when the colours come from KDE Syntax-Highlighting themes. */
    static bool hasSyntaxHighlighting();
    /** Names accepted by setThemeName(), sorted; the empty name (follow the system) is not listed. */
    QStringList themeNames() const;
    /** The theme picked by the person; empty when following the system palette. */
    QString themeName() const { return m_themeName; }
    /** The theme in effect (the name picked, or the one chosen for the palette). */
    QString effectiveThemeName() const;
    void setThemeName(const QString &name);
    /** Re-derives the default theme after the system palette changed. */
    void setSystemPalette(const QPalette &palette);

    bool isDark() const;
    QColor background() const { return m_background; }
    QColor foreground() const { return m_foreground; }
    QColor muted() const;
    /** Strong colour of a type, for legend swatches and the focused entity. */
    QColor entityColor(EntityType type) const;
    /** Soft background of an entity mention of that type. */
    QColor entityTint(EntityType type) const;
    QColor quoteTint() const;
    QColor timeUnderline() const;
    QColor findHit() const;
    /** Colour of a note that has none of its own. */
    QColor noteColor() const;
    QColor selection() const;
    /** A palette for widgets showing the article (Base/Text/Highlight from the theme). */
    QPalette articlePalette(const QPalette &base) const;

Q_SIGNALS:
    void changed();

private:
    void update();

    struct Ksh;
    std::unique_ptr<Ksh> m_ksh;
    QString m_themeName;
    QPalette m_systemPalette;
    QColor m_background;
    QColor m_foreground;
    QColor m_entity[5];
    QColor m_quote;
    QColor m_time;
    QColor m_find;
    QColor m_selection;
};

/** a blended over b: a * alpha + b * (1 - alpha). */
QColor blendColors(const QColor &a, const QColor &b, qreal alpha);

} // namespace Byline
