// Search in a team library on PostgreSQL (issue 16) equals the SQLite library's and grep's: the
// same reports and hit counts for terms of 1–6 characters over the seeds and the corpus.

#include "teamlibraryfixture.h"

using namespace ReportLens;
using namespace ReportLens::TeamTest;

class TestTeamSearch : public QObject, protected TeamLibraryFixture
{
    Q_OBJECT
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
};

QTEST_GUILESS_MAIN(TestTeamSearch)
#include "tst_teamsearch.moc"
