#include "annotationstore.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ReportLens {

namespace {

using Sql::failed;
using Sql::notNull;

QString statusName(Annotation::Status status)
{
    return status == Annotation::Status::NeedsReview ? QStringLiteral("needs_review") : QStringLiteral("anchored");
}

// Binds what INSERT and UPDATE both write, in this order: start, end, quote, prefix, suffix,
// color, note, status.
void bindContent(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(a.anchor.start);
    q.addBindValue(a.anchor.end);
    q.addBindValue(notNull(a.anchor.quote));
    q.addBindValue(notNull(a.anchor.prefix));
    q.addBindValue(notNull(a.anchor.suffix));
    q.addBindValue(a.color);
    q.addBindValue(notNull(a.note));
    q.addBindValue(statusName(a.status));
}

// The tags come as one column, joined by U+001F (which no tag contains).
const Spelling selectColumns{
    QStringLiteral("SELECT a.id, a.report_id, a.start, a.\"end\", a.quote, a.prefix, a.suffix, a.color, a.note, "
                   "a.status, a.created_at, a.updated_at, a.uuid, a.author, a.visibility, a.hidden, a.rev, "
                   "(SELECT group_concat(tag, char(31)) FROM annotation_tags t WHERE t.annotation_id = a.id) "
                   "FROM annotations a "),
    QStringLiteral("SELECT a.id, a.report_id, a.start, a.\"end\", a.quote, a.prefix, a.suffix, a.color, a.note, "
                   "a.status, a.created_at, a.updated_at, a.uuid, a.author, a.visibility, a.hidden, a.rev, "
                   "(SELECT string_agg(tag, chr(31)) FROM annotation_tags t WHERE t.annotation_id = a.id) "
                   "FROM annotations a ")};

QString visibilityName(Annotation::Visibility visibility)
{
    return visibility == Annotation::Visibility::Team ? QStringLiteral("team") : QStringLiteral("private");
}

Annotation read(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.reportId = q.value(1).toLongLong();
    a.anchor.start = q.value(2).toLongLong();
    a.anchor.end = q.value(3).toLongLong();
    a.anchor.quote = q.value(4).toString();
    a.anchor.prefix = q.value(5).toString();
    a.anchor.suffix = q.value(6).toString();
    a.color = q.value(7).toInt();
    a.note = q.value(8).toString();
    a.status = q.value(9).toString() == QStringLiteral("needs_review") ? Annotation::Status::NeedsReview
                                                                       : Annotation::Status::Anchored;
    a.created = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    a.updated = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    a.uuid = QUuid::fromString(q.value(12).toString());
    a.author = q.value(13).toString();
    a.visibility = q.value(14).toString() == QLatin1String("team") ? Annotation::Visibility::Team
                                                                   : Annotation::Visibility::Private;
    a.hidden = q.value(15).toInt() != 0;
    a.revision = q.value(16).toInt();
    a.tags = q.value(17).toString().split(QChar(31), Qt::SkipEmptyParts);
    a.tags.sort();
    return a;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

AnnotationStore::AnnotationStore(Library &library)
    : m_library(library)
{ }

bool AnnotationStore::writeTags(qint64 id, const QStringList &tags, QString *error)
{
    QSqlQuery clear(m_library.database());
    clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec())
        return failed(clear, error);
    QSqlQuery add(m_library.database());
    add.prepare(
        QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            continue;
        add.addBindValue(id);
        add.addBindValue(tag.trimmed());
        if (!add.exec())
            return failed(add, error);
    }
    return true;
}

qint64 AnnotationStore::insert(const Annotation &a, QString *error)
{
    return write(a, m_library.userName(), false, error);
}

qint64 AnnotationStore::insertCopy(const Annotation &a, QString *error)
{
    Annotation copy = a;
    copy.id = 0;
    if (copy.uuid.isNull()) {
        *error = QStringLiteral("an annotation to copy has no UUID");
        return 0;
    }
    const bool keepAuthor = m_library.engine() == Engine::SQLite && !a.author.isEmpty();
    return write(copy, keepAuthor ? a.author : m_library.userName(), true, error);
}

qint64 AnnotationStore::write(const Annotation &a, const QString &author, bool unlessPresent, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return 0;
    const QString time = now();
    QSqlQuery q(m_library.database());
    // The author is whoever writes it (a team library's policy checks it is the member connected).
    // The id is named only to restore a deleted annotation: PostgreSQL's identity column takes no
    // NULL for "the next one", as SQLite's rowid does.
    const bool restoring = a.id > 0;
    q.prepare(
        QStringLiteral("INSERT INTO annotations (%1report_id, start, \"end\", quote, prefix, suffix, color, note, "
                       "status, created_at, updated_at, uuid, author, visibility, hidden, rev) "
                       "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) %3RETURNING id")
            .arg(restoring ? QStringLiteral("id, ") : QString(), restoring ? QStringLiteral("?, ") : QString(),
                 // The unique index on uuid is checked whatever row-level security hides.
                 unlessPresent ? QStringLiteral("ON CONFLICT (uuid) DO NOTHING ") : QString()));
    if (restoring)
        q.addBindValue(a.id);
    q.addBindValue(a.reportId);
    bindContent(q, a);
    q.addBindValue(a.created.isValid() ? a.created.toUTC().toString(Qt::ISODateWithMs) : time);
    q.addBindValue(time);
    q.addBindValue((a.uuid.isNull() ? QUuid::createUuid() : a.uuid).toString(QUuid::WithoutBraces));
    q.addBindValue(notNull(author));
    q.addBindValue(visibilityName(a.visibility));
    q.addBindValue(a.hidden ? 1 : 0);
    q.addBindValue(std::max(a.revision, 1));
    if (!q.exec()) {
        failed(q, error);
        return 0;
    }
    if (!q.next()) {
        if (!unlessPresent)
            failed(q, error);
        else
            transaction.commit(); // nothing written: the UUID is here already
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!writeTags(id, a.tags, error) || !transaction.commit(error))
        return 0;
    return id;
}

bool AnnotationStore::update(Annotation &a, QString *error, std::optional<Annotation> *theirs)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    // Only the revision the change was made from may be replaced: a newer one is another edit,
    // which the caller is shown instead of overwriting it.
    q.prepare(QStringLiteral("UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?, "
                             "color = ?, note = ?, status = ?, visibility = ?, updated_at = ?, rev = rev + 1 "
                             "WHERE id = ? AND rev = ? RETURNING rev"));
    bindContent(q, a);
    q.addBindValue(visibilityName(a.visibility));
    q.addBindValue(now());
    q.addBindValue(a.id);
    q.addBindValue(a.revision);
    if (!q.exec())
        return failed(q, error);
    if (!q.next())
        return refused(a, error, theirs);
    const int revision = q.value(0).toInt();
    q.finish();
    if (!writeTags(a.id, a.tags, error) || !transaction.commit(error))
        return false;
    a.revision = revision;
    return true;
}

