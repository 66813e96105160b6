// The UI models under QAbstractItemModelTester, filled from a real library.

#include "import/samplelibrary.h"
#include "models/librarymodel.h"
#include "models/outlinemodel.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ReportLens;

class TestModels : public QObject
{
    Q_OBJECT
private:
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        QCOMPARE(SampleLibrary::importSamples(m_library).size(), 5);
    }

    void libraryModel()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports(ReportStore(m_library).list());
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOfReport(ReportStore(m_library).list().first().id);
        QVERIFY(row >= 0);
        const QModelIndex region = model.index(row, LibraryModel::RegionColumn);
        QVERIFY(!region.data().toString().isEmpty());
        QCOMPARE(region.data(LibraryModel::ReportIdRole).toLongLong(), ReportStore(m_library).list().first().id);
        model.setReports({});
        QCOMPARE(model.rowCount(), 0);
    }

    void outlineModel()
    {
        ReportStore store(m_library);
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ReportSummary &s : store.list()) {
            const QList<Section> sections = store.sections(s.id);
            model.setSections(sections);
            QCOMPARE(model.rowCount(), int(sections.size()));
            if (sections.isEmpty())
                continue;
            const QModelIndex first = model.index(0, 0);
            QCOMPARE(first.data(OutlineModel::StartRole).toLongLong(), sections.first().start);
            QCOMPARE(model.rowCount(first), int(sections.first().children.size()));
            if (!sections.first().children.isEmpty()) {
                const QModelIndex child = model.index(0, 0, first);
                QCOMPARE(model.parent(child), first);
                QCOMPARE(child.data(OutlineModel::LevelRole).toInt(), 2);
            }
        }
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
