// Libraries from older and newer versions, damaged files, hostile and oversized input.

#include "import/htmlreader.h"
#include "import/importer.h"
#include "import/pdfreader.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "librarystate.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readBytes(path), QCryptographicHash::Sha256);
}

QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(REPORTLENS_TEST_DATA "/schema/library-v1.sqlite"), target))
        qFatal("cannot copy the v1 fixture");
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void olderLibraryUpgradesWithoutLoss()
    {
        const QString path = copyFixture(m_dir, QStringLiteral("v1.sqlite"));
        Library library;
        QString error;
        // The caller hears of the upgrade before it starts, once, with both formats.
        QList<std::pair<int, int>> notices;
        library.setUpgradeNotice([&](int from, int to) {
            QVERIFY(library.backupPath().isEmpty()); // before the backup, which takes time too
            notices.append({from, to});
        });
        QVERIFY2(library.open(path, &error), qPrintable(error));
        QCOMPARE(notices, (QList<std::pair<int, int>>{{1, Library::currentSchemaVersion()}}));
        QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
        QVERIFY(!library.isNew());
        // Everything stored before is still there.
        ReportStore reports(library);
        QCOMPARE(reports.count(), 2);
        const QList<Annotation> annotations = AnnotationStore(library).annotations();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().note, QStringLiteral("旧版本里的笔记"));
        QCOMPARE(annotations.first().tags, QStringList{QStringLiteral("数字经济")});
        const QString text = reports.load(annotations.first().reportId)->cleanText;
        QCOMPARE(text.mid(annotations.first().anchor.start, 9), QStringLiteral("科技城载体作用凸显"));
        QVERIFY(!SearchIndex(library).search(QStringLiteral("科技城")).isEmpty());
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
        {
            // Format 12: both full-text indexes hold 32 MB of new entries before writing a segment.
            QSqlQuery config(library.database());
            for (const QString &table : {QStringLiteral("search_index"), QStringLiteral("search_characters")}) {
                QVERIFY(config.exec(QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(table)));
                QVERIFY2(config.next(), qPrintable(table));
                QCOMPARE(config.value(0).toInt(), 32 * 1024 * 1024);
            }
        }
        QHash<qint64, QString> originals;
        // A backup of the old library was made first, in its old format.
        QVERIFY(QFile::exists(library.backupPath()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
            db.setDatabaseName(library.backupPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotations")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // The originals as format 1 kept them, as text, to compare with what format 8 keeps.
            QVERIFY(q.exec(QStringLiteral("SELECT id, original_text FROM reports")));
            while (q.next())
                originals.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
        // Format 8 keeps them compressed, and reads them back unchanged.
        QCOMPARE(originals.size(), 2);
        for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
            QVERIFY(it.value().size() > 100);
            QCOMPARE(reports.load(it.key())->originalText, it.value());
        }
        {
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM report_texts WHERE typeof(original_delta) = 'blob' "
                                          "AND length(original_delta) < length(clean_zstd)"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(!q.exec(QStringLiteral("SELECT original_text FROM report_texts")));
        }
        // Importing into the upgraded library works and extracts indicators.
        const ImportResult r = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("004")));
        QCOMPARE(r.status, ImportResult::Status::Imported);
        // A library already in the current format is opened without notice.
        library.close();
        QVERIFY2(library.open(path, &error), qPrintable(error));
        QCOMPARE(notices.size(), 1);
    }

    // Format 8 compresses the stored originals. The upgrade rewrites report_texts, whose old pages
    // stay free in the file until VACUUM gives them back: upgraded, the file is smaller than before,
    // and reads back every original unchanged.
    void upgradeToCompressedOriginalsShrinksTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("format7.sqlite"));
        QHash<qint64, QString> originals;
        {
            Library library;
            QString error;
            QVERIFY2(library.open(path, &error), qPrintable(error));
            const QList<ImportResult> results = Importer(library).importPaths(TestSupport::nationalPaths());
            QVERIFY(results.size() >= 38);
            ReportStore reports(library);
            for (const ImportResult &r : results)
                originals.insert(r.reportId, reports.load(r.reportId)->originalText);
            // Back to format 7: originals as text.
            QVERIFY(TestSupport::rewindToFormat9(library));
            QVERIFY(TestSupport::keepOriginalsAsText(library, originals));
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            QVERIFY(q.exec(QStringLiteral("VACUUM")));
        }
        const qint64 before = QFileInfo(path).size();
        qint64 compressed = 0;
        Library library;
        QString error;
        QVERIFY2(library.open(path, &error), qPrintable(error));
        QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
        {
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("SELECT sum(length(original_delta)) FROM report_texts")) && q.next());
            compressed = q.value(0).toLongLong();
        }
        qint64 plain = 0;
        for (const QString &original : std::as_const(originals))
            plain += original.toUtf8().size();
        // The file shrinks by most of what compressing saved (pages are not filled to the byte).
        const qint64 after = QFileInfo(path).size();
        qInfo("format 7: %lld bytes, format 8: %lld bytes; originals %lld bytes, compressed %lld", before, after, plain,
              compressed);
        QVERIFY2(before - after > (plain - compressed) * 8 / 10,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
        ReportStore reports(library);
        for (auto it = originals.cbegin(); it != originals.cend(); ++it)
            QCOMPARE(reports.load(it.key())->originalText, it.value());
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
    }

    void newerLibraryIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Library library;
            QString error;
            QVERIFY(library.open(path, &error));
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Library::currentSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        Library library;
        QString error;
        QVERIFY(!library.open(path, &error));
        QCOMPARE(library.openFailure(), Library::OpenFailure::TooNew);
        QVERIFY2(error.contains(QStringLiteral("newer ReportLens")) && error.contains(path), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFilesAreDetectedAndKept_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("failure");
        QTest::newRow("truncated") << QStringLiteral("truncated") << int(Library::OpenFailure::Damaged);
        QTest::newRow("garbage") << QStringLiteral("garbage") << int(Library::OpenFailure::NotADatabase);
        QTest::newRow("text-file") << QStringLiteral("text") << int(Library::OpenFailure::NotADatabase);
        QTest::newRow("damaged-header-page") << QStringLiteral("header") << int(Library::OpenFailure::Damaged);
    }
    void damagedFilesAreDetectedAndKept()
    {
        QFETCH(QString, kind);
        QFETCH(int, failure);
        const QString path = copyFixture(m_dir, kind + QStringLiteral(".sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (kind == QStringLiteral("truncated")) {
            file.resize(file.size() / 2);
        } else if (kind == QStringLiteral("garbage")) {
            QByteArray junk(64 * 1024, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 2654435761u) >> 13);
            file.resize(0);
            file.write(junk);
        } else if (kind == QStringLiteral("text")) {
            file.resize(0);
            file.write("我的笔记，不是数据库。\n");
        } else {
            // Keep the magic string, wreck the rest of the first page (schema table).
            file.seek(100);
            file.write(QByteArray(3000, '\xAB'));
        }
        file.close();
        const QByteArray before = fileHash(path);
        Library library;
        QString error;
        QVERIFY(!library.open(path, &error));
        QCOMPARE(int(library.openFailure()), failure);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(fileHash(path), before); // never overwritten

        // Moved aside, a fresh library starts in its place and the old file is kept.
        QString movedTo;
        QVERIFY2(Library::moveAside(path, &movedTo, &error), qPrintable(error));
        QCOMPARE(fileHash(movedTo), before);
        QVERIFY(library.open(path, &error));
        QVERIFY(library.isNew());
    }

    // The original is stored as what differs from the clean text, and read back with it: a clean
    // text changed behind the library's back (another program's write) makes the original
    // unreadable with a message, never another text.
    void originalIsStoredAgainstItsCleanText()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(m_dir.filePath(QStringLiteral("delta.sqlite")), &error), qPrintable(error));
        const ImportResult imported = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("001")));
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        ReportStore reports(library);
        const std::optional<Report> report = reports.load(imported.reportId, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->originalText.size() > 1000 && report->originalText != report->cleanText);
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT length(original_delta), length(CAST(clean_text AS BLOB)) "
                                      "FROM report_texts JOIN report_clean_texts USING (report_id) "
                                      "WHERE report_id = %1")
                           .arg(imported.reportId))
                && q.next());
        qInfo("original stored in %lld bytes beside %lld of clean text", q.value(0).toLongLong(),
              q.value(1).toLongLong());
        QVERIFY(q.value(0).toLongLong() * 10 < q.value(1).toLongLong());
        q.finish();
        QVERIFY(q.exec(QStringLiteral("UPDATE report_texts SET clean_zstd = reportlens_compress_text("
                                      "replace(reportlens_decompress_text(clean_zstd), '发展', '發展')) "
                                      "WHERE report_id = %1")
                           .arg(imported.reportId)));
        QVERIFY(!reports.load(imported.reportId, &error));
        QVERIFY2(error.contains(QStringLiteral("report %1").arg(imported.reportId)) && error.contains(u"zstd"),
                 qPrintable(error));
    }

    // A stored original that is no longer a zstd frame (a damaged page, another program's write) is
    // named with its report when read; the report's other texts stay readable, and nothing changes.
    void damagedOriginalIsNamedNotReturned()
    {
        const QString path = copyFixture(m_dir, QStringLiteral("damaged-original.sqlite"));
        Library library;
        QString error;
        QVERIFY2(library.open(path, &error), qPrintable(error));
        ReportStore reports(library);
        QSqlQuery q(library.database());
        QList<qint64> ids;
        QVERIFY(q.exec(QStringLiteral("SELECT report_id FROM report_texts ORDER BY report_id")));
        while (q.next())
            ids.append(q.value(0).toLongLong());
        QCOMPARE(ids.size(), 2);
        const QString clean = reports.cleanText(ids.first());
        QVERIFY(reports.load(ids.last()));
        QVERIFY(q.exec(QStringLiteral("UPDATE report_texts SET original_delta = x'00010203' WHERE report_id = %1")
                           .arg(ids.first())));
        QVERIFY(!reports.load(ids.first(), &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("report %1").arg(ids.first()))
                     && error.contains(QStringLiteral("not a zstd frame")),
                 qPrintable(error));
        QCOMPARE(reports.cleanText(ids.first()), clean);
        QVERIFY(reports.load(ids.last()));
    }

    void oversizedFileIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(1) << 30)); // 1 GB, sparse
        file.close();
        Library library;
        QString error;
        QVERIFY(library.open(m_dir.filePath(QStringLiteral("size.sqlite")), &error));
        const ImportResult r = Importer(library).importFile(path);
        QCOMPARE(r.status, ImportResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("1024.0 MB")) && r.message.contains(QStringLiteral("32 MB")),
                 qPrintable(r.message));
    }

    // A change whose search entries cannot be written at its commit is refused with the reason,
    // and leaves the library as it was (the report is not stored without its index entries).
    void failedIndexingAtCommitNamesTheReason()
    {
        Library library;
        QString error;
        QVERIFY(library.open(m_dir.filePath(QStringLiteral("indexing.sqlite")), &error));
        QCOMPARE(Importer(library).importFile(TestSupport::seedPath(QStringLiteral("001"))).status,
                 ImportResult::Status::Imported);
        QSqlQuery q(library.database());
        // The queue of texts to index is emptied at every commit; refusing that makes indexing fail.
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_indexing BEFORE DELETE ON main.search_queue "
                                      "BEGIN SELECT RAISE(ABORT, 'indexing refused by the test'); END")));
        const ImportResult r = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("002")));
        QCOMPARE(r.status, ImportResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("search index"))
                     && r.message.contains(QStringLiteral("indexing refused by the test")),
                 qPrintable(r.message));
        QCOMPARE(ReportStore(library).count(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_queue")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void hostileHtmlRunsAndFetchesNothing()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] { ++requests; });
        const QString host = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QByteArray hugeInline = QByteArray("data:image/png;base64,") + QByteArray(8 * 1024 * 1024, 'A');
        QByteArray page = "<html><head><meta charset=\"utf-8\"><script src=\"" + host.toUtf8()
            + "/a.js\"></script>"
              "<link rel=\"prefetch\" href=\""
            + host.toUtf8() + "/p\"></head><body onload=\"fetch('" + host.toUtf8()
            + "/o')\">"
              "<iframe src=\""
            + host.toUtf8()
            + "/frame\">框架</iframe>"
              "<img src=\""
            + host.toUtf8() + "/pixel.gif\"><img src=\"" + hugeInline
            + "\">"
              "<p>各位代表：现在我代表市人民政府向大会报告工作。<a "
              "href=\"javascript:alert(document.cookie)\">点此</a></p>"
              "<p>一、2022年工作回顾</p><p>地区生产总值增长5.5%，城镇新增就业1.2万人。</p>"
              "<object data=\""
            + host.toUtf8()
            + "/x.swf\">插件</object><svg><script>alert(1)</script></svg>"
              "<script>"
            + QByteArray(4 * 1024 * 1024, ';') + "</script></body></html>";
        const DecodeResult result = HtmlReader::read(page);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.decoded.text.contains(QStringLiteral("地区生产总值增长5.5%")));
        for (const QString &absent :
             {QStringLiteral("框架"), QStringLiteral("插件"), QStringLiteral("alert"), QStringLiteral("base64"),
              QStringLiteral("127.0.0.1"), QStringLiteral("javascript")})
            QVERIFY2(!result.decoded.text.contains(absent), qPrintable(absent));
        QTest::qWait(200);
        QCOMPARE(requests, 0);
    }

    void malformedPdfIsAClearError()
    {
        QByteArray broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
        broken += QByteArray(5000, 'x');
        const DecodeResult result = PdfReader::read(broken);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("PDF")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
