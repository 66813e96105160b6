#pragma once

// A throwaway team library for the programs that test one (tst_teamsearch, tst_teamaccess,
// tst_teamimport): its own PostgreSQL server (scripts/pg-scratch.sh), the members' URLs, a
// personal SQLite library to compare with, and the helpers they share. Skipped where PostgreSQL 15
// is not installed, unless CI=true.

#include "annotate/anchor.h"
#include "document/document.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace ReportLens;

namespace ReportLens::TeamTest {

using TestSupport::contentHashes;

const QString Script = QStringLiteral(REPORTLENS_SOURCE_DIR "/scripts/pg-scratch.sh");
const QString Cli = QStringLiteral(REPORTLENS_CLI);

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or did not end in time
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

// One number from @p sql; -1 (with a warning saying why) when the statement fails.
inline qint64 number(Library &library, const QString &sql)
{
    QSqlQuery q(library.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

inline bool exec(Library &library, const QString &sql, QString *error = nullptr, int *rowsAffected = nullptr)
{
    QSqlQuery q(library.database());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return ok;
}

// Start offsets of @p needle in @p haystack, overlapping ones included (grep -F -o counts without
// overlap; search counts 哈哈 twice in 哈哈哈).
inline int overlappingCount(const QString &haystack, const QString &needle)
{
    int count = 0;
    for (qsizetype from = 0; (from = haystack.indexOf(needle, from)) >= 0; ++from)
        ++count;
    return count;
}

// The first report whose hit count differs: "hash: found (grep: expected)".
inline QString difference(const QMap<QString, int> &found, const QMap<QString, int> &expected)
{
    QSet<QString> hashes(found.keyBegin(), found.keyEnd());
    hashes.unite(QSet<QString>(expected.keyBegin(), expected.keyEnd()));
    for (const QString &hash : std::as_const(hashes))
        if (found.value(hash) != expected.value(hash))
            return QStringLiteral("%1: %2 hits (grep: %3), %4 reports (grep: %5)")
                .arg(hash)
                .arg(found.value(hash))
                .arg(expected.value(hash))
                .arg(found.size())
                .arg(expected.size());
    return QString();
}

inline QString idsOf(const QList<Annotation> &annotations)
{
    QStringList ids;
    for (const Annotation &a : annotations)
        ids.append(QString::number(a.id));
    return ids.join(u',');
}

inline bool contains(const QList<Annotation> &annotations, qint64 id)
{
    return std::any_of(annotations.cbegin(), annotations.cend(), [id](const Annotation &a) { return a.id == id; });
}

// What a report is stored as, for telling a complete report from a half-written one.
struct StoredReport
{
    QString sourcePath;
    qint64 charCount = -1;
    QString cleanText;
    bool hasText = false;
    bool isIndexed = false; ///< Its search entries were committed with it (PostgreSQL).
    qint64 sections = 0;
    qint64 glossary = 0;
    qint64 indicators = 0;
};

// Every report of @p library by content hash.
QHash<QString, StoredReport> storedReports(Library &library)
{
    QHash<QString, StoredReport> reports;
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    const QString indexed =
        library.engine() == Engine::PostgreSQL ? QStringLiteral("t.indexed_in IS NOT NULL") : QStringLiteral("true");
    if (!q.exec(QStringLiteral("SELECT r.content_hash, r.source_path, r.char_count, t.report_id IS NOT NULL, "
                               "t.clean_text, %1, "
                               "(SELECT count(*) FROM sections s WHERE s.report_id = r.id), "
                               "(SELECT count(*) FROM glossary g WHERE g.report_id = r.id), "
                               "(SELECT count(*) FROM indicators i WHERE i.report_id = r.id) "
                               "FROM reports r LEFT JOIN %2 t ON t.report_id = r.id")
                    .arg(indexed,
                         library.engine() == Engine::PostgreSQL ? QStringLiteral("report_texts")
                                                                : QStringLiteral("report_clean_texts"))))
        qWarning() << "cannot read the reports:" << q.lastError().text();
    while (q.next()) {
        StoredReport r;
        r.sourcePath = q.value(1).toString();
        r.charCount = q.value(2).toLongLong();
        r.hasText = q.value(3).toBool();
        r.cleanText = q.value(4).toString();
        r.isIndexed = q.value(5).toBool();
        r.sections = q.value(6).toLongLong();
        r.glossary = q.value(7).toLongLong();
        r.indicators = q.value(8).toLongLong();
        reports.insert(q.value(0).toString(), r);
    }
    return reports;
}

// Copies of @p sources into @p folder with a line added to each, so that their texts (and content
// hashes) are new to the library; returns the copies' paths.
inline QStringList writeVariants(const QString &folder, const QStringList &sources, const QString &mark)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (const QString &source : sources) {
        const QString path = QDir(folder).filePath(QFileInfo(source).fileName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(TestSupport::readUtf8(source).toUtf8() + QStringLiteral("\n附注：%1\n").arg(mark).toUtf8());
        paths.append(path);
    }
    return paths;
}

inline QStringList filesIn(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace ReportLens::TeamTest

namespace ReportLens::TeamTest {

/// The server, its members and a reference library; a test class derives from it beside QObject.
class TeamLibraryFixture
{
protected:
    QTemporaryDir m_dir;
    // Beside the test program, so that a run that crashed leaves a server the next run stops.
    QString m_stateFile;
    QHash<QString, QString> m_state;
    // A personal library holding everything that was imported into the team library.
    std::unique_ptr<Library> m_reference;
    bool m_corpusImported = false;

    QString url(const char *key) const { return m_state.value(QLatin1String(key)); }
    QString alice() const { return url("REPORTLENS_PG_ALICE"); }
    QString bob() const { return url("REPORTLENS_PG_BOB"); }
    QString carol() const { return url("REPORTLENS_PG_CAROL"); }
    QString owner() const { return url("REPORTLENS_PG_OWNER"); }
    QString superuser() const { return url("REPORTLENS_PG_SUPERUSER"); }

    static bool open(Library &library, const QString &location)
    {
        QString error;
        if (!library.open(location, &error)) {
            qWarning() << "cannot open" << QUrl(location).toString(QUrl::RemovePassword) << error;
            return false;
        }
        return true;
    }

    Run scratch(const QString &action) { return run(QStringLiteral("bash"), {Script, action, m_stateFile}, 120000); }

    // Starts the command line with its output in files of its own (outputOf() reads them).
    void startCli(QProcess &process, const QStringList &arguments)
    {
        static int started = 0;
        const QString base = m_dir.filePath(QStringLiteral("cli-%1").arg(++started));
        process.setProperty("output", base);
        process.setStandardOutputFile(base + QStringLiteral(".out"));
        process.setStandardErrorFile(base + QStringLiteral(".err"));
        process.start(Cli, arguments);
    }

    static QString outputOf(const QProcess &process, const char *stream)
    {
        QFile file(process.property("output").toString() + u'.' + QLatin1String(stream));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QStringList corpusPaths()
    {
        QStringList paths;
        for (const char *seed : {"000", "001", "002", "003", "004"})
            paths.append(TestSupport::seedPath(QLatin1String(seed)));
        paths.append(TestSupport::sharedDir() + QStringLiteral("/corpus/national"));
        paths.append(TestSupport::sharedDir() + QStringLiteral("/corpus/local"));
        return paths;
    }

    // Imports @p paths into @p library; false (with a warning) when a file failed.
    static bool importInto(Library &library, const QStringList &paths, int *imported = nullptr)
    {
        bool ok = true;
        int count = 0;
        for (const ImportResult &r : Importer(library).importPaths(paths)) {
            if (r.status == ImportResult::Status::Failed) {
                qWarning() << "import failed:" << r.path << r.message;
                ok = false;
            }
            count += r.status == ImportResult::Status::Imported;
        }
        if (imported)
            *imported = count;
        return ok;
    }

    // The 5 seeds and the national and local corpus, in the reference library and (as alice) in the
    // team library.
    bool importCorpus()
    {
        if (m_corpusImported)
            return true;
        Library team;
        if (!open(team, alice()) || !importInto(*m_reference, corpusPaths()) || !importInto(team, corpusPaths()))
            return false;
        m_corpusImported = true;
        return true;
    }

    // A report of the team library (one seed imported when there is none).
    qint64 someReport(Library &library)
    {
        if (number(library, QStringLiteral("SELECT count(*) FROM reports")) == 0
            && !importInto(library, {TestSupport::seedPath(QStringLiteral("001"))}))
            return 0;
        return number(library, QStringLiteral("SELECT min(id) FROM reports"));
    }

    static Annotation annotationOf(Library &library, qint64 reportId, qsizetype start, const QString &note,
                                   const QStringList &tags, Annotation::Visibility visibility)
    {
        const QString text = ReportStore(library).cleanText(reportId);
        Annotation a;
        a.reportId = reportId;
        a.anchor = Anchor::fromRange(text, start, std::min(start + 12, text.size()));
        a.color = 2;
        a.note = note;
        a.tags = tags;
        a.visibility = visibility;
        return a;
    }

    /// Starts this program's server (scripts/pg-scratch.sh: exit code 77 when PostgreSQL 15 is not
    /// installed) and reads the members' URLs from its state file.
    Run startServer(const char *program)
    {
        m_stateFile = QCoreApplication::applicationDirPath() + QStringLiteral("/%1-pg.env").arg(QLatin1String(program));
        const Run start = scratch(QStringLiteral("start"));
        QFile state(m_stateFile);
        if (start.exitCode == 0 && state.open(QIODevice::ReadOnly))
            for (const QByteArray &line : state.readAll().split('\n'))
                if (const qsizetype equals = line.indexOf('='); equals > 0)
                    m_state.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        return start;
    }

    /// The owner creates the schema (members cannot); the reference library is opened.
    void createSchema()
    {
        Library ownerLibrary;
        QVERIFY(open(ownerLibrary, owner()));
        QVERIFY(ownerLibrary.isNew());
        QCOMPARE(ownerLibrary.engine(), Engine::PostgreSQL);
        QCOMPARE(ownerLibrary.schemaVersion(), Library::currentSchemaVersion(Engine::PostgreSQL));
        m_reference = std::make_unique<Library>();
        QVERIFY(open(*m_reference, m_dir.filePath(QStringLiteral("reference.sqlite"))));
    }

    void stopServer()
    {
        m_reference.reset();
        if (!m_stateFile.isEmpty() && QFile::exists(m_stateFile)) {
            const Run stop = scratch(QStringLiteral("stop"));
            QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        }
    }
};

} // namespace ReportLens::TeamTest

/// Starts the server in initTestCase: skipped where PostgreSQL 15 is missing, unless CI=true.
#define REPORTLENS_START_TEAM_SERVER(program)                                                                          \
    do {                                                                                                               \
        QVERIFY(m_dir.isValid());                                                                                      \
        QElapsedTimer started;                                                                                         \
        started.start();                                                                                               \
        const Run start = startServer(program);                                                                        \
        if (start.exitCode == 77) {                                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(QStringLiteral("CI=true and PostgreSQL 15 is missing: ") + start.err));               \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL 15 here: ") + start.err.trimmed()));                        \
        }                                                                                                              \
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));                                                          \
        QVERIFY(!alice().isEmpty() && !bob().isEmpty() && !carol().isEmpty() && !owner().isEmpty());                   \
        qInfo("server started in %lld ms", started.elapsed());                                                         \
    } while (false)
