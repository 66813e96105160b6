// What other programs commit reaches an open document (Document + ChangeFeed), on both engines:
// another window or computer of the same library, another member of a team library.

#include "annotate/anchor.h"
#include "document/document.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ReportLens;

class TestLiveChanges : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_libraryName;
    int m_libraries = 0;
    qint64 m_report = 0; ///< national 2024

private Q_SLOTS:
    void initTestCase() { REPORTLENS_REQUIRE_TEST_ENGINE(); }

    void init()
    {
        m_library = std::make_unique<Library>();
        QString error;
        m_libraryName = QStringLiteral("library-%1").arg(++m_libraries);
        QVERIFY2(m_library->open(TestSupport::libraryLocation(m_dir, m_libraryName), &error), qPrintable(error));
        const QStringList national = TestSupport::nationalPaths();
        const auto report = std::find_if(national.cbegin(), national.cend(),
                                         [](const QString &path) { return path.contains(QStringLiteral("2024")); });
        QVERIFY(report != national.cend());
        const ImportResult imported = Importer(*m_library).importFile(*report);
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        m_report = imported.reportId;
    }

    void cleanup() { m_library.reset(); }

    // What another program commits reaches an open window within 2 s: on a team library by the
    // server's notification, which names the annotation (a poll would only say "something
    // changed"), and another member's private annotation never shows; on SQLite by data_version.
    void anotherClientsHighlightArrivesWithinTwoSeconds()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qsizetype shownBefore = document.currentAnnotations().size();
        QSignalSpy outside(document.changeFeed(), &ChangeFeed::changed);
        QSignalSpy annotationsChanged(&document, &Document::reportChanged);
        const TestSupport::Member other =
            TestSupport::onPostgreSQL() ? TestSupport::Member::Bob : TestSupport::Member::Alice;
        Library client;
        QString error;
        QVERIFY2(client.open(TestSupport::libraryLocation(m_dir, m_libraryName, other), &error), qPrintable(error));
        const QString text = ReportStore(client).cleanText(m_report);
        Annotation shared;
        shared.reportId = m_report;
        shared.anchor = Anchor::fromRange(text, 300, 310);
        shared.note = QStringLiteral("另一台电脑上加的");
        shared.visibility = Annotation::Visibility::Team;
        Annotation kept = shared;
        kept.anchor = Anchor::fromRange(text, 400, 410);
        kept.visibility = Annotation::Visibility::Private;
        QElapsedTimer sinceCommit;
        const qint64 sharedId = AnnotationStore(client).insert(shared, &error);
        QVERIFY2(sharedId > 0, qPrintable(error));
        sinceCommit.start();
        const qint64 keptId = AnnotationStore(client).insert(kept, &error);
        QVERIFY2(keptId > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(document.currentAnnotations().cbegin(),
                                             document.currentAnnotations().cend(),
                                             [&](const Annotation &a) { return a.id == sharedId; }),
                                 2000);
        QVERIFY2(sinceCommit.elapsed() < 2000, qPrintable(QString::number(sinceCommit.elapsed())));
        QVERIFY(!annotationsChanged.isEmpty());
        QVERIFY(!outside.isEmpty());
        if (TestSupport::onPostgreSQL()) {
            // Named by the notification; the private one of another member is not shown.
            const auto changes = outside.first().first().value<QList<ChangeFeed::Change>>();
            QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [&](const ChangeFeed::Change &c) {
                return c.table == QLatin1String("annotations") && c.id == sharedId
                    && c.operation == QLatin1String("insert");
            }));
            QTest::qWait(300);
            QCOMPARE(document.currentAnnotations().size(), shownBefore + 1);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(document.currentAnnotations().size(), shownBefore + 2, 2000);
        }
        QVERIFY(AnnotationStore(client).remove(sharedId, &error));
        QVERIFY(AnnotationStore(client).remove(keptId, &error));
    }
};

QTEST_GUILESS_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
