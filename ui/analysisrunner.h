// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layer.h"
#include "model/analysisresult.h"

#include <QObject>

#include <atomic>
#include <memory>

template <typename T> class QFutureWatcher;

namespace Byline {

struct Article;
class Pipeline;

/**
 * Runs the analysis pipeline off the GUI thread (QtConcurrent::run + QFutureWatcher).
 *
 * start() cancels any run in progress (its result is dropped) and analyses a copy of the
 * article; finished() delivers the result on the GUI thread. cancel() sets the flag the
 * pipeline checks between stages; a cancelled run emits cancelled() instead of finished().
 * Owned and used on the GUI thread; the Pipeline is shared read-only with the worker.
 */
class AnalysisRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisRunner)

public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /** Layers the pipeline produces; the panels tell "not available" from "none found" with it. */
    Layers produces() const;
    bool isRunning() const;
    /** Milliseconds the last finished run took. */
    qint64 lastDuration() const { return m_lastDuration; }

    void start(const Article &article);
    void cancel();
    /** Blocks until the current run (if any) ends; for tests and shutdown. */
    void wait();

Q_SIGNALS:
    void started();
    void finished(const Byline::AnalysisResult &result);
    void cancelled();

private:
    struct Run;
    void onFinished();

    std::shared_ptr<const Pipeline> m_pipeline;
    std::shared_ptr<Run> m_run;
    QFutureWatcher<AnalysisResult> *m_watcher = nullptr;
    qint64 m_lastDuration = 0;
};

} // namespace Byline
