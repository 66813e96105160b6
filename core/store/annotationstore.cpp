#include "annotationstore.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
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

const QString selectColumns = QStringLiteral(
    "SELECT a.id, a.report_id, a.start, a.end, a.quote, a.prefix, a.suffix, a.color, a.note, a.status, a.created_at, "
    "a.updated_at, (SELECT group_concat(tag, char(31)) FROM annotation_tags t WHERE t.annotation_id = a.id) "
    "FROM annotations a ");

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
    a.tags = q.value(12).toString().split(QChar(31), Qt::SkipEmptyParts);
    a.tags.sort();
    return a;
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
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)"));
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
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return 0;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral(
        "INSERT INTO annotations (id, report_id, start, end, quote, prefix, suffix, color, note, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant());
    q.addBindValue(a.reportId);
    bindContent(q, a);
    q.addBindValue(a.created.isValid() ? a.created.toUTC().toString(Qt::ISODateWithMs) : now);
    q.addBindValue(now);
    if (!q.exec()) {
        failed(q, error);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeTags(id, a.tags, error) || !transaction.commit())
        return 0;
    return id;
}

bool AnnotationStore::update(const Annotation &a, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("UPDATE annotations SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, color = ?, "
                             "note = ?, status = ?, updated_at = ? WHERE id = ?"));
    bindContent(q, a);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(a.id);
    if (!q.exec())
        return failed(q, error);
    return writeTags(a.id, a.tags, error) && transaction.commit();
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
    return transaction.commit();
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(selectColumns + QStringLiteral("WHERE a.id = ?"));
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
    q.prepare(selectColumns + QStringLiteral("WHERE (? = 0 OR a.report_id = ?) ORDER BY a.report_id, a.start, a.id"));
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
        QStringLiteral("UPDATE annotations SET start = ?, end = ?, prefix = ?, suffix = ?, quote = ?, status = ?, "
                       "updated_at = ? WHERE id = ?"));
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
