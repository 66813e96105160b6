// The document: every intent of the user is one undo step, undone and redone on the document alone
// — no widget — as Okular tests its annotations (autotests/addremoveannotationtest.cpp).

#include "annotate/anchor.h"
#include "document/document.h"
#include "document/libraryreader.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportsnapshot.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "librarystate.h"
#include "testlibrary.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ReportLens;

namespace {

// Every stored row of a report, ids included, as text: equal before a step and after its undo.
// updated_at is left out: an undone edit is a new write.
QString reportRows(Library &library, qint64 reportId)
{
    QStringList lines;
    for (const QString &table : ReportSnapshot::tables()) {
        QSqlQuery q(library.database());
        const QString where = table == QLatin1String("reports") ? QStringLiteral("id = %1")
            : table == QLatin1String("annotation_tags")
            ? QStringLiteral("annotation_id IN (SELECT id FROM annotations WHERE report_id = %1)")
            : QStringLiteral("report_id = %1");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY 1, 2").arg(table, where.arg(reportId))))
            qFatal("cannot read %s", qPrintable(table));
        while (q.next()) {
            QStringList values;
            const QSqlRecord record = q.record();
            for (int c = 0; c < record.count(); ++c)
                // indexed_in: which segment of a team library's search index holds the text's
                // entries (the text goes back into a new one).
                if (record.fieldName(c) != QLatin1String("updated_at")
                    && record.fieldName(c) != QLatin1String("indexed_in"))
                    values.append(record.fieldName(c) + u'=' + record.value(c).toString());
            lines.append(table + u' ' + values.join(u','));
        }
    }
    return lines.join(u'\n');
}

// The library's row counts without the search index's own segment tables, which FTS5 (and a team
// library's SearchPostings) lay out anew when a text goes back in (search results are compared instead), and without a team
// library's change log, which records that the report went and came back (as it must, for the
// other members' windows).
QString storedState(Library &library)
{
    QString state = TestSupport::libraryState(library);
    static const QRegularExpression bookkeeping(QStringLiteral(
        R"((search_(index|characters)_(data|idx)|report_listing_(data|idx)|search_(pages|segments|stale)|reportlens_changes)=\d+ )"));
    return state.remove(bookkeeping);
}

int hitsFor(Library &library, const QString &term)
{
    return int(SearchIndex(library).search(term).size());
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_libraryName; ///< this test function's library (one each)
    int m_libraries = 0;
    qint64 m_report = 0; ///< national 2024
    qint64 m_otherReport = 0; ///< national 2022

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QString nationalPath(int year)
    {
        for (const QString &path : TestSupport::nationalPaths())
            if (path.contains(QString::number(year)))
                return path;
        qFatal("no national report of %d", year);
    }

    // Reopens this test's library as @p who (on SQLite the same file).
    void reopenAs(TestSupport::Member who)
    {
        QString error;
        QVERIFY2(m_library->open(TestSupport::libraryLocation(m_dir, m_libraryName, who), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { REPORTLENS_REQUIRE_TEST_ENGINE(); }

    void init()
    {
        m_library = std::make_unique<Library>();
        QString error;
        m_libraryName = QStringLiteral("library-%1").arg(++m_libraries);
        QVERIFY2(m_library->open(TestSupport::libraryLocation(m_dir, m_libraryName), &error), qPrintable(error));
        // A copy of the file, so that a test can change it and read it again.
        const QString text = TestSupport::readUtf8(nationalPath(2024));
        const ImportResult imported = Importer(*m_library).importFile(writeFile(QStringLiteral("report.txt"), text));
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        m_report = imported.reportId;
        const ImportResult other = Importer(*m_library).importFile(nationalPath(2022));
        QCOMPARE(other.status, ImportResult::Status::Imported);
        m_otherReport = other.reportId;
    }

    void cleanup() { m_library.reset(); }

    void openingAReportMakesItCurrentWithFiguresAndAnnotations()
    {
        Document document(*m_library);
        QSignalSpy current(&document, &Document::currentReportChanged);
        QVERIFY(document.openReport(m_report));
        QCOMPARE(current.size(), 1);
        QCOMPARE(document.currentReportId(), m_report);
        QVERIFY(document.currentReport().cleanText.contains(QStringLiteral("新质生产力")));
        // The report as stored carries its figures (the reader used to patch them in).
        QVERIFY(document.currentReport().indicators.size() > 10);
        QCOMPARE(document.currentReport().indicators.size(), IndicatorStore(*m_library).rows(m_report).size());
        QSignalSpy errors(&document, &Document::errorOccurred);
        QVERIFY(!document.openReport(987654));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("no report with id 987654")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(document.currentReportId(), m_report);
    }

    void theSelectionBelongsToTheCurrentReport()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        QSignalSpy selection(&document, &Document::selectionChanged);
        document.setSelection(40, 10); // dragged backwards
        QCOMPARE(document.selection().start, 10);
        QCOMPARE(document.selection().end, 40);
        document.setSelection(10, 40); // the same: no signal
        QCOMPARE(selection.size(), 1);
        QVERIFY(document.openReport(m_otherReport));
        QVERIFY(document.selection().isEmpty()); // another report, nothing selected
    }

    void highlightUndoRedo()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const QString before = reportRows(*m_library, m_report);
        QSignalSpy changed(&document, &Document::reportChanged);
        const qsizetype at = document.currentReport().cleanText.indexOf(QStringLiteral("新质生产力"));
        const qint64 id = document.highlight(m_report, at, at + 5, 2);
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), m_report);
        QCOMPARE(changed.first().at(1).value<Document::Changes>(), Document::Changes(Document::Change::Annotations));
        QCOMPARE(document.currentAnnotations().size(), 1);
        QCOMPARE(document.currentAnnotations().first().anchor.quote, QStringLiteral("新质生产力"));
        QCOMPARE(document.annotationAt(at + 2)->id, id);
        QVERIFY(!document.annotationAt(at + 6));
        document.undoStack()->undo();
        QVERIFY(document.currentAnnotations().isEmpty());
        QCOMPARE(reportRows(*m_library, m_report), before);
        document.undoStack()->redo();
        QCOMPARE(document.currentAnnotations().size(), 1);
        QCOMPARE(document.currentAnnotations().first().id, id); // the same id: steps above refer to it
    }

