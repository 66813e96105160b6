// ReportListing: the library list as SQL pages, checked against the whole list sorted and
// filtered in C++ over the seeds and the national corpus.

#include "import/importer.h"
#include "testlibrary.h"
#include "testsupport.h"

#include "store/library.h"
#include "store/reportlisting.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ReportLens;

Q_DECLARE_METATYPE(ReportLens::ReportSortKey)

namespace {

int levelRank(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National: return 1;
    case AdminLevel::Province: return 2;
    case AdminLevel::City: return 3;
    case AdminLevel::District: return 4;
    case AdminLevel::County: return 5;
    case AdminLevel::Unknown: break;
    }
    return 6;
}

// The expected order, written independently of the SQL: key, then region, year and id.
bool before(const ReportSummary &a, const ReportSummary &b, ReportSortKey key)
{
    const auto speaker = [](const ReportSummary &r) { return (r.speakerRole + u' ' + r.speaker).trimmed(); };
    const auto date = [](const ReportSummary &r) {
        return r.meetingDate.isValid() ? r.meetingDate.toString(Qt::ISODate) : QString();
    };
    int c = 0;
    switch (key) {
    case ReportSortKey::Region: c = 0; break;
    case ReportSortKey::Year: c = a.year - b.year; break;
    case ReportSortKey::Title: c = a.title.toUtf8().compare(b.title.toUtf8()); break;
    case ReportSortKey::Level: c = levelRank(a.level) - levelRank(b.level); break;
    case ReportSortKey::MeetingDate: c = date(a).compare(date(b)); break;
    case ReportSortKey::Speaker: c = speaker(a).toUtf8().compare(speaker(b).toUtf8()); break;
    }
    if (c == 0)
        c = a.region.toUtf8().compare(b.region.toUtf8()); // SQLite compares UTF-8 bytes
    if (c == 0)
        c = a.year - b.year;
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return c < 0;
}

// An SQLite library's filter folds Traditional characters to Simplified, as search does; a team
// library's compares them as written.
bool shows(const ReportSummary &r, const QString &text, Engine engine)
{
    const auto folded = [engine](const QString &s) { return engine == Engine::SQLite ? SearchIndex::fold(s) : s; };
    const QString date = r.meetingDate.isValid() ? r.meetingDate.toString(Qt::ISODate) : QString();
    const QString year = r.year > 0 ? QString::number(r.year) : QString();
    for (const QString &field : {r.region, r.title, year, date, r.speaker, r.speakerRole})
        if (folded(field).contains(folded(text), Qt::CaseInsensitive))
            return true;
    return false;
}

