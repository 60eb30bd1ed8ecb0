// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/correction.h"

#include <QTest>

using namespace Byline;

Q_DECLARE_METATYPE(Byline::Correction)

namespace {

const QString kText = QStringLiteral("The US and the USA. Xi met Biden in US talks; Biden smiled.");

Span at(const QString &what, int occurrence = 0)
{
    int pos = -1;
    for (int i = 0; i <= occurrence; ++i)
        pos = kText.indexOf(what, pos + 1);
    return Span(pos, pos + int(what.size()));
}

AnalysisResult analysis()
{
    AnalysisResult r;
    Entity xi{QStringLiteral("e1"), EntityType::Person, QStringLiteral("Xi"), {}, {Mention{at(QStringLiteral("Xi")), MentionKind::Name, QString()}}};
    Entity biden{QStringLiteral("e2"), EntityType::Organization, QStringLiteral("Biden"), {},
                 {Mention{at(QStringLiteral("Biden")), MentionKind::Name, QString()},
                  Mention{at(QStringLiteral("Biden"), 1), MentionKind::Name, QString()}}};
    r.entities = {xi, biden};
    return r;
}

QString describe(const AnalysisResult &r)
{
    QStringList out;
    for (const Entity &e : r.entities) {
        QStringList mentions;
        for (const Mention &m : e.mentions)
            mentions << QString::number(m.span.start);
        out << QStringLiteral("%1:%2:%3@%4").arg(e.id, e.name, entityTypeName(e.type), mentions.join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char(' '));
}

Correction make(CorrectionKind kind, const QString &entity, const QString &surface, Span span)
{
    Correction c;
    c.id = QStringLiteral("c");
    c.kind = kind;
    c.entityName = entity;
    c.surface = surface;
    c.span = span;
    return c;
}

} // namespace

class TestCorrection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testApply_data()
    {
        QTest::addColumn<QList<Correction>>("corrections");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no corrections") << QList<Correction>() << QStringLiteral("e1:Xi:person@20 e2:Biden:organization@27,46");
        Correction retype = make(CorrectionKind::RetypeEntity, QStringLiteral("Biden"), QString(), Span());
        retype.type = EntityType::Person;
        QTest::newRow("retype by name") << QList<Correction>{retype} << QStringLiteral("e1:Xi:person@20 e2:Biden:person@27,46");
        Correction gone = retype;
        gone.entityName = QStringLiteral("Putin");
        QTest::newRow("a correction whose entity is gone changes nothing")
            << QList<Correction>{gone} << QStringLiteral("e1:Xi:person@20 e2:Biden:organization@27,46");
        Correction rename = make(CorrectionKind::RenameEntity, QStringLiteral("Biden"), QString(), Span());
        rename.newName = QStringLiteral("Joe Biden");
        Correction retypeRenamed = retype;
        retypeRenamed.entityName = QStringLiteral("Joe Biden");
        QTest::newRow("corrections apply in order: a retype finds the renamed entity")
            << QList<Correction>{rename, retypeRenamed} << QStringLiteral("e1:Xi:person@20 e2:Joe Biden:person@27,46");
        QTest::newRow("out of order the retype finds nothing")
            << QList<Correction>{retypeRenamed, rename} << QStringLiteral("e1:Xi:person@20 e2:Joe Biden:organization@27,46");
        Correction addUs = make(CorrectionKind::AddEntity, QString(), QStringLiteral("US"), at(QStringLiteral("US")));
        addUs.type = EntityType::Location;
        addUs.everyOccurrence = true;
        QTest::newRow("every occurrence is whole words: not the US in USA")
            << QList<Correction>{addUs} << QStringLiteral("u1:US:location@4,36 e1:Xi:person@20 e2:Biden:organization@27,46");
        Correction addOnce = addUs;
        addOnce.everyOccurrence = false;
        addOnce.span = at(QStringLiteral("US"), 2); // "US talks"
        QTest::newRow("one occurrence: the one at the span")
            << QList<Correction>{addOnce} << QStringLiteral("e1:Xi:person@20 e2:Biden:organization@27,46 u1:US:location@36");
        Correction moved = addOnce;
        moved.span = Span(30, 32); // the text moved since: the nearest "US" is taken
        QTest::newRow("span no longer reads the words: nearest occurrence")
            << QList<Correction>{moved} << QStringLiteral("e1:Xi:person@20 e2:Biden:organization@27,46 u1:US:location@36");
        Correction dismiss = make(CorrectionKind::DismissEntity, QStringLiteral("Biden"), QStringLiteral("Biden"), at(QStringLiteral("Biden"), 1));
        QTest::newRow("dismiss one mention") << QList<Correction>{dismiss} << QStringLiteral("e1:Xi:person@20 e2:Biden:organization@27");
        Correction merge = make(CorrectionKind::MergeEntities, QStringLiteral("Xi"), QString(), Span());
        merge.otherEntity = QStringLiteral("Biden");
        QTest::newRow("merge (nonsense, but what was asked)") << QList<Correction>{merge} << QStringLiteral("e1:Xi:person@20,27,46");
        Correction addOverlapping = make(CorrectionKind::AddEntity, QString(), QStringLiteral("Xi met Biden"), at(QStringLiteral("Xi met Biden")));
        addOverlapping.type = EntityType::Other;
        QTest::newRow("an added entity replaces the mentions it overlaps")
            << QList<Correction>{addOverlapping} << QStringLiteral("u1:Xi met Biden:other@20 e2:Biden:organization@46");
    }
    void testApply()
    {
        QFETCH(QList<Correction>, corrections);
        QTEST(describe(applyCorrections(analysis(), corrections, kText)), "expected");
    }

    void testJsonRoundTrip()
    {
        Correction c = make(CorrectionKind::SplitAlias, QStringLiteral("China"), QStringLiteral("Chinese"), Span(3, 10));
        c.everyOccurrence = true;
        c.type = EntityType::Other;
        c.newName = QStringLiteral("Chinese people");
        c.created = QDateTime(QDate(2026, 11, 27), QTime(23, 0), Qt::UTC);
        const std::optional<Correction> back = Correction::fromJson(c.toJson());
        QVERIFY(back);
        QVERIFY(*back == c);
        QJsonObject unknown = c.toJson();
        unknown.insert(QStringLiteral("kind"), QStringLiteral("translate-entity"));
        QVERIFY(!Correction::fromJson(unknown));
    }
};

QTEST_GUILESS_MAIN(TestCorrection)
#include "tst_correction.moc"
