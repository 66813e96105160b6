// Importing into a team library on PostgreSQL (issue 16): two members at once never store a
// report twice, and a server killed mid-import leaves every report complete or absent.

#include "teamlibraryfixture.h"

using namespace ReportLens;
using namespace ReportLens::TeamTest;

class TestTeamImport : public QObject, protected TeamLibraryFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_START_TEAM_SERVER("tst_teamimport");
        createSchema();
    }

    void cleanupTestCase() { stopServer(); }

    // Two members import the same folder at the same moment: each report is stored once.
    void concurrentImportsNeverDuplicate_data()
    {
        QTest::addColumn<bool>("opposite");
        // The same folder: one import runs ahead, the other meets its reports, committed or not.
        QTest::newRow("same-folder") << false;
        // The same files named in opposite orders: the two meet in the middle, each holding a batch
        // the other needs.
        QTest::newRow("opposite-orders") << true;
    }

    void concurrentImportsNeverDuplicate()
    {
        QFETCH(bool, opposite);
        const QString folder =
            m_dir.filePath(QStringLiteral("together-%1").arg(QLatin1String(QTest::currentDataTag())));
        const QStringList files =
            writeVariants(folder,
                          filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/local"))
                              + filesIn(TestSupport::sharedDir() + QStringLiteral("/seeds")),
                          QStringLiteral("两人同时导入 %1").arg(QLatin1String(QTest::currentDataTag())));
        // How many distinct reports the folder holds: what one import into a personal library keeps.
        int expected = 0;
        QVERIFY(importInto(*m_reference, {folder}, &expected));
        QVERIFY(expected >= 40);
        QStringList reversed(files.crbegin(), files.crend());
        const QList<QStringList> what =
            opposite ? QList<QStringList>{files, reversed} : QList<QStringList>{{folder}, {folder}};

        QElapsedTimer timer;
        timer.start();
        // Output goes to files: an import waiting for its pipe to be read would hold its
        // transaction open, and the other one would wait for it.
        QList<std::shared_ptr<QProcess>> imports;
        const QStringList members = {alice(), bob()};
        for (int m = 0; m < 2; ++m) {
            imports.append(std::make_shared<QProcess>());
            startCli(*imports.last(),
                     QStringList{QStringLiteral("--db"), members[m], QStringLiteral("import")} + what[m]);
        }
        QStringList imported;
        QStringList byMember; // how many each one stored
        int duplicates = 0;
        int logged = 0;
        for (const auto &process : imports) {
            QVERIFY(process->waitForFinished(300000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QString out = outputOf(*process, "out");
            const QString err = outputOf(*process, "err");
            // No file failed. Meeting in opposite orders, the server ends a deadlock between the two
            // batches by aborting one; that batch is stored again report by report, and the lines
            // logged meanwhile are shown here, not taken for failures.
            for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.contains(QStringLiteral("already in the library")))
                    continue;
                QVERIFY2(opposite && !line.startsWith(QLatin1String("failed\t")), qPrintable(line));
                ++logged;
                qInfo("logged: %s", qPrintable(line.left(160)));
            }
            QCOMPARE(process->exitCode(), 0);
            const qsizetype importedBefore = imported.size();
            for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
                const QStringList fields = line.split(u'\t');
                if (fields.first() == QLatin1String("imported"))
                    imported.append(fields.last());
                duplicates += fields.first() == QLatin1String("duplicate");
            }
            byMember.append(QString::number(imported.size() - importedBefore));
        }
        const qint64 ms = timer.elapsed();
        Library team;
        QVERIFY(open(team, alice()));
        int inFolder = 0;
        for (const StoredReport &r : storedReports(team))
            inFolder += r.sourcePath.startsWith(folder + u'/');
        QCOMPARE(inFolder, expected);
        QCOMPARE(imported.size(), expected);
        QCOMPARE(imported.size() + duplicates, 2 * files.size());
        QCOMPARE(number(team, QStringLiteral("SELECT count(*) FROM reports")),
                 number(team, QStringLiteral("SELECT count(DISTINCT content_hash) FROM reports")));
        qInfo("%s: two imports of %lld files at once: %d reports stored once (%s by alice, bob), %d duplicates, %d "
              "lines logged, in %lld ms",
              QTest::currentDataTag(), qint64(files.size()), expected, qPrintable(byMember.join(QStringLiteral(", "))),
              duplicates, logged, ms);
    }

    // The server dies under an import: every report is complete or absent, and the library opens
    // again once the server is back.
    void serverKilledMidImport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("killed"));
        writeVariants(
            folder, TestSupport::nationalPaths() + filesIn(TestSupport::sharedDir() + QStringLiteral("/corpus/local")),
            QStringLiteral("导入中断"));
        int expected = 0;
        QVERIFY(importInto(*m_reference, {folder}, &expected));

        auto inFolder = [&folder](Library &library) {
            QSqlQuery q(library.database());
            q.prepare(QStringLiteral("SELECT count(*) FROM reports WHERE substr(source_path, 1, length(?)) = ?"));
            q.addBindValue(folder + u'/');
            q.addBindValue(folder + u'/');
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        // The scratch server does not wait for its log to be written at a commit (synchronous_commit
        // off), so a crash may take back the last commits; a real server keeps them (on by default),
        // and so does alice's session here, so that what was committed can be told from what was not.
        Library superLibrary;
        QVERIFY(open(superLibrary, superuser()));
        QVERIFY(exec(superLibrary, QStringLiteral("ALTER ROLE alice SET synchronous_commit = on")));
        auto resetAlice = qScopeGuard([this] {
            Library super;
            if (open(super, superuser()))
                exec(super, QStringLiteral("ALTER ROLE alice RESET synchronous_commit"));
        });
        QProcess importing;
        startCli(importing, {QStringLiteral("--db"), alice(), QStringLiteral("import"), folder});
        // Killed once reports were committed and while the import has another batch open, or as
        // soon as it says it imported more than is committed.
        int before = 0;
        int claimedBefore = 0;
        QElapsedTimer waited;
        waited.start();
        QSqlQuery poll(superLibrary.database());
        poll.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM reports WHERE substr(source_path, 1, length(?)) = ?), "
                           "(SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice' "
                           "AND xact_start IS NOT NULL)"));
        for (bool inBatch = false; !(before > 0 && inBatch) && claimedBefore <= before && waited.elapsed() < 120000;
             QTest::qWait(5)) {
            poll.addBindValue(folder + u'/');
            poll.addBindValue(folder + u'/');
            QVERIFY2(poll.exec() && poll.next(), qPrintable(poll.lastError().text()));
            before = poll.value(0).toInt();
            inBatch = poll.value(1).toInt() > 0;
            claimedBefore = int(outputOf(importing, "out").count(QStringLiteral("imported\t")));
        }
        poll.finish();
        QVERIFY(before > 0 || claimedBefore > 0);
        const Run killed = scratch(QStringLiteral("kill"));
        // Whatever fails below, the tests after this one find the server running.
        auto restartServer = qScopeGuard([this] { scratch(QStringLiteral("restart")); });
        QVERIFY2(killed.exitCode == 0, qPrintable(killed.err));
        QVERIFY(importing.waitForFinished(300000));
        const QString out = outputOf(importing, "out");
        const QString err = outputOf(importing, "err");
        // Not a crash: the files it could not store are named, with the library and why.
        QCOMPARE(importing.exitStatus(), QProcess::NormalExit);
        QCOMPARE(importing.exitCode(), 1);
        const QString library = QUrl(alice()).toString(QUrl::RemovePassword);
        QStringList failures;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("failed\t")))
                failures.append(line);
        QVERIFY(!failures.isEmpty());
        for (const QString &line : std::as_const(failures))
            QVERIFY2(line.contains(library), qPrintable(line));
        QVERIFY2(!err.contains(QUrl(alice()).password()), "a message shows the password");
        QStringList claimed;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("imported\t")))
                claimed.append(line.section(u'\t', -1));

        restartServer.dismiss();
        const Run restarted = scratch(QStringLiteral("restart"));
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        Library team;
        QVERIFY(open(team, alice()));
        const int present = inFolder(team);
        QVERIFY2(present >= before && present < expected,
                 qPrintable(
                     QStringLiteral("%1 stored when killed, %2 after, of %3").arg(before).arg(present).arg(expected)));
        // What the command line said it imported is there.
        QHash<QString, StoredReport> stored = storedReports(team);
        QSet<QString> storedPaths;
        for (const StoredReport &r : std::as_const(stored))
            storedPaths.insert(r.sourcePath);
        for (const QString &path : std::as_const(claimed))
            QVERIFY2(storedPaths.contains(path), qPrintable(QStringLiteral("said imported, but absent: ") + path));

        // Every report is whole: its text, its outline and figures as a personal library has them.
        const QHash<QString, StoredReport> reference = storedReports(*m_reference);
        auto checkComplete = [&reference](const QHash<QString, StoredReport> &reports) {
            for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
                const StoredReport &r = it.value();
                if (!r.hasText || r.charCount != r.cleanText.size() || !r.isIndexed)
                    return QStringLiteral("text of %1").arg(r.sourcePath);
                if (!reference.contains(it.key()))
                    continue; // imported by a test of its own
                const StoredReport &whole = reference[it.key()];
                if (r.cleanText != whole.cleanText || r.sections != whole.sections || r.glossary != whole.glossary
                    || r.indicators != whole.indicators)
                    return QStringLiteral("%1: %2 sections, %3 figures (whole: %4, %5)")
                        .arg(r.sourcePath)
                        .arg(r.sections)
                        .arg(r.indicators)
                        .arg(whole.sections)
                        .arg(whole.indicators);
            }
            return QString();
        };
        QCOMPARE(checkComplete(stored), QString());

        // The library works again: the same import finishes the folder.
        const Run again = run(Cli, {QStringLiteral("--db"), alice(), QStringLiteral("import"), folder});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(inFolder(team), expected);
        stored = storedReports(team);
        QCOMPARE(checkComplete(stored), QString());
        qInfo("server killed with %d of %d reports stored (%d said imported then, %lld in all by the CLI, %d "
              "present after the restart, %lld failure lines)",
              before, expected, claimedBefore, qint64(claimed.size()), present, qint64(failures.size()));
    }
};

QTEST_GUILESS_MAIN(TestTeamImport)
#include "tst_teamimport.moc"
