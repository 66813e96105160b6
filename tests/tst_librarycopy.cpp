// LibraryCopy and reportlens-cli push/pull: a personal library copied into another library and into
// a team library on PostgreSQL, twice, with the user's edits and annotations, and pulled back out.
// The SQLite cases always run; the PostgreSQL ones start a throwaway server (scripts/pg-scratch.sh)
// and are skipped where PostgreSQL 15 is not installed (failed instead when CI=true).

#include "testlibrary.h"
#include "testsupport.h"

#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/librarycopy.h"
#include "store/reportstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace ReportLens;

// The server's cases skip where PostgreSQL 15 is not installed, except on CI, which must run them.
#define REQUIRE_SERVER()                                                                                               \
    do {                                                                                                               \
        if (m_server.isEmpty() && qEnvironmentVariable("CI") == QLatin1String("true"))                                 \
            QFAIL("PostgreSQL 15 is not installed (apt-get install postgresql-15), and CI runs these cases");          \
        if (m_server.isEmpty())                                                                                        \
            QSKIP("PostgreSQL 15 is not installed");                                                                   \
    } while (false)

namespace {

QString describe(const ReportMetadata &m)
{
    auto field = [](const auto &f, const QString &value) {
        return QStringLiteral("%1=%2").arg(fieldSourceName(f.source), f.isSet() ? value : QString());
    };
    return QStringList{field(m.title, m.title.value),
                       field(m.region, m.region.value),
                       field(m.level, adminLevelName(m.level.value)),
                       field(m.year, QString::number(m.year.value)),
                       field(m.meetingDate, m.meetingDate.value.toString(Qt::ISODate)),
                       field(m.session, m.session.value),
                       field(m.speaker, m.speaker.value),
                       field(m.speakerRole, m.speakerRole.value)}
        .join(u'|');
}

// Everything a copy must carry of a report, keyed by content hash: text, outline, glossary,
// metadata with its sources, figures with the user's decisions.
QMap<QString, QString> reportsOf(Library &library)
{
    QMap<QString, QString> reports;
    ReportStore store(library);
    for (const ReportSummary &s : store.list()) {
        QString error;
        const std::optional<Report> r = store.load(s.id, &error);
        if (!r)
            qFatal("cannot load report %lld: %s", s.id, qPrintable(error));
        QStringList figures;
        for (const Indicator &i : r->indicators)
            figures.append(QStringLiteral("%1/%2/%3=%4%5%6")
                               .arg(i.indicatorId, metricName(i.metric))
                               .arg(i.numberStart)
                               .arg(i.value)
                               .arg(i.userEdited ? QStringLiteral(" edited") : QString(),
                                    i.rejected ? QStringLiteral(" rejected") : QString()));
        figures.sort(); // figures at one offset come in no set order
        reports.insert(
            r->contentHash,
            QStringList{QString::fromLatin1(
                            QCryptographicHash::hash(r->cleanText.toUtf8(), QCryptographicHash::Sha256).toHex()),
                        QString::number(r->sections.size()), QString::number(r->glossary.size()), describe(r->meta),
                        figures.join(u',')}
                .join(u'\n'));
    }
    return reports;
}

// The annotations a library shows, by UUID: the report's content hash, where, the note and tags.
QMap<QString, QString> annotationsOf(Library &library)
{
    const QHash<qint64, QString> hashes = TestSupport::contentHashes(library);
    QMap<QString, QString> annotations;
    for (const Annotation &a : AnnotationStore(library).annotations())
        annotations.insert(a.uuid.toString(QUuid::WithoutBraces),
                           QStringLiteral("%1 %2-%3 %4 [%5]")
                               .arg(hashes.value(a.reportId))
                               .arg(a.anchor.start)
                               .arg(a.anchor.end)
                               .arg(a.note, a.tags.join(u',')));
    return annotations;
}

QStringList uuidsOf(Library &library)
{
    return annotationsOf(library).keys();
}

} // namespace

