// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleopener.h"

#include "analysis/pipeline.h"
#include "io/annotationstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Byline {

ArticleOpener::ArticleOpener(QObject *parent)
    : QObject(parent)
{
}

ArticleOpener::~ArticleOpener()
{
    cancel();
}

bool ArticleOpener::isLoading() const
{
    return m_watcher != nullptr;
}

void ArticleOpener::open(const QString &path)
{
    cancel();
    m_path = path;
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ArticleOpener::onFinished);
    m_watcher->setFuture(QtConcurrent::run([path]() {
        const qint64 cpuStart = threadCpuNsecs();
        Result r;
        r.path = path;
        r.load = ArticleLoader::load(path);
        if (r.load.ok())
            r.hash = AnnotationStore::contentHash(r.load.article->text);
        r.cpuMs = (threadCpuNsecs() - cpuStart) / 1000000;
        return r;
    }));
}

void ArticleOpener::cancel()
{
    if (!m_watcher)
        return;
    // A dropped watcher lives until its thread is done, so the future's result has an owner until then.
    m_watcher->disconnect(this);
    if (m_watcher->isFinished())
        m_watcher->deleteLater();
    else
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    m_watcher = nullptr;
    m_path.clear();
}

void ArticleOpener::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ArticleOpener::onFinished()
{
    QFutureWatcher<Result> *watcher = m_watcher;
    m_watcher = nullptr;
    m_path.clear();
    const Result r = watcher->result();
    watcher->deleteLater();
    if (r.load.ok())
        Q_EMIT loaded(r);
    else
        Q_EMIT failed(r.path, r.load.error);
}

} // namespace Byline
