// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/analysisresult.h"
#include "annotator.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace Byline {

struct Article;
class Resources;

/** CPU time consumed so far by the calling thread, in nanoseconds (0 where unsupported). */
qint64 threadCpuNsecs();

/** Time one stage took, for "byline bench" and --timings. */
struct StageTiming
{
    QString name;
    qint64 nsecs = 0;    ///< wall-clock time
    qint64 cpuNsecs = 0; ///< CPU time of the running thread (0 where the platform has no thread clock)
};

/**
 * Runs annotators in order over one article and returns the immutable result
 * (CoreNLP's AnnotationPipeline, spaCy's analyze_pipes).
 *
 * The constructor checks that every annotator's requirements are produced by an earlier
 * one; an invalid pipeline says why in errorString() and run() returns an empty result.
 * run() is const and re-entrant: one Pipeline analyses many articles on many threads.
 * It checks the cancel flag between stages and returns what it has when set.
 */
class Pipeline
{
public:
    explicit Pipeline(std::vector<std::unique_ptr<Annotator>> annotators);
    Pipeline(Pipeline &&) = default;
    Pipeline &operator=(Pipeline &&) = default;
    ~Pipeline();

    /** The full Byline analysis: segmentation, entities, time, quotes, sources. */
    static Pipeline createDefault(const Resources &resources);

    /**
     * Appends the quote, speaker and source stages when an earlier stage produces Coreference (the
     * entity layer they read); otherwise leaves stages unchanged.
     */
    static void appendQuoteStages(std::vector<std::unique_ptr<Annotator>> &stages, const Resources &resources);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QStringList stageNames() const;
    /** Every layer some stage produces (the UI tells "nothing found" from "not analysed"). */
    Layers produces() const;

    AnalysisResult run(const Article &article, const Resources &resources, const std::atomic_bool *cancel = nullptr,
                       QList<StageTiming> *timings = nullptr) const;

private:
    AnalysisResult runStages(const Article &article, const Resources &resources, const std::atomic_bool *cancel,
                             QList<StageTiming> *timings) const;

    std::vector<std::unique_ptr<Annotator>> m_annotators;
    QString m_error;
};

} // namespace Byline
