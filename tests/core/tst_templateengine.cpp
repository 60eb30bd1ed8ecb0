// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/templateengine.h"

#include <QTest>

using namespace Byline;

namespace {

QVariantMap item(const QString &name, const QVariant &extra = QVariant())
{
    QVariantMap m{{QStringLiteral("name"), name}};
    if (extra.isValid())
        m.insert(QStringLiteral("tags"), extra);
    return m;
}

QVariantHash sampleContext()
{
    QVariantHash c;
    c.insert(QStringLiteral("title"), QStringLiteral("Xi <urges>"));
    c.insert(QStringLiteral("count"), 2);
    c.insert(QStringLiteral("zero"), 0);
    c.insert(QStringLiteral("yes"), true);
    c.insert(QStringLiteral("no"), false);
    c.insert(QStringLiteral("people"), QVariantList{item(QStringLiteral("Qin"), QStringList{QStringLiteral("envoy")}),
                                                     item(QStringLiteral("Biden"), QStringList{QStringLiteral("US"), QStringLiteral("president")})});
    c.insert(QStringLiteral("none"), QVariantList());
    c.insert(QStringLiteral("words"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
    return c;
}

} // namespace

class TestTemplateEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("literal text") << QStringLiteral("no tags\n") << QStringLiteral("no tags\n");
        QTest::newRow("value through the default filter") << QStringLiteral("# {{title}}") << QStringLiteral("# [Xi <urges>]");
        QTest::newRow("raw value") << QStringLiteral("{{title|raw}}") << QStringLiteral("Xi <urges>");
        QTest::newRow("named filter, spaces in the tag") << QStringLiteral("{{ title | upper }}") << QStringLiteral("XI <URGES>");
        QTest::newRow("number") << QStringLiteral("n={{count}}") << QStringLiteral("n=[2]");
        QTest::newRow("missing name is empty") << QStringLiteral("<{{nothing|raw}}>") << QStringLiteral("<>");
        QTest::newRow("repeated section over maps")
            << QStringLiteral("{{#people}}{{name|raw}};{{/people}}") << QStringLiteral("Qin;Biden;");
        QTest::newRow("nested sections see outer scopes")
            << QStringLiteral("{{#people}}{{name|raw}}:{{#tags}}{{.|raw}}/{{count|raw}} {{/tags}}{{/people}}")
            << QStringLiteral("Qin:envoy/2 Biden:US/2 president/2 ");
        QTest::newRow("string list with dot") << QStringLiteral("{{#words}}<{{.|raw}}>{{/words}}") << QStringLiteral("<a><b>");
        QTest::newRow("empty list renders nothing") << QStringLiteral("a{{#none}}X{{/none}}b") << QStringLiteral("ab");
        QTest::newRow("conditional on a non-empty list renders once")
            << QStringLiteral("{{?people}}People:{{/people}}") << QStringLiteral("People:");
        QTest::newRow("conditional on an empty list") << QStringLiteral("{{?none}}X{{/none}}") << QString();
        QTest::newRow("inverted on an empty list") << QStringLiteral("{{^none}}nobody{{/none}}") << QStringLiteral("nobody");
        QTest::newRow("inverted on a non-empty list") << QStringLiteral("{{^people}}nobody{{/people}}") << QString();
        QTest::newRow("booleans and zero") << QStringLiteral("{{?yes}}Y{{/yes}}{{?no}}N{{/no}}{{?zero}}Z{{/zero}}{{^zero}}z{{/zero}}")
                                          << QStringLiteral("Yz");
        QTest::newRow("comment dropped") << QStringLiteral("a{{! a comment }}b") << QStringLiteral("ab");
        QTest::newRow("standalone tag lines vanish")
            << QStringLiteral("head\n{{! note }}\n{{#people}}\n- {{name|raw}}\n{{/people}}\n  {{?none}}  \nX\n{{/none}}\ntail\n")
            << QStringLiteral("head\n- Qin\n- Biden\ntail\n");
        QTest::newRow("a value tag alone keeps its line") << QStringLiteral("{{count|raw}}\nend") << QStringLiteral("2\nend");
        QTest::newRow("same name nested: conditional around repeat")
            << QStringLiteral("{{?people}}\nList:\n{{#people}}\n* {{name|raw}}\n{{/people}}\n{{/people}}\n")
            << QStringLiteral("List:\n* Qin\n* Biden\n");
        QTest::newRow("unicode text kept") << QStringLiteral("¶ {{count|raw}} — “ok” 😀") << QStringLiteral("¶ 2 — “ok” 😀");
        QTest::newRow("single braces are text") << QStringLiteral("{ {count} }") << QStringLiteral("{ {count} }");
    }
    void testRender()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        TemplateEngine engine;
        engine.addFilter(QStringLiteral("brackets"), [](const QString &s) -> QString { return QLatin1Char('[') + s + QLatin1Char(']'); });
        engine.addFilter(QStringLiteral("upper"), [](const QString &s) { return s.toUpper(); });
        engine.setDefaultFilter(QStringLiteral("brackets"));
        QVERIFY2(engine.setTemplate(text), qPrintable(engine.errorString()));
        QVERIFY(engine.isValid());
        QCOMPARE(engine.render(sampleContext()), expected);
    }

    void testErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed section")
            << QStringLiteral("a\n{{#people}}\nb\n") << QStringLiteral("Template line 2: the section \"people\" is never closed.");
        QTest::newRow("mismatched close") << QStringLiteral("{{#a}}\n{{?b}}\n{{/a}}\n")
                                          << QStringLiteral("Template line 3: \"{{/a}}\" does not match the section \"b\" opened on line 2.");
        QTest::newRow("close without open") << QStringLiteral("x {{/a}}") << QStringLiteral("Template line 1: \"{{/a}}\" closes no section.");
        QTest::newRow("unknown filter") << QStringLiteral("ok\n{{title|shout}}") << QStringLiteral("Template line 2: unknown filter \"shout\".");
        QTest::newRow("tag across lines") << QStringLiteral("{{title\n}}") << QStringLiteral("Template line 1: \"{{\" is not closed by \"}}\" on the same line.");
        QTest::newRow("bad name") << QStringLiteral("{{two words}}") << QStringLiteral("Template line 1: \"two words\" is not a valid name.");
    }
    void testErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        TemplateEngine engine;
        QVERIFY(!engine.setTemplate(text));
        QVERIFY(!engine.isValid());
        QCOMPARE(engine.errorString(), error);
        QCOMPARE(engine.render(sampleContext()), QString());
    }

    void testUnregisteredDefaultFilter()
    {
        TemplateEngine engine;
        engine.setDefaultFilter(QStringLiteral("md"));
        QVERIFY(!engine.setTemplate(QStringLiteral("{{title}}")));
        QCOMPARE(engine.errorString(), QStringLiteral("The default filter \"md\" is not registered."));
    }

    void testNestingLimit()
    {
        const auto nested = [](int depth) {
            QString text;
            for (int i = 0; i < depth; ++i)
                text += QStringLiteral("{{?yes}}");
            text += QStringLiteral("deep");
            for (int i = 0; i < depth; ++i)
                text += QStringLiteral("{{/yes}}");
            return text;
        };
        TemplateEngine engine;
        QVERIFY2(engine.setTemplate(nested(TemplateEngine::maxDepth)), qPrintable(engine.errorString()));
        QCOMPARE(engine.render(sampleContext()), QStringLiteral("deep"));
        // 100,000 levels would overflow the stack while rendering; the parser refuses them with the line.
        QVERIFY(!engine.setTemplate(QStringLiteral("ok\n") + nested(100000)));
        QCOMPARE(engine.errorString(), QStringLiteral("Template line 2: sections are nested more than 64 deep."));
    }

    // Loops nested over the same list multiply: 1,000 items three deep would run the body a
    // billion times. render() stops at a work limit and says why instead of running away.
    void testWorkLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("maxOutput");
        QTest::addColumn<qint64>("maxSteps");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("withinLimits"); ///< the output with two items and a short big
        QTest::newRow("output over the default limit")
            << QStringLiteral("{{#items}}{{#items}}{{big|raw}}{{/items}}{{/items}}") << qint64(TemplateEngine::defaultMaxOutput)
            << TemplateEngine::defaultMaxSteps << QStringLiteral("more than 134217728 characters") << QStringLiteral("bbbb");
        QTest::newRow("steps: nested loops with empty bodies")
            << QStringLiteral("{{#items}}{{#items}}{{#items}}{{/items}}{{/items}}{{/items}}") << qint64(TemplateEngine::defaultMaxOutput)
            << qint64(100000) << QStringLiteral("stopped after 100000 steps") << QString();
        QTest::newRow("steps: nested loops writing little")
            << QStringLiteral("{{#items}}{{#items}}{{#items}}.{{/items}}{{/items}}{{/items}}") << qint64(TemplateEngine::defaultMaxOutput)
            << qint64(100000) << QStringLiteral("stopped after 100000 steps") << QStringLiteral("........");
        QTest::newRow("output limit set low") << QStringLiteral("{{#items}}{{title|raw}}\n{{/items}}") << qint64(1000)
                                              << TemplateEngine::defaultMaxSteps << QStringLiteral("more than 1000 characters")
                                              << QStringLiteral("Xi <urges>\nXi <urges>\n");
    }
    void testWorkLimits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, maxOutput);
        QFETCH(qint64, maxSteps);
        QFETCH(QString, error);
        QFETCH(QString, withinLimits);
        QVariantHash context = sampleContext();
        QVariantList items;
        for (int i = 0; i < 1000; ++i)
            items << i;
        context.insert(QStringLiteral("items"), items);
        context.insert(QStringLiteral("big"), QString(1000000, QLatin1Char('x')));
        TemplateEngine engine;
        engine.setLimits(qsizetype(maxOutput), maxSteps);
        QVERIFY2(engine.setTemplate(text), qPrintable(engine.errorString()));
        QString message;
        QCOMPARE(engine.render(context, &message), QString());
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("simplify the template")));
        // The same template within its limits renders, and clears the message.
        context.insert(QStringLiteral("items"), QVariantList{1, 2});
        context.insert(QStringLiteral("big"), QStringLiteral("b"));
        QCOMPARE(engine.render(context, &message), withinLimits);
        QVERIFY2(message.isEmpty(), qPrintable(message));
    }

    void testReusableAfterError()
    {
        TemplateEngine engine;
        QVERIFY(!engine.setTemplate(QStringLiteral("{{#a}}")));
        QVERIFY(engine.setTemplate(QStringLiteral("{{count}}")));
        QCOMPARE(engine.render(sampleContext()), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
