// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscontext.h"
#include "analysis/pipeline.h"
#include "analysis/resources.h"

#include <QTest>

using namespace Byline;

namespace {
class FakeAnnotator : public Annotator
{
public:
    FakeAnnotator(QString name, Layers req, Layers prod) : m_name(std::move(name)), m_req(req), m_prod(prod) { }
    QString name() const override { return m_name; }
    Layers requires() const override { return m_req; }
    Layers produces() const override { return m_prod; }
    void annotate(AnalysisContext &context) const override { ++calls; Q_UNUSED(context) }
    mutable int calls = 0;

private:
    QString m_name;
    Layers m_req, m_prod;
};
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRejectsMissingRequirement()
    {
        std::vector<std::unique_ptr<Annotator>> stages;
        stages.push_back(std::make_unique<FakeAnnotator>(QStringLiteral("quotes"), Layer::Entities, Layer::Quotes));
        Pipeline p(std::move(stages));
        QVERIFY(!p.isValid());
        QVERIFY(p.errorString().contains(QStringLiteral("entities")));
    }
    void testRunsInOrderAndTimes()
    {
        std::vector<std::unique_ptr<Annotator>> stages;
        stages.push_back(std::make_unique<FakeAnnotator>(QStringLiteral("a"), Layer::None, Layer::Tokens));
        stages.push_back(std::make_unique<FakeAnnotator>(QStringLiteral("b"), Layer::Tokens, Layer::Entities));
        Pipeline p(std::move(stages));
        QVERIFY2(p.isValid(), qPrintable(p.errorString()));
        Article a;
        a.appendBlock(QStringLiteral("Text."), BlockRole::Paragraph);
        QList<StageTiming> timings;
        p.run(a, Resources::instance(), nullptr, &timings);
        QCOMPARE(timings.size(), 2);
        QCOMPARE(timings.at(0).name, QStringLiteral("a"));
    }
    void testCancelStopsBetweenStages()
    {
        std::vector<std::unique_ptr<Annotator>> stages;
        stages.push_back(std::make_unique<FakeAnnotator>(QStringLiteral("a"), Layer::None, Layer::Tokens));
        Pipeline p(std::move(stages));
        Article a;
        a.appendBlock(QStringLiteral("Text."), BlockRole::Paragraph);
        std::atomic_bool cancel{true};
        QList<StageTiming> timings;
        p.run(a, Resources::instance(), &cancel, &timings);
        QVERIFY(timings.isEmpty());
    }
    void testDefaultPipelineIsValid()
    {
        const Pipeline p = Pipeline::createDefault(Resources::instance());
        QVERIFY2(p.isValid(), qPrintable(p.errorString()));
        QVERIFY(p.stageNames().contains(QStringLiteral("segmenter")));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
