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

// The sentence with a quote (by Xi, through the source Xi), one source and two dates on "US".
AnalysisResult layers()
{
    AnalysisResult r = analysis();
    Quote q;
    q.id = QStringLiteral("q1");
    q.span = at(QStringLiteral("Biden in US talks"));
    q.speaker = Speaker{QStringLiteral("e1"), QStringLiteral("Xi"), at(QStringLiteral("Xi"))};
    q.sourceId = QStringLiteral("s1");
    r.quotes = {q};
    Source s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("Xi");
    s.kind = SourceKind::Official;
    s.entityId = QStringLiteral("e1");
    s.citations = {Citation{at(QStringLiteral("Xi")), Span(), QString(), {QStringLiteral("q1")}}};
    r.sources = {s};
    TimeExpression first;
    first.id = QStringLiteral("t1");
    first.span = at(QStringLiteral("US"));
    first.value = QStringLiteral("2021-11");
    TimeExpression second = first;
    second.id = QStringLiteral("t2");
    second.span = at(QStringLiteral("US"), 2);
    second.value = QStringLiteral("2021-12");
    r.timeline = {first, second};
    return r;
}

// quotes | sources | timeline, each item id:what@starts.
QString describeLayers(const AnalysisResult &r)
{
    QStringList quotes;
    for (const Quote &q : r.quotes)
        quotes << QStringLiteral("%1:%2:%3/%4@%5>%6")
                      .arg(q.id, quoteKindName(q.kind), q.speaker ? q.speaker->name : QStringLiteral("-"),
                           q.speaker ? q.speaker->entityId : QString())
                      .arg(q.span.start)
                      .arg(q.sourceId);
    QStringList sources;
    for (const Source &s : r.sources) {
        QStringList citations;
        for (const Citation &c : s.citations)
            citations << QStringLiteral("%1[%2]").arg(c.span.start).arg(c.claims.join(QLatin1Char(',')));
        sources << QStringLiteral("%1:%2:%3/%4@%5").arg(s.id, s.name, sourceKindName(s.kind), s.entityId, citations.join(QLatin1Char(',')));
    }
    QStringList timeline;
    for (const TimeExpression &t : r.timeline)
        timeline << QStringLiteral("%1:%2:%3@%4").arg(t.id, timexTypeName(t.type), t.value).arg(t.span.start);
    return quotes.join(QLatin1Char(' ')) + QStringLiteral(" | ") + sources.join(QLatin1Char(' ')) + QStringLiteral(" | ")
        + timeline.join(QLatin1Char(' '));
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

    void testApplyLayers_data()
    {
        QTest::addColumn<QList<Correction>>("corrections");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no corrections") << QList<Correction>()
                                        << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction quote = make(CorrectionKind::AddQuote, QString(), QStringLiteral("in US talks"), at(QStringLiteral("in US talks")));
        quote.quoteKind = QuoteKind::Indirect;
        quote.newName = QStringLiteral("Biden");
        QTest::newRow("a marked quote replaces the quote it overlaps, and the claim on it goes")
            << QList<Correction>{quote} << QStringLiteral("uq1:indirect:Biden/e2@33> | s1:Xi:official/e1@20[] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction nobody = make(CorrectionKind::AddQuote, QString(), QStringLiteral("Biden smiled"), at(QStringLiteral("Biden smiled")));
        QTest::newRow("a marked quote without speaker, in text order")
            << QList<Correction>{nobody}
            << QStringLiteral("q1:direct:Xi/e1@27>s1 uq1:direct:-/@46> | s1:Xi:official/e1@20[q1] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction speaker = make(CorrectionKind::ChangeSpeaker, QString(), QStringLiteral("Biden smiled"), at(QStringLiteral("Biden smiled")));
        speaker.newName = QStringLiteral("Xi");
        QTest::newRow("the speaker of a marked quote changed later")
            << QList<Correction>{nobody, speaker}
            << QStringLiteral("q1:direct:Xi/e1@27>s1 uq1:direct:Xi/e1@46> | s1:Xi:official/e1@20[q1] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction source = make(CorrectionKind::AddSource, QString(), QStringLiteral("Biden"), at(QStringLiteral("Biden")));
        source.newName = QStringLiteral("Biden");
        source.sourceKind = SourceKind::Agency;
        source.everyOccurrence = true;
        QTest::newRow("a source cited at every occurrence, linked to the entity of its name")
            << QList<Correction>{source}
            << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] us1:Biden:agency/e2@27[],46[] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction replacing = make(CorrectionKind::AddSource, QString(), QStringLiteral("Xi met"), at(QStringLiteral("Xi met")));
        replacing.newName = QStringLiteral("Xinhua");
        QTest::newRow("a marked citation replaces the one it overlaps; the source left uncited goes, and the quote's link")
            << QList<Correction>{replacing} << QStringLiteral("q1:direct:Xi/e1@27> | us1:Xinhua:outlet/@20[] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction time = make(CorrectionKind::AddTimeExpression, QString(), QStringLiteral("USA"), at(QStringLiteral("USA")));
        time.value = QStringLiteral("2020");
        QTest::newRow("a marked date takes its place in the timeline")
            << QList<Correction>{time}
            << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] | ut1:DATE:2020@15 t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction replaceDate = make(CorrectionKind::AddTimeExpression, QString(), QStringLiteral("US talks"), at(QStringLiteral("US talks")));
        replaceDate.timexType = TimexType::Duration;
        replaceDate.value = QStringLiteral("P1D");
        QTest::newRow("a marked duration replaces the date it overlaps")
            << QList<Correction>{replaceDate}
            << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] | t1:DATE:2021-11@4 ut1:DURATION:P1D@36");
        QTest::newRow("dismiss a quote: the citation's claim goes")
            << QList<Correction>{make(CorrectionKind::DismissQuote, QString(), QStringLiteral("Biden in US talks"), at(QStringLiteral("Biden in US talks")))}
            << QStringLiteral(" | s1:Xi:official/e1@20[] | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        QTest::newRow("dismiss the only citation: the source goes")
            << QList<Correction>{make(CorrectionKind::DismissSource, QStringLiteral("Xi"), QStringLiteral("Xi"), at(QStringLiteral("Xi")))}
            << QStringLiteral("q1:direct:Xi/e1@27> |  | t1:DATE:2021-11@4 t2:DATE:2021-12@36");
        Correction oneDate = make(CorrectionKind::DismissTimeExpression, QString(), QStringLiteral("US"), at(QStringLiteral("US"), 2));
        QTest::newRow("dismiss one date")
            << QList<Correction>{oneDate} << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] | t1:DATE:2021-11@4");
        Correction everyDate = oneDate;
        everyDate.everyOccurrence = true;
        QTest::newRow("dismiss every date reading the same words")
            << QList<Correction>{everyDate} << QStringLiteral("q1:direct:Xi/e1@27>s1 | s1:Xi:official/e1@20[q1] | ");
    }
    void testApplyLayers()
    {
        QFETCH(QList<Correction>, corrections);
        QTEST(describeLayers(applyCorrections(layers(), corrections, kText)), "expected");
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
        // Each kind that marks words keeps what it marked them as.
        Correction quote = make(CorrectionKind::AddQuote, QString(), QStringLiteral("Biden smiled"), at(QStringLiteral("Biden smiled")));
        quote.quoteKind = QuoteKind::Partial;
        quote.newName = QStringLiteral("Xi");
        Correction source = make(CorrectionKind::AddSource, QString(), QStringLiteral("Xi"), at(QStringLiteral("Xi")));
        source.sourceKind = SourceKind::Official;
        source.everyOccurrence = true;
        Correction time = make(CorrectionKind::AddTimeExpression, QString(), QStringLiteral("USA"), at(QStringLiteral("USA")));
        time.timexType = TimexType::Duration;
        time.value = QStringLiteral("P3D");
        for (const Correction &marked : {quote, source, time}) {
            const std::optional<Correction> again = Correction::fromJson(marked.toJson());
            QVERIFY(again);
            QCOMPARE(again->quoteKind, marked.quoteKind);
            QCOMPARE(again->sourceKind, marked.sourceKind);
            QCOMPARE(again->timexType, marked.timexType);
            QVERIFY(*again == marked);
        }
        QVERIFY(!c.toJson().contains(QStringLiteral("quoteKind")));
        QJsonObject unknown = c.toJson();
        unknown.insert(QStringLiteral("kind"), QStringLiteral("translate-entity"));
        QVERIFY(!Correction::fromJson(unknown));
    }
};

QTEST_GUILESS_MAIN(TestCorrection)
#include "tst_correction.moc"
