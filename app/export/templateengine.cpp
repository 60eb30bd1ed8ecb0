// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateengine.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace Byline {

struct TemplateEngine::Node
{
    enum Kind { Text, Value, Repeat, If, IfNot };
    Kind kind = Text;
    QString text;   ///< literal text, or the name looked up
    QString filter; ///< Value only; empty means the default filter
    QList<Node> children;
};

struct TemplateEngine::Budget
{
    qint64 steps = 0;
    bool outputFull = false; ///< stopped by the output size, else by the steps
};

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Byline::TemplateEngine", s);
}

struct Tag
{
    int start = 0; ///< offset of "{{" in the line
    int end = 0;   ///< offset after "}}"
    QChar sigil;   ///< '#', '?', '^', '/', '!' or null for a value
    QString body;  ///< trimmed, without the sigil
};

bool isTruthy(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    switch (static_cast<QMetaType::Type>(v.userType())) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::QString: return !v.toString().isEmpty();
    case QMetaType::QVariantList: return !v.toList().isEmpty();
    case QMetaType::QStringList: return !v.toStringList().isEmpty();
    case QMetaType::QVariantMap: return !v.toMap().isEmpty();
    case QMetaType::QVariantHash: return !v.toHash().isEmpty();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: return v.toDouble() != 0.0;
    default: return !v.toString().isEmpty();
    }
}

QVariantList asList(const QVariant &v)
{
    if (v.userType() == QMetaType::QStringList) {
        QVariantList out;
        for (const QString &s : v.toStringList())
            out << s;
        return out;
    }
    return v.toList();
}

bool isList(const QVariant &v)
{
    return v.userType() == QMetaType::QVariantList || v.userType() == QMetaType::QStringList;
}

} // namespace

TemplateEngine::TemplateEngine()
{
    m_filters.insert(QStringLiteral("raw"), [](const QString &s) { return s; });
}

TemplateEngine::~TemplateEngine() = default;

void TemplateEngine::addFilter(const QString &name, Filter filter)
{
    m_filters.insert(name, std::move(filter));
}

void TemplateEngine::setDefaultFilter(const QString &name)
{
    m_defaultFilter = name;
}

void TemplateEngine::setLimits(qsizetype maxOutput, qint64 maxSteps)
{
    m_maxOutput = maxOutput;
    m_maxSteps = maxSteps;
}

bool TemplateEngine::setTemplate(const QString &text)
{
    m_valid = false;
    m_error.clear();
    m_nodes.reset();

    static const QRegularExpression namePattern(QStringLiteral("^(\\.|[A-Za-z_][A-Za-z0-9_]*)$"));
    static const QRegularExpression filterPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));

    auto root = std::make_unique<QList<Node>>();
    // The open sections, innermost last: where new nodes go, and the line each was opened on.
    QList<QList<Node> *> stack{root.get()};
    QList<QPair<QString, int>> open;

    auto fail = [this](int line, const QString &message) {
        m_error = tr("Template line %1: %2").arg(line).arg(message);
        return false;
    };
    auto appendText = [&stack](const QString &s) {
        if (s.isEmpty())
            return;
        QList<Node> &nodes = *stack.last();
        if (!nodes.isEmpty() && nodes.last().kind == Node::Text) {
            nodes.last().text += s;
        } else {
            Node n;
            n.text = s;
            nodes.append(n);
        }
    };

    int lineStart = 0;
    int lineNo = 0;
    while (lineStart < text.size()) {
        ++lineNo;
        int lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        const bool hasNewline = lineEnd >= 0;
        if (!hasNewline)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;

        QList<Tag> tags;
        for (int pos = line.indexOf(QLatin1String("{{")); pos >= 0; pos = line.indexOf(QLatin1String("{{"), pos)) {
            const int close = line.indexOf(QLatin1String("}}"), pos + 2);
            if (close < 0)
                return fail(lineNo, tr("\"{{\" is not closed by \"}}\" on the same line."));
            Tag tag;
            tag.start = pos;
            tag.end = close + 2;
            QString body = line.mid(pos + 2, close - pos - 2).trimmed();
            if (!body.isEmpty() && QStringLiteral("#?^/!").contains(body.at(0))) {
                tag.sigil = body.at(0);
                body = body.mid(1).trimmed();
            }
            tag.body = body;
            tags.append(tag);
            pos = tag.end;
        }

        // A line that is only one section or comment tag vanishes with its newline.
        bool standalone = false;
        if (tags.size() == 1 && !tags.first().sigil.isNull()) {
            const Tag &t = tags.first();
            standalone = line.left(t.start).trimmed().isEmpty() && line.mid(t.end).trimmed().isEmpty();
        }

        int cursor = 0;
        for (const Tag &t : std::as_const(tags)) {
            if (!standalone)
                appendText(line.mid(cursor, t.start - cursor));
            cursor = t.end;
            if (t.sigil == QLatin1Char('!'))
                continue;
            if (t.sigil == QLatin1Char('/')) {
                if (open.isEmpty())
                    return fail(lineNo, tr("\"{{/%1}}\" closes no section.").arg(t.body));
                if (open.last().first != t.body)
                    return fail(lineNo, tr("\"{{/%1}}\" does not match the section \"%2\" opened on line %3.")
                                            .arg(t.body, open.last().first)
                                            .arg(open.last().second));
                open.removeLast();
                stack.removeLast();
                continue;
            }
            Node n;
            QString name = t.body;
            if (t.sigil.isNull()) {
                n.kind = Node::Value;
                const int bar = name.indexOf(QLatin1Char('|'));
                if (bar >= 0) {
                    n.filter = name.mid(bar + 1).trimmed();
                    name = name.left(bar).trimmed();
                    if (!filterPattern.match(n.filter).hasMatch() || !m_filters.contains(n.filter))
                        return fail(lineNo, tr("unknown filter \"%1\".").arg(n.filter));
                }
            } else {
                n.kind = t.sigil == QLatin1Char('#') ? Node::Repeat : t.sigil == QLatin1Char('?') ? Node::If : Node::IfNot;
            }
            if (!namePattern.match(name).hasMatch())
                return fail(lineNo, tr("\"%1\" is not a valid name.").arg(name));
            n.text = name;
            QList<Node> &nodes = *stack.last();
            nodes.append(n);
            if (n.kind != Node::Value) {
                // Rendering recurses once per level: a bound keeps the stack safe (the built-in layout needs 3).
                if (open.size() >= maxDepth)
                    return fail(lineNo, tr("sections are nested more than %1 deep.").arg(maxDepth));
                stack.append(&nodes.last().children);
                open.append(qMakePair(name, lineNo));
            }
        }
        if (!standalone) {
            appendText(line.mid(cursor));
            if (hasNewline)
                appendText(QStringLiteral("\n"));
        }
    }
    if (!open.isEmpty())
        return fail(open.last().second, tr("the section \"%1\" is never closed.").arg(open.last().first));
    if (!m_filters.contains(m_defaultFilter)) {
        m_error = tr("The default filter \"%1\" is not registered.").arg(m_defaultFilter);
        return false;
    }
    m_nodes = std::move(root);
    m_valid = true;
    return true;
}

