// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "model/document.h"
#include "model/undostack.h"
#include "sampleanalysis.h"

#include <QSignalSpy>
#include <QTest>

using namespace Byline;

namespace {

enum class Action {
    AddNote,
    EditNote,
    RemoveNote,
    ImportNotes,
    RetypeEntity,
    RenameEntity,
    MergeEntities,
    SplitAliasEveryOccurrence,
    DismissOneMention,
    DismissEntity,
    AddEntityEveryOccurrence,
    AddEntityOnce,
    ChangeSpeaker,
    ChangeDateEveryOccurrence,
    WithdrawCorrection,
    AddQuote,
    AddSourceEveryOccurrence,
    AddTimeExpression,
    DismissQuote,
    DismissSource,
    DismissTimeExpressionEveryOccurrence,
};

// Everything a person can see of the document, one line per item, in document order.
QStringList dump(const Document &doc)
{
    QStringList lines;
    for (const Entity &e : doc.analysis().entities)
        lines << QStringLiteral("entity %1 (%2) %3 mentions").arg(e.name, entityTypeName(e.type)).arg(e.mentions.size());
    for (const Quote &q : doc.analysis().quotes)
        lines << QStringLiteral("quote %1 speaker %2 %3")
                     .arg(q.id, q.speaker ? q.speaker->name : QStringLiteral("none"),
                          q.speaker && !q.speaker->entityId.isEmpty() ? q.speaker->entityId : QStringLiteral("-"));
    for (const Quote &q : doc.analysis().quotes)
        lines << QStringLiteral("quote %1 (%2) \"%3\"").arg(q.id, quoteKindName(q.kind), doc.article().textOf(q.span));
    for (const Source &s : doc.analysis().sources)
        lines << QStringLiteral("source %1 (%2) %3 citations").arg(s.name, sourceKindName(s.kind)).arg(s.citations.size());
    for (const TimeExpression &t : doc.analysis().timeline)
        lines << QStringLiteral("time %1 = %2").arg(doc.article().textOf(t.span), t.value);
    for (const Note &n : doc.notes())
        lines << QStringLiteral("note %1: %2 [%3]").arg(doc.article().textOf(n.span), n.body, n.tag);
    return lines;
}

Span find(const Document &doc, const QString &what, int occurrence = 0)
{
    int pos = -1;
    for (int i = 0; i <= occurrence; ++i)
        pos = doc.article().text.indexOf(what, pos + 1);
    return pos < 0 ? Span() : Span(pos, pos + int(what.size()));
}

QString entityId(const Document &doc, const QString &name)
{
    for (const Entity &e : doc.analysis().entities)
        if (e.name == name)
            return e.id;
    return QString();
}

Note noteOn(const Document &doc, const QString &what, const QString &body, const QString &tag)
{
    Note n;
    n.id = Note::createId();
    n.span = find(doc, what);
    n.exact = what;
    n.body = body;
    n.tag = tag;
    return n;
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestDocumentCommands : public QObject
{
    Q_OBJECT

    // The sample article with its hand-made analysis, one stored note and one stored correction.
    void setUp(Document &doc)
    {
        doc.setArticle(Test::sampleArticle());
        doc.setAnalysis(Test::sampleAnalysis(doc.article().text));
        Correction c;
        c.id = QStringLiteral("stored-correction");
        c.kind = CorrectionKind::ChangeDateValue;
        c.surface = QStringLiteral("1949");
        c.span = find(doc, QStringLiteral("1949"));
        c.value = QStringLiteral("1949-10");
        Correction cnn;
        cnn.id = QStringLiteral("stored-source");
        cnn.kind = CorrectionKind::AddSource;
        cnn.surface = QStringLiteral("CNN");
        cnn.span = find(doc, QStringLiteral("CNN"));
        cnn.newName = QStringLiteral("CNN");
        doc.setUserAnnotations({noteOn(doc, QStringLiteral("Karine Jean-Pierre"), QStringLiteral("spokesperson"), QStringLiteral("who"))},
                               {c, cnn});
    }

    void perform(Document &doc, Action action)
    {
        switch (action) {
        case Action::AddNote:
            doc.addNote(noteOn(doc, QStringLiteral("Qin Gang"), QStringLiteral("check title"), QStringLiteral("check")));
            break;
        case Action::EditNote: {
            Note n = doc.notes().first();
            n.body = QStringLiteral("White House spokesperson");
            QVERIFY(doc.editNote(n));
            break;
        }
        case Action::RemoveNote: QVERIFY(doc.removeNote(doc.notes().first().id)); break;
        case Action::ImportNotes:
            QCOMPARE(doc.addNotes({noteOn(doc, QStringLiteral("Taiwan"), QStringLiteral("island"), QString()),
                                   noteOn(doc, QStringLiteral("CNN"), QStringLiteral("source?"), QStringLiteral("check")),
                                   doc.notes().first()},
                                  QStringLiteral("Import Annotations")),
                     2);
            break;
        case Action::RetypeEntity: QVERIFY(doc.retypeEntity(entityId(doc, QStringLiteral("MSN")), EntityType::Outlet)); break;
        case Action::RenameEntity: QVERIFY(doc.renameEntity(entityId(doc, QStringLiteral("Qin Gang")), QStringLiteral("Gang Qin"))); break;
        case Action::MergeEntities:
            QVERIFY(doc.mergeEntities(entityId(doc, QStringLiteral("Joe Biden")), entityId(doc, QStringLiteral("Biden"))));
            break;
        case Action::SplitAliasEveryOccurrence:
            QVERIFY(doc.splitAlias(entityId(doc, QStringLiteral("China")), find(doc, QStringLiteral("Chinese")), EntityType::Other,
                                   QString(), true));
            break;
        case Action::DismissOneMention:
            QVERIFY(doc.dismissEntity(entityId(doc, QStringLiteral("Taiwan")), find(doc, QStringLiteral("Taiwan")), false));
            break;
        case Action::DismissEntity:
            QVERIFY(doc.dismissEntity(entityId(doc, QStringLiteral("Karine Jean-Pierre")), Span(), true));
            break;
        case Action::AddEntityEveryOccurrence:
            QVERIFY(doc.addEntity(find(doc, QStringLiteral("South China Morning Post")), EntityType::Outlet, QString(), true));
            break;
        case Action::AddEntityOnce: QVERIFY(doc.addEntity(find(doc, QStringLiteral("CNN")), EntityType::Outlet, QString(), false)); break;
        case Action::ChangeSpeaker: QVERIFY(doc.changeSpeaker(QStringLiteral("q2"), QStringLiteral("White House"))); break;
        case Action::ChangeDateEveryOccurrence: QVERIFY(doc.changeDateValue(QStringLiteral("t2"), QStringLiteral("2021-W47"), true)); break;
        case Action::WithdrawCorrection: QVERIFY(doc.removeCorrection(QStringLiteral("stored-correction"))); break;
        case Action::AddQuote:
            QVERIFY(doc.addQuote(find(doc, QStringLiteral("the goal is not to seek specific deliverables")), QuoteKind::Indirect,
                                 QStringLiteral("Karine Jean-Pierre")));
            break;
        case Action::AddSourceEveryOccurrence:
            QVERIFY(doc.addSource(find(doc, QStringLiteral("Reports")), QString(), SourceKind::Anonymous, true));
            break;
        case Action::AddTimeExpression:
            QVERIFY(doc.addTimeExpression(find(doc, QStringLiteral("This week")), TimexType::Date, QStringLiteral("2021-W45"), false));
            break;
        case Action::DismissQuote: QVERIFY(doc.dismissQuote(QStringLiteral("q1"))); break;
        case Action::DismissSource: QVERIFY(doc.dismissSource(doc.analysis().sources.first().id, Span(), true)); break;
        case Action::DismissTimeExpressionEveryOccurrence: QVERIFY(doc.dismissTimeExpression(QStringLiteral("t2"), true)); break;
        }
    }

private Q_SLOTS:
    void testDoUndoRedo_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QStringList>("appear");
        QTest::addColumn<QStringList>("vanish");
        QTest::addColumn<int>("changes");

        const int notes = Document::Notes;
        const int entities = Document::Entities | Document::Quotes | Document::Sources;
        QTest::newRow("add a note") << Action::AddNote << QStringLiteral("Add Note")
                                    << QStringList{QStringLiteral("note Qin Gang: check title [check]")} << QStringList() << notes;
        QTest::newRow("edit a note") << Action::EditNote << QStringLiteral("Edit Note")
                                     << QStringList{QStringLiteral("note Karine Jean-Pierre: White House spokesperson [who]")}
                                     << QStringList{QStringLiteral("note Karine Jean-Pierre: spokesperson [who]")} << notes;
        QTest::newRow("delete a note") << Action::RemoveNote << QStringLiteral("Delete Note") << QStringList()
                                       << QStringList{QStringLiteral("note Karine Jean-Pierre: spokesperson [who]")} << notes;
        QTest::newRow("import two new notes and one already there")
            << Action::ImportNotes << QStringLiteral("Import Annotations")
            << QStringList{QStringLiteral("note Taiwan: island []"), QStringLiteral("note CNN: source? [check]")} << QStringList() << notes;
        QTest::newRow("retype MSN as an outlet")
            << Action::RetypeEntity << QStringLiteral("Change Entity Type") << QStringList{QStringLiteral("entity MSN (outlet) 1 mentions")}
            << QStringList{QStringLiteral("entity MSN (organization) 1 mentions")} << entities;
        QTest::newRow("rename Qin Gang")
            << Action::RenameEntity << QStringLiteral("Rename Entity") << QStringList{QStringLiteral("entity Gang Qin (person) 1 mentions")}
            << QStringList{QStringLiteral("entity Qin Gang (person) 1 mentions")} << entities;
        QTest::newRow("merge Biden into Joe Biden")
            << Action::MergeEntities << QStringLiteral("Merge Entities") << QStringList{QStringLiteral("entity Joe Biden (person) 7 mentions")}
            << QStringList{QStringLiteral("entity Joe Biden (person) 4 mentions"), QStringLiteral("entity Biden (person) 3 mentions")}
            << entities;
        QTest::newRow("split every \"Chinese\" off China")
            << Action::SplitAliasEveryOccurrence << QStringLiteral("Split Alias")
            << QStringList{QStringLiteral("entity China (location) 13 mentions"), QStringLiteral("entity Chinese (other) 8 mentions")}
            << QStringList{QStringLiteral("entity China (location) 21 mentions")} << entities;
        QTest::newRow("dismiss the first Taiwan mention only")
            << Action::DismissOneMention << QStringLiteral("Dismiss Entity") << QStringList{QStringLiteral("entity Taiwan (location) 8 mentions")}
            << QStringList{QStringLiteral("entity Taiwan (location) 9 mentions")} << entities;
        QTest::newRow("dismiss Karine Jean-Pierre: the quote keeps her name, loses the entity")
            << Action::DismissEntity << QStringLiteral("Dismiss Entity") << QStringList{QStringLiteral("quote q2 speaker Karine Jean-Pierre -")}
            << QStringList{QStringLiteral("entity Karine Jean-Pierre (person) 1 mentions"), QStringLiteral("quote q2 speaker Karine Jean-Pierre e7")}
            << entities;
        QTest::newRow("mark South China Morning Post everywhere: it wins over the China inside it")
            << Action::AddEntityEveryOccurrence << QStringLiteral("Mark as Entity")
            << QStringList{QStringLiteral("entity South China Morning Post (outlet) 1 mentions"), QStringLiteral("entity China (location) 20 mentions")}
            << QStringList{QStringLiteral("entity China (location) 21 mentions")} << entities;
        QTest::newRow("mark CNN once") << Action::AddEntityOnce << QStringLiteral("Mark as Entity")
                                       << QStringList{QStringLiteral("entity CNN (outlet) 1 mentions")} << QStringList() << entities;
        QTest::newRow("change the speaker of the reported speech")
            << Action::ChangeSpeaker << QStringLiteral("Change Speaker") << QStringList{QStringLiteral("quote q2 speaker White House -")}
            << QStringList{QStringLiteral("quote q2 speaker Karine Jean-Pierre e7")} << int(Document::Quotes);
        QTest::newRow("change every \"next week\"")
            << Action::ChangeDateEveryOccurrence << QStringLiteral("Change Date")
            << QStringList{QStringLiteral("time next week = 2021-W47")} << QStringList{QStringLiteral("time next week = 2021-W46")}
            << int(Document::Timeline);
        QTest::newRow("withdraw a stored correction")
            << Action::WithdrawCorrection << QStringLiteral("Withdraw Correction") << QStringList{QStringLiteral("time 1949 = 1949")}
            << QStringList{QStringLiteral("time 1949 = 1949-10")} << int(Document::Timeline);
        const int quotesAndSources = Document::Quotes | Document::Sources;
        QTest::newRow("mark reported speech as a quote by Karine Jean-Pierre")
            << Action::AddQuote << QStringLiteral("Mark as Quote")
            << QStringList{QStringLiteral("quote uq1 speaker Karine Jean-Pierre e7"),
                           QStringLiteral("quote uq1 (indirect) \"the goal is not to seek specific deliverables\"")}
            << QStringList() << quotesAndSources;
        QTest::newRow("mark every \"Reports\" as an anonymous source")
            << Action::AddSourceEveryOccurrence << QStringLiteral("Mark as Source")
            << QStringList{QStringLiteral("source Reports (anonymous) 2 citations")} << QStringList() << quotesAndSources;
        QTest::newRow("mark \"This week\" as a date")
            << Action::AddTimeExpression << QStringLiteral("Mark as Date") << QStringList{QStringLiteral("time This week = 2021-W45")}
            << QStringList() << int(Document::Timeline);
        QTest::newRow("dismiss the direct quote")
            << Action::DismissQuote << QStringLiteral("Dismiss Quote") << QStringList()
            << QStringList{QStringLiteral("quote q1 speaker Xi Jinping e1")} << quotesAndSources;
        QTest::newRow("dismiss the source CNN")
            << Action::DismissSource << QStringLiteral("Dismiss Source") << QStringList()
            << QStringList{QStringLiteral("source CNN (outlet) 1 citations")} << quotesAndSources;
        QTest::newRow("dismiss every \"next week\" as a date")
            << Action::DismissTimeExpressionEveryOccurrence << QStringLiteral("Dismiss Date") << QStringList()
            << QStringList{QStringLiteral("time next week = 2021-W46")} << int(Document::Timeline);
    }
    void testDoUndoRedo()
    {
        QFETCH(Action, action);
        QFETCH(QString, undoText);
        QFETCH(QStringList, appear);
        QFETCH(QStringList, vanish);
        QFETCH(int, changes);

        Document doc;
        setUp(doc);
        const QStringList before = dump(doc);
        for (const QString &line : std::as_const(appear))
            QVERIFY2(!before.contains(line), qPrintable(line));
        for (const QString &line : std::as_const(vanish))
            QVERIFY2(before.contains(line), qPrintable(line));

        QList<int> emitted;
        const QMetaObject::Connection recorder =
            connect(&doc, &Document::changed, this, [&emitted](Document::Changes what) { emitted.append(int(what)); });
        perform(doc, action);
        disconnect(recorder);
        if (QTest::currentTestFailed())
            return;
        const QStringList after = dump(doc);
        for (const QString &line : std::as_const(appear))
            QVERIFY2(after.contains(line), qPrintable(line));
        for (const QString &line : std::as_const(vanish))
            QVERIFY2(!after.contains(line), qPrintable(line));
        QCOMPARE(emitted, QList<int>{changes});
        QCOMPARE(doc.undoStack()->undoText(), undoText);

        doc.undoStack()->undo();
        QCOMPARE(dump(doc), before);
        QCOMPARE(doc.undoStack()->redoText(), undoText);
        QVERIFY(!doc.undoStack()->canUndo());

        doc.undoStack()->redo();
        QCOMPARE(dump(doc), after);
        QVERIFY(!doc.undoStack()->canRedo());
    }

    void testCorrectionsSurviveANewAnalysis()
    {
        Document doc;
        setUp(doc);
        doc.retypeEntity(entityId(doc, QStringLiteral("MSN")), EntityType::Outlet);
        doc.mergeEntities(entityId(doc, QStringLiteral("Joe Biden")), entityId(doc, QStringLiteral("Biden")));
        doc.renameEntity(entityId(doc, QStringLiteral("Joe Biden")), QStringLiteral("President Joe Biden"));
        doc.changeSpeaker(QStringLiteral("q2"), QStringLiteral("White House"));
        const QStringList corrected = dump(doc);

        // A later analysis numbers everything differently; corrections are keyed by text, not ids.
        AnalysisResult again = Test::sampleAnalysis(doc.article().text);
        std::reverse(again.entities.begin(), again.entities.end());
        for (int i = 0; i < again.entities.size(); ++i)
            again.entities[i].id = QStringLiteral("x%1").arg(i);
        for (Quote &q : again.quotes)
            q.speaker->entityId.clear();
        doc.setAnalysis(again);
        const QStringList reanalysed = dump(doc);
        QVERIFY(reanalysed.contains(QStringLiteral("entity MSN (outlet) 1 mentions")));
        QVERIFY(reanalysed.contains(QStringLiteral("entity President Joe Biden (person) 7 mentions")));
        QVERIFY(reanalysed.contains(QStringLiteral("quote q2 speaker White House -")));
        QCOMPARE(reanalysed.filter(QStringLiteral("entity ")), corrected.filter(QStringLiteral("entity ")));
        // Re-analysis is not an undo step.
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void testCorrectionsSurviveTheRealPipeline()
    {
        const Resources &resources = Resources::instance();
        const Pipeline pipeline = Pipeline::createDefault(resources);
        Document doc;
        doc.setArticle(Test::sampleArticle());
        doc.setAnalysis(pipeline.run(doc.article(), resources));
        const int automatic = int(doc.analysis().entities.size());
        // Words the pipeline does not take for an entity, and an entity it finds with a type to correct.
        const Span luncheon = find(doc, QStringLiteral("State Luncheon"));
        QVERIFY(luncheon.isValid());
        for (const Entity &e : doc.automaticAnalysis().entities)
            for (const Mention &m : e.mentions)
                QVERIFY2(!m.span.overlaps(luncheon), qPrintable(e.name));
        const QString karine = entityId(doc, QStringLiteral("Karine Jean-Pierre"));
        QVERIFY(!karine.isEmpty());
        QCOMPARE(doc.analysis().entity(karine)->type, EntityType::Person);
        QVERIFY(doc.addEntity(luncheon, EntityType::Other, QString(), true));
        QVERIFY(doc.retypeEntity(karine, EntityType::Organization));
        QCOMPARE(int(doc.analysis().entities.size()), automatic + 1);

        // A changed publication date means a new analysis: the person's decisions stay.
        doc.setPublished(QDate(2021, 11, 12));
        doc.setAnalysis(pipeline.run(doc.article(), resources));
        const QStringList lines = dump(doc);
        QVERIFY(lines.contains(QStringLiteral("entity State Luncheon (other) 1 mentions")));
        QVERIFY(lines.contains(QStringLiteral("entity Karine Jean-Pierre (organization) 1 mentions")));
        QCOMPARE(int(doc.analysis().entities.size()), automatic + 1);
        QCOMPARE(doc.automaticAnalysis().entity(entityId(doc, QStringLiteral("State Luncheon"))), nullptr);
        QCOMPARE(doc.automaticAnalysis().entity(karine)->type, EntityType::Person);
    }

    void testMarkedItemsSurviveTheRealPipeline()
    {
        const Resources &resources = Resources::instance();
        const Pipeline pipeline = Pipeline::createDefault(resources);
        Document doc;
        doc.setArticle(Test::sampleArticle());
        doc.setAnalysis(pipeline.run(doc.article(), resources));
        const AnalysisResult automatic = doc.analysis();
        QVERIFY(!automatic.quotes.isEmpty());
        QVERIFY(!automatic.timeline.isEmpty());
        const Quote falseQuote = automatic.quotes.first();
        const TimeExpression falseDate = automatic.timeline.first();

        const Span goal = find(doc, QStringLiteral("the goal is not to seek specific deliverables"));
        QVERIFY(doc.addQuote(goal, QuoteKind::Indirect, QString()));
        QString addedId;
        for (const Quote &q : doc.analysis().quotes)
            if (q.span == goal)
                addedId = q.id;
        QVERIFY(!addedId.isEmpty());
        QVERIFY(doc.changeSpeaker(addedId, QStringLiteral("Karine Jean-Pierre")));
        QVERIFY(doc.addSource(find(doc, QStringLiteral("Reports")), QString(), SourceKind::Anonymous, true));
        QVERIFY(doc.addTimeExpression(find(doc, QStringLiteral("Weeks later")), TimexType::Duration, QStringLiteral("P2W"), false));
        QVERIFY(doc.dismissQuote(falseQuote.id));
        QVERIFY(doc.dismissTimeExpression(falseDate.id, false));
        const QStringList corrected = dump(doc);
        QVERIFY(corrected.contains(QStringLiteral("quote %1 (indirect) \"the goal is not to seek specific deliverables\"").arg(addedId)));
        QVERIFY(corrected.contains(QStringLiteral("source Reports (anonymous) 2 citations")));
        QVERIFY(corrected.contains(QStringLiteral("time Weeks later = P2W")));

        // A changed publication date means a new analysis: what the person marked and dismissed stays.
        doc.setPublished(QDate(2021, 11, 12));
        doc.setAnalysis(pipeline.run(doc.article(), resources));
        const AnalysisResult &again = doc.analysis();
        QCOMPARE(dump(doc).filter(QStringLiteral("quote ")), corrected.filter(QStringLiteral("quote ")));
        QCOMPARE(dump(doc).filter(QStringLiteral("source ")), corrected.filter(QStringLiteral("source ")));
        QVERIFY(dump(doc).contains(QStringLiteral("time Weeks later = P2W")));
        QVERIFY(std::none_of(again.quotes.cbegin(), again.quotes.cend(), [&](const Quote &q) { return q.span == falseQuote.span; }));
        QVERIFY(std::none_of(again.timeline.cbegin(), again.timeline.cend(), [&](const TimeExpression &t) { return t.span == falseDate.span; }));
        QVERIFY(std::any_of(doc.automaticAnalysis().quotes.cbegin(), doc.automaticAnalysis().quotes.cend(),
                            [&](const Quote &q) { return q.span == falseQuote.span; }));
        QCOMPARE(doc.undoStack()->count(), 6);
    }

    void testCorrectionFollowsMovedText()
    {
        Document doc;
        setUp(doc);
        doc.retypeEntity(entityId(doc, QStringLiteral("MSN")), EntityType::Outlet);
        doc.dismissEntity(entityId(doc, QStringLiteral("Taiwan")), find(doc, QStringLiteral("Taiwan"), 2), false);
        const QList<Correction> corrections = doc.corrections();

        // The article gained a paragraph at the top; the dismissed mention moved with its words.
        Article changed = doc.article();
        const QString lead = QStringLiteral("Editor's note: updated with comment.\n");
        changed.text.prepend(lead);
        Document other;
        other.setArticle(changed);
        other.setAnalysis(Test::sampleAnalysis(changed.text));
        other.setUserAnnotations({}, corrections);
        QVERIFY(dump(other).contains(QStringLiteral("entity MSN (outlet) 1 mentions")));
        const Entity *taiwan = other.analysis().entity(entityId(other, QStringLiteral("Taiwan")));
        QVERIFY(taiwan);
        QCOMPARE(taiwan->mentions.size(), 8);
        const Span third = find(other, QStringLiteral("Taiwan"), 2);
        QVERIFY(std::none_of(taiwan->mentions.cbegin(), taiwan->mentions.cend(), [third](const Mention &m) { return m.span == third; }));
    }

    void testUndoStackSignalsAndClean()
    {
        Document doc;
        setUp(doc);
        UndoStack *stack = doc.undoStack();
        QVERIFY(stack->isClean());
        QSignalSpy canUndo(stack, &UndoStack::canUndoChanged);
        QSignalSpy clean(stack, &UndoStack::cleanChanged);
        doc.addNote(noteOn(doc, QStringLiteral("Qin Gang"), QString(), QString()));
        QCOMPARE(stack->undoText(), QStringLiteral("Add Highlight"));
        QCOMPARE(canUndo.size(), 1);
        QCOMPARE(clean.size(), 1);
        stack->setClean();
        doc.addNote(noteOn(doc, QStringLiteral("MSN"), QStringLiteral("via"), QString()));
        stack->undo();
        QVERIFY(stack->isClean());
        stack->undo();
        // A new decision after undoing discards what could be redone, and the clean state with it.
        doc.addNote(noteOn(doc, QStringLiteral("CNN"), QStringLiteral("x"), QString()));
        QCOMPARE(stack->count(), 1);
        QVERIFY(!stack->canRedo());
        QCOMPARE(stack->cleanIndex(), -1);
        QVERIFY(!stack->isClean());
        // A new article starts a new history.
        doc.setArticle(Test::sampleArticle());
        QCOMPARE(stack->count(), 0);
        QVERIFY(doc.notes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentCommands)
#include "tst_documentcommands.moc"
