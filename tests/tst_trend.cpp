// Trend series from a library of real reports, keyword frequencies, and charts drawn offscreen.

#include "charts/trendchart.h"
#include "import/importer.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "trend/trendquery.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QChart>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace ReportLens;

class TestTrend : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QString error;
        QVERIFY2(m_library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("trend")), &error),
                 qPrintable(error));
        Importer(m_library).importPaths({TestSupport::sharedDir() + QStringLiteral("/corpus/national"),
                                         TestSupport::sharedDir() + QStringLiteral("/seeds")});
    }

    void targetsFromTheirYearOutcomesFromLater()
    {
        const QList<TrendSeries> series =
            TrendQuery(m_library).indicatorSeries(QStringLiteral("gdp"), Metric::Growth, {QStringLiteral("全国")});
        QCOMPARE(series.size(), 1);
        const TrendSeries &s = series.first();
        QCOMPARE(s.unit, QStringLiteral("%"));
        auto find = [](const QList<TrendPoint> &points, int year) -> const TrendPoint * {
            for (const TrendPoint &p : points)
                if (p.year == year)
                    return &p;
            return nullptr;
        };
        // The 2024 report states the 2024 target (5%) and the 2023 outcome (5.2%).
        const TrendPoint *target2024 = find(s.targets, 2024);
        QVERIFY(target2024);
        QCOMPARE(target2024->value, 5.0);
        QCOMPARE(target2024->reportYear, 2024);
        const TrendPoint *outcome2023 = find(s.outcomes, 2023);
        QVERIFY(outcome2023);
        QCOMPARE(outcome2023->value, 5.2);
        QCOMPARE(outcome2023->reportYear, 2024);
        QVERIFY(outcome2023->quote.contains(QStringLiteral("增长5.2%")));
        // 2016's range target keeps both ends.
        const TrendPoint *target2016 = find(s.targets, 2016);
        QVERIFY(target2016 && target2016->high);
        QCOMPARE(*target2016->high, 7.0);
        for (const TrendPoint &p : s.outcomes)
            QVERIFY(p.reportYear > p.year);
        for (qsizetype i = 1; i < s.outcomes.size(); ++i)
            QVERIFY(s.outcomes[i - 1].year < s.outcomes[i].year);
    }

    void severalRegions()
    {
        const QList<TrendSeries> series = TrendQuery(m_library).indicatorSeries(QStringLiteral("gdp"), Metric::Growth);
        QStringList regions;
        for (const TrendSeries &s : series)
            regions.append(s.region);
        QVERIFY(regions.contains(QStringLiteral("全国")));
        QVERIFY(regions.contains(QStringLiteral("呼和浩特市")));
    }

    void keywordFrequencyPerTenThousandCharacters()
    {
        const KeywordSeries covid = TrendQuery(m_library).keywordSeries(QStringLiteral("疫情"), QStringLiteral("全国"));
        QCOMPARE(covid.points.size(), 38); // one point per national report year
        // Each year's value is the count in that year's clean text per 10,000 characters.
        ReportStore store(m_library);
        int checked = 0;
        for (const ReportSummary &r : store.list()) {
            if (r.region != QStringLiteral("全国") || (r.year != 2022 && r.year != 2014))
                continue;
            const QString text = store.load(r.id)->cleanText;
            const double expected = double(text.count(QStringLiteral("疫情"))) * 10000.0 / double(text.size());
            const auto it = std::find_if(covid.points.cbegin(), covid.points.cend(),
                                         [&](const auto &p) { return p.first == r.year; });
            QVERIFY(it != covid.points.cend());
            QCOMPARE(it->second, expected);
            ++checked;
        }
        QCOMPARE(checked, 2);
        const auto y2022 =
            std::find_if(covid.points.cbegin(), covid.points.cend(), [](const auto &p) { return p.first == 2022; });
        const auto y2014 =
            std::find_if(covid.points.cbegin(), covid.points.cend(), [](const auto &p) { return p.first == 2014; });
        QVERIFY(y2022->second > 5 * y2014->second); // the epidemic years stand out
    }

    // Keyword trends by region draw one line per region with two years or more; a region's line
    // is that region's own series; pooling says how many regions it adds up.
    // The first report per region that uses a term: checked against the texts themselves.
    void firstUsesPerRegion()
    {
        const TrendQuery query(m_library);
        ReportStore store(m_library);
        // One character too: the index of characters answers it.
        for (const QString &term : {QStringLiteral("新质生产力"), QStringLiteral("高质量发展"), QStringLiteral("疫情"),
                                    QStringLiteral("人民公社"), QStringLiteral("疫")}) {
            QHash<QString, std::pair<int, qint64>> expected; // region → (year, id)
            QHash<qint64, int> occurrences;
            for (const ReportSummary &r : store.list()) {
                const int count = r.year == 0 ? 0 : int(store.load(r.id)->cleanText.count(term));
                if (count == 0)
                    continue;
                occurrences.insert(r.id, count);
                const auto it = expected.constFind(r.region);
                if (it == expected.cend() || std::pair(r.year, r.id) < *it)
                    expected.insert(r.region, {r.year, r.id});
            }
            const QList<FirstUse> uses = query.firstUses(term);
            QCOMPARE(uses.size(), expected.size());
            for (const FirstUse &use : uses) {
                QCOMPARE(std::pair(use.year, use.reportId), expected.value(use.region));
                QCOMPARE(use.hits, occurrences.value(use.reportId));
            }
            QVERIFY(std::is_sorted(uses.cbegin(), uses.cend(),
                                   [](const FirstUse &a, const FirstUse &b) { return a.year < b.year; }));
            if (expected.contains(QStringLiteral("全国"))) {
                const QList<FirstUse> national = query.firstUses(term, QStringLiteral("全国"));
                QCOMPARE(national.size(), 1);
                QCOMPARE(national.first().year, expected.value(QStringLiteral("全国")).first);
            }
        }
        QCOMPARE(query.firstUses(QStringLiteral("新质生产力")).value(0).year, 2024);
        QVERIFY(query.firstUses(QStringLiteral("没有这个词组合")).isEmpty());
    }

    // The whole library's line adds up every region's reports of each year, checked against the
    // texts; one character too (the index of characters answers it).
    void pooledKeywordTrendAddsUpEveryReport()
    {
        ReportStore store(m_library);
        for (const QString &term : {QStringLiteral("疫情"), QStringLiteral("粮")}) {
            QMap<int, std::pair<qint64, qint64>> expected; // year → (hits, characters)
            for (const ReportSummary &r : store.list()) {
                if (r.year == 0)
                    continue;
                const QString text = store.load(r.id)->cleanText;
                expected[r.year].first += SearchIndex::fold(text).count(term); // 糧 is found as 粮
                expected[r.year].second += text.size();
            }
            const KeywordSeries pooled = TrendQuery(m_library).keywordSeries(term);
            QCOMPARE(pooled.points.size(), expected.size());
            for (const auto &[year, value] : pooled.points) {
                const auto [hits, characters] = expected.value(year);
                QCOMPARE(value, double(hits) * 10000.0 / double(characters));
            }
        }
    }

    void keywordTrendsPerRegion()
    {
        const TrendQuery query(m_library);
        int leftOut = -1;
        const QList<KeywordSeries> lines = query.keywordSeriesByRegion(QStringLiteral("发展"), 8, &leftOut);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().region, QStringLiteral("全国")); // the most years
        QStringList regions = ReportStore(m_library).regions();
        QCOMPARE(leftOut, int(regions.size() - lines.size()));
        for (const KeywordSeries &line : lines) {
            QVERIFY(line.points.size() >= 2);
            QCOMPARE(line.points, query.keywordSeries(QStringLiteral("发展"), line.region).points);
            QVERIFY(!line.region.isEmpty()); // reports of unknown region make no line (nor a "pooled" one)
        }
        const KeywordSeries pooled = query.keywordSeries(QStringLiteral("发展"));
        QVERIFY(pooled.region.isEmpty());
        QCOMPARE(pooled.pooledRegions, int(regions.size()));
        QCOMPARE(query.keywordSeries(QStringLiteral("发展"), QStringLiteral("全国")).pooledRegions, 0);
    }

    void chartsRenderWithoutADisplay_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << QStringLiteral("gdp.png");
        QTest::newRow("svg") << QStringLiteral("gdp.svg");
    }
    void chartsRenderWithoutADisplay()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const QList<TrendSeries> series =
            TrendQuery(m_library).indicatorSeries(QStringLiteral("gdp"), Metric::Growth, {QStringLiteral("全国")});
        const QList<KeywordSeries> keywords{TrendQuery(m_library).keywordSeries(QStringLiteral("高质量发展"))};
        QString error;
        QVERIFY2(TrendChart::render(series, keywords, {}, path, QSize(900, 500), &error), qPrintable(error));
        if (file.endsWith(QStringLiteral(".svg"))) {
            const QString svg = TestSupport::readUtf8(path);
            QVERIFY(svg.contains(QStringLiteral("<svg")));
            QVERIFY(svg.contains(QStringLiteral("全国 实际")) || svg.contains(QStringLiteral("&#x5168;")));
        } else {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(900, 500));
            // Something was drawn: the image is not a single colour.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 10);
        }
    }

    void yearTicksStayFewWhateverTheSpan_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("three years") << 2022 << 2024;
        QTest::newRow("the national corpus") << 1954 << 2024;
        QTest::newRow("a misread year") << 976 << 2024;
    }
    void yearTicksStayFewWhateverTheSpan()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        TrendSeries series;
        series.region = QStringLiteral("全国");
        series.metric = Metric::Growth;
        for (const int year : {first, last}) {
            TrendPoint point;
            point.year = year;
            point.value = 5;
            series.outcomes.append(point);
        }
        std::unique_ptr<QChart> chart(TrendChart::build({series}, {}, {}));
        const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        const auto *years = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(years);
        QVERIFY(years->min() <= first && years->max() >= last);
        const double ticks = (years->max() - years->min()) / years->tickInterval();
        QVERIFY2(ticks <= 13, qPrintable(QString::number(ticks)));
        QVERIFY(last - first > 12 || years->tickInterval() == 1); // a short series labels every year
    }

    void unwritablePathIsAnError()
    {
        QString error;
        QVERIFY(!TrendChart::render({}, {}, {}, QStringLiteral("/nonexistent/dir/chart.png"), QSize(400, 300), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/chart.png")));
    }

    // Last, as it adds a report: two dated reports of no known place make no keyword line of
    // their own (and no "pooled" one), and are still where a term was first used.
    void reportsOfUnknownRegion()
    {
        QTemporaryDir dir;
        const QString text =
            QStringLiteral("政府工作报告\n\n一、过去一年工作回顾\n各位代表：全力推进“数智赋能”改革，%1年成效明显。\n");
        for (int year : {1990, 1991}) {
            const QString path =
                TestSupport::writeFile(dir, QStringLiteral("%1.txt").arg(year), text.arg(year).toUtf8());
            QVERIFY(Importer(m_library).importFile(path).reportId > 0);
        }
        const TrendQuery query(m_library);
        int leftOut = 0;
        for (const KeywordSeries &line : query.keywordSeriesByRegion(QStringLiteral("数智赋能"), 10, &leftOut))
            QVERIFY2(!line.region.isEmpty(), "a line of reports of unknown region");
        const QList<FirstUse> uses = query.firstUses(QStringLiteral("数智赋能"));
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().region, QString());
        QCOMPARE(uses.first().year, 1990);
    }
};

QTEST_MAIN(TestTrend)
#include "tst_trend.moc"
