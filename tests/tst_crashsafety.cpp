// Crash safety: an import killed with SIGKILL at random points of its progress leaves a consistent library with
// every report complete or absent; a highlight confirmed in the window survives the window being
// killed; the window and a command-line import work on one library at the same time.

#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace ReportLens;

namespace {

// Rows a report owns in every derived table; equal to the reference means complete.
struct Footprint
{
    int sections = 0, glossary = 0, indicators = 0;
    qint64 indexedTokens = 0; ///< Entries of the report in the full-text index itself (not its content table).
    bool operator==(const Footprint &o) const
    {
        return sections == o.sections && glossary == o.glossary && indicators == o.indicators
            && indexedTokens == o.indexedTokens;
    }
};

QHash<QString, Footprint> footprints(Library &library)
{
    QHash<QString, Footprint> result;
    QSqlQuery q(library.database());
    // fts5vocab's instance table reads the index's own entries: one per indexed token.
    q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_entries USING fts5vocab(main, search_index, instance)"));
    QHash<qint64, qint64> tokens;
    q.exec(QStringLiteral("SELECT doc, count(*) FROM temp.index_entries GROUP BY doc"));
    while (q.next())
        tokens.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.exec(QStringLiteral("SELECT r.content_hash, (SELECT count(*) FROM sections s WHERE s.report_id = r.id), "
                          "(SELECT count(*) FROM glossary g WHERE g.report_id = r.id), (SELECT count(*) FROM "
                          "indicators i WHERE i.report_id = r.id), "
                          "r.id FROM reports r"));
    while (q.next())
        result.insert(
            q.value(0).toString(),
            {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), tokens.value(q.value(4).toLongLong())});
    return result;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_reports;
    QHash<QString, Footprint> m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        // 60 distinct reports: the seeds, the national corpus, and copies with a line of their own.
        m_reports = m_dir.filePath(QStringLiteral("reports"));
        QDir().mkpath(m_reports);
        QStringList sources;
        QDirIterator seeds(TestSupport::sharedDir() + QStringLiteral("/seeds"), {QStringLiteral("*.txt")});
        while (seeds.hasNext())
            sources.append(seeds.next());
        sources += TestSupport::nationalPaths();
        sources.sort();
        for (int i = 0; i < 60; ++i) {
            const QString source = sources[i % sources.size()];
            QByteArray bytes = TestSupport::readBytes(source);
            if (i >= sources.size())
                bytes.append(QStringLiteral("\n（第%1份测试副本）\n").arg(i).toUtf8());
            QFile file(QStringLiteral("%1/%2.txt").arg(m_reports).arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        Library reference;
        QString error;
        QVERIFY(reference.open(m_dir.filePath(QStringLiteral("reference.sqlite")), &error));
        Importer(reference).importPaths({m_reports});
        m_reference = footprints(reference);
        QCOMPARE(m_reference.size(), 60);
    }

    void killedImportsLeaveCompleteReportsOnly()
    {
        // Kill moments by progress, not by time (these machines are shared: an import may take
        // twice as long as the one before): after the import has reported the reports already
        // present (as duplicates) and a random number of new ones, leaving at least one to do.
        QRandomGenerator random(20261122); // fixed: the same kill moments every run
        int killedMidway = 0;
        int partial = 0; // kills that left some, not all, reports: commits happened mid-import
        for (int round = 0; round < 5; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("crash-%1.sqlite").arg(round));
            // Kill twice during imports of the same library, then let the next import finish.
            int present = 0;
            for (int kill = 0; kill < 2; ++kill) {
                QProcess import;
                import.start(QStringLiteral(REPORTLENS_CLI),
                             {QStringLiteral("--db"), db, QStringLiteral("import"), m_reports});
                QVERIFY(import.waitForStarted());
                const int after = present + int(random.bounded(1, std::max(2, 59 - present)));
                int reported = 0;
                while (reported < after && import.state() == QProcess::Running && import.waitForReadyRead(120000))
                    reported += int(import.readAllStandardOutput().count('\n'));
                if (import.state() == QProcess::Running) {
                    ::kill(pid_t(import.processId()), SIGKILL);
                    ++killedMidway;
                }
                import.waitForFinished();

                Library library;
                QString error;
                QVERIFY2(library.open(db, &error), qPrintable(error));
                QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
                const QHash<QString, Footprint> found = footprints(library);
                for (auto it = found.cbegin(); it != found.cend(); ++it) {
                    QVERIFY2(m_reference.contains(it.key()), "a report that should not exist");
                    QVERIFY2(it.value() == m_reference.value(it.key()), "a half-stored report");
                }
                qInfo("round %d, kill %d: %d of 60 reports present", round + 1, kill + 1, int(found.size()));
                partial += found.size() > 0 && found.size() < 60;
                present = int(found.size());
            }
            // The next import completes the rest: exactly the right reports.
            QProcess finish;
            finish.start(QStringLiteral(REPORTLENS_CLI),
                         {QStringLiteral("--db"), db, QStringLiteral("import"), m_reports});
            QVERIFY(finish.waitForFinished(120000));
            QCOMPARE(finish.exitCode(), 0);
            Library library;
            QString error;
            QVERIFY(library.open(db, &error));
            QCOMPARE(footprints(library), m_reference);
            QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
        }
        QVERIFY(killedMidway >= 6);
        QVERIFY(partial >= 2);
    }

    void highlightSurvivesTheWindowBeingKilled()
    {
        const QString db = m_dir.filePath(QStringLiteral("window.sqlite"));
        qint64 reportId = 0;
        {
            Library library;
            QString error;
            QVERIFY(library.open(db, &error));
            reportId = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("003"))).reportId;
        }
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(REPORTLENS_HIGHLIGHT_HELPER),
                     {db, QString::number(reportId), QStringLiteral("科技城载体作用凸显")});
        QVERIFY(window.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += window.readAllStandardOutput()).contains("confirmed")
                                     || window.state() != QProcess::Running,
                                 30000);
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());
        ::kill(pid_t(window.processId()), SIGKILL);
        window.waitForFinished();

        Library library;
        QString error;
        QVERIFY(library.open(db, &error));
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
        const QList<Annotation> annotations = AnnotationStore(library).annotations(reportId);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().anchor.quote, QStringLiteral("科技城载体作用凸显"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
