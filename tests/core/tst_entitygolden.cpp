// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "io/articleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Byline;

// The whole entity stage on the sample article with the real word lists: a golden file
// (article with inline tags + sorted entity listing; scripts/bless-golden.sh updates it) and the
// expectations of issue 3 asserted one by one.
class TestEntityGolden : public QObject
{
    Q_OBJECT
private:
    static QString samplePath()
    {
        return QStringLiteral(BYLINE_SOURCE_DIR "/resources/samples/xi-urges-us-cooperation.txt");
    }

    /** The article with <TYPE>…</TYPE> around every name mention, then one line per entity, sorted. */
    static QString golden(const Article &article, const AnalysisResult &result)
    {
        struct Tag
        {
            Span span;
            QString type;
        };
        QList<Tag> tags;
        for (const Entity &e : result.entities)
            for (const Mention &m : e.mentions)
                if (m.kind == MentionKind::Name)
                    tags.append(Tag { m.span, entityTypeName(e.type).toUpper() });
        std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.span < b.span; });
        QString out;
        int pos = 0;
        QList<Tag> open;
        for (const Tag &t : tags) {
            while (!open.isEmpty() && open.constLast().span.end <= t.span.start) {
                out += article.text.mid(pos, open.constLast().span.end - pos)
                    + QStringLiteral("</%1>").arg(open.constLast().type);
                pos = open.constLast().span.end;
                open.removeLast();
            }
            out += article.text.mid(pos, t.span.start - pos) + QStringLiteral("<%1>").arg(t.type);
            pos = t.span.start;
            open.append(t);
        }
        while (!open.isEmpty()) {
            out += article.text.mid(pos, open.constLast().span.end - pos)
                + QStringLiteral("</%1>").arg(open.constLast().type);
            pos = open.constLast().span.end;
            open.removeLast();
        }
        out += article.text.mid(pos)
            + QStringLiteral("\n\n# entities: name | type | name mentions | nominal | adjectival | aliases\n");
        QStringList lines;
        for (const Entity &e : result.entities) {
            int nominal = 0, adjectival = 0;
            for (const Mention &m : e.mentions) {
                nominal += m.kind == MentionKind::Nominal ? 1 : 0;
                adjectival += m.kind == MentionKind::Adjectival ? 1 : 0;
            }
            lines << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                         .arg(e.name, entityTypeName(e.type))
                         .arg(e.nameMentionCount())
                         .arg(nominal)
                         .arg(adjectival)
                         .arg(e.aliases.join(QStringLiteral("; ")));
        }
        lines.sort();
        return out + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    const Entity *find(const QString &name) const
    {
        for (const Entity &e : m_result.entities)
            if (e.name == name)
                return &e;
        return nullptr;
    }
    /** The entity one of whose name mentions reads surface, or nullptr. */
    const Entity *named(const QString &surface) const
    {
        for (const Entity &e : m_result.entities)
            for (const Mention &m : e.mentions)
                if (m.kind == MentionKind::Name && m_article.textOf(m.span) == surface)
                    return &e;
        return nullptr;
    }

    Article m_article;
    AnalysisResult m_result;

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = ArticleLoader::load(samplePath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        m_article = *loaded.article;
        m_result = Pipeline::createDefault(Resources::instance()).run(m_article, Resources::instance());
    }

    void testGoldenFile()
    {
        const QString actual = golden(m_article, m_result);
        const QString outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/golden");
        QDir().mkpath(outDir);
        const QString actualPath = outDir + QStringLiteral("/xi-urges-us-cooperation.entities.txt");
        QFile out(actualPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        out.close();
        const QString expectedPath = QStringLiteral(BYLINE_FIXTURES "/golden/xi-urges-us-cooperation.entities.txt");
        QFile expected(expectedPath);
        QVERIFY2(expected.open(QIODevice::ReadOnly), "no golden file: run scripts/bless-golden.sh");
        if (QString::fromUtf8(expected.readAll()) != actual) {
            QProcess diff;
            diff.start(QStringLiteral("diff"), { QStringLiteral("-u"), expectedPath, actualPath });
            diff.waitForFinished();
            qWarning().noquote() << diff.readAllStandardOutput();
            QFAIL("the entities differ from the golden file (diff above; scripts/bless-golden.sh accepts them)");
        }
    }

    void testEntity_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("surfaces"); // name mentions or aliases that must belong to it
        const QString person = QStringLiteral("person"), location = QStringLiteral("location"),
                      organization = QStringLiteral("organization"), outlet = QStringLiteral("outlet");
        QTest::newRow("Xi Jinping") << QStringLiteral("Xi Jinping") << person
                                    << QStringList { QStringLiteral("Jinping"),
                                           QStringLiteral("Chinese President Xi Jinping"),
                                           QStringLiteral("The Chinese president") };
        QTest::newRow("Joe Biden") << QStringLiteral("Joe Biden") << person << QStringList { QStringLiteral("Biden") };
        QTest::newRow("John Kerry") << QStringLiteral("John Kerry") << person << QStringList();
        QTest::newRow("Qin Gang") << QStringLiteral("Qin Gang") << person << QStringList();
        QTest::newRow("Karine Jean-Pierre") << QStringLiteral("Karine Jean-Pierre") << person << QStringList();
        QTest::newRow("Tsai Ing-wen") << QStringLiteral("Tsai Ing-wen") << person << QStringList();
        QTest::newRow("Paul J. Richards") << QStringLiteral("Paul J. Richards") << person << QStringList();
        QTest::newRow("United States") << QStringLiteral("US") << location
                                       << QStringList { QStringLiteral("U.S."), QStringLiteral("United States") };
        QTest::newRow("China") << QStringLiteral("China") << location << QStringList();
        QTest::newRow("Taiwan") << QStringLiteral("Taiwan") << location << QStringList();
        QTest::newRow("Washington, DC") << QStringLiteral("Washington, DC") << location << QStringList();
        QTest::newRow("Chengdu") << QStringLiteral("Chengdu") << location << QStringList();
        QTest::newRow("Houston") << QStringLiteral("Houston") << location << QStringList();
        QTest::newRow("Hong Kong") << QStringLiteral("Hong Kong") << location << QStringList();
        QTest::newRow("National Committee")
            << QStringLiteral("National Committee on US-China Relations") << organization << QStringList();
        QTest::newRow("Department of State") << QStringLiteral("Department of State") << organization << QStringList();
        QTest::newRow("White House") << QStringLiteral("White House") << organization << QStringList();
        QTest::newRow("Chinese Foreign Ministry")
            << QStringLiteral("Chinese Foreign Ministry") << organization << QStringList();
        QTest::newRow("Mainland Affairs Council")
            << QStringLiteral("Mainland Affairs Council") << organization << QStringList();
        QTest::newRow("MSN") << QStringLiteral("MSN") << outlet << QStringList();
        QTest::newRow("CNN") << QStringLiteral("CNN") << outlet << QStringList();
        QTest::newRow("BBC") << QStringLiteral("BBC") << outlet << QStringList();
        QTest::newRow("South China Morning Post")
            << QStringLiteral("South China Morning Post") << outlet << QStringList();
        QTest::newRow("AFP") << QStringLiteral("AFP") << outlet << QStringList();
        QTest::newRow("Getty Images") << QStringLiteral("Getty Images") << outlet << QStringList();
    }
    // name is a surface the article uses; the entity holding it must have the type and hold the other surfaces.
    void testEntity()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QStringList, surfaces);
        const Entity *e = named(name);
        if (!e)
            e = find(name);
        QVERIFY2(e, qPrintable(QStringLiteral("no entity for %1").arg(name)));
        QCOMPARE(entityTypeName(e->type), type);
        for (const QString &s : surfaces)
            QVERIFY2(e->name == s || e->aliases.contains(s), qPrintable(QStringLiteral("%1 lacks %2").arg(e->name, s)));
    }

    void testPersonNamesAreFull()
    {
        for (const QString &n : { QStringLiteral("Xi Jinping"), QStringLiteral("Joe Biden"),
                 QStringLiteral("Paul J. Richards"), QStringLiteral("Karine Jean-Pierre") })
            QVERIFY2(find(n), qPrintable(n));
        QCOMPARE(named(QStringLiteral("XI")), find(QStringLiteral("Xi Jinping"))); // the slug
        QVERIFY(find(QStringLiteral("Xi Jinping"))->aliases.contains(QStringLiteral("Xi")));
        QCOMPARE(named(QStringLiteral("Jinping")), find(QStringLiteral("Xi Jinping")));
        QCOMPARE(named(QStringLiteral("Biden")), find(QStringLiteral("Joe Biden")));
    }

    void testNotEntities_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : { "Cooperation", "Following", "Right", "Reports", "Weeks", "Last", "However", "Tags",
                 "Real", "Real Time Analytics", "Photo", "July", "To", "Cooperate", "Practice", "Mutual Respect" })
            QTest::newRow(w) << QString::fromLatin1(w);
    }
    void testNotEntities()
    {
        QFETCH(QString, word);
        for (const Entity &e : m_result.entities) {
            QVERIFY2(e.name != word && !e.aliases.contains(word), qPrintable(e.name));
            for (const Mention &m : e.mentions)
                QVERIFY2(
                    !m_article.textOf(m.span).startsWith(word + QLatin1Char(' ')) && m_article.textOf(m.span) != word,
                    qPrintable(m_article.textOf(m.span)));
        }
    }

    void testDemonymsAreAdjectival()
    {
        const Entity *china = named(QStringLiteral("China"));
        QVERIFY(china);
        int adjectival = 0;
        for (const Mention &m : china->mentions)
            if (m.kind == MentionKind::Adjectival) {
                QCOMPARE(m_article.textOf(m.span), QStringLiteral("Chinese"));
                ++adjectival;
            }
        QVERIFY(adjectival >= 5);
        QVERIFY(china->nameMentionCount() < int(china->mentions.size()));
    }
};

QTEST_GUILESS_MAIN(TestEntityGolden)
#include "tst_entitygolden.moc"
