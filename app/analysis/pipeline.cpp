// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include "analysiscontext.h"
#include "entitymerger.h"
#include "entityrecognizer.h"
#include "gazetteer.h"
#include "gazetteerannotator.h"
#include "segmenter.h"
#include "timexrecognizer.h"
#include "directquoteannotator.h"
#include "indirectspeechannotator.h"
#include "memorypolicy.h"
#include "quotelexicon.h"
#include "sourceannotator.h"
#include "speakerattributor.h"

#include <QElapsedTimer>

#include <ctime>
#include <utility>

namespace Byline {

/** CPU time of the calling thread: per-core throughput that a loaded machine does not distort. */
qint64 threadCpuNsecs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return 0;
}

Pipeline::Pipeline(std::vector<std::unique_ptr<Annotator>> annotators)
    : m_annotators(std::move(annotators))
{
    Layers available;
    for (const auto &a : m_annotators) {
        const Layers missing = a->requires() & ~available;
        if (missing) {
            m_error = QStringLiteral("annotator %1 requires %2, which no earlier annotator produces")
                          .arg(a->name(), layerNames(missing));
            return;
        }
        available |= a->produces();
    }
}

Pipeline::~Pipeline() = default;

void Pipeline::appendQuoteStages(std::vector<std::unique_ptr<Annotator>> &stages, const Resources &resources)
{
    Layers available;
    for (const auto &a : stages)
        available |= a->produces();
    // Quotes need the entity layer; until it is in the pipeline the default stays valid without them.
    if (!available.testFlag(Layer::Coreference))
        return;
    // One lexicon for the four stages: they then share one SpeakerLocator per analysis too.
    const auto lexicon = std::make_shared<const QuoteLexicon>(resources);
    stages.push_back(std::make_unique<DirectQuoteAnnotator>(resources, lexicon));
    stages.push_back(std::make_unique<IndirectSpeechAnnotator>(lexicon));
    stages.push_back(std::make_unique<SpeakerAttributor>(lexicon));
    stages.push_back(std::make_unique<SourceAnnotator>(lexicon));
}

Pipeline Pipeline::createDefault(const Resources &resources)
{
    std::vector<std::unique_ptr<Annotator>> stages;
    stages.push_back(std::make_unique<Segmenter>(resources));
    const auto gazetteer = std::make_shared<const Gazetteer>(resources);
    stages.push_back(std::make_unique<GazetteerAnnotator>(gazetteer));
    stages.push_back(std::make_unique<EntityRecognizer>(gazetteer));
    stages.push_back(std::make_unique<EntityMerger>());
    stages.push_back(std::make_unique<TimexRecognizer>(resources));
    appendQuoteStages(stages, resources);
    return Pipeline(std::move(stages));
}

QStringList Pipeline::stageNames() const
{
    QStringList names;
    for (const auto &a : m_annotators)
        names << a->name();
    return names;
}

Layers Pipeline::produces() const
{
    Layers layers;
    for (const auto &a : m_annotators)
        layers |= a->produces();
    return layers;
}

AnalysisResult Pipeline::run(const Article &article, const Resources &resources, const std::atomic_bool *cancel,
                             QList<StageTiming> *timings) const
{
    if (!isValid())
        return AnalysisResult();
    AnalysisResult result = runStages(article, resources, cancel, timings);
    // A large article's per-token tables are freed by now; without this the heap would keep
    // their pages (MemoryPolicy::reuseLargeBlocks keeps large blocks out of mmap).
    constexpr qsizetype releaseAbove = 4 * 1024 * 1024; // characters
    if (article.text.size() > releaseAbove)
        MemoryPolicy::releaseFreeMemory();
    return result;
}

AnalysisResult Pipeline::runStages(const Article &article, const Resources &resources, const std::atomic_bool *cancel,
                                   QList<StageTiming> *timings) const
{
    AnalysisContext context(article, resources);
    QElapsedTimer timer;
    for (const auto &a : m_annotators) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (!timings) { // reading the clocks costs ~1 us a stage in a virtual machine: only when asked
            a->annotate(context);
            continue;
        }
        timer.start();
        const qint64 cpuStart = threadCpuNsecs();
        a->annotate(context);
        timings->append(StageTiming{a->name(), timer.nsecsElapsed(), threadCpuNsecs() - cpuStart});
    }
    return std::move(context.result);
}

} // namespace Byline
