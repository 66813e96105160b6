// Every UI model under QAbstractItemModelTester, filled from a real library.

#include "annotations/annotationfilterproxy.h"
#include "annotations/annotationmodel.h"
#include "compare/indicatorcomparemodel.h"
#include "export/annotationexporter.h"
#include "import/samplelibrary.h"
#include "indicators/indicatormodel.h"
#include "library/librarymodel.h"
#include "library/librarytreemodel.h"
#include "reader/outlinemodel.h"
#include "search/searchresultmodel.h"
#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ReportLens;

class TestModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;
    QList<ReportSummary> m_reports;

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QString error;
        QVERIFY2(m_library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("models")), &error),
                 qPrintable(error));
        QCOMPARE(SampleLibrary::importSamples(m_library).size(), 5);
        m_reports = ReportStore(m_library).list();
        // Two highlights to list.
        for (const ReportSummary &r : m_reports.mid(0, 2)) {
            const QString text = ReportStore(m_library).load(r.id)->cleanText;
            Annotation a;
            a.reportId = r.id;
            a.anchor = Anchor::fromRange(text, 100, 130);
            a.tags = {QStringLiteral("测试")};
            QVERIFY(AnnotationStore(m_library).insert(a, &error) > 0);
        }
    }

    void libraryModel()
    {
        LibraryModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing read before reload()
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        const qint64 id = m_reports.first().id;
        const int row = model.rowOfReport(id);
        QCOMPARE(model.index(row, LibraryModel::RegionColumn).data(LibraryModel::ReportIdRole).toLongLong(), id);
        QCOMPARE(model.index(row, LibraryModel::TitleColumn).data().toString(), m_reports.first().title);

        // Sorting keeps a persistent index on its report.
        const QPersistentModelIndex kept = model.index(row, LibraryModel::TitleColumn);
        model.sort(LibraryModel::YearColumn, Qt::DescendingOrder);
        QCOMPARE(kept.data(LibraryModel::ReportIdRole).toLongLong(), id);
        QCOMPARE(kept.row(), model.rowOfReport(id));
        int previous = std::numeric_limits<int>::max();
        for (int r = 0; r < model.rowCount(); ++r) {
            const int year = model.index(r, LibraryModel::YearColumn).data().toInt();
            QVERIFY(year <= previous);
            previous = year;
        }

        model.setFilterText(QStringLiteral("新城区"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, LibraryModel::RegionColumn).data().toString().contains(QStringLiteral("新城区")));
        model.setFilterText(QStringLiteral("没有这个地区"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfReport(id), -1);
    }

    void libraryTreeModel()
    {
        LibraryTreeModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch from inside its own reset checks; this test fetches as a view does.
        tester.setUseFetchMore(false);
        model.reload();
        // 呼和浩特市, 呼和浩特市玉泉区, 呼和浩特市新城区, 乌兰察布市兴和县
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.reportCount(), 5);
        // Regions come first; their years and reports are read on demand.
        const QModelIndex region = model.index(0, 0);
        QVERIFY(model.hasChildren(region));
        QCOMPARE(model.rowCount(region), 0);
        QVERIFY(model.canFetchMore(region));
        model.fetchMore(region);
        QVERIFY(model.rowCount(region) > 0);
        QVERIFY(!model.canFetchMore(region));

        for (const ReportSummary &s : m_reports) {
            const QModelIndex index = model.indexOfReport(s.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(LibraryTreeModel::ReportIdRole).toLongLong(), s.id);
            QCOMPARE(index.parent().data().toString(),
                     s.year > 0 ? QString::number(s.year) : QStringLiteral("Year unknown"));
            QVERIFY(index.parent().parent().data().toString().startsWith(s.region));
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }

        model.setFilterText(QStringLiteral("玉泉区"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.reportCount(),
                 int(std::count_if(m_reports.cbegin(), m_reports.cend(), [](const ReportSummary &s) {
                     return s.region.contains(QStringLiteral("玉泉区"));
                 })));
        for (const ReportSummary &s : m_reports)
            QCOMPARE(model.indexOfReport(s.id).isValid(), s.region.contains(QStringLiteral("玉泉区")));
    }

    void outlineModel()
    {
        ReportStore store(m_library);
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ReportSummary &s : m_reports) {
            const QList<Section> sections = store.sections(s.id);
            model.setSections(sections);
            model.setAnnotationStarts({120, 5000});
            QCOMPARE(model.rowCount(), int(sections.size()));
            if (sections.isEmpty())
                continue;
            const QModelIndex first = model.index(0, 0);
            QCOMPARE(first.data(OutlineModel::StartRole).toLongLong(), sections.first().start);
            QCOMPARE(model.indexAt(sections.first().start).data(OutlineModel::StartRole).toLongLong(),
                     sections.first().start);
        }
    }

    void searchResultModel()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<SearchMatch> matches = SearchIndex(m_library).matchingReports(QStringLiteral("就业"));
        QVERIFY(matches.size() >= 3);
        model.setResults(&m_library, QStringLiteral("就业"), matches);
        QCOMPARE(model.rowCount(), 0); // nothing read until the view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), int(matches.size()));
        const QModelIndex report = model.index(0, 0);
        QVERIFY(model.hasChildren(report));
        QVERIFY(report.data().toString().contains(QString::number(matches[0].hitCount)));
        model.fetchMore(report);
        QCOMPARE(model.rowCount(report), matches[0].hitCount);
        const QModelIndex hit = model.index(0, 0, report);
        QVERIFY(hit.data(SearchResultModel::StartRole).isValid());
        QVERIFY(hit.data().toString().contains(QStringLiteral("【就业】")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        // What a search reads on its worker before showing results: the first page's rows, and
        // the hits of the first reports read together, equal to reading them one by one.
        const SearchIndex index(m_library);
        QList<qint64> ids;
        for (const SearchMatch &match : matches)
            ids.append(match.reportId);
        SearchResultModel::FirstScreen first{ReportStore(m_library).summaries(ids),
                                             index.hitsIn(ids.mid(0, 2), QStringLiteral("就业"))};
        QCOMPARE(first.hits.size(), 2);
        for (const qint64 id : ids) {
            const QList<SearchHit> alone = index.hitsIn(id, QStringLiteral("就业"));
            QCOMPARE(alone.size(), matches[ids.indexOf(id)].hitCount);
            if (first.hits.contains(id)) {
                QCOMPARE(first.hits[id].size(), alone.size());
                for (qsizetype h = 0; h < alone.size(); ++h) {
                    QCOMPARE(first.hits[id][h].start, alone[h].start);
                    QCOMPARE(first.hits[id][h].snippet, alone[h].snippet);
                    QCOMPARE(first.hits[id][h].sectionTitles, alone[h].sectionTitles);
                }
            }
        }
        model.setResults(&m_library, QStringLiteral("就业"), matches, first);
        QCOMPARE(model.rowCount(), int(matches.size())); // the whole page, without a fetch
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        QCOMPARE(model.rowCount(model.index(0, 0)), matches[0].hitCount);
        const QModelIndex third = model.index(2, 0);
        QCOMPARE(model.rowCount(third), 0); // not read yet: read when expanded
        QVERIFY(model.canFetchMore(third));
        model.fetchMore(third);
        QCOMPARE(model.rowCount(third), matches[2].hitCount);

        // A first page shown before the count: its rows stay when every match arrives, and the
        // later ones are read as the view asks.
        const QList<SearchMatch> page = matches.mid(0, 2);
        SearchResultModel::FirstScreen pageScreen{ReportStore(m_library).summaries(ids.mid(0, 2)), {}};
        model.setResults(&m_library, QStringLiteral("就业"), page, pageScreen, false);
        QVERIFY(!model.isCounted());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setAllMatches(matches);
        QVERIFY(model.isCounted());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.reportCount(), int(matches.size()));
        qint64 hits = 0;
        for (const SearchMatch &m : matches)
            hits += m.hitCount;
        QCOMPARE(model.hitCount(), hits);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), int(matches.size()));
        QCOMPARE(model.index(2, 0).data(SearchResultModel::ReportIdRole).toLongLong(), matches[2].reportId);
        // Every match in another order than the page shown (the library changed in between):
        // the results start again from it.
        model.setResults(&m_library, QStringLiteral("就业"), page, pageScreen, false);
        QList<SearchMatch> reordered = matches;
        std::reverse(reordered.begin(), reordered.end());
        model.setAllMatches(reordered);
        QCOMPARE(resets.size(), 2);
        QVERIFY(model.isCounted());
        model.fetchMore({});
        QCOMPARE(model.index(0, 0).data(SearchResultModel::ReportIdRole).toLongLong(), reordered[0].reportId);
    }

    void annotationModelAndFilter()
    {
        AnnotationModel model;
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(AnnotationExporter::collect(m_library));
        QCOMPARE(model.rowCount(), 2);
        proxy.setReport(m_reports.first().id);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setReport(0);
        proxy.setTag(QStringLiteral("测试"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setColor(3);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void indicatorModels()
    {
        IndicatorStore store(m_library);
        IndicatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 hohhot = std::find_if(m_reports.cbegin(), m_reports.cend(), [](const ReportSummary &r) {
                                  return r.region == QStringLiteral("呼和浩特市");
                              })->id;
        model.setRows(store.rows(hohhot), store.catalog());
        QCOMPARE(model.rowCount(), 19);
        // An edit is offered for the undo stack, not applied in place.
        QSignalSpy edits(&model, &IndicatorModel::editRequested);
        QVERIFY(model.setData(model.index(0, IndicatorModel::ValueColumn), QStringLiteral("5.6")));
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits.last().at(3).value<Indicator>().userEdited);
        QSignalSpy refusals(&model, &IndicatorModel::editRefused);
        QVERIFY(!model.setData(model.index(0, IndicatorModel::PeriodColumn), QStringLiteral("not a year")));
        QCOMPARE(refusals.size(), 1);
        // A level's unit can be corrected: its value in the catalog unit follows; a unit that does
        // not convert (亿元 → 斤) is refused, as it could not be drawn.
        QList<IndicatorRow> all;
        const auto inYi = [](const IndicatorRow &r) {
            return r.indicator.metric == Metric::Level && r.indicator.unit == QStringLiteral("亿元");
        };
        for (const ReportSummary &r : std::as_const(m_reports))
            if (all = store.rows(r.id); std::any_of(all.cbegin(), all.cend(), inYi))
                break;
        const auto yi = std::find_if(all.cbegin(), all.cend(), inYi);
        QVERIFY(yi != all.cend());
        model.setRows(all, store.catalog());
        const int yiRow = int(yi - all.cbegin());
        QVERIFY(model.setData(model.index(yiRow, IndicatorModel::UnitColumn), QStringLiteral("万亿元")));
        const Indicator corrected = edits.last().at(3).value<Indicator>();
        QCOMPARE(corrected.unit, QStringLiteral("万亿元"));
        QCOMPARE(*corrected.valueInCatalogUnit, yi->indicator.value * 10000);
        QVERIFY(!model.setData(model.index(yiRow, IndicatorModel::UnitColumn), QStringLiteral("斤")));
        QCOMPARE(refusals.size(), 2);
        // The kind is chosen by its name; a large value is offered for editing in plain digits.
        QVERIFY(model.setData(model.index(yiRow, IndicatorModel::KindColumn),
                              IndicatorModel::kindText(FigureKind::Target)));
        QCOMPARE(edits.last().at(3).value<Indicator>().kind, FigureKind::Target);
        QList<IndicatorRow> large = all;
        large[yiRow].indicator.value = 1.39e12;
        model.setRows(large, store.catalog());
        QCOMPARE(model.index(yiRow, IndicatorModel::ValueColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("1390000000000"));
        model.setRows(all, store.catalog());
        // How sure the extractor is, and why, with the sentence.
        QVERIFY(!model.index(0, IndicatorModel::ConfidenceColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, IndicatorModel::QuoteColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(model.rowAt(0)->indicator.quote.left(10).toHtmlEscaped()));
        // Marking a figure wrong is offered too; one marked wrong is struck out.
        const qsizetype before = edits.size();
        model.toggleWrong(0);
        QCOMPARE(edits.size(), before + 1);
        Indicator wrong = edits.last().at(3).value<Indicator>();
        QVERIFY(wrong.rejected);
        QVERIFY(!wrong.userEdited);
        QList<IndicatorRow> rows = store.rows(hohhot);
        rows[0].indicator.rejected = true;
        model.setRows(rows, store.catalog());
        QVERIFY(model.index(0, IndicatorModel::ValueColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.index(1, IndicatorModel::ValueColumn).data(Qt::FontRole).isValid()
                || !rows[1].indicator.rejected);

        // An indicator is named as the report's scope names it: 国内生产总值 nationally.
        QList<IndicatorRow> scoped = all;
        const int gdp =
            int(std::find_if(scoped.cbegin(), scoped.cend(),
                             [](const IndicatorRow &r) { return r.indicator.indicatorId == QStringLiteral("gdp"); })
                - scoped.cbegin());
        QVERIFY(gdp < scoped.size());
        scoped[gdp].region = QStringLiteral("全国");
        model.setRows(scoped, store.catalog());
        QCOMPARE(model.index(gdp, IndicatorModel::IndicatorColumn).data().toString(), QStringLiteral("国内生产总值"));
        scoped[gdp].region = QStringLiteral("呼和浩特市");
        model.setRows(scoped, store.catalog());
        QCOMPARE(model.index(gdp, IndicatorModel::IndicatorColumn).data().toString(), QStringLiteral("地区生产总值"));

        IndicatorCompareModel compare;
        QAbstractItemModelTester compareTester(&compare, QAbstractItemModelTester::FailureReportingMode::QtTest);
        compare.setReports(store.rows(m_reports[0].id), store.rows(m_reports[1].id), store.catalog(),
                           QStringLiteral("A"), QStringLiteral("B"));
        QVERIFY(compare.rowCount() > 5);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
