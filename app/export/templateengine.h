// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace Byline {

/**
 * A small logic-less template language (a Mustache dialect) for text exports, so that the
 * built-in Markdown layout is a data file and a person can write their own.
 *
 * Syntax (a tag never spans lines):
 * - `{{name}}` — the value of name, passed through the default filter (for Markdown exports:
 *   escaped so it renders literally). `{{.}}` is the current item of a repeated section.
 * - `{{name|filter}}` — the value through a named filter instead; `raw` (no escaping) always
 *   exists, others are registered with addFilter() ("yaml", "url" in MarkdownExporter).
 * - `{{#name}}…{{/name}}` — repeated section: the body once per element of a list; inside,
 *   the element's fields (when it is a map) are looked up first, then the enclosing scopes.
 *   A non-list value renders the body once when it is truthy.
 * - `{{?name}}…{{/name}}` — conditional section: the body once, in the same scope, when name
 *   is truthy; `{{^name}}…{{/name}}` — the body once when it is not.
 *   Truthy: a non-empty list, map or string, a non-zero number, true.
 * - `{{! comment }}` — dropped.
 * A line holding nothing but one section or comment tag (and whitespace) is dropped whole,
 * newline included, so sections can sit on lines of their own.
 * Missing names render as empty text. Values are QVariant: strings, numbers and bools render
 * as text; QVariantList is a list; QVariantMap/QVariantHash is a scope.
 *
 * Usage: register filters, setTemplate() (parses and validates: returns false with
 * errorString() naming the line for an unclosed or mismatched section, sections nested more
 * than maxDepth deep, an unknown filter or an unterminated tag), then render() any number of
 * times. Not thread-safe while being set up; render() is const and reentrant.
 *
 * Work limits: sections nested in loops multiply (three loops over 1,000 items run their body
 * a billion times), so render() stops when the output would pass maxOutput UTF-16 units or after
 * maxSteps template nodes, and returns an empty text with a message saying so. The defaults
 * (128 M units, 50 M nodes) are far above what the built-in layout needs for a 50 MB article.
 */
class TemplateEngine
{
public:
    using Filter = std::function<QString(const QString &)>;

    TemplateEngine();
    ~TemplateEngine();
    TemplateEngine(const TemplateEngine &) = delete;
    TemplateEngine &operator=(const TemplateEngine &) = delete;

    /** Registers filter under name ([A-Za-z0-9_-]+); replaces one of the same name. */
    void addFilter(const QString &name, Filter filter);
    /** The filter applied when a placeholder names none; "raw" (the default) means none. */
    void setDefaultFilter(const QString &name);

    static constexpr int maxDepth = 64;
    static constexpr qsizetype defaultMaxOutput = qsizetype(128) * 1024 * 1024;
    static constexpr qint64 defaultMaxSteps = 50000000;
    /** Output size in UTF-16 units and template nodes visited that render() allows. */
    void setLimits(qsizetype maxOutput, qint64 maxSteps);

    bool setTemplate(const QString &text);
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    /**
     * The template filled from context; empty when the template is not valid or a work limit
     * stopped it, then *error (when given) says which limit; else *error is cleared.
     */
    QString render(const QVariantHash &context, QString *error = nullptr) const;

private:
    struct Node;
    struct Budget;
    using Scopes = QList<const QVariant *>;

    /** False when the budget ran out (out is then incomplete). */
    bool renderNodes(const QList<Node> &nodes, const QVariantHash &root, Scopes &scopes, QString &out, Budget &budget) const;
    QVariant lookup(const QString &name, const QVariantHash &root, const Scopes &scopes) const;
    QString applyFilter(const QString &filter, const QString &value) const;

    QHash<QString, Filter> m_filters;
    QString m_defaultFilter = QStringLiteral("raw");
    qsizetype m_maxOutput = defaultMaxOutput;
    qint64 m_maxSteps = defaultMaxSteps;
    std::unique_ptr<QList<Node>> m_nodes;
    bool m_valid = false;
    QString m_error;
};

} // namespace Byline