QString TemplateEngine::render(const QVariantHash &context, QString *error) const
{
    QString out;
    if (error)
        error->clear();
    if (!m_valid)
        return out;
    Scopes scopes;
    Budget budget;
    if (!renderNodes(*m_nodes, context, scopes, out, budget)) {
        if (error) {
            *error = budget.outputFull
                ? tr("The export was stopped: the template makes more than %1 characters. Sections nested inside "
                     "repeated sections repeat for every item; simplify the template.")
                      .arg(m_maxOutput)
                : tr("The export was stopped after %1 steps: sections nested inside repeated sections repeat for "
                     "every item; simplify the template.")
                      .arg(m_maxSteps);
        }
        return QString();
    }
    return out;
}

bool TemplateEngine::renderNodes(const QList<Node> &nodes, const QVariantHash &root, Scopes &scopes, QString &out,
    Budget &budget) const
{
    for (const Node &n : nodes) {
        if (++budget.steps > m_maxSteps)
            return false;
        switch (n.kind) {
        case Node::Text:
            out += n.text;
            break;
        case Node::Value: {
            const QVariant v = lookup(n.text, root, scopes);
            const QString s = isList(v) ? QString() : v.toString(); // a list has no text of its own
            out += applyFilter(n.filter.isEmpty() ? m_defaultFilter : n.filter, s);
            break;
        }
        case Node::If:
        case Node::IfNot:
            if (isTruthy(lookup(n.text, root, scopes)) == (n.kind == Node::If)
                && !renderNodes(n.children, root, scopes, out, budget))
                return false;
            break;
        case Node::Repeat: {
            const QVariant v = lookup(n.text, root, scopes);
            if (isList(v)) {
                const QVariantList items = asList(v);
                for (const QVariant &item : items) {
                    if (++budget.steps > m_maxSteps) // an empty body still costs its item
                        return false;
                    scopes.append(&item);
                    const bool ok = renderNodes(n.children, root, scopes, out, budget);
                    scopes.removeLast();
                    if (!ok)
                        return false;
                }
            } else if (isTruthy(v)) {
                scopes.append(&v);
                const bool ok = renderNodes(n.children, root, scopes, out, budget);
                scopes.removeLast();
                if (!ok)
                    return false;
            }
            break;
        }
        }
        if (out.size() > m_maxOutput) {
            budget.outputFull = true;
            return false;
        }
    }
    return true;
}

QVariant TemplateEngine::lookup(const QString &name, const QVariantHash &root, const Scopes &scopes) const
{
    if (name == QLatin1String("."))
        return scopes.isEmpty() ? QVariant() : *scopes.last();
    for (int i = scopes.size() - 1; i >= 0; --i) {
        const QVariant &scope = *scopes.at(i);
        if (scope.userType() == QMetaType::QVariantMap) {
            const QVariantMap m = scope.toMap();
            const auto it = m.constFind(name);
            if (it != m.constEnd())
                return *it;
        } else if (scope.userType() == QMetaType::QVariantHash) {
            const QVariantHash h = scope.toHash();
            const auto it = h.constFind(name);
            if (it != h.constEnd())
                return *it;
        }
    }
    return root.value(name);
}

QString TemplateEngine::applyFilter(const QString &filter, const QString &value) const
{
    const auto it = m_filters.constFind(filter);
    return it == m_filters.constEnd() ? value : (*it)(value);
}

} // namespace Byline
