// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/sampleanalysis.h"
#include "correctiondialog.h"
#include "model/document.h"
#include "model/undostack.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Byline;

namespace {

enum class Dialog { MarkAsEntity, Retype, Rename, Merge, Split, Dismiss, Speaker, Date };
enum class Mark { Quote, Source, Date, DismissSource, DismissDate };

// Answers the dialog about to open: type (index into Person, Organization, Location, Outlet,
// Other; -1 leaves it), name/value text (null leaves it), choice text, every-occurrence box.
void answer(int type, const QString &name, const QString &choice, int every, bool ok)
{
    QTimer::singleShot(0, [=]() {
        auto *dialog = qobject_cast<CorrectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (type >= 0)
            dialog->findChild<QComboBox *>(QStringLiteral("correctionType"))->setCurrentIndex(type);
        if (!name.isNull()) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("correctionName"));
            edit->clear();
            QTest::keyClicks(edit, name);
        }
        if (!choice.isNull()) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("correctionChoice"));
            if (combo->isEditable())
                combo->setCurrentText(choice);
            else
                combo->setCurrentIndex(combo->findText(choice));
        }
        if (every >= 0)
            dialog->findChild<QCheckBox *>(QStringLiteral("correctionEvery"))->setChecked(every == 1);
        dialog->findChild<QDialogButtonBox *>()->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
}

QString entityId(const Document &doc, const QString &name)
{
    for (const Entity &e : doc.analysis().entities)
        if (e.name == name)
            return e.id;
    return QString();
}

Span find(const Document &doc, const QString &what)
{
    const int pos = int(doc.article().text.indexOf(what));
    return pos < 0 ? Span() : Span(pos, pos + int(what.size()));
}

QString describe(const Document &doc, const QString &entityName)
{
    for (const Entity &e : doc.analysis().entities)
        if (e.name == entityName)
            return QStringLiteral("%1 (%2) %3").arg(e.name, entityTypeName(e.type)).arg(e.mentions.size());
    return QStringLiteral("none");
}

} // namespace

// Answers the dialog about to open: kind (index in the kind list; -1 leaves it), name/value
// text and speaker (null leaves them), every-occurrence box (-1 leaves it).
void answerMark(int kind, const QString &name, const QString &speaker, int every, bool ok)
{
    QTimer::singleShot(0, [=]() {
        auto *dialog = qobject_cast<CorrectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (kind >= 0)
            dialog->findChild<QComboBox *>(QStringLiteral("correctionKind"))->setCurrentIndex(kind);
        if (!name.isNull()) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("correctionName"));
            edit->clear();
            QTest::keyClicks(edit, name);
        }
        if (!speaker.isNull())
            dialog->findChild<QComboBox *>(QStringLiteral("correctionChoice"))->setCurrentText(speaker);
        if (every >= 0)
            dialog->findChild<QCheckBox *>(QStringLiteral("correctionEvery"))->setChecked(every == 1);
        dialog->findChild<QDialogButtonBox *>()->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
}

// The quotes, sources and timeline as one line each: "quote indirect Karine Jean-Pierre: the goal…".
QStringList layers(const Document &doc)
{
    QStringList lines;
    for (const Quote &q : doc.analysis().quotes)
        lines << QStringLiteral("quote %1 %2: %3")
                     .arg(quoteKindName(q.kind), q.speaker ? q.speaker->name : QStringLiteral("-"), doc.article().textOf(q.span));
    for (const Source &s : doc.analysis().sources)
        lines << QStringLiteral("source %1 (%2) %3").arg(s.name, sourceKindName(s.kind)).arg(s.citations.size());
    for (const TimeExpression &t : doc.analysis().timeline)
        lines << QStringLiteral("time %1 %2 = %3").arg(doc.article().textOf(t.span), timexTypeName(t.type), t.value);
    return lines;
}

Q_DECLARE_METATYPE(Dialog)
Q_DECLARE_METATYPE(Mark)

class TestCorrectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDialogs_data()
    {
        QTest::addColumn<Dialog>("dialog");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("every");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("check");    // what to look at after: an entity name, "q2" or "t2"
        QTest::addColumn<QString>("expected"); // what it must read, "unchanged" when the dialog changes nothing

        QTest::newRow("mark South China Morning Post as an outlet everywhere")
            << Dialog::MarkAsEntity << 3 << QString() << QString() << 1 << true << QStringLiteral("South China Morning Post")
            << QStringLiteral("South China Morning Post (outlet) 1");
        QTest::newRow("retype MSN as an outlet")
            << Dialog::Retype << 3 << QString() << QString() << -1 << true << QStringLiteral("MSN") << QStringLiteral("MSN (outlet) 1");
        QTest::newRow("cancel leaves MSN alone")
            << Dialog::Retype << 3 << QString() << QString() << -1 << false << QStringLiteral("MSN") << QStringLiteral("unchanged");
        QTest::newRow("rename Qin Gang") << Dialog::Rename << -1 << QStringLiteral("Gang Qin") << QString() << -1 << true
                                         << QStringLiteral("Gang Qin") << QStringLiteral("Gang Qin (person) 1");
        QTest::newRow("merge Biden into Joe Biden") << Dialog::Merge << -1 << QString() << QStringLiteral("Biden (Person)") << -1 << true
                                                    << QStringLiteral("Joe Biden") << QStringLiteral("Joe Biden (person) 7");
        QTest::newRow("split one \"Chinese\" off China") << Dialog::Split << 4 << QStringLiteral("Chinese") << QString() << 0 << true
                                                        << QStringLiteral("Chinese") << QStringLiteral("Chinese (other) 1");
        QTest::newRow("dismiss one Taiwan mention") << Dialog::Dismiss << -1 << QString() << QString() << 0 << true
                                                    << QStringLiteral("Taiwan") << QStringLiteral("Taiwan (location) 8");
        QTest::newRow("the reported speech is by the White House")
            << Dialog::Speaker << -1 << QString() << QStringLiteral("White House") << -1 << true << QStringLiteral("q2")
            << QStringLiteral("White House");
        QTest::newRow("next week is week 47, everywhere") << Dialog::Date << -1 << QStringLiteral("2021-W47") << QString() << 1 << true
                                                        << QStringLiteral("t3") << QStringLiteral("2021-W47");
        QTest::newRow("a value that is not TimeML is refused") << Dialog::Date << -1 << QStringLiteral("next Monday") << QString() << 1
                                                              << true << QStringLiteral("t3") << QStringLiteral("unchanged");
    }
    void testDialogs()
    {
        QFETCH(Dialog, dialog);
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, choice);
        QFETCH(int, every);
        QFETCH(bool, ok);
        QFETCH(QString, check);
        QFETCH(QString, expected);

        Document doc;
        doc.setArticle(Test::sampleArticle());
        doc.setAnalysis(Test::sampleAnalysis(doc.article().text));
        answer(type, name, choice, every, ok);
        bool done = false;
        switch (dialog) {
        case Dialog::MarkAsEntity: done = CorrectionDialog::markAsEntity(&doc, find(doc, QStringLiteral("South China Morning Post"))); break;
        case Dialog::Retype: done = CorrectionDialog::retypeEntity(&doc, entityId(doc, QStringLiteral("MSN"))); break;
        case Dialog::Rename: done = CorrectionDialog::renameEntity(&doc, entityId(doc, QStringLiteral("Qin Gang"))); break;
        case Dialog::Merge: done = CorrectionDialog::mergeEntity(&doc, entityId(doc, QStringLiteral("Joe Biden"))); break;
        case Dialog::Split:
            done = CorrectionDialog::splitAlias(&doc, entityId(doc, QStringLiteral("China")), find(doc, QStringLiteral("Chinese")));
            break;
        case Dialog::Dismiss:
            done = CorrectionDialog::dismissEntity(&doc, entityId(doc, QStringLiteral("Taiwan")), find(doc, QStringLiteral("Taiwan")));
            break;
        case Dialog::Speaker: done = CorrectionDialog::changeSpeaker(&doc, QStringLiteral("q2")); break;
        case Dialog::Date: done = CorrectionDialog::changeDateValue(&doc, QStringLiteral("t2")); break;
        }
        if (expected == QLatin1String("unchanged")) {
            QVERIFY(!done);
            QCOMPARE(doc.undoStack()->count(), 0);
            return;
        }
        QVERIFY(done);
        QCOMPARE(doc.undoStack()->count(), 1);
        if (check == QLatin1String("q2")) {
            QCOMPARE(doc.analysis().quotes.at(1).speaker->name, expected);
        } else if (check == QLatin1String("t3")) {
            // By id: a changed value moves the expression in the timeline.
            const auto t3 = std::find_if(doc.analysis().timeline.cbegin(), doc.analysis().timeline.cend(),
                                         [](const TimeExpression &t) { return t.id == QLatin1String("t3"); });
            QVERIFY(t3 != doc.analysis().timeline.cend());
            QCOMPARE(t3->value, expected);
        } else {
            QCOMPARE(describe(doc, check), expected);
        }
    }

    void testMarkAndDismissDialogs_data()
    {
        QTest::addColumn<Mark>("dialog");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<int>("every");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("appear");
        QTest::addColumn<QStringList>("vanish"); // both empty: the dialog changes nothing

        QTest::newRow("reported speech by Karine Jean-Pierre")
            << Mark::Quote << 1 << QString() << QStringLiteral("Karine Jean-Pierre") << -1 << true
            << QStringList{QStringLiteral("quote indirect Karine Jean-Pierre: the goal is not to seek specific deliverables")} << QStringList();
        QTest::newRow("cancel marks no quote") << Mark::Quote << 1 << QString() << QStringLiteral("Karine Jean-Pierre") << -1 << false
                                               << QStringList() << QStringList();
        QTest::newRow("every \"Reports\" is an anonymous source")
            << Mark::Source << 4 << QString() << QString() << 1 << true << QStringList{QStringLiteral("source Reports (anonymous) 2")}
            << QStringList();
        QTest::newRow("one \"Reports\", named otherwise, an outlet")
            << Mark::Source << 0 << QStringLiteral("unnamed reports") << QString() << 0 << true
            << QStringList{QStringLiteral("source unnamed reports (outlet) 1")} << QStringList();
        QTest::newRow("this week is week 45") << Mark::Date << 0 << QStringLiteral("2021-W45") << QString() << 0 << true
                                              << QStringList{QStringLiteral("time This week DATE = 2021-W45")} << QStringList();
        QTest::newRow("a duration without a value") << Mark::Date << 2 << QString() << QString() << 0 << true
                                                    << QStringList{QStringLiteral("time This week DURATION = ")} << QStringList();
        QTest::newRow("a value that is not TimeML is refused")
            << Mark::Date << 0 << QStringLiteral("next Monday") << QString() << 0 << true << QStringList() << QStringList();
        QTest::newRow("CNN is not a source") << Mark::DismissSource << -1 << QString() << QString() << 0 << true << QStringList()
                                             << QStringList{QStringLiteral("source CNN (outlet) 1")};
        QTest::newRow("July is not a date") << Mark::DismissDate << -1 << QString() << QString() << 0 << true << QStringList()
                                            << QStringList{QStringLiteral("time July DATE = 2021-07")};
    }
    void testMarkAndDismissDialogs()
    {
        QFETCH(Mark, dialog);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, speaker);
        QFETCH(int, every);
        QFETCH(bool, ok);
        QFETCH(QStringList, appear);
        QFETCH(QStringList, vanish);

        Document doc;
        doc.setArticle(Test::sampleArticle());
        doc.setAnalysis(Test::sampleAnalysis(doc.article().text));
        if (dialog == Mark::DismissSource)
            QVERIFY(doc.addSource(find(doc, QStringLiteral("CNN")), QString(), SourceKind::Outlet, false));
        const int steps = doc.undoStack()->count();
        const QStringList before = layers(doc);
        for (const QString &line : std::as_const(vanish))
            QVERIFY2(before.contains(line), qPrintable(line));
        answerMark(kind, name, speaker, every, ok);
        bool done = false;
        switch (dialog) {
        case Mark::Quote: done = CorrectionDialog::markAsQuote(&doc, find(doc, QStringLiteral("the goal is not to seek specific deliverables"))); break;
        case Mark::Source: done = CorrectionDialog::markAsSource(&doc, find(doc, QStringLiteral("Reports"))); break;
        case Mark::Date: done = CorrectionDialog::markAsTimeExpression(&doc, find(doc, QStringLiteral("This week"))); break;
        case Mark::DismissSource:
            done = CorrectionDialog::dismissSource(&doc, doc.analysis().sources.first().id, doc.analysis().sources.first().citations.first().span);
            break;
        case Mark::DismissDate: done = CorrectionDialog::dismissTimeExpression(&doc, QStringLiteral("t4")); break;
        }
        const QStringList after = layers(doc);
        if (appear.isEmpty() && vanish.isEmpty()) {
            QVERIFY(!done);
            QCOMPARE(doc.undoStack()->count(), steps);
            QCOMPARE(after, before);
            return;
        }
        QVERIFY(done);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        for (const QString &line : std::as_const(appear))
            QVERIFY2(after.contains(line), qPrintable(after.join(QLatin1Char('\n'))));
        for (const QString &line : std::as_const(vanish))
            QVERIFY2(!after.contains(line), qPrintable(line));
    }
};

QTEST_MAIN(TestCorrectionDialog)
#include "tst_correctiondialog.moc"