QList<qint64> idsOf(const QList<ReportSummary> &reports)
{
    QList<qint64> ids;
    for (const ReportSummary &r : reports)
        ids.append(r.id);
    return ids;
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;
    QList<ReportSummary> m_all;
    qint64 m_unplaced = 0;

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QString error;
        QVERIFY2(m_library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("listing")), &error),
                 qPrintable(error));
        Importer(m_library).importPaths({TestSupport::sharedDir() + QStringLiteral("/seeds"),
                                         TestSupport::sharedDir() + QStringLiteral("/corpus/national")});
        ReportStore store(m_library);
        QVERIFY(store.count() >= 40);
        // One report loses its region and year, one gets LIKE's wildcards in its title.
        const qint64 first = store.list().first().id;
        Report report = *store.load(first);
        report.meta.region = {};
        report.meta.year = {};
        QVERIFY2(store.updateMetadata(first, report.meta, &error), qPrintable(error));
        m_unplaced = first;
        const qint64 second = store.list().last().id;
        report = *store.load(second);
        report.meta.title.value = QStringLiteral("增长50%_以上的报告");
        report.meta.title.source = FieldSource::Edited;
        QVERIFY2(store.updateMetadata(second, report.meta, &error), qPrintable(error));
        m_all = store.list();
    }

    void pagesFollowEveryOrder_data()
    {
        QTest::addColumn<ReportSortKey>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("text");
        const std::pair<const char *, ReportSortKey> keys[] = {
            {"region", ReportSortKey::Region},    {"year", ReportSortKey::Year},
            {"title", ReportSortKey::Title},      {"level", ReportSortKey::Level},
            {"date", ReportSortKey::MeetingDate}, {"speaker", ReportSortKey::Speaker}};
        for (const auto &[name, key] : keys) {
            QTest::addRow("%s ascending", name) << key << Qt::AscendingOrder << QString();
            QTest::addRow("%s descending", name) << key << Qt::DescendingOrder << QString();
            QTest::addRow("%s, filtered by 200", name) << key << Qt::AscendingOrder << QStringLiteral("200");
        }
        QTest::addRow("filtered by 全国") << ReportSortKey::Year << Qt::DescendingOrder << QStringLiteral("全国");
        QTest::addRow("filtered by a speaker") << ReportSortKey::Region << Qt::AscendingOrder << QStringLiteral("总理");
        QTest::addRow("wildcards are literal") << ReportSortKey::Region << Qt::AscendingOrder << QStringLiteral("50%_");
        QTest::addRow("one character") << ReportSortKey::Year << Qt::AscendingOrder << QStringLiteral("报");
        QTest::addRow("a date") << ReportSortKey::MeetingDate << Qt::AscendingOrder << QStringLiteral("-03-0");
        QTest::addRow("Traditional characters")
            << ReportSortKey::Region << Qt::AscendingOrder << QStringLiteral("國務院總理");
        QTest::addRow("nothing matches") << ReportSortKey::Region << Qt::AscendingOrder << QStringLiteral("没有这个词");
    }

    void pagesFollowEveryOrder()
    {
        QFETCH(ReportSortKey, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, text);
        QList<ReportSummary> expected;
        for (const ReportSummary &r : m_all)
            if (text.isEmpty() || shows(r, text, m_library.engine()))
                expected.append(r);
        std::sort(expected.begin(), expected.end(),
                  [key](const ReportSummary &a, const ReportSummary &b) { return before(a, b, key); });
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());

        ReportQuery query;
        query.text = text;
        query.sortKey = key;
        query.order = order;
        const ReportListing listing(m_library);
        QCOMPARE(listing.count(query), int(expected.size()));
        // Read in pages of seven, as a view reads pages: together they are the whole list.
        QList<ReportSummary> paged;
        for (int offset = 0; offset < int(expected.size()) + 7; offset += 7)
            paged += listing.page(query, offset, 7);
        QCOMPARE(idsOf(paged), idsOf(expected));
        QCOMPARE(idsOf(listing.page(query, 0, -1)), idsOf(expected));
        // Every report's position, asked at once, is its place in the list.
        QList<qint64> ids = idsOf(m_all);
        const QHash<qint64, int> positions = listing.positions(ids, query);
        QCOMPARE(positions.size(), expected.size());
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(positions.value(expected[row].id, -1), row);
        if (text == QStringLiteral("50%_"))
            QCOMPARE(expected.size(), 1);
        // Every filter but the last finds reports (Traditional characters only where they are folded).
        const bool foundNone = text == QStringLiteral("没有这个词")
            || (text == QStringLiteral("國務院總理") && m_library.engine() != Engine::SQLite);
        QCOMPARE(expected.isEmpty(), foundNone);
    }

    void groupsCountTheirReports()
    {
        const ReportListing listing(m_library);
        for (const QString &text : {QString(), QStringLiteral("2018"), QStringLiteral("呼和浩特")}) {
            const QList<ReportGroup> regions = listing.regions(text);
            QVERIFY(!regions.isEmpty());
            int total = 0;
            for (qsizetype i = 0; i < regions.size(); ++i) {
                const ReportGroup &region = regions[i];
                ReportQuery inRegion;
                inRegion.text = text;
                inRegion.region = region.region;
                QCOMPARE(listing.count(inRegion), region.count);
                total += region.count;
                // Years newest first, unknown last; together they hold the region's reports.
                const QList<ReportGroup> years = listing.years(text, region.region);
                int inYears = 0;
                for (qsizetype y = 0; y < years.size(); ++y) {
                    if (y > 0)
                        QVERIFY(years[y].year == 0 || years[y].year < years[y - 1].year);
                    QVERIFY(years[y].year != 0 || y == years.size() - 1);
                    ReportQuery inYear = inRegion;
                    inYear.year = years[y].year;
                    QCOMPARE(listing.page(inYear, 0, -1).size(), years[y].count);
                    inYears += years[y].count;
                }
                QCOMPARE(inYears, region.count);
                // 全国 first; unknown last; the rest by name.
                if (i > 0 && !region.region.isNull() && regions[i - 1].region != QStringLiteral("全国"))
                    QVERIFY(regions[i - 1].region.toUtf8() < region.region.toUtf8());
                QVERIFY(!region.region.isNull() || i == regions.size() - 1);
            }
            ReportQuery all;
            all.text = text;
            QCOMPARE(total, listing.count(all));
        }
        const QList<ReportGroup> regions = listing.regions({});
        QCOMPARE(regions.first().region, QStringLiteral("全国"));
        QVERIFY(regions.last().region.isNull());
        ReportQuery unknown;
        unknown.region = QString();
        unknown.year = 0;
        QCOMPARE(idsOf(listing.page(unknown, 0, -1)), QList<qint64>{m_unplaced});
    }
};

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
