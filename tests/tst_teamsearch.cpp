// Search in a team library on PostgreSQL (issue 16) equals the SQLite library's and grep's: the
// same reports and hit counts for terms of 1–6 characters over the seeds and the corpus.

#include "teamlibraryfixture.h"

#include "store/searchpostings.h"

using namespace ReportLens;
using namespace ReportLens::TeamTest;

// Where the team library's search differs from grep over its own folded texts, for the reports
// @p ids (other reports of the library are not looked at); empty when it does not.
QString differenceFromGrep(Library &team, const QSet<qint64> &ids, const QStringList &terms)
{
    QHash<qint64, QString> folded;
    const ReportStore store(team);
    for (const qint64 id : ids)
        folded.insert(id, SearchIndex::fold(store.cleanText(id)));
    const SearchIndex index(team);
    for (const QString &term : terms) {
        QMap<QString, int> expected, found;
        const QString needle = SearchIndex::fold(term.trimmed());
        for (auto it = folded.cbegin(); it != folded.cend(); ++it)
            if (const int hits = overlappingCount(it.value(), needle); hits > 0)
                expected.insert(QString::number(it.key()), hits);
        QString error;
        for (const SearchMatch &m : index.matchingReports(term, &error))
            if (ids.contains(m.reportId))
                found.insert(QString::number(m.reportId), m.hitCount);
        if (!error.isEmpty())
            return term + QStringLiteral(": ") + error;
        if (found != expected)
            return term + QStringLiteral(": ") + difference(found, expected);
    }
    return QString();
}

class TestTeamSearch : public QObject, protected TeamLibraryFixture
{
    Q_OBJECT
    static QStringList searchTerms()
    {
        return {
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
    }

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_START_TEAM_SERVER("tst_teamsearch");
        createSchema();
    }

    void cleanupTestCase() { stopServer(); }

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
        // Stored with lz4 (format 4), which the server reads back faster than pglz; texts under
        // PostgreSQL's 2 KB threshold are not compressed at all.
        QCOMPARE(number(team,
                        QStringLiteral("SELECT count(*) FROM report_texts WHERE "
                                       "pg_column_compression(clean_text) = 'pglz' "
                                       "OR pg_column_compression(original_text) = 'pglz'")),
                 qint64(0));
        QVERIFY(number(team,
                       QStringLiteral("SELECT count(*) FROM report_texts WHERE "
                                      "pg_column_compression(clean_text) = 'lz4'"))
                >= 80);

        const QStringList terms = searchTerms();
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