    void twoNoteEditsAreTwoSteps()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qint64 id = document.highlight(m_report, 100, 120, 0);
        QVERIFY(document.editNote(id, QStringLiteral("第一次的批注")));
        QVERIFY(document.editNote(id, QStringLiteral("第二次的批注")));
        QCOMPARE(document.undoStack()->count(), 3); // highlight, note, note: never merged
        QCOMPARE(document.currentAnnotations().first().note, QStringLiteral("第二次的批注"));
        document.undoStack()->undo();
        QCOMPARE(document.currentAnnotations().first().note, QStringLiteral("第一次的批注"));
        document.undoStack()->undo();
        QCOMPARE(document.currentAnnotations().first().note, QString());
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.currentAnnotations().first().note, QStringLiteral("第二次的批注"));
    }

    void colourTagsAndTheEditorDialog()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qint64 id = document.highlight(m_report, 200, 230, 0);
        QVERIFY(document.setAnnotationColor(id, 3));
        QVERIFY(document.tagAnnotation(id, {QStringLiteral("就业"), QStringLiteral("目标")}));
        QCOMPARE(document.currentAnnotations().first().color, 3);
        QCOMPARE(document.currentAnnotations().first().tags,
                 (QStringList{QStringLiteral("就业"), QStringLiteral("目标")}));
        // The editor dialog changes all three at once: one step.
        Annotation edited = document.currentAnnotations().first();
        edited.color = 1;
        edited.note = QStringLiteral("与去年相比");
        edited.tags = {QStringLiteral("对比")};
        const int steps = document.undoStack()->count();
        QVERIFY(document.editAnnotation(edited));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(document.editAnnotation(edited)); // unchanged: no step
        QCOMPARE(document.undoStack()->count(), steps + 1);
        document.undoStack()->undo();
        QCOMPARE(document.currentAnnotations().first().color, 3);
        QCOMPARE(document.currentAnnotations().first().note, QString());
        QCOMPARE(document.currentAnnotations().first().tags,
                 (QStringList{QStringLiteral("就业"), QStringLiteral("目标")}));
        document.undoStack()->undo();
        QVERIFY(document.currentAnnotations().first().tags.isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.currentAnnotations().first().color, 0);
    }

    void removingSeveralAnnotationsIsOneStep()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qint64 first = document.highlight(m_report, 10, 20, 0);
        const qint64 second = document.highlight(m_report, 40, 60, 1);
        QVERIFY(document.editNote(second, QStringLiteral("要点")));
        QVERIFY(document.tagAnnotation(second, {QStringLiteral("标签")}));
        const QString before = reportRows(*m_library, m_report);
        QVERIFY(document.removeAnnotations({first, second}));
        QVERIFY(document.currentAnnotations().isEmpty());
        document.undoStack()->undo();
        QCOMPARE(reportRows(*m_library, m_report), before); // ids, notes, tags and anchors as they were
        document.undoStack()->redo();
        QVERIFY(document.currentAnnotations().isEmpty());
    }

    void metadataUndoRedo()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const ReportMetadata original = document.currentReport().meta;
        ReportMetadata meta = original;
        meta.title = {QStringLiteral("2024年国务院政府工作报告"), FieldSource::Edited};
        QSignalSpy library(&document, &Document::libraryChanged);
        QVERIFY(document.setMetadata(m_report, meta));
        QCOMPARE(document.currentReport().meta.title.value, QStringLiteral("2024年国务院政府工作报告"));
        QCOMPARE(document.currentReport().meta.title.source, FieldSource::Edited);
        QCOMPARE(library.size(), 1); // the library pane names reports by their metadata
        document.undoStack()->undo();
        QCOMPARE(document.currentReport().meta.title.value, original.title.value);
        QCOMPARE(document.currentReport().meta.title.source, original.title.source);
        document.undoStack()->redo();
        QCOMPARE(document.currentReport().meta.title.value, QStringLiteral("2024年国务院政府工作报告"));
    }

    void figureCorrectionUndoRedo()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const QList<IndicatorRow> rows = IndicatorStore(*m_library).rows(m_report, QStringLiteral("gdp"));
        QVERIFY(!rows.isEmpty());
        const IndicatorRow target = rows.first();
        Indicator corrected = target.indicator;
        corrected.value = target.indicator.value + 1;
        corrected.userEdited = true;
        QSignalSpy changed(&document, &Document::reportChanged);
        QVERIFY(document.correctFigure(target.id, corrected));
        QCOMPARE(changed.last().at(1).value<Document::Changes>(), Document::Changes(Document::Change::Figures));
        QCOMPARE(IndicatorStore(*m_library).row(target.id)->indicator.value, target.indicator.value + 1);
        Indicator rejected = IndicatorStore(*m_library).row(target.id)->indicator;
        rejected.rejected = true;
        QVERIFY(document.correctFigure(target.id, rejected));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Mark Figure Wrong"));
        QVERIFY(IndicatorStore(*m_library).rows(m_report, QStringLiteral("gdp")).size() == rows.size() - 1);
        document.undoStack()->undo();
        QCOMPARE(IndicatorStore(*m_library).rows(m_report, QStringLiteral("gdp")).size(), rows.size());
        document.undoStack()->undo();
        const Indicator restored = IndicatorStore(*m_library).row(target.id)->indicator;
        QCOMPARE(restored.value, target.indicator.value);
        QCOMPARE(restored.userEdited, false);
    }

    void deleteWithAnnotationsAndUndo()
    {
        // On a team library only an administrator may delete a report.
        reopenAs(TestSupport::Member::Carol);
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qint64 annotation = document.highlight(m_report, 300, 340, 4);
        QVERIFY(document.editNote(annotation, QStringLiteral("删除前的批注")));
        const IndicatorRow figure = IndicatorStore(*m_library).rows(m_report).first();
        Indicator corrected = figure.indicator;
        corrected.value += 10;
        corrected.userEdited = true;
        QVERIFY(document.correctFigure(figure.id, corrected));
        const QString rows = reportRows(*m_library, m_report);
        const QString state = storedState(*m_library);
        const int hits = hitsFor(*m_library, QStringLiteral("新质生产力"));
        QVERIFY(hits >= 1);

        QSignalSpy current(&document, &Document::currentReportChanged);
        QVERIFY(document.deleteReport(m_report));
        QCOMPARE(current.size(), 1);
        QCOMPARE(document.currentReportId(), 0); // the shown report is gone
        QVERIFY(!ReportStore(*m_library).load(m_report));
        QCOMPARE(hitsFor(*m_library, QStringLiteral("新质生产力")), hits - 1);

        document.undoStack()->undo();
        QCOMPARE(reportRows(*m_library, m_report), rows); // every row back with its id
        QCOMPARE(document.currentReportId(), m_report); // and shown again
        QCOMPARE(storedState(*m_library), state);
        QCOMPARE(hitsFor(*m_library, QStringLiteral("新质生产力")), hits); // and in the search index

        // The steps below the deletion still apply: they refer to the same ids.
        document.undoStack()->undo(); // the figure correction
        QCOMPARE(IndicatorStore(*m_library).row(figure.id)->indicator.value, figure.indicator.value);
        document.undoStack()->undo(); // the note
        QCOMPARE(AnnotationStore(*m_library).annotation(annotation)->note, QString());
        document.undoStack()->redo();
        document.undoStack()->redo();
        document.undoStack()->redo(); // deleted again
        QVERIFY(!ReportStore(*m_library).load(m_report));
        QCOMPARE(ReportStore(*m_library).load(m_otherReport)->id, m_otherReport);
    }

    void reimportWithAnnotationsAndUndo()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const QString text = document.currentReport().cleanText;
        const qsizetype at = text.indexOf(QStringLiteral("新质生产力"));
        const qint64 annotation = document.highlight(m_report, at, at + 5, 1);
        QVERIFY(document.editNote(annotation, QStringLiteral("新提法")));
        ReportMetadata meta = document.currentReport().meta;
        meta.speaker = {QStringLiteral("报告人"), FieldSource::Edited};
        QVERIFY(document.setMetadata(m_report, meta));
        const QString before = reportRows(*m_library, m_report);
        const int steps = document.undoStack()->count();

        // The file changed: a paragraph inserted before the passage moves it.
        QString changed = TestSupport::readUtf8(nationalPath(2024));
        changed.insert(changed.lastIndexOf(u'\n', changed.indexOf(QStringLiteral("新质生产力"))) + 1,
                       QStringLiteral("各位代表：现将今年工作的补充情况一并报告如下，请予审议。\n"));
        writeFile(QStringLiteral("report.txt"), changed);
        QSignalSpy finished(&document, &Document::reimportFinished);
        document.reimport(m_report, m_dir.filePath(QStringLiteral("report.txt")));
        QVERIFY(document.isReimporting());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        QCOMPARE(finished.first().at(1).toInt(), 0); // every annotation found again
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(document.currentReport().cleanText.contains(QStringLiteral("补充情况一并报告")));
        const Annotation moved = document.currentAnnotations().first();
        QCOMPARE(moved.id, annotation);
        QCOMPARE(moved.note, QStringLiteral("新提法"));
        QCOMPARE(document.currentReport().cleanText.mid(moved.anchor.start, 5), QStringLiteral("新质生产力"));
        QVERIFY(moved.anchor.start > at);
        QCOMPARE(document.currentReport().meta.speaker.value, QStringLiteral("报告人")); // the user's edit stays
        const QString after = reportRows(*m_library, m_report);

        document.undoStack()->undo();
        QCOMPARE(reportRows(*m_library, m_report), before);
        QCOMPARE(document.currentAnnotations().first().anchor.start, at);
        document.undoStack()->redo(); // the rows of the first run, not a second reading
        QCOMPARE(reportRows(*m_library, m_report), after);
        document.undoStack()->undo();
        document.undoStack()->undo(); // the metadata, below the re-import
        QCOMPARE(document.currentReport().meta.speaker.source, FieldSource::Detected);
    }

    // On a team library a re-import and its undo by one member leave another member's team
    // annotation, which the first sees but may not change, as it was; the first's own come back.
    void anotherMembersAnnotationOutlivesAnUndoneReimport()
    {
        if (!TestSupport::onPostgreSQL())
            QSKIP("two members of a team library: PostgreSQL only");
        Library bob;
        QString error;
        QVERIFY2(bob.open(TestSupport::libraryLocation(m_dir, m_libraryName, TestSupport::Member::Bob), &error),
                 qPrintable(error));
        Annotation theirs;
        theirs.reportId = m_report;
        theirs.anchor = Anchor::fromRange(ReportStore(bob).cleanText(m_report), 100, 120);
        theirs.note = QStringLiteral("bob 的批注");
        theirs.tags = {QStringLiteral("团队")};
        theirs.visibility = Annotation::Visibility::Team;
        const qint64 theirId = AnnotationStore(bob).insert(theirs, &error);
        QVERIFY2(theirId > 0, qPrintable(error));
        const std::optional<Annotation> before = AnnotationStore(bob).annotation(theirId);
        QVERIFY(before);

        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        QCOMPARE(document.currentAnnotations().size(), 1); // bob's, shared with the team
        const qsizetype at = document.currentReport().cleanText.indexOf(QStringLiteral("新质生产力"));
        QVERIFY(document.highlight(m_report, at, at + 5, 1) > 0);
        const QString rows = reportRows(*m_library, m_report);
        writeFile(QStringLiteral("report.txt"),
                  QStringLiteral("各位代表：现将今年工作的补充情况一并报告如下。\n")
                      + TestSupport::readUtf8(nationalPath(2024)));
        QSignalSpy finished(&document, &Document::reimportFinished);
        document.reimport(m_report, m_dir.filePath(QStringLiteral("report.txt")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(2).toString(), QString());
        document.undoStack()->undo();
        QCOMPARE(reportRows(*m_library, m_report), rows);
        const std::optional<Annotation> after = AnnotationStore(bob).annotation(theirId);
        QVERIFY(after);
        QCOMPARE(after->revision, before->revision);
        QCOMPARE(after->note, before->note);
        QCOMPARE(after->tags, before->tags);
        QCOMPARE(after->anchor.start, before->anchor.start);
        QCOMPARE(after->anchor.end, before->anchor.end);
    }

    void aCancelledReimportStoresNothing()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const QString before = reportRows(*m_library, m_report);
        writeFile(QStringLiteral("report.txt"),
                  QStringLiteral("（更正稿）\n") + TestSupport::readUtf8(nationalPath(2024)));
        QSignalSpy finished(&document, &Document::reimportFinished);
        document.reimport(m_report, m_dir.filePath(QStringLiteral("report.txt")));
        document.cancelReimport();
        QVERIFY(!document.isReimporting());
        QTest::qWait(3000); // the worker finishes; its result is dropped
        QCOMPARE(finished.size(), 0);
        QCOMPARE(reportRows(*m_library, m_report), before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void aReimportOfAnUnreadableFileSaysSoAndChangesNothing()
    {
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const QString before = reportRows(*m_library, m_report);
        QSignalSpy finished(&document, &Document::reimportFinished);
        const QString missing = m_dir.filePath(QStringLiteral("gone.txt"));
        document.reimport(m_report, missing);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("no such file")),
                 qPrintable(finished.first().at(2).toString()));
        QCOMPARE(reportRows(*m_library, m_report), before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void aFailedIntentIsNoStepAndChangesNothing()
    {
        REPORTLENS_SQLITE_ONLY("another connection holds SQLite's write lock (BEGIN IMMEDIATE) past the busy "
                               "timeout; PostgreSQL has no library-wide write lock");
        Document document(*m_library);
        QVERIFY(document.openReport(m_report));
        const qint64 annotation = document.highlight(m_report, 10, 30, 0);
        const QString state = TestSupport::libraryState(*m_library);
        Library other;
        QString error;
        QVERIFY(other.open(m_library->path(), &error));
        QSqlQuery lock(other.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(QSqlQuery(m_library->database()).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
        QSignalSpy errors(&document, &Document::errorOccurred);
        QCOMPARE(document.highlight(m_report, 50, 60, 1), 0);
        QVERIFY(!document.editNote(annotation, QStringLiteral("写不进去")));
        QVERIFY(!document.deleteReport(m_report));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("cannot begin a transaction")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(document.undoStack()->count(), 1); // only the highlight made before
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(TestSupport::libraryState(*m_library), state);
        QCOMPARE(document.currentAnnotations().first().note, QString());
    }

    // The panes' background reads: on a worker with a connection of its own, delivered on the
    // asking thread; a newer read cancels the older, whose result never arrives.
    void backgroundReadsDeliverOnlyTheLatest()
    {
        LibraryReader reader(*m_library);
        QList<int> delivered;
        std::atomic<bool> sawCancel = false;
        std::atomic<bool> started = false;
        Qt::HANDLE workerThread = nullptr;
        const Library *workerLibrary = nullptr;
        reader.read<int>(
            [&](Library &library, const LibraryReader::Cancelled &cancelled) -> int {
                workerThread = QThread::currentThreadId();
                workerLibrary = &library;
                started = true;
                QTest::qSleep(300); // the second read is asked meanwhile
                sawCancel = cancelled();
                return ReportStore(library).count();
            },
            [&](int count) { delivered.append(-count); });
        QTRY_VERIFY(started); // the second read is asked while the first runs
        reader.read<int>(
            [](Library &library, const LibraryReader::Cancelled &) { return ReportStore(library).count(); },
            [&](int count) {
                QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
                delivered.append(count);
            });
        QVERIFY(reader.isReading());
        QSignalSpy done(&reader, &LibraryReader::delivered);
        QVERIFY(done.wait(10000));
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY(sawCancel);
        QVERIFY(workerThread != QThread::currentThreadId());
        QVERIFY(workerLibrary != m_library.get()); // a connection of its own
        QVERIFY(!reader.isReading());
    }

    void snapshotCoversEveryTableThatHoldsAReportsRows()
    {
        // A table added later with a report_id column must be listed, or undoing a deletion loses it.
        static const Spelling tablesWithReportId{
            QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND c.name = 'report_id'"),
            QStringLiteral("SELECT table_name FROM information_schema.columns "
                           "WHERE table_schema = 'public' AND column_name = 'report_id'")};
        QSqlQuery q(m_library->database());
        QVERIFY(q.exec(tablesWithReportId.in(m_library->engine())));
        int tables = 0;
        // search_stale names entries of the search index that no longer count: it must outlive
        // the report's rows, not be put back with them.
        for (; q.next(); ++tables)
            QVERIFY2(ReportSnapshot::tables().contains(q.value(0).toString())
                         || q.value(0).toString() == QLatin1String("search_stale"),
                     qPrintable(q.value(0).toString()));
        QVERIFY(tables >= 5); // the question found the tables, on either engine
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
