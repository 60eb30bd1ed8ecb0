// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "model/article.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Byline {

struct AnalysisRunner::Run
{
    std::atomic_bool cancel { false };
    QElapsedTimer clock;
};

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
    , m_pipeline(std::make_shared<const Pipeline>(Pipeline::createDefault(Resources::instance())))
{
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    wait();
}

Layers AnalysisRunner::produces() const
{
    return m_pipeline->produces();
}

bool AnalysisRunner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void AnalysisRunner::start(const Article &article)
{
    cancel();
    // A fresh watcher per run: the old one (if still running) finishes into the void.
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (!m_watcher->isRunning())
            m_watcher->deleteLater();
    }
    m_run = std::make_shared<Run>();
    m_run->clock.start();
    m_watcher = new QFutureWatcher<AnalysisResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AnalysisRunner::onFinished);
    const std::shared_ptr<const Pipeline> pipeline = m_pipeline;
    const std::shared_ptr<Run> run = m_run;
    m_watcher->setFuture(QtConcurrent::run(
        [pipeline, run, article]() { return pipeline->run(article, Resources::instance(), &run->cancel); }));
    Q_EMIT started();
}

void AnalysisRunner::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

void AnalysisRunner::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void AnalysisRunner::onFinished()
{
    const std::shared_ptr<Run> run = m_run;
    if (!run)
        return;
    m_lastDuration = run->clock.elapsed();
    if (run->cancel) {
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT finished(m_watcher->result());
}

} // namespace Byline
