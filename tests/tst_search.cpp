// Full-text search: for literal queries of one to six characters, the reports found are exactly
// the reports whose clean text grep -F finds the query in. Search folds Traditional characters to
// Simplified (a query in either script finds both), so grep reads the folded texts for the folded
// query; every Simplified text folds to itself, so for them this is grep on the text as stored.

#include "import/importer.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "store/searchpages.h"
#include "testlibrary.h"
#include "testsupport.h"
#include "util/scriptfolding.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;

class TestSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;
    QString m_textDir;

    // Report ids whose clean text grep finds the query in (one file per report, named by id).
    QSet<qint64> grepReports(const QString &query, bool ignoreCase)
    {
        QProcess grep;
        QStringList arguments{QStringLiteral("-rlF")};
        if (ignoreCase)
            arguments.append(QStringLiteral("-i"));
        arguments << QStringLiteral("--") << query << m_textDir;
        grep.start(QStringLiteral("grep"), arguments);
        grep.waitForFinished();
        QSet<qint64> ids;
        for (const QByteArray &line : grep.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                ids.insert(QFileInfo(QString::fromUtf8(line)).baseName().toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QString error;
        QVERIFY2(m_library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("library")), &error),
                 qPrintable(error));
        Importer(m_library).importPaths({TestSupport::sharedDir() + QStringLiteral("/seeds"),
                                         TestSupport::sharedDir() + QStringLiteral("/corpus/national")});
        ReportStore store(m_library);
        QCOMPARE(store.count(), 43);
        m_textDir = m_dir.filePath(QStringLiteral("texts"));
        QDir().mkpath(m_textDir);
        QStringList traditional;
        for (const ReportSummary &s : store.list()) {
            QFile file(QStringLiteral("%1/%2.txt").arg(m_textDir).arg(s.id));
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QString text = store.load(s.id)->cleanText;
            const QString folded = ScriptFolding::fold(text);
            file.write(folded.toUtf8());
            if (folded != text)
                traditional.append(QFileInfo(store.load(s.id)->sourcePath).fileName());
        }
        // Only the reports from before the simplification of 1956 are not their own folding: 1954's
        // is Traditional, 1955's and 1957's hold some Traditional characters.
        traditional.sort();
        QCOMPARE(traditional,
                 (QStringList{QStringLiteral("national-1954.txt"), QStringLiteral("national-1955.txt"),
                              QStringLiteral("national-1957.txt")}));
    }

    void sameReportsAsGrep_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList terms = {
            // one character
            QStringLiteral("党"),
            QStringLiteral("粮"),
            QStringLiteral("疫"),
            QStringLiteral("网"),
            QStringLiteral("蒙"),
            QStringLiteral("%"),
            QStringLiteral("5"),
            // two characters: most real queries
            QStringLiteral("就业"),
            QStringLiteral("疫情"),
            QStringLiteral("改革"),
            QStringLiteral("扶贫"),
            QStringLiteral("脱贫"),
            QStringLiteral("环保"),
            QStringLiteral("小康"),
            QStringLiteral("台湾"),
            QStringLiteral("乳业"),
            QStringLiteral("物价"),
            QStringLiteral("钢铁"),
            QStringLiteral("稀土"),
            QStringLiteral("２０"),
            QStringLiteral("5G"),
            // three to six characters, numbers and mixed text
            QStringLiteral("新冠肺炎"),
            QStringLiteral("高质量发展"),
            QStringLiteral("人民公社"),
            QStringLiteral("一带一路"),
            QStringLiteral("供给侧结构性"),
            QStringLiteral("城镇新增就业"),
            QStringLiteral("5.5%"),
            QStringLiteral("十四五"),
            QStringLiteral("呼和浩特"),
            QStringLiteral("名词解释"),
            QStringLiteral("人民代表大会"),
            QStringLiteral("國民經濟"),
            // Traditional queries, and Simplified ones that 1954's Traditional text holds
            QStringLiteral("發展"),
            QStringLiteral("國"),
            QStringLiteral("国民经济"),
            QStringLiteral("過渡時期"),
            QStringLiteral("过渡时期"),
            QStringLiteral("以後"),
            QStringLiteral("以后"),
            QStringLiteral("“六稳”"),
            QStringLiteral("GDP"),
            QStringLiteral("不存在的词语"),
            // spaces inside: the index does not see them, the text decides
            QStringLiteral("总理 李强"),
            QStringLiteral("总理 李"),
            QStringLiteral("理 李"),
            QStringLiteral("总理  李强"),
        };
        for (const QString &term : terms)
            QTest::newRow(qPrintable(term)) << term;
    }
    void sameReportsAsGrep()
    {
        QFETCH(QString, query);
        QString error;
        const QList<SearchHit> hits = SearchIndex(m_library).search(query, -1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<qint64> found;
        for (const SearchHit &hit : hits)
            found.insert(hit.reportId);
        // Latin letters are matched ignoring case, so compare with grep -i when there are any.
        const bool hasLatin =
            std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 128; });
        const QString folded = ScriptFolding::fold(query);
        QCOMPARE(found, grepReports(folded, hasLatin));

        // The index's hit count per report equals the occurrences in the text (overlapping ones too).
        ReportStore store(m_library);
        for (const SearchMatch &match : SearchIndex(m_library).matchingReports(query)) {
            const QString text = ScriptFolding::fold(store.load(match.reportId)->cleanText);
            int occurrences = 0;
            for (qsizetype from = 0;
                 (from = text.indexOf(folded, from, hasLatin ? Qt::CaseInsensitive : Qt::CaseSensitive)) >= 0; ++from)
                ++occurrences;
            QCOMPARE(match.hitCount, occurrences);
        }
    }

    void hitsPointAtTheMatch()
    {
        ReportStore store(m_library);
        const QList<SearchHit> hits = SearchIndex(m_library).search(QStringLiteral("就业"), -1);
        QVERIFY(hits.size() > 100);
        for (const SearchHit &hit : hits.mid(0, 200)) {
            const std::optional<Report> report = store.load(hit.reportId);
            // As written: 就業 in the reports of the 1950s.
            const QString written = report->cleanText.mid(hit.start, hit.end - hit.start);
            QCOMPARE(ScriptFolding::fold(written), QStringLiteral("就业"));
            // The snippet is the text as written, and its one match is the hit.
            QCOMPARE(hit.snippetMatches.size(), 1);
            const TextSpan match = hit.snippetMatches.first();
            QCOMPARE(hit.snippet.mid(match.start, match.length), written);
        }
    }

    void hitCarriesItsSectionTitles()
    {
        const QList<SearchHit> hits = SearchIndex(m_library).search(QStringLiteral("科技城入驻企业达230家"), -1);
        QCOMPARE(hits.size(), 1);
        const QStringList titles = hits.first().sectionTitles;
        QVERIFY2(titles.size() >= 2, qPrintable(titles.join(u'|')));
        QCOMPARE(titles.first(), QStringLiteral("一、2022年工作回顾"));
        QVERIFY2(titles.last().endsWith(QStringLiteral("科技城载体作用凸显")), qPrintable(titles.last()));
    }

    void snippetStaysInItsLineAndMarksEachSpan()
    {
        // The snippet holds no line break, and the match is where its offsets say.
        const QList<SearchHit> hits = SearchIndex(m_library).search(QStringLiteral("科技城入驻企业达230家"), -1);
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QVERIFY(!hit.snippet.contains(u'\n'));
        QCOMPARE(wrapSpans(hit.snippet, hit.snippetMatches, QStringLiteral("["), QStringLiteral("]"))
                     .count(QStringLiteral("[科技城入驻企业达230家]")),
                 1);
        QCOMPARE(wrapSpans(QStringLiteral("哈哈哈"), {{0, 1}, {2, 1}}, QStringLiteral("<"), QStringLiteral(">")),
                 QStringLiteral("<哈>哈<哈>"));
        QCOMPARE(wrapSpans(QStringLiteral("abc"), {}, QStringLiteral("<"), QStringLiteral(">")), QStringLiteral("abc"));
    }

    void limitAndEmptyQuery()
    {
        QCOMPARE(SearchIndex(m_library).search(QStringLiteral("发展"), 7).size(), 7);
        QVERIFY(SearchIndex(m_library).search(QStringLiteral("   ")).isEmpty());
        // FTS5 syntax in a query is literal text, never an expression.
        QString error;
        SearchIndex(m_library).search(QStringLiteral("\"就业\" OR NEAR(a b)"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The first page in each order the search pane offers is the start of every match so
    // ordered: by year (reports of unknown year last), then by id, either way; or by hits. A
    // report whose year changes moves in the index (SQLite keeps its entries under the year).
    void firstPageIsTheStartOfEveryMatchInOrder_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *query : {"党", "粮", "就业", "乡村振兴", "国内生产总值", "总理 李"})
            QTest::newRow(query) << QString::fromUtf8(query);
    }
    void firstPageIsTheStartOfEveryMatchInOrder()
    {
        QFETCH(QString, query);
        ReportStore store(m_library);
        const QList<SearchMatch> all = SearchIndex(m_library).matchingReports(query);
        QVERIFY(all.size() >= 2);
        // One report loses its year and one moves to a year after all others: both must move.
        const qint64 unknown = all[all.size() / 2].reportId, moved = all.first().reportId;
        const std::optional<Report> unknownReport = store.load(unknown), movedReport = store.load(moved);
        QVERIFY(unknownReport && movedReport);
        ReportMetadata meta = unknownReport->meta;
        meta.year = {};
        QString error;
        QVERIFY2(store.updateMetadata(unknown, meta, &error), qPrintable(error));
        meta = movedReport->meta;
        meta.year = {2099, FieldSource::Edited};
        QVERIFY2(store.updateMetadata(moved, meta, &error), qPrintable(error));
        const auto restore = qScopeGuard([&] {
            QString restoreError;
            QVERIFY2(store.updateMetadata(unknown, unknownReport->meta, &restoreError), qPrintable(restoreError));
            QVERIFY2(store.updateMetadata(moved, movedReport->meta, &restoreError), qPrintable(restoreError));
        });

        QHash<qint64, int> years;
        for (const DatedReport &r : store.datedReports())
            years.insert(r.id, r.year);
        QCOMPARE(years.value(moved), 2099);
        QVERIFY(!years.contains(unknown));
        const QList<SearchMatch> matches = SearchIndex(m_library).matchingReports(query);
        QCOMPARE(matches.size(), all.size());
        const auto sorted = [&](SearchOrder order) {
            QList<SearchMatch> list = matches;
            std::stable_sort(list.begin(), list.end(), [&](const SearchMatch &a, const SearchMatch &b) {
                if (order == SearchOrder::MostHits)
                    return a.hitCount > b.hitCount;
                const int ya = years.value(a.reportId), yb = years.value(b.reportId);
                if ((ya == 0) != (yb == 0))
                    return yb == 0;
                if (ya != yb)
                    return order == SearchOrder::Newest ? ya > yb : ya < yb;
                return order == SearchOrder::Newest ? a.reportId > b.reportId : a.reportId < b.reportId;
            });
            return list;
        };
        const auto ids = [](const QList<SearchMatch> &list) {
            QList<std::pair<qint64, int>> pairs;
            for (const SearchMatch &m : list)
                pairs.append({m.reportId, m.hitCount});
            return pairs;
        };
        for (const SearchOrder order : {SearchOrder::Newest, SearchOrder::Oldest, SearchOrder::MostHits}) {
            const QList<SearchMatch> expected = sorted(order);
            for (const int limit : {1, 5, 1000}) {
                const QList<SearchMatch> first = SearchIndex(m_library).firstMatches(query, order, limit, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(ids(first), ids(expected.mid(0, limit)));
            }
        }
        // The moved report leads; the one without a year is among the last, after every dated one.
        QCOMPARE(sorted(SearchOrder::Newest).first().reportId, moved);
        for (const SearchOrder order : {SearchOrder::Newest, SearchOrder::Oldest}) {
            const QList<SearchMatch> list = sorted(order);
            const auto at =
                std::find_if(list.cbegin(), list.cend(), [&](const SearchMatch &m) { return m.reportId == unknown; });
            QVERIFY(at != list.cend());
            QVERIFY(std::all_of(at, list.cend(), [&](const SearchMatch &m) { return years.value(m.reportId) == 0; }));
        }
    }

    // A one-character query's hit count is exact however often the character occurs (the index
    // of characters keeps counts as bits): 75,000 times in one report, past 16 bits.
    void oneCharacterCountsAreExactWhenLarge()
    {
        REPORTLENS_SQLITE_ONLY("the index of characters is SQLite's");
        Library library;
        QString error;
        QVERIFY2(library.open(m_dir.filePath(QStringLiteral("counts.sqlite")), &error), qPrintable(error));
        QString text = QStringLiteral("2023年某某县人民政府工作报告\n");
        for (int i = 0; i < 25000; ++i)
            text += QStringLiteral("第%1条：党建引领发展，党员先锋作用明显，党组织凝聚力增强。\n").arg(i + 1);
        const QString path = TestSupport::writeFile(m_dir, QStringLiteral("counts.txt"), text.toUtf8());
        const ImportResult imported = Importer(library).importFile(path);
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        const QString clean = ReportStore(library).cleanText(imported.reportId);
        for (const QString &character : {QStringLiteral("党"), QStringLiteral("，"), QStringLiteral("县")}) {
            const QList<SearchMatch> matches = SearchIndex(library).matchingReports(character);
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().hitCount, int(clean.count(character)));
        }
        QVERIFY(SearchIndex(library).matchingReports(QStringLiteral("党")).first().hitCount > 65536);
    }

    // An SQLite library indexes the texts a transaction stored when it commits, in key order: a
    // report stored and deleted, or stored and replaced, before that leaves the index whole.
    void textsStoredAndChangedInOneTransactionLeaveTheIndexWhole()
    {
        REPORTLENS_SQLITE_ONLY("the queue of texts to index is SQLite's");
        Library library;
        QString error;
        QVERIFY2(library.open(m_dir.filePath(QStringLiteral("queue.sqlite")), &error), qPrintable(error));
        {
            Library::Transaction outer(library);
            QVERIFY(outer.began(&error));
            const QList<ImportResult> results = Importer(library).importPaths(
                {TestSupport::seedPath(QStringLiteral("001")), TestSupport::seedPath(QStringLiteral("002")),
                 TestSupport::seedPath(QStringLiteral("003"))});
            QCOMPARE(results.size(), 3);
            ReportStore store(library);
            QVERIFY2(store.remove(results[0].reportId, &error), qPrintable(error));
            std::optional<Report> replaced = store.load(results[1].reportId);
            QVERIFY(replaced);
            replaced->cleanText += QStringLiteral("\n补记：独一无二的补充段落。");
            QVERIFY2(store.replace(results[1].reportId, *replaced, {}, &error), qPrintable(error));
            ReportMetadata meta = replaced->meta;
            meta.year = {2031, FieldSource::Edited};
            QVERIFY2(store.updateMetadata(results[1].reportId, meta, &error), qPrintable(error));
            QVERIFY(outer.commit());
        }
        QSqlQuery q(library.database());
        for (const char *table : {"search_index", "search_characters"})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(table))),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_queue")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const QList<SearchMatch> added = SearchIndex(library).matchingReports(QStringLiteral("独一无二的补充段落"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(SearchIndex(library).matchingReports(QStringLiteral("政府")).size(), 2);
        QCOMPARE(SearchIndex(library).matchingReports(QStringLiteral("政")).size(), 2);
        QCOMPARE(SearchIndex(library).firstMatches(QStringLiteral("政府"), SearchOrder::Newest, 1).first().reportId,
                 added.first().reportId);
    }

    void deletedReportLeavesTheIndex()
    {
        const QList<SearchHit> before = SearchIndex(m_library).search(QStringLiteral("科技城载体作用凸显"), -1);
        QCOMPARE(before.size(), 1);
        QString error;
        // On a team library only an administrator may delete a report: carol does, alice searches.
        Library admin;
        if (TestSupport::onPostgreSQL())
            QVERIFY2(
                admin.open(TestSupport::libraryLocation(m_dir, QStringLiteral("library"), TestSupport::Member::Carol),
                           &error),
                qPrintable(error));
        QVERIFY2(ReportStore(admin.isOpen() ? admin : m_library).remove(before.first().reportId, &error),
                 qPrintable(error));
        QVERIFY(SearchIndex(m_library).search(QStringLiteral("科技城载体作用凸显"), -1).isEmpty());
        QCOMPARE(m_library.integrityCheck(), QStringLiteral("ok"));
    }

    // The team library's index format (SearchPages): varints skipped unread land where decoding
    // them would, eight bytes at a time or one; a pair's record comes apart as it was put together.
    void varintsSkipAsTheyDecode()
    {
        QByteArray bytes;
        QList<quint64> values;
        for (quint64 v = 0; v < 3000; v += 1 + v / 3) // 1-, 2- and 3-byte varints, in runs of each
            values.append(v);
        values.append(quint64(1) << 40);
        for (const quint64 v : std::as_const(values))
            SearchPages::appendVarint(bytes, v);
        for (qsizetype skipped = 0; skipped < values.size(); ++skipped) {
            SearchPages::VarintReader reader(bytes);
            reader.skipVarints(quint64(skipped));
            QCOMPARE(reader.next(), values[skipped]);
        }
        SearchPages::VarintReader past(bytes);
        past.skipVarints(quint64(values.size()) + 5); // past the end (a damaged record): stops there
        QVERIFY(past.atEnd());
        QCOMPARE(past.next(), quint64(0));

        const QByteArray entries("\x05\x01\x02", 3), positions("\x10\x20", 2);
        QByteArray record;
        SearchPages::appendRecordData(record, SearchPages::Pairs, entries, positions);
        const auto [readEntries, readPositions] = SearchPages::splitPairRecord(record);
        QCOMPARE(readEntries, entries);
        QCOMPARE(readPositions, positions);
    }

    // A gram's key sorts as its UTF-8 does (pages are in that order), and names it in UTF-8 as
    // QString does: characters of one to four bytes, alone and in pairs.
    void gramKeysSortAsTheirUtf8()
    {
        const QString characters = QStringLiteral("A~é中國\U00020BB7\uFFFD");
        QList<std::pair<quint64, QByteArray>> grams;
        const QList<SearchPages::Character> list = SearchPages::characters(characters);
        for (const SearchPages::Character &first : list) {
            const QString one = QString::fromUcs4(&first.code, 1);
            grams.append({SearchPages::gramKey(first.code), one.toUtf8()});
            for (const SearchPages::Character &second : list)
                grams.append({SearchPages::gramKey(first.code, second.code),
                              (one + QString::fromUcs4(&second.code, 1)).toUtf8()});
        }
        for (const auto &[key, utf8] : std::as_const(grams)) {
            SearchPages::GramText text;
            QCOMPARE(SearchPages::gramText(key, text).toByteArray(), utf8);
        }
        QList<std::pair<quint64, QByteArray>> byKey = grams, byText = grams;
        std::sort(byKey.begin(), byKey.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        std::sort(byText.begin(), byText.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        QCOMPARE(byKey, byText);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