class TestLibraryCopy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_personal; ///< The seeds with edits and three annotations.
    QHash<QString, QString> m_server; ///< The keys of pg-scratch.sh's state file; empty without a server.
    QString m_stateFile;
    bool m_started = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void open(Library &library, const QString &location)
    {
        QString error;
        if (!library.open(location, &error))
            QFAIL(qPrintable(error));
    }

    // A personal library: the five seeds, one metadata field edited, a figure corrected and one
    // marked wrong (of the 2020 Hohhot report), and three annotations.
    void makePersonalLibrary(const QString &location)
    {
        Library library;
        open(library, location);
        Importer importer(library);
        QDir seeds(TestSupport::sharedDir() + QStringLiteral("/seeds"));
        for (const ImportResult &r : importer.importPaths({seeds.path()}))
            QCOMPARE(r.status, ImportResult::Status::Imported);
        ReportStore reports(library);
        QString error;
        std::optional<Report> report = reports.load(2, &error);
        QVERIFY2(report, qPrintable(error));
        report->meta.title = {QStringLiteral("呼和浩特市政府工作报告（2020，校订）"), FieldSource::Edited};
        QVERIFY2(reports.updateMetadata(2, report->meta, &error), qPrintable(error));
        IndicatorStore indicators(library);
        const QList<IndicatorRow> figures = indicators.rows(2);
        QVERIFY(figures.size() >= 4);
        Indicator corrected = figures[0].indicator;
        corrected.value += 1;
        corrected.userEdited = true;
        QVERIFY2(indicators.update(figures[0].id, corrected, &error), qPrintable(error));
        Indicator wrong = figures[1].indicator;
        wrong.rejected = true;
        QVERIFY2(indicators.update(figures[1].id, wrong, &error), qPrintable(error));
        AnnotationStore annotations(library);
        for (const auto &[reportId, start, note] :
             {std::tuple{2, 100, "再看"}, std::tuple{2, 300, ""}, std::tuple{4, 50, "名词解释前的一段"}}) {
            Annotation a;
            a.reportId = reportId;
            a.anchor = Anchor::fromRange(reports.cleanText(reportId), start, start + 12);
            a.note = QString::fromUtf8(note);
            a.tags = {QStringLiteral("读"), QStringLiteral("tag %1").arg(start)};
            QVERIFY2(annotations.insert(a, &error) > 0, qPrintable(error));
        }
    }

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REPORTLENS_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(300000))
            qFatal("reportlens-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString url(const char *who) const
    {
        return m_server.value(QStringLiteral("REPORTLENS_PG_%1").arg(QLatin1String(who)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_personal = path(QStringLiteral("personal.sqlite"));
        makePersonalLibrary(m_personal);
        QVERIFY(!QTest::currentTestFailed());

        m_stateFile = path(QStringLiteral("pg.env"));
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(QStringLiteral("bash"),
                    {QStringLiteral(REPORTLENS_PG_SCRATCH), QStringLiteral("start"), m_stateFile});
        QVERIFY(start.waitForFinished(180000));
        if (start.exitCode() == 77)
            return; // no PostgreSQL 15: the server's cases skip
        QCOMPARE(start.exitCode(), 0);
        m_started = true;
        QFile state(m_stateFile);
        QVERIFY(state.open(QIODevice::ReadOnly));
        for (const QByteArray &line : state.readAll().split('\n'))
            if (const qsizetype at = line.indexOf('='); at > 0)
                m_server.insert(QString::fromUtf8(line.left(at)), QString::fromUtf8(line.mid(at + 1)).trimmed());
        // The owner creates the schema; members then use it.
        Library owner;
        open(owner, url("OWNER"));
    }

    void cleanupTestCase()
    {
        if (m_started)
            QProcess::execute(QStringLiteral("bash"),
                              {QStringLiteral(REPORTLENS_PG_SCRATCH), QStringLiteral("stop"), m_stateFile});
    }

    void copiesIntoAnotherFileAndAgainAddsNothing()
    {
        const QString target = path(QStringLiteral("copy.sqlite"));
        Library source;
        open(source, m_personal);
        Library copy;
        open(copy, target);
        LibraryCopy::Result first = LibraryCopy(source, copy).run();
        QVERIFY2(first.ok(), qPrintable(first.failures.join(u'\n') + first.error));
        QCOMPARE(first.reportsCopied, 5);
        QCOMPARE(first.reportsAlreadyThere, 0);
        QCOMPARE(first.annotationsCopied, 3);
        QCOMPARE(reportsOf(copy), reportsOf(source));
        QCOMPARE(annotationsOf(copy), annotationsOf(source));

        const LibraryCopy::Result second = LibraryCopy(source, copy).run();
        QVERIFY(second.ok());
        QCOMPARE(second.reportsCopied, 0);
        QCOMPARE(second.reportsAlreadyThere, 5);
        QCOMPARE(second.annotationsCopied, 0);
        QCOMPARE(second.annotationsAlreadyThere, 3);
        QCOMPARE(second.fieldsApplied + second.figuresApplied, 0);
        QCOMPARE(ReportStore(copy).count(), 5);
        QCOMPARE(reportsOf(copy), reportsOf(source));
        QCOMPARE(annotationsOf(copy), annotationsOf(source));
        // A personal copy keeps who wrote each annotation.
        for (const Annotation &a : AnnotationStore(copy).annotations())
            QCOMPARE(a.author, source.userName());
    }

    void editsMadeSinceArriveUnlessTheTargetHasItsOwn()
    {
        const QString personal = path(QStringLiteral("edits.sqlite"));
        const QString target = path(QStringLiteral("edits-target.sqlite"));
        QVERIFY(QFile::copy(m_personal, personal));
        Library source;
        open(source, personal);
        Library copy;
        open(copy, target);
        QVERIFY(LibraryCopy(source, copy).run().ok());
        const qint64 there = *ReportStore(copy).findByContentHash(ReportStore(source).load(2)->contentHash);

        // Since the first copy: the source's user edits the speaker, the title again, and two
        // figures; the target's users edited the title and marked one of those figures wrong.
        QString error;
        ReportMetadata meta = ReportStore(source).load(2)->meta;
        meta.speaker = {QStringLiteral("张三"), FieldSource::Edited};
        meta.title = {QStringLiteral("源库再改的标题"), FieldSource::Edited};
        QVERIFY(ReportStore(source).updateMetadata(2, meta, &error));
        ReportMetadata theirs = ReportStore(copy).load(there)->meta;
        theirs.title = {QStringLiteral("团队改过的标题"), FieldSource::Edited};
        QVERIFY(ReportStore(copy).updateMetadata(there, theirs, &error));
        const QList<IndicatorRow> mine = IndicatorStore(source).rows(2);
        QList<IndicatorRow> figures;
        for (const IndicatorRow &row : mine)
            if (!row.indicator.userEdited)
                figures.append(row);
        QVERIFY(figures.size() >= 2);
        for (const IndicatorRow &row : figures.first(2)) {
            Indicator corrected = row.indicator;
            corrected.value = 42;
            corrected.userEdited = true;
            QVERIFY(IndicatorStore(source).update(row.id, corrected, &error));
        }
        const auto targetRow = [&](const Indicator &f) {
            for (const IndicatorRow &row : IndicatorStore(copy).rows(there, {}, {}, IndicatorStore::Rejected::Included))
                if (row.indicator.indicatorId == f.indicatorId && row.indicator.metric == f.metric
                    && row.indicator.numberStart == f.numberStart)
                    return row;
            qFatal("no such figure in the target");
        };
        Indicator rejected = targetRow(figures[1].indicator).indicator;
        rejected.rejected = true;
        QVERIFY(IndicatorStore(copy).update(targetRow(figures[1].indicator).id, rejected, &error));

        const LibraryCopy::Result again = LibraryCopy(source, copy).run();
        QVERIFY(again.ok());
        QCOMPARE(again.reportsAlreadyThere, 5);
        QCOMPARE(again.fieldsApplied, 1); // the speaker; the title edited there stays
        QCOMPARE(again.figuresApplied, 1); // the first figure; the one marked wrong there stays so
        const ReportMetadata now = ReportStore(copy).load(there)->meta;
        QCOMPARE(now.speaker.value, QStringLiteral("张三"));
        QCOMPARE(now.speaker.source, FieldSource::Edited);
        QCOMPARE(now.title.value, QStringLiteral("团队改过的标题"));
        QCOMPARE(targetRow(figures[0].indicator).indicator.value, 42.0);
        QVERIFY(targetRow(figures[0].indicator).indicator.userEdited);
        QVERIFY(targetRow(figures[1].indicator).indicator.rejected);
        QVERIFY(!targetRow(figures[1].indicator).indicator.userEdited);
    }

    void annotationsFollowTheTextWhenTheTargetReadItOtherwise()
    {
        const QString target = path(QStringLiteral("shifted.sqlite"));
        Library source;
        open(source, m_personal);
        Library copy;
        open(copy, target);
        {
            // The reports alone first (as if another member had imported them with an older cleaner:
            // the same file, two more characters at the start of the clean text).
            Library bare;
            const QString barePath = path(QStringLiteral("bare.sqlite"));
            open(bare, barePath);
            Importer(bare).importPaths({TestSupport::sharedDir() + QStringLiteral("/seeds")});
            QVERIFY(LibraryCopy(bare, copy).run().ok());
        }
        ReportStore stored(copy);
        for (const ReportSummary &summary : stored.list()) {
            std::optional<Report> report = stored.load(summary.id);
            QVERIFY(report);
            report->cleanText.prepend(QStringLiteral("　　"));
            QString error;
            QVERIFY2(stored.replace(summary.id, *report, {}, &error), qPrintable(error));
        }
        const LibraryCopy::Result result = LibraryCopy(source, copy).run();
        QVERIFY(result.ok());
        QCOMPARE(result.annotationsCopied, 3);
        QCOMPARE(result.annotationsNeedingReview, 0);
        QCOMPARE(result.fieldsApplied, 1); // the title
        QCOMPARE(result.figuresUnmatched, 2); // offsets in another text name no figure
        const QList<Annotation> before = AnnotationStore(source).annotations();
        for (const Annotation &a : AnnotationStore(copy).annotations()) {
            const auto was =
                std::find_if(before.cbegin(), before.cend(), [&](const Annotation &b) { return b.uuid == a.uuid; });
            QVERIFY(was != before.cend());
            QCOMPARE(a.anchor.start, was->anchor.start + 2);
            QCOMPARE(a.anchor.quote, was->anchor.quote);
        }
    }

    void stopsBetweenReportsAndGoesOnLater()
    {
        const QString target = path(QStringLiteral("interrupted.sqlite"));
        Library source;
        open(source, m_personal);
        Library copy;
        open(copy, target);
        QList<int> seen;
        const LibraryCopy::Result stopped = LibraryCopy(source, copy).run([&](int done, int total, const QString &) {
            seen.append(done);
            return total == 5 && done < 2;
        });
        QVERIFY(stopped.cancelled);
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        QCOMPARE(stopped.reportsCopied, 2);
        QCOMPARE(ReportStore(copy).count(), 2);
        const LibraryCopy::Result rest = LibraryCopy(source, copy).run();
        QVERIFY(rest.ok());
        QCOMPARE(rest.reportsCopied, 3);
        QCOMPARE(rest.reportsAlreadyThere, 2);
        QCOMPARE(rest.annotationsCopied + stopped.annotationsCopied, 3);
        QCOMPARE(reportsOf(copy), reportsOf(source));
    }

    void cliPushesIntoAFileAndRefusesWhatIsNoLibrary()
    {
        const QString target = path(QStringLiteral("cli-copy.sqlite"));
        Run run = cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"), target});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("pushed 5 reports (0 already there), 3 annotations (0 already there)\n"));
        run = cli({QStringLiteral("push"), QStringLiteral("--db"), m_personal, QStringLiteral("--to"), target});
        QCOMPARE(run.out, QStringLiteral("pushed 0 reports (5 already there), 0 annotations (3 already there)\n"));

        const QString garbage = path(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        run = cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"), garbage});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(garbage + QStringLiteral(": not a ReportLens library")), qPrintable(run.err));
        for (const QStringList &usage : {QStringList{QStringLiteral("push")},
                                         QStringList{QStringLiteral("push"), QStringLiteral("--to"), target,
                                                     QStringLiteral("--annotations"), QStringLiteral("public")},
                                         QStringList{QStringLiteral("pull"), QStringLiteral("--from"), target}}) {
            run = cli(usage);
            QVERIFY2(run.exitCode == 2, qPrintable(usage.join(u' ') + u'\n' + run.err));
        }
    }

    void pushToTeamLibraryTwice()
    {
        REQUIRE_SERVER();
        Run run =
            cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"), url("ALICE")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("pushed 5 reports (0 already there), 3 annotations (0 already there)\n"));
        run = cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"), url("ALICE"),
                   QStringLiteral("--annotations"), QStringLiteral("team")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("pushed 0 reports (5 already there), 0 annotations (3 already there)\n"));

        Library personal;
        open(personal, m_personal);
        Library team;
        open(team, url("ALICE"));
        QCOMPARE(ReportStore(team).count(), 5);
        // Every report as it was, the edited title, the corrected and the rejected figure included.
        QCOMPARE(reportsOf(team), reportsOf(personal));
        QCOMPARE(annotationsOf(team), annotationsOf(personal));
        for (const Annotation &a : AnnotationStore(team).annotations()) {
            QCOMPARE(a.author, QStringLiteral("alice"));
            QCOMPARE(a.visibility, Annotation::Visibility::Private); // the second push changed nothing
        }
    }

    void privateAndTeamAnnotationsAsAnotherMemberSeesThem()
    {
        REQUIRE_SERVER();
        // Another personal library of alice's: one of the same reports, two annotations for the team.
        const QString shared = path(QStringLiteral("shared.sqlite"));
        {
            Library library;
            open(library, shared);
            const ImportResult imported = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("003")));
            QCOMPARE(imported.status, ImportResult::Status::Imported);
            const QString text = ReportStore(library).cleanText(imported.reportId);
            for (qsizetype start : {20, 40}) {
                Annotation a;
                a.reportId = imported.reportId;
                a.anchor = Anchor::fromRange(text, start, start + 8);
                a.note = QStringLiteral("给大家看");
                QString error;
                QVERIFY2(AnnotationStore(library).insert(a, &error) > 0, qPrintable(error));
            }
        }
        const Run run = cli({QStringLiteral("--db"), shared, QStringLiteral("push"), QStringLiteral("--to"),
                             url("ALICE"), QStringLiteral("--annotations"), QStringLiteral("team")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("pushed 0 reports (1 already there), 2 annotations (0 already there)\n"));

        Library sharedLibrary;
        open(sharedLibrary, shared);
        Library personal;
        open(personal, m_personal);
        Library bob;
        open(bob, url("BOB"));
        // Alice's private ones are not there for bob at all; the team's are.
        QCOMPARE(uuidsOf(bob), uuidsOf(sharedLibrary));
        for (const QString &uuid : uuidsOf(personal)) {
            QSqlQuery q(bob.database());
            q.prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE uuid = ?"));
            q.addBindValue(uuid);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        for (const Annotation &a : AnnotationStore(bob).annotations()) {
            QCOMPARE(a.author, QStringLiteral("alice"));
            QCOMPARE(a.visibility, Annotation::Visibility::Team);
        }
        // Bob pushing a copy of alice's library file adds nothing: her private annotations are
        // there, though he cannot see them, and the reports' edits are there already.
        const Run again = cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"),
                               url("BOB"), QStringLiteral("--annotations"), QStringLiteral("team")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out, QStringLiteral("pushed 0 reports (5 already there), 0 annotations (3 already there)\n"));
        QCOMPARE(uuidsOf(bob), uuidsOf(sharedLibrary));
    }

    void pullMakesAnEqualCopy()
    {
        REQUIRE_SERVER();
        const QString copy = path(QStringLiteral("pulled.sqlite"));
        Run run = cli({QStringLiteral("pull"), QStringLiteral("--from"), url("ALICE"), QStringLiteral("--db"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("pulled 5 reports (0 already there), 5 annotations (0 already there)\n"));
        run = cli({QStringLiteral("pull"), QStringLiteral("--from"), url("ALICE"), QStringLiteral("--db"), copy});
        QCOMPARE(run.out, QStringLiteral("pulled 0 reports (5 already there), 0 annotations (5 already there)\n"));

        Library team;
        open(team, url("ALICE"));
        Library pulled;
        open(pulled, copy);
        QCOMPARE(reportsOf(pulled), reportsOf(team));
        QCOMPARE(annotationsOf(pulled), annotationsOf(team));
        for (const Annotation &a : AnnotationStore(pulled).annotations())
            QCOMPARE(a.author, QStringLiteral("alice"));

        // Bob's copy holds the team's annotations and nothing of alice's private ones.
        const QString bobs = path(QStringLiteral("bob.sqlite"));
        run = cli({QStringLiteral("pull"), QStringLiteral("--from"), url("BOB"), QStringLiteral("--db"), bobs});
        QCOMPARE(run.out, QStringLiteral("pulled 5 reports (0 already there), 2 annotations (0 already there)\n"));
        Library bob;
        open(bob, bobs);
        for (const Annotation &a : AnnotationStore(bob).annotations())
            QCOMPARE(a.visibility, Annotation::Visibility::Team);
    }

    void errorsNameTheLibrary()
    {
        REQUIRE_SERVER();
        QString wrongPassword = url("ALICE");
        wrongPassword.replace(QRegularExpression(QStringLiteral("^postgresql://alice:[^@]*@")),
                              QStringLiteral("postgresql://alice:wrong@"));
        const QString unreachable =
            QStringLiteral("postgresql://alice@/reportlens?host=%1").arg(path(QStringLiteral("no-server")));
        for (const QString &to : {wrongPassword, unreachable}) {
            const Run run =
                cli({QStringLiteral("--db"), m_personal, QStringLiteral("push"), QStringLiteral("--to"), to});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QStringLiteral("postgresql://alice@")), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("wrong")), qPrintable(run.err)); // no password shown
            QVERIFY(run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
