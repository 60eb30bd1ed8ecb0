// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../model/correction.h"
#include "../model/note.h"

#include <QDate>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

namespace Byline {

class Document;
struct Article;

/**
 * The library: an embedded SQLite database (Qt Sql, QSQLITE) holding, per article, its path,
 * content hash, title and publication date override, and a person's notes and corrections
 * (DESIGN.md, "Persistence"). The article files themselves are never written.
 *
 * Every change is one transaction, committed before the call returns (WAL journal,
 * synchronous=FULL): a crash loses nothing that was reported saved. An article is found by
 * the SHA-256 of its text first (a moved copy keeps its notes), then by path (a changed
 * file: notes are re-anchored with TextAnchor; those that cannot be are returned as
 * orphans, never dropped).
 *
 * A library that is not an SQLite database or fails its integrity check is moved aside
 * (notice() says where) and a fresh one started; one that cannot be written (read-only
 * location, full disk) is opened read-only or keeps what it had, and every failed write
 * returns false with errorString() and errorOccurred(). Lives on one thread (its connection
 * is per object).
 */
class AnnotationStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    /** What the library holds for one article. */
    struct Stored
    {
        qint64 articleId = -1; ///< -1 when the article is not in the library
        QList<Note> notes;     ///< re-anchored to the article's text; orphans have an invalid span
        QList<Correction> corrections;
        QDate published;       ///< the person's publication date override; invalid when none
        bool textChanged = false; ///< found by path with a different content hash
        int orphans = 0;
    };

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    /** $BYLINE_LIBRARY, else library.sqlite in QStandardPaths::AppDataLocation. */
    static QString defaultPath();
    /** Hex SHA-256 of the text's UTF-8 bytes. Thread-safe. */
    static QString contentHash(const QString &text);
    /**
     * Hands over contentHash(text) computed elsewhere (a worker thread: it is about 0.1 s for
     * 10 MB): the next load() of an article whose text is text uses it instead of hashing again,
     * then forgets it. One text at a time; a later call replaces the earlier one.
     */
    void setKnownHash(const QString &text, const QString &hash);

    /** Opens (creating when missing) the library at path. False with errorString() when it cannot be opened at all. */
    bool open(const QString &path = defaultPath());
    void close();
    bool isOpen() const;
    /** True when the library could only be opened for reading: changes are not saved. */
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    /** A message for the person when opening had to do something about the library (moved aside, read-only); empty otherwise. */
    QString notice() const { return m_notice; }
    /** The Qt Sql connection name (for tests and tools). */
    QString connectionName() const { return m_connection; }

    /** Looks the article up without writing anything. */
    Stored find(const Article &article) const;
    /** find(), then records the article (new row, or its current path, hash and title). */
    Stored load(const Article &article);

    bool saveNote(qint64 articleId, const Note &note);
    bool removeNote(qint64 articleId, const QString &noteId);
    /** Replaces the article's corrections with corrections, in order. */
    bool saveCorrections(qint64 articleId, const QList<Correction> &corrections);
    bool savePublished(qint64 articleId, const QDate &date);

    /**
     * Keeps document and the library in step: whenever document gets a new article its stored
     * notes, corrections and date override are installed (Document::setUserAnnotations), and
     * from then on every note or correction change is written as it happens. One document at
     * a time; nullptr detaches.
     */
    void attach(Document *document);
    /** The library id of the attached document's article, -1 when none. */
    qint64 currentArticle() const { return m_articleId; }

Q_SIGNALS:
    /** A write failed; message is a sentence for the person. */
    void errorOccurred(const QString &message);

private:
    /** find() with the article's contentHash() computed already (SHA-256 of 10 MB is about 0.1 s). */
    Stored find(const Article &article, const QString &hash) const;
    bool openConnection(const QString &path, bool readOnly);
    bool moveAside(const QString &reason);
    bool createSchema();
    bool fail(const QString &message);
    void loadInto(Document *document);

    QString m_path;
    QString m_connection;
    QString m_error;
    QString m_notice;
    bool m_readOnly = false;
    Document *m_document = nullptr;
    qint64 m_articleId = -1;
    QList<QMetaObject::Connection> m_connections;
    QString m_knownText; ///< setKnownHash(): shares the article's text, not a copy of it
    QString m_knownHash;
};

} // namespace Byline
