// A team library on PostgreSQL as its members meet it (issue 16): search equal to the SQLite
// library's and to grep, row-level security, optimistic concurrency, two members importing at
// once, a server killed mid-import, the change log, and a library upgraded by a newer ReportLens.
// The test starts its own throwaway server (scripts/pg-scratch.sh) and skips where PostgreSQL 15
// is not installed, unless CI=true.

#include "annotate/anchor.h"
#include "document/document.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
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

namespace {

const QString Script = QStringLiteral(REPORTLENS_SOURCE_DIR "/scripts/pg-scratch.sh");
const QString Cli = QStringLiteral(REPORTLENS_CLI);

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or did not end in time
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 300000)
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
qint64 number(Library &library, const QString &sql)
{
    QSqlQuery q(library.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool exec(Library &library, const QString &sql, QString *error = nullptr, int *rowsAffected = nullptr)
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
int overlappingCount(const QString &haystack, const QString &needle)
{
    int count = 0;
    for (qsizetype from = 0; (from = haystack.indexOf(needle, from)) >= 0; ++from)
        ++count;
    return count;
}

// The first report whose hit count differs: "hash: found (grep: expected)".
QString difference(const QMap<QString, int> &found, const QMap<QString, int> &expected)
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

QString idsOf(const QList<Annotation> &annotations)
{
    QStringList ids;
    for (const Annotation &a : annotations)
        ids.append(QString::number(a.id));
    return ids.join(u',');
}

bool contains(const QList<Annotation> &annotations, qint64 id)
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
    bool searchTextIsFolded = false;
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
    const QString searchText =
        library.engine() == Engine::PostgreSQL ? QStringLiteral("t.search_text") : QStringLiteral("NULL");
    if (!q.exec(QStringLiteral("SELECT r.content_hash, r.source_path, r.char_count, t.report_id IS NOT NULL, "
                               "t.clean_text, %1, "
                               "(SELECT count(*) FROM sections s WHERE s.report_id = r.id), "
                               "(SELECT count(*) FROM glossary g WHERE g.report_id = r.id), "
                               "(SELECT count(*) FROM indicators i WHERE i.report_id = r.id) "
                               "FROM reports r LEFT JOIN report_texts t ON t.report_id = r.id")
                    .arg(searchText)))
        qWarning() << "cannot read the reports:" << q.lastError().text();
    while (q.next()) {
        StoredReport r;
        r.sourcePath = q.value(1).toString();
        r.charCount = q.value(2).toLongLong();
        r.hasText = q.value(3).toBool();
        r.cleanText = q.value(4).toString();
        r.searchTextIsFolded = q.value(5).isNull() || q.value(5).toString() == SearchIndex::fold(r.cleanText);
        r.sections = q.value(6).toLongLong();
        r.glossary = q.value(7).toLongLong();
        r.indicators = q.value(8).toLongLong();
        reports.insert(q.value(0).toString(), r);
    }
    return reports;
}

QHash<qint64, QString> contentHashes(Library &library)
{
    QHash<qint64, QString> hashes;
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT id, content_hash FROM reports"));
    while (q.next())
        hashes.insert(q.value(0).toLongLong(), q.value(1).toString());
    return hashes;
}

// Copies of @p sources into @p folder with a line added to each, so that their texts (and content
// hashes) are new to the library; returns the copies' paths.
QStringList writeVariants(const QString &folder, const QStringList &sources, const QString &mark)
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

QStringList filesIn(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace

class TestTeamLibrary : public QObject
{
    Q_OBJECT
private:
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stateFile = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_teamlibrary-pg.env");
        QElapsedTimer started;
        started.start();
        const Run start = scratch(QStringLiteral("start"));
        if (start.exitCode == 77) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(QStringLiteral("CI=true and PostgreSQL 15 is missing: ") + start.err));
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL 15 here: ") + start.err.trimmed()));
        }
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        QFile state(m_stateFile);
        QVERIFY(state.open(QIODevice::ReadOnly));
        for (const QByteArray &line : state.readAll().split('\n'))
            if (const qsizetype equals = line.indexOf('='); equals > 0)
                m_state.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        QVERIFY(!alice().isEmpty() && !bob().isEmpty() && !carol().isEmpty() && !owner().isEmpty());
        qInfo("server started in %lld ms", started.elapsed());

        // The owner creates the schema; members cannot.
        Library member;
        QString error;
        QVERIFY(!member.open(bob(), &error));
        QVERIFY2(error.contains(QStringLiteral("owner role must open it first")), qPrintable(error));
        QVERIFY2(!error.contains(QUrl(bob()).password()), "a message shows the password");
        Library ownerLibrary;
        QVERIFY(open(ownerLibrary, owner()));
        QVERIFY(ownerLibrary.isNew());
        QCOMPARE(ownerLibrary.engine(), Engine::PostgreSQL);
        QCOMPARE(ownerLibrary.schemaVersion(), Library::currentSchemaVersion(Engine::PostgreSQL));

        m_reference = std::make_unique<Library>();
        QVERIFY(open(*m_reference, m_dir.filePath(QStringLiteral("reference.sqlite"))));
    }

    void cleanupTestCase()
    {
        m_reference.reset();
        if (!m_stateFile.isEmpty() && QFile::exists(m_stateFile)) {
            const Run stop = scratch(QStringLiteral("stop"));
            QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        }
    }

    // The same reports give the same hits on both engines, and as many as the folded texts hold.
    void searchEqualsSqliteAndGrep()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(importCorpus());
        Library team;
        QVERIFY(open(team, alice()));
        const qint64 importMs = timer.elapsed();

        // The same texts: every report of the reference is in the team library, stored alike.
        const QHash<QString, StoredReport> reference = storedReports(*m_reference);
        const QHash<QString, StoredReport> stored = storedReports(team);
        QVERIFY(reference.size() >= 80);
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()), qPrintable(it->sourcePath));
            QCOMPARE(stored[it.key()].cleanText, it->cleanText);
            QCOMPARE(stored[it.key()].sections, it->sections);
            QCOMPARE(stored[it.key()].indicators, it->indicators);
        }

        const QStringList terms = {
            // One character: frequent, Traditional, ASCII, punctuation
            QStringLiteral("的"),
            QStringLiteral("國"),
            QStringLiteral("5"),
            QStringLiteral("，"),
            QStringLiteral("%"),
            QStringLiteral("A"),
            QStringLiteral("齐"),
            // Two characters
            QStringLiteral("就业"),
            QStringLiteral("疫情"),
            QStringLiteral("經濟"),
            QStringLiteral("發展"),
            QStringLiteral("5G"),
            QStringLiteral("——"),
            QStringLiteral("哈哈"),
            QStringLiteral("一一"),
            QStringLiteral("00"),
            QStringLiteral("“十"),
            // Three to six characters
            QStringLiteral("GDP"),
            QStringLiteral("gdp"),
            QStringLiteral("Gdp"),
            QStringLiteral("一带一"),
            QStringLiteral("000"),
            QStringLiteral("碳达峰"),
            QStringLiteral("齐扎拉"),
            QStringLiteral("互联网+"),
            QStringLiteral("PM2.5"),
            QStringLiteral("一带一路"),
            QStringLiteral("高质量发展"),
            QStringLiteral("改革开放以来"),
            QStringLiteral("全面深化改革"),
            QStringLiteral("穩就業保民生"),
            QStringLiteral("社會主義"),
            QStringLiteral("（一）"),
            QStringLiteral("1.5%"),
            QStringLiteral("xyzzy"),
            // With a space inside
            QStringLiteral("2020 年"),
            QStringLiteral("工 作"),
            QStringLiteral("代市长 王"),
        };
        const QHash<qint64, QString> referenceHashes = contentHashes(*m_reference);
        const QHash<qint64, QString> teamHashes = contentHashes(team);
        QHash<QString, qint64> teamIds;
        for (auto it = teamHashes.cbegin(); it != teamHashes.cend(); ++it)
            teamIds.insert(it.value(), it.key());
        QHash<QString, QString> folded; // content hash → folded clean text
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            folded.insert(it.key(), SearchIndex::fold(it->cleanText));

        const SearchIndex sqlite(*m_reference);
        const SearchIndex server(team);
        int termsWithHits = 0;
        qint64 totalHits = 0;
        qint64 serverMs = 0;
        for (const QString &term : terms) {
            QVERIFY(term.size() >= 1 && term.size() <= 6);
            QMap<QString, int> expected; // content hash → hits
            const QString needle = SearchIndex::fold(term.trimmed());
            for (auto it = folded.cbegin(); it != folded.cend(); ++it)
                if (const int hits = overlappingCount(it.value(), needle); hits > 0)
                    expected.insert(it.key(), hits);
            QString error;
            QMap<QString, int> fromSqlite;
            for (const SearchMatch &m : sqlite.matchingReports(term, &error))
                fromSqlite.insert(referenceHashes.value(m.reportId), m.hitCount);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QElapsedTimer searchTimer;
            searchTimer.start();
            const QList<SearchMatch> serverMatches = server.matchingReports(term, &error);
            serverMs += searchTimer.elapsed();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QMap<QString, int> fromServer;
            for (const SearchMatch &m : serverMatches)
                if (reference.contains(teamHashes.value(m.reportId))) // other tests add reports of their own
                    fromServer.insert(teamHashes.value(m.reportId), m.hitCount);
            QVERIFY2(fromSqlite == expected,
                     qPrintable(term + QStringLiteral(" in SQLite: ") + difference(fromSqlite, expected)));
            QVERIFY2(fromServer == expected,
                     qPrintable(term + QStringLiteral(" on the server: ") + difference(fromServer, expected)));
            termsWithHits += !expected.isEmpty();
            for (const int hits : std::as_const(expected))
                totalHits += hits;

            // The hits listed in three of the reports: the same places, snippets and sections.
            int listed = 0;
            for (auto it = expected.cbegin(); it != expected.cend() && listed < 3; ++it, ++listed) {
                const QList<SearchHit> a = sqlite.hitsIn(referenceHashes.key(it.key()), term);
                const QList<SearchHit> b = server.hitsIn(teamIds.value(it.key()), term);
                QCOMPARE(a.size(), it.value());
                QCOMPARE(b.size(), a.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    QCOMPARE(b[i].start, a[i].start);
                    QCOMPARE(b[i].end, a[i].end);
                    QCOMPARE(b[i].snippet, a[i].snippet);
                    QCOMPARE(b[i].sectionTitles, a[i].sectionTitles);
                }
            }
        }
        QVERIFY(terms.size() >= 30);
        QVERIFY2(termsWithHits >= 30, qPrintable(QString::number(termsWithHits)));
        qInfo("%lld terms compared over %lld reports (%d found, %lld hits in all); imports %lld ms, "
              "server searches %lld ms in all",
              qint64(terms.size()), qint64(reference.size()), termsWithHits, totalHits, importMs, serverMs);
    }

    // As bob, alice's private annotation is seen by no query; what bob may not change stays as it is.
    void rowLevelSecurity()
    {
        Library aliceLibrary, bobLibrary, carolLibrary, superLibrary;
        QVERIFY(open(aliceLibrary, alice()));
        QVERIFY(open(bobLibrary, bob()));
        QVERIFY(open(carolLibrary, carol()));
        QVERIFY(open(superLibrary, superuser()));
        QCOMPARE(aliceLibrary.userName(), QStringLiteral("alice"));
        QCOMPARE(bobLibrary.userName(), QStringLiteral("bob"));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        AnnotationStore aliceStore(aliceLibrary), bobStore(bobLibrary), carolStore(carolLibrary);
        QString error;
        const QString privateNote = QStringLiteral("alice 的私人批注 private-7f3a");
        const QString teamNote = QStringLiteral("alice 的团队批注 team-9c1b");
        const qint64 privateId =
            aliceStore.insert(annotationOf(aliceLibrary, reportId, 10, privateNote, {QStringLiteral("私人标签")},
                                           Annotation::Visibility::Private),
                              &error);
        QVERIFY2(privateId > 0, qPrintable(error));
        const qint64 teamId = aliceStore.insert(annotationOf(aliceLibrary, reportId, 40, teamNote,
                                                             {QStringLiteral("共享"), QStringLiteral("团队标签")},
                                                             Annotation::Visibility::Team),
                                                &error);
        QVERIFY2(teamId > 0, qPrintable(error));
        const QString both = QStringLiteral("(%1, %2)").arg(privateId).arg(teamId);
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id IN %1").arg(both)), 2);
        QCOMPARE(number(superLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 3);
        const Annotation teamAsStored = *aliceStore.annotation(teamId);
        const Annotation privateAsStored = *aliceStore.annotation(privateId);
        QCOMPARE(teamAsStored.author, QStringLiteral("alice"));

        // The store, raw SQL through bob's role, and the command line as bob.
        const QList<Annotation> seenByBob = bobStore.annotations(0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(contains(seenByBob, teamId) && !contains(seenByBob, privateId), qPrintable(idsOf(seenByBob)));
        QVERIFY(!bobStore.annotation(privateId));
        QCOMPARE(bobStore.annotation(teamId)->note, teamNote);
        QCOMPARE(bobStore.annotation(teamId)->author, QStringLiteral("alice"));
        QVERIFY(!bobStore.tags().contains(QStringLiteral("私人标签")));
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id IN %1").arg(both)), 1);
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations")), seenByBob.size());
        QCOMPARE(
            number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE note LIKE '%private-7f3a%'")), 0);
        QCOMPARE(number(bobLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 2);
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotation_tags WHERE tag = '私人标签'")), 0);
        // Turning row-level security off is refused, not obeyed.
        QVERIFY(exec(bobLibrary, QStringLiteral("SET row_security = off")));
        QVERIFY(!exec(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations"), &error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QVERIFY(exec(bobLibrary, QStringLiteral("RESET row_security")));

        const Run listed = run(Cli,
                               {QStringLiteral("--db"), bob(), QStringLiteral("annotations"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject collection = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QStringList listedIds;
        for (const QJsonValue &item : collection[QStringLiteral("first")][QStringLiteral("items")].toArray())
            listedIds.append(item[QStringLiteral("id")].toString());
        QCOMPARE(listedIds.size(), seenByBob.size());
        QVERIFY(listedIds.contains(QStringLiteral("urn:reportlens:annotation:%1").arg(teamId)));
        QVERIFY(!listedIds.contains(QStringLiteral("urn:reportlens:annotation:%1").arg(privateId)));
        QVERIFY(listed.out.contains(teamNote));
        QVERIFY(!listed.out.contains(QStringLiteral("private-7f3a"))
                && !listed.out.contains(QStringLiteral("私人标签")));

        // Bob cannot change or delete alice's team annotation, and is told why.
        Annotation mine = *bobStore.annotation(teamId);
        mine.note = QStringLiteral("bob 改的");
        std::optional<Annotation> theirs;
        QVERIFY(!bobStore.update(mine, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("only its author can change it")), qPrintable(error));
        QVERIFY(theirs && theirs->note == teamNote);
        QVERIFY(!bobStore.remove(teamId, &error));
        QVERIFY2(error.contains(QStringLiteral("only its author can delete it")), qPrintable(error));
        // … nor alice's private one, which he is told he cannot see.
        Annotation guessed = privateAsStored;
        guessed.note = QStringLiteral("bob 猜的");
        theirs.reset();
        QVERIFY(!bobStore.update(guessed, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("not yours to see")), qPrintable(error));
        QVERIFY(!theirs);
        QVERIFY(!bobStore.remove(privateId, &error));
        // Raw SQL through bob's role changes no row.
        for (const QString &sql : {QStringLiteral("UPDATE annotations SET note = 'x'"),
                                   QStringLiteral("UPDATE annotations SET note = 'x' WHERE id = %1").arg(teamId),
                                   QStringLiteral("UPDATE annotations SET hidden = 1 WHERE id = %1").arg(teamId),
                                   QStringLiteral("DELETE FROM annotations WHERE id IN %1").arg(both),
                                   QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id IN %1").arg(both)}) {
            int rows = -1;
            QVERIFY2(exec(bobLibrary, sql, &error, &rows), qPrintable(error));
            QVERIFY2(rows == 0, qPrintable(sql));
        }
        QVERIFY(!exec(bobLibrary,
                      QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag) VALUES (%1, 'bob')").arg(teamId),
                      &error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        // Bob may not hide it either.
        QVERIFY(!bobStore.setHidden(teamId, true, &error));
        QVERIFY2(error.contains(QStringLiteral("that you may hide")), qPrintable(error));
        // As alice has them: nothing changed.
        QCOMPARE(aliceStore.annotation(teamId)->note, teamNote);
        QCOMPARE(aliceStore.annotation(teamId)->revision, teamAsStored.revision);
        QCOMPARE(aliceStore.annotation(teamId)->tags, teamAsStored.tags);
        QCOMPARE(aliceStore.annotation(privateId)->note, privateNote);
        QCOMPARE(aliceStore.annotation(privateId)->revision, privateAsStored.revision);
        QCOMPARE(number(superLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 3);

        // Carol, an administrator, hides the team annotation: bob no longer sees it; its author and
        // carol still do. She may hide, not edit, and sees no private annotation.
        QVERIFY(!carolStore.annotation(privateId));
        QVERIFY(!carolStore.setHidden(privateId, true, &error));
        Annotation carols = *carolStore.annotation(teamId);
        carols.note = QStringLiteral("carol 改的");
        QVERIFY(!carolStore.update(carols, &error));
        QVERIFY2(error.contains(QStringLiteral("only its author can change")), qPrintable(error));
        QVERIFY2(carolStore.setHidden(teamId, true, &error), qPrintable(error));
        QVERIFY(!contains(bobStore.annotations(), teamId));
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id = %1").arg(teamId)), 0);
        QVERIFY(contains(aliceStore.annotations(), teamId));
        QVERIFY(aliceStore.annotation(teamId)->hidden);
        QCOMPARE(aliceStore.annotation(teamId)->note, teamNote);
        QVERIFY(contains(carolStore.annotations(), teamId));
        QVERIFY(!bobStore.setHidden(teamId, false, &error));
        QVERIFY(!contains(bobStore.annotations(), teamId));
        QVERIFY2(carolStore.setHidden(teamId, false, &error), qPrintable(error));
        QVERIFY(contains(bobStore.annotations(), teamId));
    }

    // Two clients as alice: an edit made from an old revision is refused and shown, never written.
    void optimisticConcurrency()
    {
        Library first, second;
        QVERIFY(open(first, alice()));
        QVERIFY(open(second, alice()));
        const qint64 reportId = someReport(first);
        QVERIFY(reportId > 0);
        AnnotationStore one(first), two(second);
        QString error;
        const qint64 id = one.insert(
            annotationOf(first, reportId, 70, QStringLiteral("原来的批注"), {}, Annotation::Visibility::Team), &error);
        QVERIFY2(id > 0, qPrintable(error));
        Annotation a1 = *one.annotation(id);
        Annotation a2 = *two.annotation(id);
        const int n = a1.revision;
        QCOMPARE(a2.revision, n);

        a1.note = QStringLiteral("客户端一的批注");
        QVERIFY2(one.update(a1, &error), qPrintable(error));
        QCOMPARE(a1.revision, n + 1);
        a2.note = QStringLiteral("客户端二的批注");
        std::optional<Annotation> theirs;
        QVERIFY(!two.update(a2, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QVERIFY(theirs);
        QCOMPARE(theirs->note, a1.note);
        QCOMPARE(theirs->revision, n + 1);
        QCOMPARE(a2.revision, n);
        QCOMPARE(two.annotation(id)->note, a1.note);
        QCOMPARE(one.annotation(id)->revision, n + 1);

        // The window's way: the document of client two shows revision n + 1; client one changes it
        // again; client two's edit is offered as a conflict, and keeping both stores both notes.
        Document document(second);
        QVERIFY(document.openReport(reportId));
        Annotation shown;
        for (const Annotation &a : document.currentAnnotations())
            if (a.id == id)
                shown = a;
        QCOMPARE(shown.revision, n + 1);
        a1.note = QStringLiteral("客户端一又改了");
        QVERIFY2(one.update(a1, &error), qPrintable(error));
        std::optional<AnnotationConflict> conflict;
        connect(&document, &Document::annotationConflict, this,
                [&conflict](const AnnotationConflict &c) { conflict = c; });
        shown.note = QStringLiteral("窗口里的修改");
        QVERIFY(!document.editAnnotation(shown));
        QVERIFY(conflict);
        QCOMPARE(conflict->mine.note, shown.note);
        QCOMPARE(conflict->theirs.note, a1.note);
        QCOMPARE(conflict->theirs.revision, n + 2);
        QCOMPARE(one.annotation(id)->note, a1.note);
        QVERIFY(document.resolveConflict(*conflict, Document::Resolution::KeepBoth));
        const Annotation settled = *one.annotation(id);
        QVERIFY2(settled.note.contains(a1.note) && settled.note.contains(shown.note), qPrintable(settled.note));
        QCOMPARE(settled.revision, n + 3);
    }

    // Two members import the same folder at the same moment: each report is stored once.
    void concurrentImportsNeverDuplicate_data()
    {
        QTest::addColumn<bool>("opposite");
        // The same folder: one import runs ahead, the other meets its reports, committed or not.
        QTest::newRow("same-folder") << false;
        // The same files named in opposite orders: the two meet in the middle, each holding a batch
        // the other needs.
        QTest::newRow("opposite-orders") << true;
    }

    void concurrentImportsNeverDuplicate()
    {
        QFETCH(bool, opposite);
        const QString folder =
            m_dir.filePath(QStringLiteral("together-%1").arg(QLatin1String(QTest::currentDataTag())));
        const QStringList files =
            writeVariants(folder,
                          filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/local"))
                              + filesIn(TestSupport::sharedDir() + QStringLiteral("/seeds")),
                          QStringLiteral("两人同时导入 %1").arg(QLatin1String(QTest::currentDataTag())));
        // How many distinct reports the folder holds: what one import into a personal library keeps.
        int expected = 0;
        QVERIFY(importInto(*m_reference, {folder}, &expected));
        QVERIFY(expected >= 40);
        QStringList reversed(files.crbegin(), files.crend());
        const QList<QStringList> what =
            opposite ? QList<QStringList>{files, reversed} : QList<QStringList>{{folder}, {folder}};

        QElapsedTimer timer;
        timer.start();
        // Output goes to files: an import waiting for its pipe to be read would hold its
        // transaction open, and the other one would wait for it.
        QList<std::shared_ptr<QProcess>> imports;
        const QStringList members = {alice(), bob()};
        for (int m = 0; m < 2; ++m) {
            imports.append(std::make_shared<QProcess>());
            startCli(*imports.last(),
                     QStringList{QStringLiteral("--db"), members[m], QStringLiteral("import")} + what[m]);
        }
        QStringList imported;
        QStringList byMember; // how many each one stored
        int duplicates = 0;
        int logged = 0;
        for (const auto &process : imports) {
            QVERIFY(process->waitForFinished(300000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QString out = outputOf(*process, "out");
            const QString err = outputOf(*process, "err");
            // No file failed. Meeting in opposite orders, the server ends a deadlock between the two
            // batches by aborting one; that batch is stored again report by report, and the lines
            // logged meanwhile are shown here, not taken for failures.
            for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.contains(QStringLiteral("already in the library")))
                    continue;
                QVERIFY2(opposite && !line.startsWith(QLatin1String("failed\t")), qPrintable(line));
                ++logged;
                qInfo("logged: %s", qPrintable(line.left(160)));
            }
            QCOMPARE(process->exitCode(), 0);
            const qsizetype importedBefore = imported.size();
            for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
                const QStringList fields = line.split(u'\t');
                if (fields.first() == QLatin1String("imported"))
                    imported.append(fields.last());
                duplicates += fields.first() == QLatin1String("duplicate");
            }
            byMember.append(QString::number(imported.size() - importedBefore));
        }
        const qint64 ms = timer.elapsed();
        Library team;
        QVERIFY(open(team, alice()));
        int inFolder = 0;
        for (const StoredReport &r : storedReports(team))
            inFolder += r.sourcePath.startsWith(folder + u'/');
        QCOMPARE(inFolder, expected);
        QCOMPARE(imported.size(), expected);
        QCOMPARE(imported.size() + duplicates, 2 * files.size());
        QCOMPARE(number(team, QStringLiteral("SELECT count(*) FROM reports")),
                 number(team, QStringLiteral("SELECT count(DISTINCT content_hash) FROM reports")));
        qInfo("%s: two imports of %lld files at once: %d reports stored once (%s by alice, bob), %d duplicates, %d "
              "lines logged, in %lld ms",
              QTest::currentDataTag(), qint64(files.size()), expected, qPrintable(byMember.join(QStringLiteral(", "))),
              duplicates, logged, ms);
    }

    // The server dies under an import: every report is complete or absent, and the library opens
    // again once the server is back.
    void serverKilledMidImport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("killed"));
        writeVariants(
            folder, TestSupport::nationalPaths() + filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/local")),
            QStringLiteral("导入中断"));
        int expected = 0;
        QVERIFY(importInto(*m_reference, {folder}, &expected));

        auto inFolder = [&folder](Library &library) {
            QSqlQuery q(library.database());
            q.prepare(QStringLiteral("SELECT count(*) FROM reports WHERE substr(source_path, 1, length(?)) = ?"));
            q.addBindValue(folder + u'/');
            q.addBindValue(folder + u'/');
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        // The scratch server does not wait for its log to be written at a commit (synchronous_commit
        // off), so a crash may take back the last commits; a real server keeps them (on by default),
        // and so does alice's session here, so that what was committed can be told from what was not.
        Library superLibrary;
        QVERIFY(open(superLibrary, superuser()));
        QVERIFY(exec(superLibrary, QStringLiteral("ALTER ROLE alice SET synchronous_commit = on")));
        auto resetAlice = qScopeGuard([this] {
            Library super;
            if (open(super, superuser()))
                exec(super, QStringLiteral("ALTER ROLE alice RESET synchronous_commit"));
        });
        QProcess importing;
        startCli(importing, {QStringLiteral("--db"), alice(), QStringLiteral("import"), folder});
        // Killed once reports were committed and while the import has another batch open, or as
        // soon as it says it imported more than is committed.
        int before = 0;
        int claimedBefore = 0;
        QElapsedTimer waited;
        waited.start();
        QSqlQuery poll(superLibrary.database());
        poll.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM reports WHERE substr(source_path, 1, length(?)) = ?), "
                           "(SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice' "
                           "AND xact_start IS NOT NULL)"));
        for (bool inBatch = false; !(before > 0 && inBatch) && claimedBefore <= before && waited.elapsed() < 120000;
             QTest::qWait(5)) {
            poll.addBindValue(folder + u'/');
            poll.addBindValue(folder + u'/');
            QVERIFY2(poll.exec() && poll.next(), qPrintable(poll.lastError().text()));
            before = poll.value(0).toInt();
            inBatch = poll.value(1).toInt() > 0;
            claimedBefore = int(outputOf(importing, "out").count(QStringLiteral("imported\t")));
        }
        poll.finish();
        QVERIFY(before > 0 || claimedBefore > 0);
        const Run killed = scratch(QStringLiteral("kill"));
        // Whatever fails below, the tests after this one find the server running.
        auto restartServer = qScopeGuard([this] { scratch(QStringLiteral("restart")); });
        QVERIFY2(killed.exitCode == 0, qPrintable(killed.err));
        QVERIFY(importing.waitForFinished(300000));
        const QString out = outputOf(importing, "out");
        const QString err = outputOf(importing, "err");
        // Not a crash: the files it could not store are named, with the library and why.
        QCOMPARE(importing.exitStatus(), QProcess::NormalExit);
        QCOMPARE(importing.exitCode(), 1);
        const QString library = QUrl(alice()).toString(QUrl::RemovePassword);
        QStringList failures;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("failed\t")))
                failures.append(line);
        QVERIFY(!failures.isEmpty());
        for (const QString &line : std::as_const(failures))
            QVERIFY2(line.contains(library), qPrintable(line));
        QVERIFY2(!err.contains(QUrl(alice()).password()), "a message shows the password");
        QStringList claimed;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("imported\t")))
                claimed.append(line.section(u'\t', -1));

        restartServer.dismiss();
        const Run restarted = scratch(QStringLiteral("restart"));
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        Library team;
        QVERIFY(open(team, alice()));
        const int present = inFolder(team);
        QVERIFY2(present >= before && present < expected,
                 qPrintable(
                     QStringLiteral("%1 stored when killed, %2 after, of %3").arg(before).arg(present).arg(expected)));
        // What the command line said it imported is there.
        QHash<QString, StoredReport> stored = storedReports(team);
        QSet<QString> storedPaths;
        for (const StoredReport &r : std::as_const(stored))
            storedPaths.insert(r.sourcePath);
        for (const QString &path : std::as_const(claimed))
            QVERIFY2(storedPaths.contains(path), qPrintable(QStringLiteral("said imported, but absent: ") + path));

        // Every report is whole: its text, its outline and figures as a personal library has them.
        const QHash<QString, StoredReport> reference = storedReports(*m_reference);
        auto checkComplete = [&reference](const QHash<QString, StoredReport> &reports) {
            for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
                const StoredReport &r = it.value();
                if (!r.hasText || r.charCount != r.cleanText.size() || !r.searchTextIsFolded)
                    return QStringLiteral("text of %1").arg(r.sourcePath);
                if (!reference.contains(it.key()))
                    continue; // imported by a test of its own
                const StoredReport &whole = reference[it.key()];
                if (r.cleanText != whole.cleanText || r.sections != whole.sections || r.glossary != whole.glossary
                    || r.indicators != whole.indicators)
                    return QStringLiteral("%1: %2 sections, %3 figures (whole: %4, %5)")
                        .arg(r.sourcePath)
                        .arg(r.sections)
                        .arg(r.indicators)
                        .arg(whole.sections)
                        .arg(whole.indicators);
            }
            return QString();
        };
        QCOMPARE(checkComplete(stored), QString());

        // The library works again: the same import finishes the folder.
        const Run again = run(Cli, {QStringLiteral("--db"), alice(), QStringLiteral("import"), folder});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(inFolder(team), expected);
        stored = storedReports(team);
        QCOMPARE(checkComplete(stored), QString());
        qInfo("server killed with %d of %d reports stored (%d said imported then, %lld in all by the CLI, %d "
              "present after the restart, %lld failure lines)",
              before, expected, claimedBefore, qint64(claimed.size()), present, qint64(failures.size()));
    }

    // Alice's changes are in the change log that bob reads (ids, never text), and notified to him.
    void changeLog()
    {
        Library aliceLibrary, bobLibrary;
        QVERIFY(open(aliceLibrary, alice()));
        QVERIFY(open(bobLibrary, bob()));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        QStringList payloads;
        QElapsedTimer sinceCommit;
        qint64 notifiedAfterMs = -1;
        QSqlDriver *driver = bobLibrary.database().driver();
        QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
        connect(driver, &QSqlDriver::notification, this,
                [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1String("reportlens_changes")) {
                        if (payloads.isEmpty())
                            notifiedAfterMs = sinceCommit.elapsed();
                        payloads.append(payload.toString());
                    }
                });
        QVERIFY(driver->subscribeToNotification(QStringLiteral("reportlens_changes")));
        const qint64 x = bobLibrary.dataVersion();
        QVERIFY(x >= 0);

        AnnotationStore store(aliceLibrary);
        QString error;
        const QString secret = QStringLiteral("只给团队看的批注 log-5e2d");
        sinceCommit.start();
        const qint64 teamId =
            store.insert(annotationOf(aliceLibrary, reportId, 100, secret, {}, Annotation::Visibility::Team), &error);
        QVERIFY2(teamId > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!payloads.isEmpty(), 2000);
        QVERIFY(bobLibrary.dataVersion() > x);
        Annotation edited = *store.annotation(teamId);
        edited.note = secret + QStringLiteral("（改）");
        QVERIFY2(store.update(edited, &error), qPrintable(error));
        const qint64 privateId =
            store.insert(annotationOf(aliceLibrary, reportId, 130, QStringLiteral("私人 log-private"), {},
                                      Annotation::Visibility::Private),
                         &error);
        QVERIFY2(privateId > 0, qPrintable(error));
        QVERIFY2(store.remove(privateId, &error), qPrintable(error));

        QSqlQuery q(bobLibrary.database());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, table_name, row_id, op FROM reportlens_changes WHERE seq > %1 "
                                      "ORDER BY seq")
                           .arg(x)));
        QStringList changes;
        qint64 last = x;
        while (q.next()) {
            QVERIFY(q.value(0).toLongLong() > last);
            last = q.value(0).toLongLong();
            changes.append(QStringLiteral("%1 %2 %3")
                               .arg(q.value(1).toString(), q.value(3).toString())
                               .arg(q.value(2).toLongLong()));
        }
        const QStringList expected = {QStringLiteral("annotations insert %1").arg(teamId),
                                      QStringLiteral("annotations update %1").arg(teamId),
                                      QStringLiteral("annotations insert %1").arg(privateId),
                                      QStringLiteral("annotations delete %1").arg(privateId)};
        QCOMPARE(changes, expected);
        QCOMPARE(bobLibrary.dataVersion(), last);
        // The log has no column of text that a member could read another's notes from.
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM reportlens_changes WHERE seq > %1").arg(x)));
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns.append(q.record().fieldName(c));
        QCOMPARE(columns,
                 QStringList({QStringLiteral("seq"), QStringLiteral("table_name"), QStringLiteral("row_id"),
                              QStringLiteral("op"), QStringLiteral("changed_at")}));
        // Each commit is notified to bob's connection, with ids and operation only.
        QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 4, 2000);
        for (const QString &payload : std::as_const(payloads)) {
            const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
            QCOMPARE(QStringList(object.keys()),
                     QStringList(
                         {QStringLiteral("id"), QStringLiteral("op"), QStringLiteral("seq"), QStringLiteral("table")}));
            QVERIFY2(!payload.contains(QStringLiteral("log-")), qPrintable(payload));
        }
        QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("reportlens_changes")));
        qInfo("%lld changes logged after seq %lld; the first notification reached bob %lld ms after alice's "
              "insert began",
              qint64(changes.size()), x, notifiedAfterMs);
    }

    // A library upgraded by a newer ReportLens: this one opens it, reads it and writes nothing.
    void newerSchemaIsReadOnly()
    {
        Library ownerLibrary, superLibrary, aliceLibrary;
        QVERIFY(open(ownerLibrary, owner()));
        QVERIFY(open(superLibrary, superuser()));
        QVERIFY(open(aliceLibrary, alice()));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        QString error;
        const qint64 annotationId = AnnotationStore(aliceLibrary)
                                        .insert(annotationOf(aliceLibrary, reportId, 5, QStringLiteral("升级前"), {},
                                                             Annotation::Visibility::Team),
                                                &error);
        QVERIFY2(annotationId > 0, qPrintable(error));
        aliceLibrary.close();

        QVERIFY(exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version + 1"), &error));
        auto restore = qScopeGuard(
            [&] { exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version - 1")); });
        const QString newer = QStringLiteral("upgraded by a newer ReportLens");
        // Counted behind row-level security: every member's annotations and their revisions.
        const qint64 reports = number(superLibrary, QStringLiteral("SELECT count(*) FROM reports"));
        const qint64 annotations = number(superLibrary, QStringLiteral("SELECT sum(rev) + count(*) FROM annotations"));

        Library member;
        QVERIFY(open(member, alice()));
        QVERIFY(member.isReadOnly());
        QCOMPARE(member.schemaVersion(), Library::currentSchemaVersion(Engine::PostgreSQL) + 1);
        QCOMPARE(ReportStore(member).count(), int(reports));
        AnnotationStore store(member);
        QVERIFY(store.annotation(annotationId));
        QVERIFY(store.insert(
                    annotationOf(member, reportId, 20, QStringLiteral("不该写入"), {}, Annotation::Visibility::Team),
                    &error)
                == 0);
        QVERIFY2(error.contains(newer), qPrintable(error));
        Annotation changed = *store.annotation(annotationId);
        changed.note = QStringLiteral("不该写入");
        QVERIFY(!store.update(changed, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        error.clear();
        QVERIFY(!store.setHidden(annotationId, true, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        QVERIFY(!store.remove(annotationId, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        const QString file = writeVariants(m_dir.filePath(QStringLiteral("newer")),
                                           {TestSupport::seedPath(QStringLiteral("002"))}, QStringLiteral("新版本"))
                                 .first();
        const ImportResult result = Importer(member).importFile(file);
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.message.contains(newer), qPrintable(result.message));
        const Run cli = run(Cli, {QStringLiteral("--db"), alice(), QStringLiteral("import"), file});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(newer), qPrintable(cli.err));
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT count(*) FROM reports")), reports);
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT sum(rev) + count(*) FROM annotations")), annotations);

        restore.dismiss();
        QVERIFY(exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version - 1"), &error));
        Library again;
        QVERIFY(open(again, alice()));
        QVERIFY(!again.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
