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
