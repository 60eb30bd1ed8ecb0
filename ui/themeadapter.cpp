// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeadapter.h"

#include <QGuiApplication>

#ifdef BYLINE_HAVE_KSH
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

#include <algorithm>

namespace Byline {

#ifndef BYLINE_HAVE_KSH
namespace {

bool paletteIsDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QString lightName()
{
    return QStringLiteral("Light");
}

QString darkName()
{
    return QStringLiteral("Dark");
}

} // namespace
#endif

struct ThemeAdapter::Ksh
{
#ifdef BYLINE_HAVE_KSH
    KSyntaxHighlighting::Repository repository;
#endif
};

QColor blendColors(const QColor &a, const QColor &b, qreal alpha)
{
    return QColor::fromRgbF(a.redF() * alpha + b.redF() * (1 - alpha), a.greenF() * alpha + b.greenF() * (1 - alpha),
        a.blueF() * alpha + b.blueF() * (1 - alpha));
}

ThemeAdapter::ThemeAdapter(QObject *parent)
    : QObject(parent)
    , m_ksh(std::make_unique<Ksh>())
    , m_systemPalette(QGuiApplication::palette())
{
    update();
}

ThemeAdapter::~ThemeAdapter() = default;

bool ThemeAdapter::hasSyntaxHighlighting()
{
#ifdef BYLINE_HAVE_KSH
    return true;
#else
    return false;
#endif
}

QStringList ThemeAdapter::themeNames() const
{
#ifdef BYLINE_HAVE_KSH
    QStringList names;
    const auto themes = m_ksh->repository.themes();
    for (const auto &t : themes)
        names << t.name();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
#else
    return { lightName(), darkName() };
#endif
}

QString ThemeAdapter::effectiveThemeName() const
{
    if (!m_themeName.isEmpty())
        return m_themeName;
#ifdef BYLINE_HAVE_KSH
    return m_ksh->repository.themeForPalette(m_systemPalette).name();
#else
    return paletteIsDark(m_systemPalette) ? darkName() : lightName();
#endif
}

void ThemeAdapter::setThemeName(const QString &name)
{
    const QString n = themeNames().contains(name) ? name : QString();
    if (n == m_themeName)
        return;
    m_themeName = n;
    update();
}

void ThemeAdapter::setSystemPalette(const QPalette &palette)
{
    m_systemPalette = palette;
    update();
}

bool ThemeAdapter::isDark() const
{
    return m_background.lightness() < 128;
}

QColor ThemeAdapter::muted() const
{
    return blendColors(m_foreground, m_background, 0.55);
}

QColor ThemeAdapter::entityColor(EntityType type) const
{
    return m_entity[static_cast<int>(type)];
}

QColor ThemeAdapter::entityTint(EntityType type) const
{
    return blendColors(entityColor(type), m_background, isDark() ? 0.38 : 0.24);
}

QColor ThemeAdapter::quoteTint() const
{
    return blendColors(m_quote, m_background, isDark() ? 0.16 : 0.10);
}

QColor ThemeAdapter::timeUnderline() const
{
    return m_time;
}

QColor ThemeAdapter::findHit() const
{
    return m_find;
}

QColor ThemeAdapter::noteColor() const
{
    // Amber: apart from the yellow find hit and from every entity tint.
    return isDark() ? QColor(0xd0, 0x8a, 0x2e) : QColor(0xff, 0xb3, 0x47);
}

QColor ThemeAdapter::selection() const
{
    return m_selection;
}

QPalette ThemeAdapter::articlePalette(const QPalette &base) const
{
    QPalette p = base;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Base, m_background);
        p.setColor(group, QPalette::Window, m_background);
        p.setColor(group, QPalette::Text, m_foreground);
        p.setColor(group, QPalette::WindowText, m_foreground);
        p.setColor(group, QPalette::Highlight, m_selection);
        p.setColor(group, QPalette::HighlightedText, m_foreground);
    }
    return p;
}

void ThemeAdapter::update()
{
#ifdef BYLINE_HAVE_KSH
    using KSyntaxHighlighting::Theme;
    Theme theme = m_themeName.isEmpty() ? m_ksh->repository.themeForPalette(m_systemPalette)
                                        : m_ksh->repository.theme(m_themeName);
    const auto text = [&theme](Theme::TextStyle s) { return QColor::fromRgba(theme.textColor(s)); };
    m_background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    m_foreground = text(Theme::Normal);
    // Each entity type borrows a syntax style whose hue themes keep distinct (Keyword is
    // often plain bold text colour, so it is not used).
    m_entity[static_cast<int>(EntityType::Person)] = text(Theme::DataType);
    m_entity[static_cast<int>(EntityType::Organization)] = text(Theme::DecVal);
    m_entity[static_cast<int>(EntityType::Location)] = text(Theme::Others);
    m_entity[static_cast<int>(EntityType::Outlet)] = text(Theme::Function);
    m_entity[static_cast<int>(EntityType::Other)] = text(Theme::Comment);
    m_quote = text(Theme::SpecialString);
    m_time = text(Theme::Constant);
    m_find = QColor::fromRgba(theme.editorColor(Theme::SearchHighlight));
    m_selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
#else
    const bool dark = m_themeName.isEmpty() ? paletteIsDark(m_systemPalette) : m_themeName == darkName();
    // The built-in palettes: warm paper and a soft night page, type colours picked to stay
    // distinguishable for the common forms of colour blindness (Okabe–Ito hues).
    if (dark) {
        m_background = QColor(0x1f, 0x22, 0x26);
        m_foreground = QColor(0xdc, 0xdc, 0xd6);
        m_entity[static_cast<int>(EntityType::Person)] = QColor(0x56, 0xb4, 0xe9);
        m_entity[static_cast<int>(EntityType::Organization)] = QColor(0xe6, 0x9f, 0x00);
        m_entity[static_cast<int>(EntityType::Location)] = QColor(0x00, 0xc0, 0x8a);
        m_entity[static_cast<int>(EntityType::Outlet)] = QColor(0xe0, 0x80, 0xc0);
        m_entity[static_cast<int>(EntityType::Other)] = QColor(0xa0, 0xa0, 0xa0);
        m_quote = QColor(0xf0, 0xe4, 0x42);
        m_time = QColor(0xff, 0x8a, 0x50);
        m_find = QColor(0x8a, 0x6d, 0x00);
        m_selection = QColor(0x3d, 0x5a, 0x80);
    } else {
        m_background = QColor(0xfb, 0xfa, 0xf6);
        m_foreground = QColor(0x22, 0x22, 0x22);
        m_entity[static_cast<int>(EntityType::Person)] = QColor(0x00, 0x72, 0xb2);
        m_entity[static_cast<int>(EntityType::Organization)] = QColor(0xe6, 0x9f, 0x00);
        m_entity[static_cast<int>(EntityType::Location)] = QColor(0x00, 0x9e, 0x73);
        m_entity[static_cast<int>(EntityType::Outlet)] = QColor(0xcc, 0x79, 0xa7);
        m_entity[static_cast<int>(EntityType::Other)] = QColor(0x80, 0x80, 0x80);
        m_quote = QColor(0xc8, 0xa0, 0x00);
        m_time = QColor(0xd5, 0x5e, 0x00);
        m_find = QColor(0xff, 0xe0, 0x66);
        m_selection = QColor(0xb3, 0xd4, 0xfc);
    }
#endif
    Q_EMIT changed();
}

} // namespace Byline
