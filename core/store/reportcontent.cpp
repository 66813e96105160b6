// ReportStore's reads of what search results and the reader show of a report: its clean text and
// its outline, for one report or a page of them in one statement.
#include "reportstore.h"

#include "library.h"
#include "sqlsupport.h"
#include "storedtexts.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace ReportLens {

QString ReportStore::cleanText(qint64 id, QString *error) const
{
    return cleanTexts({id}, error).value(id);
}

QHash<qint64, QString> ReportStore::cleanTexts(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, QString> texts;
    if (ids.isEmpty())
        return texts;
    QSqlQuery &q = m_library.prepared(QStringLiteral("SELECT report_id, %1 FROM report_texts WHERE %2")
                                          .arg(StoredTexts::CleanColumn.in(m_library.engine()),
                                               Sql::inIdArray(m_library.engine(), QStringLiteral("report_id"))));
    q.addBindValue(Sql::idArray(m_library.engine(), ids));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return texts;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QString why;
        if (std::optional<QString> text = StoredTexts::clean(m_library.engine(), q.value(1), nullptr, &why))
            texts.insert(id, *std::move(text));
        else if (error)
            *error = QStringLiteral("%1: report %2: the stored clean text is %3")
                         .arg(m_library.displayName())
                         .arg(id)
                         .arg(why);
    }
    q.finish(); // a kept statement ends its read now, not at its next use
    return texts;
}

QList<Section> ReportStore::sections(qint64 reportId, QString *error) const
{
    return outlines({reportId}, error).value(reportId);
}

QHash<qint64, QList<Section>> ReportStore::outlines(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, QList<Section>> outlines;
    if (ids.isEmpty())
        return outlines;
    QSqlQuery &q = m_library.prepared(
        QStringLiteral("SELECT report_id, id, parent_id, level, kind, label, title, start, title_end, \"end\" "
                       "FROM sections WHERE %1 ORDER BY report_id, ordinal")
            .arg(Sql::inIdArray(m_library.engine(), QStringLiteral("report_id"))));
    q.addBindValue(Sql::idArray(m_library.engine(), ids));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return outlines;
    }
    // Rows come parents first (depth-first ordinals); rebuild each tree through the parent ids.
    struct Row
    {
        qint64 id;
        qint64 parent;
        Section section;
    };
    QHash<qint64, QList<Row>> rows;
    while (q.next()) {
        Section s;
        s.level = q.value(3).toInt();
        s.kind = sectionKindFromName(q.value(4).toString());
        s.label = q.value(5).toString();
        s.title = q.value(6).toString();
        s.start = q.value(7).toLongLong();
        s.titleEnd = q.value(8).toLongLong();
        s.end = q.value(9).toLongLong();
        rows[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).isNull() ? 0 : q.value(2).toLongLong(), s});
    }
    q.finish();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QList<Row> &report = it.value();
        std::function<QList<Section>(qint64, qsizetype &)> build = [&](qint64 parent, qsizetype &i) {
            QList<Section> list;
            while (i < report.size() && report[i].parent == parent) {
                const Row &row = report[i++];
                Section s = row.section;
                s.children = build(row.id, i);
                list.append(s);
            }
            return list;
        };
        qsizetype i = 0;
        outlines.insert(it.key(), build(0, i));
    }
    return outlines;
}

} // namespace ReportLens
