// Who may read and change what in a team library on PostgreSQL (issue 16): row-level security,
// optimistic concurrency, the change log members read, and a library a newer ReportLens upgraded.

#include "teamlibraryfixture.h"

using namespace ReportLens;
using namespace ReportLens::TeamTest;

class TestTeamAccess : public QObject, protected TeamLibraryFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_START_TEAM_SERVER("tst_teamaccess");
        // The owner creates the schema; members cannot.
        Library member;
        QString error;
        QVERIFY(!member.open(bob(), &error));
        QVERIFY2(error.contains(QStringLiteral("owner role must open it first")), qPrintable(error));
        QVERIFY2(!error.contains(QUrl(bob()).password()), "a message shows the password");
        createSchema();
    }

    void cleanupTestCase() { stopServer(); }

    // As bob, alice's private annotation is seen by no query; what bob may not change stays as it is.
    void rowLevelSecurity()
    {
        Library aliceLibrary, bobLibrary, carolLibrary, superLibrary;
        QVERIFY(open(aliceLibrary, alice()));
        QVERIFY(open(bobLibrary, bob()));
        QVERIFY(open(carolLibrary, carol()));
        QVERIFY(open(superLibrary, superuser()));
        QCOMPARE(aliceLibrary.userName(), QStringLiteral("alice"));
        QCOMPARE(bobLibrary.userName(), QStringLiteral("bob"));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        AnnotationStore aliceStore(aliceLibrary), bobStore(bobLibrary), carolStore(carolLibrary);
        QString error;
        const QString privateNote = QStringLiteral("alice 的私人批注 private-7f3a");
        const QString teamNote = QStringLiteral("alice 的团队批注 team-9c1b");
        const qint64 privateId =
            aliceStore.insert(annotationOf(aliceLibrary, reportId, 10, privateNote, {QStringLiteral("私人标签")},
                                           Annotation::Visibility::Private),
                              &error);
        QVERIFY2(privateId > 0, qPrintable(error));
        const qint64 teamId = aliceStore.insert(annotationOf(aliceLibrary, reportId, 40, teamNote,
                                                             {QStringLiteral("共享"), QStringLiteral("团队标签")},
                                                             Annotation::Visibility::Team),
                                                &error);
        QVERIFY2(teamId > 0, qPrintable(error));
        const QString both = QStringLiteral("(%1, %2)").arg(privateId).arg(teamId);
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id IN %1").arg(both)), 2);
        QCOMPARE(number(superLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 3);
        const Annotation teamAsStored = *aliceStore.annotation(teamId);
        const Annotation privateAsStored = *aliceStore.annotation(privateId);
        QCOMPARE(teamAsStored.author, QStringLiteral("alice"));

        // The store, raw SQL through bob's role, and the command line as bob.
        const QList<Annotation> seenByBob = bobStore.annotations(0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(contains(seenByBob, teamId) && !contains(seenByBob, privateId), qPrintable(idsOf(seenByBob)));
        QVERIFY(!bobStore.annotation(privateId));
        QCOMPARE(bobStore.annotation(teamId)->note, teamNote);
        QCOMPARE(bobStore.annotation(teamId)->author, QStringLiteral("alice"));
        QVERIFY(!bobStore.tags().contains(QStringLiteral("私人标签")));
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id IN %1").arg(both)), 1);
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations")), seenByBob.size());
        QCOMPARE(
            number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE note LIKE '%private-7f3a%'")), 0);
        QCOMPARE(number(bobLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 2);
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotation_tags WHERE tag = '私人标签'")), 0);
        // Turning row-level security off is refused, not obeyed.
        QVERIFY(exec(bobLibrary, QStringLiteral("SET row_security = off")));
        QVERIFY(!exec(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations"), &error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        QVERIFY(exec(bobLibrary, QStringLiteral("RESET row_security")));

        const Run listed = run(Cli,
                               {QStringLiteral("--db"), bob(), QStringLiteral("annotations"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject collection = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QStringList listedIds;
        for (const QJsonValue &item : collection[QStringLiteral("first")][QStringLiteral("items")].toArray())
            listedIds.append(item[QStringLiteral("id")].toString());
        QCOMPARE(listedIds.size(), seenByBob.size());
        QVERIFY(listedIds.contains(QStringLiteral("urn:reportlens:annotation:%1").arg(teamId)));
        QVERIFY(!listedIds.contains(QStringLiteral("urn:reportlens:annotation:%1").arg(privateId)));
        QVERIFY(listed.out.contains(teamNote));
        QVERIFY(!listed.out.contains(QStringLiteral("private-7f3a"))
                && !listed.out.contains(QStringLiteral("私人标签")));

        // Bob cannot change or delete alice's team annotation, and is told why.
        Annotation mine = *bobStore.annotation(teamId);
        mine.note = QStringLiteral("bob 改的");
        std::optional<Annotation> theirs;
        QVERIFY(!bobStore.update(mine, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("only its author can change it")), qPrintable(error));
        QVERIFY(theirs && theirs->note == teamNote);
        QVERIFY(!bobStore.remove(teamId, &error));
        QVERIFY2(error.contains(QStringLiteral("only its author can delete it")), qPrintable(error));
        // … nor alice's private one, which he is told he cannot see.
        Annotation guessed = privateAsStored;
        guessed.note = QStringLiteral("bob 猜的");
        theirs.reset();
        QVERIFY(!bobStore.update(guessed, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("not yours to see")), qPrintable(error));
        QVERIFY(!theirs);
        QVERIFY(!bobStore.remove(privateId, &error));
        // Raw SQL through bob's role changes no row.
        for (const QString &sql : {QStringLiteral("UPDATE annotations SET note = 'x'"),
                                   QStringLiteral("UPDATE annotations SET note = 'x' WHERE id = %1").arg(teamId),
                                   QStringLiteral("UPDATE annotations SET hidden = 1 WHERE id = %1").arg(teamId),
                                   QStringLiteral("DELETE FROM annotations WHERE id IN %1").arg(both),
                                   QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id IN %1").arg(both)}) {
            int rows = -1;
            QVERIFY2(exec(bobLibrary, sql, &error, &rows), qPrintable(error));
            QVERIFY2(rows == 0, qPrintable(sql));
        }
        QVERIFY(!exec(bobLibrary,
                      QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag) VALUES (%1, 'bob')").arg(teamId),
                      &error));
        QVERIFY2(error.contains(QStringLiteral("row-level security")), qPrintable(error));
        // Bob may not hide it either.
        QVERIFY(!bobStore.setHidden(teamId, true, &error));
        QVERIFY2(error.contains(QStringLiteral("that you may hide")), qPrintable(error));
        // As alice has them: nothing changed.
        QCOMPARE(aliceStore.annotation(teamId)->note, teamNote);
        QCOMPARE(aliceStore.annotation(teamId)->revision, teamAsStored.revision);
        QCOMPARE(aliceStore.annotation(teamId)->tags, teamAsStored.tags);
        QCOMPARE(aliceStore.annotation(privateId)->note, privateNote);
        QCOMPARE(aliceStore.annotation(privateId)->revision, privateAsStored.revision);
        QCOMPARE(number(superLibrary,
                        QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id IN %1").arg(both)),
                 3);

        // Carol, an administrator, hides the team annotation: bob no longer sees it; its author and
        // carol still do. She may hide, not edit, and sees no private annotation.
        QVERIFY(!carolStore.annotation(privateId));
        QVERIFY(!carolStore.setHidden(privateId, true, &error));
        Annotation carols = *carolStore.annotation(teamId);
        carols.note = QStringLiteral("carol 改的");
        QVERIFY(!carolStore.update(carols, &error));
        QVERIFY2(error.contains(QStringLiteral("only its author can change")), qPrintable(error));
        QVERIFY2(carolStore.setHidden(teamId, true, &error), qPrintable(error));
        QVERIFY(!contains(bobStore.annotations(), teamId));
        QCOMPARE(number(bobLibrary, QStringLiteral("SELECT count(*) FROM annotations WHERE id = %1").arg(teamId)), 0);
        QVERIFY(contains(aliceStore.annotations(), teamId));
        QVERIFY(aliceStore.annotation(teamId)->hidden);
        QCOMPARE(aliceStore.annotation(teamId)->note, teamNote);
        QVERIFY(contains(carolStore.annotations(), teamId));
        QVERIFY(!bobStore.setHidden(teamId, false, &error));
        QVERIFY(!contains(bobStore.annotations(), teamId));
        QVERIFY2(carolStore.setHidden(teamId, false, &error), qPrintable(error));
        QVERIFY(contains(bobStore.annotations(), teamId));
    }

    // Two clients as alice: an edit made from an old revision is refused and shown, never written.
    void optimisticConcurrency()
    {
        Library first, second;
        QVERIFY(open(first, alice()));
        QVERIFY(open(second, alice()));
        const qint64 reportId = someReport(first);
        QVERIFY(reportId > 0);
        AnnotationStore one(first), two(second);
        QString error;
        const qint64 id = one.insert(
            annotationOf(first, reportId, 70, QStringLiteral("原来的批注"), {}, Annotation::Visibility::Team), &error);
        QVERIFY2(id > 0, qPrintable(error));
        Annotation a1 = *one.annotation(id);
        Annotation a2 = *two.annotation(id);
        const int n = a1.revision;
        QCOMPARE(a2.revision, n);

        a1.note = QStringLiteral("客户端一的批注");
        QVERIFY2(one.update(a1, &error), qPrintable(error));
        QCOMPARE(a1.revision, n + 1);
        a2.note = QStringLiteral("客户端二的批注");
        std::optional<Annotation> theirs;
        QVERIFY(!two.update(a2, &error, &theirs));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QVERIFY(theirs);
        QCOMPARE(theirs->note, a1.note);
        QCOMPARE(theirs->revision, n + 1);
        QCOMPARE(a2.revision, n);
        QCOMPARE(two.annotation(id)->note, a1.note);
        QCOMPARE(one.annotation(id)->revision, n + 1);

        // The window's way: the document of client two shows revision n + 1; client one changes it
        // again; client two's edit is offered as a conflict, and keeping both stores both notes.
        Document document(second);
        QVERIFY(document.openReport(reportId));
        Annotation shown;
        for (const Annotation &a : document.currentAnnotations())
            if (a.id == id)
                shown = a;
        QCOMPARE(shown.revision, n + 1);
        a1.note = QStringLiteral("客户端一又改了");
        QVERIFY2(one.update(a1, &error), qPrintable(error));
        std::optional<AnnotationConflict> conflict;
        connect(&document, &Document::annotationConflict, this,
                [&conflict](const AnnotationConflict &c) { conflict = c; });
        shown.note = QStringLiteral("窗口里的修改");
        QVERIFY(!document.editAnnotation(shown));
        QVERIFY(conflict);
        QCOMPARE(conflict->mine.note, shown.note);
        QCOMPARE(conflict->theirs.note, a1.note);
        QCOMPARE(conflict->theirs.revision, n + 2);
        QCOMPARE(one.annotation(id)->note, a1.note);
        QVERIFY(document.resolveConflict(*conflict, Document::Resolution::KeepBoth));
        const Annotation settled = *one.annotation(id);
        QVERIFY2(settled.note.contains(a1.note) && settled.note.contains(shown.note), qPrintable(settled.note));
        QCOMPARE(settled.revision, n + 3);
    }

    // Alice's changes are in the change log that bob reads (ids, never text), and notified to him.
    void changeLog()
    {
        Library aliceLibrary, bobLibrary;
        QVERIFY(open(aliceLibrary, alice()));
        QVERIFY(open(bobLibrary, bob()));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        QStringList payloads;
        QElapsedTimer sinceCommit;
        qint64 notifiedAfterMs = -1;
        QSqlDriver *driver = bobLibrary.database().driver();
        QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
        connect(driver, &QSqlDriver::notification, this,
                [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1String("reportlens_changes")) {
                        if (payloads.isEmpty())
                            notifiedAfterMs = sinceCommit.elapsed();
                        payloads.append(payload.toString());
                    }
                });
        QVERIFY(driver->subscribeToNotification(QStringLiteral("reportlens_changes")));
        const qint64 x = bobLibrary.dataVersion();
        QVERIFY(x >= 0);

        AnnotationStore store(aliceLibrary);
        QString error;
        const QString secret = QStringLiteral("只给团队看的批注 log-5e2d");
        sinceCommit.start();
        const qint64 teamId =
            store.insert(annotationOf(aliceLibrary, reportId, 100, secret, {}, Annotation::Visibility::Team), &error);
        QVERIFY2(teamId > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!payloads.isEmpty(), 2000);
        QVERIFY(bobLibrary.dataVersion() > x);
        Annotation edited = *store.annotation(teamId);
        edited.note = secret + QStringLiteral("（改）");
        QVERIFY2(store.update(edited, &error), qPrintable(error));
        const qint64 privateId =
            store.insert(annotationOf(aliceLibrary, reportId, 130, QStringLiteral("私人 log-private"), {},
                                      Annotation::Visibility::Private),
                         &error);
        QVERIFY2(privateId > 0, qPrintable(error));
        QVERIFY2(store.remove(privateId, &error), qPrintable(error));

        QSqlQuery q(bobLibrary.database());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, table_name, row_id, op FROM reportlens_changes WHERE seq > %1 "
                                      "ORDER BY seq")
                           .arg(x)));
        QStringList changes;
        qint64 last = x;
        while (q.next()) {
            QVERIFY(q.value(0).toLongLong() > last);
            last = q.value(0).toLongLong();
            changes.append(QStringLiteral("%1 %2 %3")
                               .arg(q.value(1).toString(), q.value(3).toString())
                               .arg(q.value(2).toLongLong()));
        }
        const QStringList expected = {QStringLiteral("annotations insert %1").arg(teamId),
                                      QStringLiteral("annotations update %1").arg(teamId),
                                      QStringLiteral("annotations insert %1").arg(privateId),
                                      QStringLiteral("annotations delete %1").arg(privateId)};
        QCOMPARE(changes, expected);
        QCOMPARE(bobLibrary.dataVersion(), last);
        // The log has no column of text that a member could read another's notes from.
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM reportlens_changes WHERE seq > %1").arg(x)));
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns.append(q.record().fieldName(c));
        QCOMPARE(columns,
                 QStringList({QStringLiteral("seq"), QStringLiteral("table_name"), QStringLiteral("row_id"),
                              QStringLiteral("op"), QStringLiteral("changed_at")}));
        // Each commit is notified to bob's connection, with ids and operation only.
        QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 4, 2000);
        for (const QString &payload : std::as_const(payloads)) {
            const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
            QCOMPARE(QStringList(object.keys()),
                     QStringList(
                         {QStringLiteral("id"), QStringLiteral("op"), QStringLiteral("seq"), QStringLiteral("table")}));
            QVERIFY2(!payload.contains(QStringLiteral("log-")), qPrintable(payload));
        }
        QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("reportlens_changes")));
        qInfo("%lld changes logged after seq %lld; the first notification reached bob %lld ms after alice's "
              "insert began",
              qint64(changes.size()), x, notifiedAfterMs);
    }

    // A library upgraded by a newer ReportLens: this one opens it, reads it and writes nothing.
    void newerSchemaIsReadOnly()
    {
        Library ownerLibrary, superLibrary, aliceLibrary;
        QVERIFY(open(ownerLibrary, owner()));
        QVERIFY(open(superLibrary, superuser()));
        QVERIFY(open(aliceLibrary, alice()));
        const qint64 reportId = someReport(aliceLibrary);
        QVERIFY(reportId > 0);
        QString error;
        const qint64 annotationId = AnnotationStore(aliceLibrary)
                                        .insert(annotationOf(aliceLibrary, reportId, 5, QStringLiteral("升级前"), {},
                                                             Annotation::Visibility::Team),
                                                &error);
        QVERIFY2(annotationId > 0, qPrintable(error));
        aliceLibrary.close();

        QVERIFY(exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version + 1"), &error));
        auto restore = qScopeGuard(
            [&] { exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version - 1")); });
        const QString newer = QStringLiteral("upgraded by a newer ReportLens");
        // Counted behind row-level security: every member's annotations and their revisions.
        const qint64 reports = number(superLibrary, QStringLiteral("SELECT count(*) FROM reports"));
        const qint64 annotations = number(superLibrary, QStringLiteral("SELECT sum(rev) + count(*) FROM annotations"));

        Library member;
        QVERIFY(open(member, alice()));
        QVERIFY(member.isReadOnly());
        QCOMPARE(member.schemaVersion(), Library::currentSchemaVersion(Engine::PostgreSQL) + 1);
        QCOMPARE(ReportStore(member).count(), int(reports));
        AnnotationStore store(member);
        QVERIFY(store.annotation(annotationId));
        QVERIFY(store.insert(
                    annotationOf(member, reportId, 20, QStringLiteral("不该写入"), {}, Annotation::Visibility::Team),
                    &error)
                == 0);
        QVERIFY2(error.contains(newer), qPrintable(error));
        Annotation changed = *store.annotation(annotationId);
        changed.note = QStringLiteral("不该写入");
        QVERIFY(!store.update(changed, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        error.clear();
        QVERIFY(!store.setHidden(annotationId, true, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        QVERIFY(!store.remove(annotationId, &error));
        QVERIFY2(error.contains(newer), qPrintable(error));
        const QString file = writeVariants(m_dir.filePath(QStringLiteral("newer")),
                                           {TestSupport::seedPath(QStringLiteral("002"))}, QStringLiteral("新版本"))
                                 .first();
        const ImportResult result = Importer(member).importFile(file);
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.message.contains(newer), qPrintable(result.message));
        const Run cli = run(Cli, {QStringLiteral("--db"), alice(), QStringLiteral("import"), file});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(newer), qPrintable(cli.err));
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT count(*) FROM reports")), reports);
        QCOMPARE(number(superLibrary, QStringLiteral("SELECT sum(rev) + count(*) FROM annotations")), annotations);

        restore.dismiss();
        QVERIFY(exec(ownerLibrary, QStringLiteral("UPDATE reportlens_schema SET version = version - 1"), &error));
        Library again;
        QVERIFY(open(again, alice()));
        QVERIFY(!again.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "tst_teamaccess.moc"
