// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "../model/article.h"
#include "../model/document.h"
#include "textanchor.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

namespace Byline {

namespace {

constexpr int SchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS articles("
    " id INTEGER PRIMARY KEY, path TEXT, hash TEXT NOT NULL, title TEXT, published TEXT, opened TEXT)",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash)",
    "CREATE INDEX IF NOT EXISTS articles_path ON articles(path)",
    "CREATE TABLE IF NOT EXISTS notes("
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, exact TEXT, prefix TEXT, suffix TEXT, body TEXT,"
    " tag TEXT, color TEXT, created TEXT, modified TEXT, PRIMARY KEY(article, id))",
    "CREATE TABLE IF NOT EXISTS corrections("
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    " id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY(article, id))",
};

// SQLite result codes that mean the file is not a usable database (not a permissions problem).
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") // SQLITE_CORRUPT, SQLITE_NOTADB
        || error.databaseText().contains(QLatin1String("not a database"))
        || error.databaseText().contains(QLatin1String("malformed"));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("byline-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

AnnotationStore::~AnnotationStore()
{
    attach(nullptr);
    close();
}

QString AnnotationStore::defaultPath()
{
    const QString env = qEnvironmentVariable("BYLINE_LIBRARY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

QString AnnotationStore::contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AnnotationStore::setKnownHash(const QString &text, const QString &hash)
{
    m_knownText = text;
    m_knownHash = hash;
}

bool AnnotationStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void AnnotationStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool AnnotationStore::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
    return false;
}

bool AnnotationStore::openConnection(const QString &path, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (readOnly) {
        // A WAL database in a folder that cannot be written has no -shm file to share: read it
        // as immutable (no locks, no shared memory); nobody can write it there anyway.
        db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool AnnotationStore::moveAside(const QString &reason)
{
    close();
    const QString aside = m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    if (!QFile::rename(m_path, aside)) {
        m_error = tr("The annotation library %1 cannot be read (%2) and could not be moved aside.").arg(m_path, reason);
        return false;
    }
    // The journal files belong to the broken database; a fresh one must not replay them.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    m_notice = tr("The annotation library %1 could not be read (%2). It was moved to %3 and a new, empty library was started.")
                   .arg(m_path, reason, aside);
    return true;
}

bool AnnotationStore::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_notice.clear();
    m_readOnly = false;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("The folder %1 for the annotation library cannot be created.").arg(info.absolutePath());
        return false;
    }
    const bool exists = info.exists();
    const bool writable = exists ? info.isWritable() && QFileInfo(info.absolutePath()).isWritable()
                                 : QFileInfo(info.absolutePath()).isWritable();
    if (!exists && !writable) {
        m_error = tr("The annotation library cannot be created in %1: the folder is not writable.").arg(info.absolutePath());
        return false;
    }
    if (exists && !info.isReadable()) {
        m_error = tr("The annotation library %1 cannot be read: permission denied.").arg(path);
        return false;
    }
    m_readOnly = !writable;

    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!openConnection(path, m_readOnly)) {
            m_error = tr("The annotation library %1 cannot be opened: %2").arg(path, m_error);
            return false;
        }
        QSqlQuery check(QSqlDatabase::database(m_connection));
        QString problem;
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (!isCorruption(check.lastError())) {
                m_error = tr("The annotation library %1 cannot be read: %2").arg(path, check.lastError().text());
                close();
                return false;
            }
            problem = check.lastError().databaseText();
        } else if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
            problem = tr("integrity check failed");
        }
        check.finish();
        if (problem.isEmpty())
            break;
        if (attempt == 1 || m_readOnly || !moveAside(problem)) {
            if (m_error.isEmpty())
                m_error = tr("The annotation library %1 is damaged (%2).").arg(path, problem);
            close();
            return false;
        }
    }
    if (m_readOnly) {
        m_notice = tr("The annotation library %1 is read-only: your notes and corrections are shown but changes will not be saved.").arg(path);
        return true;
    }
    if (!createSchema()) {
        close();
        return false;
    }
    return true;
}