    // The index stays equal to grep as it grows and changes: reports stored one per transaction
    // (a segment each, merged sixteen at a time), some imported anew with
    // other text, some deleted; and a report deleted then put back by undo (tst_document) alike.
    void indexFollowsMergesReimportsAndDeletions()
    {
        QStringList sources;
        for (const char *seed : {"000", "001", "002", "003", "004"})
            sources.append(TestSupport::seedPath(QLatin1String(seed)));
        sources += filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/national"));
        sources += filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/local"));
        QVERIFY(sources.size() >= 72);
        const QStringList variants =
            writeVariants(m_dir.filePath(QStringLiteral("one-by-one")), sources.mid(0, 72), QStringLiteral("逐篇导入"));
        Library team;
        QVERIFY(open(team, alice()));
        QSet<qint64> ids;
        QList<std::pair<qint64, QString>> stored; // id, file
        for (const QString &path : variants) {
            const QList<ImportResult> results = Importer(team).importPaths({path}); // a transaction each
            QCOMPARE(results.size(), 1);
            QVERIFY2(results.first().status == ImportResult::Status::Imported, qPrintable(results.first().message));
            ids.insert(results.first().reportId);
            stored.append({results.first().reportId, path});
        }
        // 72 segments of one report: merged sixteen at a time into segments of the next level.
        QVERIFY(number(team, QStringLiteral("SELECT count(*) FROM search_segments WHERE level = 1")) >= 4);
        const QStringList terms = searchTerms();
        QString difference = differenceFromGrep(team, ids, terms);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // Five imported anew with another text; three deleted by an administrator.
        for (qsizetype i = 0; i < 5; ++i) {
            const auto &[id, path] = stored[i * 7];
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(QStringLiteral("\n第二稿：高质量发展，一带一路，GDP 增长 5%。\n").toUtf8());
            file.close();
            const ImportResult again = Importer(team).reimportFile(id, path);
            QVERIFY2(again.status == ImportResult::Status::Imported, qPrintable(again.message));
        }
        Library admin;
        QVERIFY(open(admin, carol()));
        QSet<qint64> deleted;
        for (qsizetype i = 0; i < 3; ++i) {
            const qint64 id = stored[i * 11 + 3].first;
            QString error;
            QVERIFY2(ReportStore(admin).remove(id, &error), qPrintable(error));
            ids.remove(id);
            deleted.insert(id);
        }
        QVERIFY(number(team, QStringLiteral("SELECT count(*) FROM search_stale")) >= 8);
        difference =
            differenceFromGrep(team, ids, terms + QStringList{QStringLiteral("第二稿"), QStringLiteral("逐篇导入")});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The deleted ones are found by no term, though their old entries are still there (listed
        // as stale, which is what keeps them out).
        QStringList deletedIds;
        for (const qint64 id : std::as_const(deleted))
            deletedIds.append(QString::number(id));
        QCOMPARE(number(team,
                        QStringLiteral("SELECT count(DISTINCT report_id) FROM search_stale WHERE report_id IN (%1)")
                            .arg(deletedIds.join(u','))),
                 qint64(3));
        for (const QString &term : terms)
            for (const SearchMatch &m : SearchIndex(team).matchingReports(term))
                QVERIFY2(!deleted.contains(m.reportId), qPrintable(term));
    }

    // An upgrade to format 3 (entries of a segment in report order) empties the index and indexes
    // every text again (SearchPostings::indexUnindexed) when the owner opens the library; a member
    // meeting the older format is told to wait for that.
    void upgradeRebuildsIndexEqualToGrep()
    {
        QVERIFY(importCorpus());
        QSet<qint64> ids;
        {
            Library team;
            QVERIFY(open(team, owner()));
            for (const qint64 id : contentHashes(team).keys())
                ids.insert(id);
            QString error;
            QVERIFY2(exec(team, QStringLiteral("UPDATE reportlens_schema SET version = 2"), &error), qPrintable(error));
        }
        QVERIFY(ids.size() >= 80);
        {
            Library member;
            QString error;
            QVERIFY(!member.open(alice(), &error));
            QVERIFY2(error.contains(QStringLiteral("owner role must open it")), qPrintable(error));
        }
        Library team;
        QVERIFY(open(team, owner()));
        QCOMPARE(number(team, QStringLiteral("SELECT version FROM reportlens_schema")),
                 qint64(Library::currentSchemaVersion(Engine::PostgreSQL)));
        QCOMPARE(number(team, QStringLiteral("SELECT count(*) FROM report_texts WHERE indexed_in IS NULL")), qint64(0));
        QCOMPARE(number(team, QStringLiteral("SELECT count(*) FROM search_stale")), qint64(0));
        // Long queries walk their pairs' entries in the order the rebuilt segments keep.
        Library reader;
        QVERIFY(open(reader, alice()));
        const QString difference = differenceFromGrep(reader, ids, searchTerms());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Level-1 segments (256 reports each) merge sixteen at a time into one of level 2: 272 short
    // reports stored one per transaction make the library's first, and the index stays equal to
    // grep across all three levels.
    void secondLevelMergeKeepsIndexEqualToGrep()
    {
        QStringList lines;
        for (const QString &path : filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/national")))
            lines += TestSupport::readUtf8(path).split(u'\n', Qt::SkipEmptyParts);
        const QString folder = m_dir.filePath(QStringLiteral("level-two"));
        QDir().mkpath(folder);
        constexpr int Pieces = 272;
        Library team;
        QVERIFY(open(team, alice()));
        QSet<qint64> ids;
        QString piece;
        for (qsizetype line = 0; line < lines.size() && ids.size() < Pieces; ++line) {
            piece += lines[line] + u'\n';
            if (piece.size() < 300)
                continue;
            const QString path = QDir(folder).filePath(QStringLiteral("piece-%1.txt").arg(ids.size()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("片段 %1\n%2").arg(ids.size()).arg(piece).toUtf8());
            file.close();
            piece.clear();
            const QList<ImportResult> results = Importer(team).importPaths({path}); // a transaction each
            QCOMPARE(results.size(), 1);
            QVERIFY2(results.first().status == ImportResult::Status::Imported, qPrintable(results.first().message));
            ids.insert(results.first().reportId);
        }
        QCOMPARE(ids.size(), qsizetype(Pieces));
        QVERIFY(number(team, QStringLiteral("SELECT count(*) FROM search_segments WHERE level = 2")) >= 1);
        for (const qint64 id : contentHashes(team).keys())
            ids.insert(id);
        const QString difference = differenceFromGrep(team, ids, searchTerms() + QStringList{QStringLiteral("片段")});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestTeamSearch)
#include "tst_teamsearch.moc"
