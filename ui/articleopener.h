// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/articleloader.h"

#include <QObject>
#include <QString>

#include <memory>

template <typename T> class QFutureWatcher;

namespace Byline {

/**
 * Opens article files off the GUI thread (QtConcurrent::run + QFutureWatcher): reading,
 * decoding and splitting into blocks (ArticleLoader::load) and the library's content hash
 * (AnnotationStore::contentHash, ~0.1 s for 10 MB), so the window keeps answering while a
 * large file comes in.
 *
 * open() starts loading; the latest request wins: a load still running when another starts is
 * dropped (its thread finishes into the void). Exactly one of loaded() or failed() follows
 * each open() that is not superseded or cancelled, on the GUI thread. Owned and used on the
 * GUI thread.
 */
class ArticleOpener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleOpener)

public:
    /** What a finished load hands over. */
    struct Result
    {
        QString path;     ///< as given to open()
        LoadResult load;  ///< the article, or the error sentence
        QString hash;     ///< AnnotationStore::contentHash() of the article's text; empty on failure
        qint64 cpuMs = 0; ///< CPU time the loading thread spent on it (for byline --timings)
    };

    explicit ArticleOpener(QObject *parent = nullptr);
    ~ArticleOpener() override;

    void open(const QString &path);
    /** Drops the load in progress: neither loaded() nor failed() follows it. */
    void cancel();
    bool isLoading() const;
    /** The path being loaded; empty when idle. */
    QString loadingPath() const { return m_path; }
    /** Blocks until the load in progress (if any) has ended on its thread; for tests and shutdown. */
    void wait();

Q_SIGNALS:
    void loaded(const Byline::ArticleOpener::Result &result);
    void failed(const QString &path, const QString &error);

private:
    void onFinished();

    QFutureWatcher<Result> *m_watcher = nullptr;
    QString m_path;
};

} // namespace Byline