bool AnnotationStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() || q.value(0).toString() != QLatin1String("wal")) {
        m_error = tr("The annotation library %1 cannot use a write-ahead log: %2").arg(m_path, q.lastError().text());
        return false;
    }
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!db.transaction()) {
        m_error = tr("The annotation library %1 cannot be written: %2").arg(m_path, db.lastError().text());
        return false;
    }
    for (const char *statement : kSchema) {
        if (!q.exec(QLatin1String(statement))) {
            m_error = tr("The annotation library %1 cannot be set up: %2").arg(m_path, q.lastError().text());
            db.rollback();
            return false;
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    if (!db.commit()) {
        m_error = tr("The annotation library %1 cannot be written: %2").arg(m_path, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

AnnotationStore::Stored AnnotationStore::find(const Article &article) const
{
    if (!isOpen() || article.isEmpty())
        return Stored();
    return find(article, contentHash(article.text));
}

AnnotationStore::Stored AnnotationStore::find(const Article &article, const QString &hash) const
{
    Stored s;
    if (!isOpen() || article.isEmpty())
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, published FROM articles WHERE hash = ? ORDER BY (path = ?) DESC, opened DESC LIMIT 1"));
    q.addBindValue(hash);
    q.addBindValue(article.meta.path);
    if (q.exec() && q.next()) {
        s.articleId = q.value(0).toLongLong();
        s.published = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    } else if (!article.meta.path.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, published FROM articles WHERE path = ? ORDER BY opened DESC LIMIT 1"));
        q.addBindValue(article.meta.path);
        if (q.exec() && q.next()) {
            s.articleId = q.value(0).toLongLong();
            s.published = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            s.textChanged = true;
        }
    }
    if (s.articleId < 0)
        return s;

    // Notes made within the same millisecond keep the order they were written in (rowid), not their ids' random order.
    q.prepare(QStringLiteral("SELECT id, start_pos, end_pos, exact, prefix, suffix, body, tag, color, created, modified"
                             " FROM notes WHERE article = ? ORDER BY created, rowid"));
    q.addBindValue(s.articleId);
    q.exec();
    while (q.next()) {
        Note n;
        n.id = q.value(0).toString();
        const Span stored(q.value(1).toInt(), q.value(2).toInt());
        n.exact = q.value(3).toString();
        n.prefix = q.value(4).toString();
        n.suffix = q.value(5).toString();
        n.body = q.value(6).toString();
        n.tag = q.value(7).toString();
        const QString color = q.value(8).toString();
        if (!color.isEmpty())
            n.color = QColor(color);
        n.created = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        n.modified = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        if (stored.isValid() && stored.end <= article.text.size() && article.textOf(stored) == n.exact) {
            n.span = stored;
        } else {
            const TextAnchor::Match m = TextAnchor::anchor(article.text, {n.exact, n.prefix, n.suffix}, stored.start);
            n.span = m.span;
        }
        if (n.isOrphan())
            ++s.orphans;
        s.notes.append(n);
    }

    q.prepare(QStringLiteral("SELECT data FROM corrections WHERE article = ? ORDER BY position"));
    q.addBindValue(s.articleId);
    q.exec();
    while (q.next()) {
        const std::optional<Correction> c = Correction::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (c)
            s.corrections.append(*c);
    }
    return s;
}

AnnotationStore::Stored AnnotationStore::load(const Article &article)
{
    // Comparing the texts costs a few ms for 10 MB at most, hashing them about 100.
    const bool known = !m_knownHash.isEmpty() && article.text == m_knownText;
    const QString knownHash = m_knownHash;
    m_knownText.clear();
    m_knownHash.clear();
    if (!isOpen() || article.isEmpty())
        return Stored();
    const QString hash = known ? knownHash : contentHash(article.text);
    Stored s = find(article, hash);
    if (m_readOnly)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    if (s.articleId < 0) {
        q.prepare(QStringLiteral("INSERT INTO articles(path, hash, title, opened) VALUES(?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE articles SET path = ?, hash = ?, title = ?, opened = ? WHERE id = ?"));
    }
    q.addBindValue(article.meta.path);
    q.addBindValue(hash);
    q.addBindValue(article.meta.title);
    q.addBindValue(now);
    if (s.articleId >= 0)
        q.addBindValue(s.articleId);
    if (!db.transaction() || !q.exec() || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        fail(tr("The article could not be recorded in the annotation library %1: %2").arg(m_path, why));
        return s;
    }
    if (s.articleId < 0)
        s.articleId = q.lastInsertId().toLongLong();
    return s;
}

bool AnnotationStore::saveNote(qint64 articleId, const Note &note)
{
    if (!isOpen() || articleId < 0)
        return fail(tr("The note was not saved: no annotation library is open."));
    if (m_readOnly)
        return fail(tr("The note was not saved: the annotation library %1 is read-only.").arg(m_path));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO notes(article, id, start_pos, end_pos, exact, prefix, suffix, body, tag,"
                             " color, created, modified) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(articleId);
    q.addBindValue(note.id);
    q.addBindValue(note.span.start);
    q.addBindValue(note.span.end);
    q.addBindValue(note.exact);
    q.addBindValue(note.prefix);
    q.addBindValue(note.suffix);
    q.addBindValue(note.body);
    q.addBindValue(note.tag);
    q.addBindValue(note.color.isValid() ? note.color.name() : QString());
    q.addBindValue(isoTime(note.created));
    q.addBindValue(isoTime(note.modified));
    if (!db.transaction() || !q.exec() || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(tr("The note was not saved in the annotation library %1: %2").arg(m_path, why));
    }
    return true;
}

bool AnnotationStore::removeNote(qint64 articleId, const QString &noteId)
{
    if (!isOpen() || articleId < 0)
        return fail(tr("The note was not deleted: no annotation library is open."));
    if (m_readOnly)
        return fail(tr("The note was not deleted: the annotation library %1 is read-only.").arg(m_path));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM notes WHERE article = ? AND id = ?"));
    q.addBindValue(articleId);
    q.addBindValue(noteId);
    if (!db.transaction() || !q.exec() || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(tr("The note was not deleted from the annotation library %1: %2").arg(m_path, why));
    }
    return true;
}

bool AnnotationStore::saveCorrections(qint64 articleId, const QList<Correction> &corrections)
{
    if (!isOpen() || articleId < 0)
        return fail(tr("The correction was not saved: no annotation library is open."));
    if (m_readOnly)
        return fail(tr("The correction was not saved: the annotation library %1 is read-only.").arg(m_path));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    bool ok = db.transaction();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM corrections WHERE article = ?"));
        q.addBindValue(articleId);
        ok = q.exec();
    }
    for (int i = 0; ok && i < corrections.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO corrections(article, position, id, data) VALUES(?, ?, ?, ?)"));
        q.addBindValue(articleId);
        q.addBindValue(i);
        q.addBindValue(corrections.at(i).id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(corrections.at(i).toJson()).toJson(QJsonDocument::Compact)));
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(tr("The correction was not saved in the annotation library %1: %2").arg(m_path, why));
    }
    return true;
}

bool AnnotationStore::savePublished(qint64 articleId, const QDate &date)
{
    if (!isOpen() || articleId < 0 || m_readOnly)
        return fail(tr("The publication date was not saved: the annotation library is not writable."));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE articles SET published = ? WHERE id = ?"));
    q.addBindValue(date.isValid() ? date.toString(Qt::ISODate) : QString());
    q.addBindValue(articleId);
    if (!db.transaction() || !q.exec() || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(tr("The publication date was not saved in the annotation library %1: %2").arg(m_path, why));
    }
    return true;
}

void AnnotationStore::attach(Document *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_articleId = -1;
    if (!document)
        return;
    m_connections << connect(document, &QObject::destroyed, this, [this]() {
        m_document = nullptr;
        m_articleId = -1;
        m_connections.clear();
    });
    m_connections << connect(document, &Document::changed, this, [this](Document::Changes what) {
        if (what & Document::Text) {
            loadInto(m_document);
        } else if ((what & Document::Metadata) && m_articleId >= 0) {
            const ArticleMetadata &meta = m_document->article().meta;
            savePublished(m_articleId, meta.publishedFrom == DateSource::User ? meta.published : QDate());
        }
    });
    m_connections << connect(document, &Document::noteAdded, this, [this](int i) { saveNote(m_articleId, m_document->notes().at(i)); });
    m_connections << connect(document, &Document::noteChanged, this, [this](int i) { saveNote(m_articleId, m_document->notes().at(i)); });
    m_connections << connect(document, &Document::noteRemoved, this, [this](const Note &n) { removeNote(m_articleId, n.id); });
    m_connections << connect(document, &Document::correctionAdded, this, [this]() { saveCorrections(m_articleId, m_document->corrections()); });
    m_connections << connect(document, &Document::correctionRemoved, this, [this]() { saveCorrections(m_articleId, m_document->corrections()); });
    loadInto(document);
}

void AnnotationStore::loadInto(Document *document)
{
    m_articleId = -1;
    if (!document || document->article().isEmpty())
        return;
    const Stored s = load(document->article());
    // Installing what was stored is not a change to write back.
    const qint64 id = s.articleId;
    document->setUserAnnotations(s.notes, s.corrections);
    if (s.published.isValid())
        document->setPublished(s.published);
    m_articleId = id;
}

} // namespace Byline