bool AnnotationStore::refused(const Annotation &mine, QString *error, std::optional<Annotation> *theirs) const
{
    QString readError;
    std::optional<Annotation> stored = annotation(mine.id, &readError);
    if (!readError.isEmpty())
        *error = readError;
    else if (!stored)
        *error = QStringLiteral("the annotation is no longer in the library, or is not yours to see");
    else if (stored->author != m_library.userName())
        *error = QStringLiteral("the annotation is %1's; only its author can change it").arg(stored->author);
    else
        *error = QStringLiteral("the annotation was changed elsewhere meanwhile (revision %1, this change was made "
                                "from revision %2)")
                     .arg(stored->revision)
                     .arg(mine.revision);
    if (theirs)
        *theirs = stored;
    return false;
}

bool AnnotationStore::setHidden(qint64 id, bool hidden, QString *error)
{
    // A transaction of its own, as every write: a library that this version may not write refuses it.
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("UPDATE annotations SET hidden = ?, rev = rev + 1 WHERE id = ? AND visibility = 'team'"));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() == 0) {
        *error = QStringLiteral("no team annotation with id %1 that you may hide").arg(id);
        return false;
    }
    return transaction.commit(error);
}

bool AnnotationStore::remove(qint64 id, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    // A team library's policy lets members delete only their own: another's is not deleted.
    if (q.numRowsAffected() == 0) {
        const std::optional<Annotation> stored = annotation(id);
        *error = stored ? QStringLiteral("the annotation is %1's; only its author can delete it").arg(stored->author)
                        : QStringLiteral("no annotation with id %1").arg(id);
        return false;
    }
    return transaction.commit(error);
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(selectColumns.in(m_library.engine()) + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return std::nullopt;
    }
    if (q.next())
        return read(q);
    return std::nullopt;
}

QList<Annotation> AnnotationStore::annotations(qint64 reportId, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(selectColumns.in(m_library.engine())
              + QStringLiteral("WHERE (? = 0 OR a.report_id = ?) ORDER BY a.report_id, a.start, a.id"));
    q.addBindValue(reportId);
    q.addBindValue(reportId);
    QList<Annotation> list;
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return list;
    }
    while (q.next())
        list.append(read(q));
    return list;
}

QStringList AnnotationStore::tags(QString *error) const
{
    QSqlQuery q(m_library.database());
    QStringList tags;
    if (!q.exec(QStringLiteral("SELECT DISTINCT tag FROM annotation_tags ORDER BY tag"))) {
        Sql::readFailed(q, error);
        return {};
    }
    while (q.next())
        tags.append(q.value(0).toString());
    return tags;
}

bool AnnotationStore::writeAnchors(const QList<Annotation> &annotations, QString *error)
{
    QSqlQuery q(m_library.database());
    q.prepare(
        QStringLiteral("UPDATE annotations SET start = ?, \"end\" = ?, prefix = ?, suffix = ?, quote = ?, status = ?, "
                       "updated_at = ?, rev = rev + 1 WHERE id = ?"));
    for (const Annotation &a : annotations) {
        q.addBindValue(a.anchor.start);
        q.addBindValue(a.anchor.end);
        q.addBindValue(notNull(a.anchor.prefix));
        q.addBindValue(notNull(a.anchor.suffix));
        q.addBindValue(notNull(a.anchor.quote));
        q.addBindValue(statusName(a.status));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(a.id);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

} // namespace ReportLens
