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

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReportLens;

class TestModels : public QObject
{
    Q_OBJECT
private:
    Library m_library;
    QList<ReportSummary> m_reports;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
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
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(m_reports);
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOfReport(m_reports.first().id);
        QCOMPARE(model.index(row, LibraryModel::RegionColumn).data(LibraryModel::ReportIdRole).toLongLong(), m_reports.first().id);
        model.setReports({});
        QCOMPARE(model.rowCount(), 0);
    }

    void libraryTreeModel()
    {
        LibraryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(m_reports);
        // 呼和浩特市, 呼和浩特市玉泉区, 呼和浩特市新城区, 乌兰察布市兴和县
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex report = model.indexOfReport(m_reports.first().id);
        QVERIFY(report.isValid());
        QCOMPARE(report.data(LibraryTreeModel::ReportIdRole).toLongLong(), m_reports.first().id);
        QVERIFY(report.parent().isValid() && report.parent().parent().isValid());

        // A large library: every report reachable under its region and year.
        QList<ReportSummary> many;
        for (int i = 1; i <= 300; ++i) {
            ReportSummary s;
            s.id = i;
            s.region = QStringLiteral("地区%1").arg(i % 7);
            s.year = 1990 + i % 30;
            s.title = QStringLiteral("报告%1").arg(i);
            many.append(s);
        }
        model.setReports(many);
        QCOMPARE(model.rowCount(), 7);
        for (const ReportSummary &s : many) {
            const QModelIndex index = model.indexOfReport(s.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.parent().data().toString(), QString::number(s.year));
            QVERIFY(index.parent().parent().data().toString().startsWith(s.region));
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }
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
            QCOMPARE(model.indexAt(sections.first().start).data(OutlineModel::StartRole).toLongLong(), sections.first().start);
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
        QVERIFY(!model.setData(model.index(0, IndicatorModel::PeriodColumn), QStringLiteral("not a year")));

        IndicatorCompareModel compare;
        QAbstractItemModelTester compareTester(&compare, QAbstractItemModelTester::FailureReportingMode::QtTest);
        compare.setReports(store.rows(m_reports[0].id), store.rows(m_reports[1].id), store.catalog(), QStringLiteral("A"),
                           QStringLiteral("B"));
        QVERIFY(compare.rowCount() > 5);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
