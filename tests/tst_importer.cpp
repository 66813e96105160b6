// Import end to end into a real library: formats, duplicates, and bad input that must leave the
// library exactly as it was.

#include "annotate/anchor.h"
#include "extract/indicatorextractor.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/indicatorstore.h"
#include "store/searchindex.h"
#include "librarystate.h"
#include "testlibrary.h"
#include "testsupport.h"
#include "util/chinesetext.h"

#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace ReportLens;

namespace {

// A web page made from seed 003's text, with everything a saved page carries around it; its remote
// resources point at @p host (a local server that counts requests).
QByteArray htmlPageOf(const QString &text, const QString &charset, const QString &host)
{
    QString body;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        QString escaped = line.toString().toHtmlEscaped();
        if (!escaped.trimmed().isEmpty())
            body += QStringLiteral("<p>") + escaped + QStringLiteral("</p>\n");
    }
    QString page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"%1\"><title>报告</title>"
                                  "<style>p { color: red } .x:before { content: '样式里的文字' }</style>"
                                  "<script>document.write('脚本里的文字'); fetch('http://127.0.0.1:9/track');</script>"
                                  "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/site.css\"></head><body>"
                                  "<nav><a href=\"/\">首页</a> | <a href=\"/news\">导航里的新闻</a></nav>"
                                  "<header>页眉里的站点名称</header>"
                                  "<div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开</div>"
                                  "<img src=\"http://127.0.0.1:9/logo.png\" alt=\"图片说明文字\">"
                                  "<article>%2</article>"
                                  "<footer>版权所有 页脚里的文字 <a href=\"javascript:alert(1)\">联系我们</a></footer>"
                                  "<iframe src=\"http://127.0.0.1:9/frame.html\">框架里的文字</iframe>"
                                  "</body></html>")
                       .arg(charset, body);
    page.replace(QStringLiteral("127.0.0.1:9"), host);
    return charset == QStringLiteral("gb2312") ? TestSupport::encode(page, "GB18030") : page.toUtf8();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;
    Report processBytes(const QByteArray &bytes, const QString &name)
    {
        QString error;
        Report r = TestSupport::processBytes(bytes, name, &error, ReportStore(m_library).regions());
        if (!error.isEmpty())
            qFatal("%s: %s", qPrintable(name), qPrintable(error));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("library")), &error),
                 qPrintable(error));
        QCOMPARE(m_library.schemaVersion(), Library::currentSchemaVersion(m_library.engine()));
        const QList<ImportResult> results =
            Importer(m_library).importPaths({TestSupport::sharedDir() + QStringLiteral("/seeds"),
                                             TestSupport::sharedDir() + QStringLiteral("/corpus/national")});
        int imported = 0;
        for (const ImportResult &r : results) {
            QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.path + QStringLiteral(": ") + r.message));
            ++imported;
        }
        QCOMPARE(imported, 5 + 38);
        QCOMPARE(ReportStore(m_library).count(), 43);
    }

    void storedReportRoundTrips()
    {
        ReportStore store(m_library);
        const QList<ReportSummary> list = store.list();
        const auto it = std::find_if(list.cbegin(), list.cend(), [](const ReportSummary &s) {
            return s.region == QStringLiteral("呼和浩特市新城区");
        });
        QVERIFY(it != list.cend());
        const std::optional<Report> report = store.load(it->id);
        QVERIFY(report);
        QCOMPARE(report->meta.year.value, 2023);
        QCOMPARE(report->meta.region.source, FieldSource::Detected);
        QCOMPARE(report->glossary.size(), 18);
        QVERIFY(report->originalText.contains(QStringLiteral("设为首页收藏本站")));
        QVERIFY(!report->cleanText.contains(QStringLiteral("设为首页收藏本站")));
        QVERIFY(!report->removed.isEmpty());
        // The outline read back equals the outline parsed.
        const Report fresh = processBytes(TestSupport::readBytes(TestSupport::seedPath(QStringLiteral("003"))),
                                          TestSupport::seedPath(QStringLiteral("003")));
        QCOMPARE(report->sections.size(), fresh.sections.size());
        QCOMPARE(report->sections.first().children.size(), fresh.sections.first().children.size());
        QCOMPARE(report->sections.last().title, fresh.sections.last().title);
    }

    void sameContentIsReportedNotDuplicated()
    {
        const QString before = TestSupport::libraryState(m_library);
        const QString seed1 = TestSupport::seedPath(QStringLiteral("001"));
        const ImportResult again = Importer(m_library).importFile(seed1);
        QCOMPARE(again.status, ImportResult::Status::Duplicate);
        QVERIFY(again.reportId > 0);
        // The same report in GB18030 is the same content.
        const QString gb = TestSupport::writeFile(m_dir, QStringLiteral("seed-001-gb18030.txt"),
                                                  TestSupport::encode(TestSupport::readUtf8(seed1), "GB18030"));
        QCOMPARE(Importer(m_library).importFile(gb).status, ImportResult::Status::Duplicate);
        QCOMPARE(TestSupport::libraryState(m_library), before);
    }

    // Seed 001 in GB18030 and UTF-16 cleans to exactly the text of the UTF-8 file.
    void otherEncodingsCleanToTheSameText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString seed = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("001")));
        QTest::newRow("gb18030") << TestSupport::encode(seed, "GB18030");
        QTest::newRow("utf-16le-bom") << QByteArray("\xFF\xFE") + TestSupport::encode(seed, "UTF-16LE");
        QTest::newRow("utf-16be-bom") << QByteArray("\xFE\xFF") + TestSupport::encode(seed, "UTF-16BE");
    }
    void otherEncodingsCleanToTheSameText()
    {
        QFETCH(QByteArray, bytes);
        const QString path = TestSupport::seedPath(QStringLiteral("001"));
        const Report utf8 = processBytes(TestSupport::readBytes(path), path);
        const Report other = processBytes(bytes, path);
        QCOMPARE(other.cleanText, utf8.cleanText);
        QCOMPARE(other.contentHash, utf8.contentHash);
    }

    void htmlPageImportsToTheSameBody_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::newRow("utf-8-meta") << QStringLiteral("utf-8");
        QTest::newRow("gb2312-meta") << QStringLiteral("gb2312");
    }
    void htmlPageImportsToTheSameBody()
    {
        QFETCH(QString, charset);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] { ++requests; });
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        const QString path = TestSupport::seedPath(QStringLiteral("003"));
        const Report text = processBytes(TestSupport::readBytes(path), path);
        const Report html =
            processBytes(htmlPageOf(TestSupport::readUtf8(path), charset, host), QStringLiteral("seed-003.html"));
        QTest::qWait(200); // a request would arrive as a pending connection by now
        QCOMPARE(requests, 0);
        QVERIFY(!server.hasPendingConnections());
        QCOMPARE(html.format, QStringLiteral("html"));
        QCOMPARE(html.cleanText, text.cleanText);
        for (const QString &chrome :
             {QStringLiteral("脚本里的文字"), QStringLiteral("样式里的文字"), QStringLiteral("导航里的新闻"),
              QStringLiteral("页眉里的站点名称"), QStringLiteral("页脚里的文字"), QStringLiteral("当前位置"),
              QStringLiteral("图片说明文字"), QStringLiteral("127.0.0.1"), QStringLiteral("javascript"),
              QStringLiteral("框架里的文字")})
            QVERIFY2(!html.originalText.contains(chrome), qPrintable(chrome));
        QCOMPARE(html.meta.region.value, QStringLiteral("呼和浩特市新城区"));
    }

    void pdfKeepsPageNumbers()
    {
        // Seed 004 laid out as a PDF would be: wrapped to the page width, several pages, CJK font.
        const QString path = m_dir.filePath(QStringLiteral("seed-004.pdf"));
        const QStringList paragraphs = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("004")))
                                           .split(u'\n', Qt::SkipEmptyParts)
                                           .mid(0, 30);
        QList<int> firstParagraphOfPage{0};
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 11));
            const int width = writer.width();
            const int height = writer.height();
            int y = 0;
            for (int i = 0; i < paragraphs.size(); ++i) {
                const QString text = paragraphs[i].trimmed();
                const QRect bounds = painter.boundingRect(QRect(0, 0, width, height), Qt::TextWordWrap, text);
                if (y + bounds.height() > height) {
                    writer.newPage();
                    firstParagraphOfPage.append(i);
                    y = 0;
                }
                painter.drawText(QRect(0, y, width, bounds.height()), Qt::TextWordWrap, text);
                y += bounds.height() + painter.fontMetrics().height() / 2;
            }
        }
        QVERIFY(firstParagraphOfPage.size() >= 3);
        QString error;
        const Report report =
            TestSupport::processBytes(TestSupport::readBytes(path), path, &error, ReportStore(m_library).regions());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.format, QStringLiteral("pdf"));
        QCOMPARE(report.pageStarts.size(), firstParagraphOfPage.size());
        QCOMPARE(report.pageStarts.first(), 0);
        for (qsizetype page = 1; page < report.pageStarts.size(); ++page) {
            const QString expected = paragraphs[firstParagraphOfPage[page]].trimmed().remove(u' ').left(10);
            const QString actual = report.cleanText.mid(report.pageStarts[page], 10);
            QCOMPARE(actual, expected);
        }
        QVERIFY(!report.cleanText.contains(QChar(0x2EA0))); // ⺠ read back as 民
        QVERIFY(report.cleanText.contains(QStringLiteral("人民代表大会")));
        QCOMPARE(report.meta.region.value, QStringLiteral("乌兰察布市兴和县"));
        QCOMPARE(report.meta.year.value, 2022);
        QCOMPARE(report.meta.speaker.value, QStringLiteral("李锴栋"));
        QCOMPARE(report.sections.first().title, QStringLiteral("本届人民政府工作回顾"));
    }

    // Each bad input: a clear reason that names the file, and the library exactly as before.
    void badInputLeavesTheLibraryUnchanged_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QVERIFY(m_dir.isValid());
        QTest::newRow("empty-file") << TestSupport::writeFile(m_dir, QStringLiteral("empty.txt"), {})
                                    << QStringLiteral("empty");
        QByteArray binary(8192, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("binary-file") << TestSupport::writeFile(m_dir, QStringLiteral("binary.txt"), binary)
                                     << QStringLiteral("binary");
        QByteArray truncated = TestSupport::encode(
            TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("004"))).left(3000), "GB18030");
        while (static_cast<unsigned char>(truncated.back()) < 0x80)
            truncated.chop(1);
        truncated.chop(1);
        QTest::newRow("truncated-gb18030")
            << TestSupport::writeFile(m_dir, QStringLiteral("truncated.txt"), truncated) << QStringLiteral("truncated");
        QByteArray invalid = TestSupport::readBytes(TestSupport::seedPath(QStringLiteral("000"))).left(5000);
        invalid.insert(2500, "\xC3\x28\xFF\xFE\x80\x80", 6);
        QTest::newRow("invalid-utf-8") << TestSupport::writeFile(m_dir, QStringLiteral("invalid.txt"), invalid)
                                       << QStringLiteral("not valid");
        QByteArray huge = TestSupport::readBytes(TestSupport::seedPath(QStringLiteral("001")));
        while (huge.size() < 50 * 1024 * 1024)
            huge += huge;
        QTest::newRow("50-mb-file") << TestSupport::writeFile(m_dir, QStringLiteral("huge.txt"), huge)
                                    << QStringLiteral("up to 32 MB");
        const QString unreadable =
            TestSupport::writeFile(m_dir, QStringLiteral("unreadable.txt"), "各位代表：现在我代表政府报告工作。");
        ::chmod(QFile::encodeName(unreadable).constData(), 0);
        if (::geteuid() == 0) // root reads anything: a path that does not exist is the unreadable one then
            QTest::newRow("unreadable-path")
                << m_dir.filePath(QStringLiteral("no/such/report.txt")) << QStringLiteral("no such file");
        else
            QTest::newRow("unreadable-path") << unreadable << QStringLiteral("cannot be read");
        QTest::newRow("encrypted-pdf") << QStringLiteral(REPORTLENS_TEST_DATA "/pdf/encrypted.pdf")
                                       << QStringLiteral("encrypted");
        const QString imageOnly = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(imageOnly);
            QPainter painter(&writer);
            painter.fillRect(QRect(100, 100, 2000, 3000), Qt::gray);
        }
        QTest::newRow("image-only-pdf") << imageOnly << QStringLiteral("no text layer");
        QTest::newRow("not-a-pdf") << TestSupport::writeFile(m_dir, QStringLiteral("fake.pdf"),
                                                             "<html>not a pdf</html>")
                                   << QStringLiteral("not a PDF");
        QDir(m_dir.path()).mkpath(QStringLiteral("nothing-here/sub"));
        TestSupport::writeFile(m_dir, QStringLiteral("nothing-here/sub/notes.xlsx"), "PK");
        QTest::newRow("folder-without-reports")
            << m_dir.filePath(QStringLiteral("nothing-here")) << QStringLiteral("no reports");
    }
    void badInputLeavesTheLibraryUnchanged()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString before = TestSupport::libraryState(m_library);
        const QList<ImportResult> results = Importer(m_library).importPaths({path});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, ImportResult::Status::Failed);
        QCOMPARE(results.first().path, path);
        QVERIFY2(results.first().message.contains(reason), qPrintable(results.first().message));
        QCOMPARE(TestSupport::libraryState(m_library), before);
        QVERIFY(before.endsWith(QStringLiteral(" ok")));
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        QTemporaryDir dir;
        TestSupport::writeFile(dir, QStringLiteral("a-empty.txt"), {});
        QFile::copy(TestSupport::seedPath(QStringLiteral("002")), dir.filePath(QStringLiteral("b-article.txt")));
        Library fresh;
        QString error;
        QVERIFY2(fresh.open(TestSupport::libraryLocation(dir, QStringLiteral("other")), &error), qPrintable(error));
        const QList<ImportResult> results = Importer(fresh).importPaths({dir.path()});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].status, ImportResult::Status::Failed);
        QCOMPARE(results[1].status, ImportResult::Status::Imported);
        QCOMPARE(ReportStore(fresh).count(), 1);
    }

    void aReportThatCannotBeStoredCostsOnlyItself()
    {
        // Five reports share a batch commit; the database refuses the third (a trigger stands in
        // for a full disk or a constraint). The batch is rolled back and stored again one by one.
        QTemporaryDir dir;
        const QStringList national = TestSupport::nationalPaths();
        for (int i = 0; i < 5; ++i)
            QFile::copy(national[i], dir.filePath(QStringLiteral("%1.txt").arg(i)));
        Library fresh;
        QString error;
        QVERIFY2(fresh.open(TestSupport::libraryLocation(dir, QStringLiteral("batch")), &error), qPrintable(error));
        const QString refused = ImportPipeline(IndicatorStore(fresh).catalog())
                                    .process(TestSupport::readBytes(national[2]), national[2], {}, &error)
                                    .contentHash;
        if (fresh.engine() == Engine::PostgreSQL) {
            // Only the tables' owner may add a trigger to them; the database is this test's own.
            Library owner;
            QVERIFY2(owner.open(TestSupport::libraryLocation(dir, QStringLiteral("batch"), TestSupport::Member::Owner),
                                &error),
                     qPrintable(error));
            QSqlQuery q(owner.database());
            QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                           "IF new.content_hash = '%1' THEN RAISE EXCEPTION 'refused by the test'; "
                                           "END IF; RETURN new; END $$")
                                .arg(refused)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TRIGGER refuse BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION refuse()")),
                     qPrintable(q.lastError().text()));
        } else {
            QSqlQuery q(fresh.database());
            QVERIFY(q.exec(
                QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON reports WHEN new.content_hash = '%1' "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                    .arg(refused)));
        }
        const QList<ImportResult> results = Importer(fresh).importPaths({dir.path()});
        QCOMPARE(results.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(results[i].status, i == 2 ? ImportResult::Status::Failed : ImportResult::Status::Imported);
        QVERIFY2(results[2].message.contains(QStringLiteral("refused by the test")), qPrintable(results[2].message));
        QCOMPARE(ReportStore(fresh).count(), 4);
        for (int i : {0, 1, 3, 4})
            QVERIFY(ReportStore(fresh).load(results[i].reportId).has_value());
        QVERIFY(!SearchIndex(fresh).matchingReports(QStringLiteral("政府工作报告")).isEmpty());
        QCOMPARE(fresh.integrityCheck(), QStringLiteral("ok"));
    }

    void notADatabaseIsNeverOverwritten()
    {
        REPORTLENS_SQLITE_ONLY("a file that is not an SQLite database");
        const QString path =
            TestSupport::writeFile(m_dir, QStringLiteral("notes.sqlite"), "these are my notes, not a database\n");
        Library library;
        QString error;
        QVERIFY(!library.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("not an SQLite database")), qPrintable(error));
        QCOMPARE(TestSupport::readBytes(path), QByteArray("these are my notes, not a database\n"));
    }

    // A library made before the shipped catalog grew gains its new indicators and aliases when it
    // is next read, and keeps what its users added.
    void catalogUpgradesKeepTheUsersAdditions()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("older-catalog")), &error),
                 qPrintable(error));
        IndicatorStore store(library);
        QVERIFY(!store.catalog().indicators.isEmpty());
        QVERIFY2(store.addAlias(QStringLiteral("gdp"), QStringLiteral("经济总量"), {}, &error), qPrintable(error));
        // As a library merged with an older catalog would be: no CPI, and another fingerprint.
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_aliases WHERE indicator_id = 'cpi'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_catalog WHERE id = 'cpi'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE library_settings SET value = 'older' WHERE key = 'catalog_merged'")));
        QCOMPARE(q.numRowsAffected(), 1);
        const IndicatorCatalog upgraded = store.catalog();
        const auto has = [&upgraded](const QString &alias, const QString &id) {
            return std::any_of(upgraded.aliases.cbegin(), upgraded.aliases.cend(),
                               [&](const CatalogAlias &a) { return a.alias == alias && a.indicatorId == id; });
        };
        QVERIFY(std::any_of(upgraded.indicators.cbegin(), upgraded.indicators.cend(),
                            [](const CatalogIndicator &i) { return i.id == QStringLiteral("cpi"); }));
        QVERIFY(has(QStringLiteral("居民消费价格"), QStringLiteral("cpi")));
        QVERIFY(has(QStringLiteral("经济总量"), QStringLiteral("gdp")));
        // The same catalog is not merged twice: a deleted default stays deleted until the next one.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_aliases WHERE alias = '居民消费价格'")));
        const IndicatorCatalog again = store.catalog();
        QVERIFY(!std::any_of(again.aliases.cbegin(), again.aliases.cend(),
                             [](const CatalogAlias &a) { return a.alias == QStringLiteral("居民消费价格"); }));
    }

    // The catalog and the figures as the library stores them (moved from tst_indicators, which
    // runs the extractor without a database).
    void newAliasIsRecognisedWithoutCode()
    {
        const QString text = QStringLiteral("各位代表：\n过去一年，全盟经济总量达到1088亿元，增长6.2%。");
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("alias")), &error), qPrintable(error));
        IndicatorStore store(library);
        auto gdpFigures = [&] {
            QList<Indicator> figures;
            for (const Indicator &f : IndicatorExtractor(store.catalog()).extract(text, {}, 2021))
                if (f.indicatorId == QStringLiteral("gdp"))
                    figures.append(f);
            return figures;
        };
        QVERIFY(gdpFigures().isEmpty());
        QVERIFY2(store.addAlias(QStringLiteral("gdp"), QStringLiteral("经济总量"), {}, &error), qPrintable(error));
        const QList<Indicator> figures = gdpFigures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures[0].metric, Metric::Level);
        QCOMPARE(figures[0].value, 1088.0);
        QCOMPARE(figures[0].periodStart, 2020);
        QCOMPARE(figures[1].metric, Metric::Growth);
        QCOMPARE(figures[1].value, 6.2);
        QVERIFY(!store.addAlias(QStringLiteral("no_such_indicator"), QStringLiteral("某某"), {}, &error));
    }

    void aWriterWaitingForTheLockIsCounted()
    {
        if (m_library.engine() != Engine::SQLite)
            QSKIP("a team library's server takes no library-wide write lock");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("turns.sqlite"));
        Library holder;
        QString error;
        QVERIFY2(holder.open(path, &error), qPrintable(error));
        auto held = std::make_optional<Library::Transaction>(holder);
        QVERIFY(held->isActive());
        QVERIFY(!Library::Transaction::othersWaiting(holder));
        std::atomic<bool> began = false;
        std::thread other([&path, &began] {
            Library waiter;
            QString openError;
            if (!waiter.open(path, &openError))
                return;
            Library::Transaction waiting(waiter);
            began = waiting.isActive() && waiting.commit();
        });
        const auto joinOther = qScopeGuard([&other] { other.join(); });
        // Counted while it waits for the lock held here (for this library only), and no longer
        // once it has it.
        QTRY_VERIFY(Library::Transaction::othersWaiting(holder));
        Library elsewhere;
        QVERIFY2(elsewhere.open(dir.filePath(QStringLiteral("elsewhere.sqlite")), &error), qPrintable(error));
        QVERIFY(!Library::Transaction::othersWaiting(elsewhere));
        QVERIFY(held->commit());
        held.reset();
        Library::Transaction::letOthersWriteFirst(holder);
        QVERIFY(!Library::Transaction::othersWaiting(holder));
        QTRY_VERIFY(began);
    }

    void aHighlightDuringAnImportWaitsForOneReport()
    {
        // The window imports on a thread of its own (ImportController) while the user highlights.
        // An import's batch holds the write lock up to 2 s and begins the next one microseconds
        // after its commit, where SQLite's busy wait polls every 100 ms: without letting the
        // waiting writer go first, the highlight would wait for the whole import or its timeout.
        if (m_library.engine() != Engine::SQLite)
            QSKIP("a team library's server takes no library-wide write lock");
        QTemporaryDir dir;
        constexpr int Reports = 400;
        QDir().mkpath(dir.filePath(QStringLiteral("reports")));
        for (int i = 0; i < Reports; ++i)
            TestSupport::writeFile(dir, QStringLiteral("reports/%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("某市%1年政府工作报告\n一、过去一年的工作\n全市地区生产总值增长%2%，"
                                                  "城镇新增就业%3万人。\n二、今年的主要任务\n坚持稳中求进，第%4号。\n")
                                       .arg(2000 + i % 25)
                                       .arg(i % 9 + 1)
                                       .arg(i + 1)
                                       .arg(i)
                                       .toUtf8());
        const QString path = dir.filePath(QStringLiteral("window.sqlite"));
        Library window;
        QString error;
        QVERIFY2(window.open(path, &error), qPrintable(error));
        constexpr qint64 NoneStored = -1;
        std::atomic<int> stored = 0;
        std::atomic<qint64> firstReport = 0;
        const auto firstStored = [&firstReport](qint64 id) {
            firstReport = id;
            firstReport.notify_all();
        };
        std::thread import([&] {
            Library library;
            QString openError;
            if (library.open(path, &openError))
                Importer(library).importPaths({dir.filePath(QStringLiteral("reports"))}, [&](const ImportResult &r) {
                    if (r.status == ImportResult::Status::Imported && firstReport == 0)
                        firstStored(r.reportId);
                    ++stored;
                    return true;
                });
            if (firstReport == 0)
                firstStored(NoneStored);
        });
        const auto joinImport = qScopeGuard([&import] { import.join(); });
        firstReport.wait(0); // the first batch is committed, the next one open
        QVERIFY(firstReport != NoneStored);
        const std::optional<Report> report = ReportStore(window).load(firstReport);
        QVERIFY(report.has_value());
        Annotation highlight;
        highlight.reportId = report->id;
        highlight.anchor = Anchor::fromRange(report->cleanText, 0, 4);
        const qint64 id = AnnotationStore(window).insert(highlight, &error);
        const int storedWhenHighlighted = stored;
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(storedWhenHighlighted < Reports,
                 qPrintable(QStringLiteral("the highlight waited for all %1 reports").arg(Reports)));
        QTRY_COMPARE_WITH_TIMEOUT(int(stored), Reports, 60000);
        QCOMPARE(ReportStore(window).count(), Reports);
        QCOMPARE(AnnotationStore(window).annotations(report->id).size(), 1);
        qInfo("highlighted after %d of %d reports", storedWhenHighlighted, Reports);
    }

    void figuresAreStoredWithTheirSection()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("figures")), &error),
                 qPrintable(error));
        const ImportResult result = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("001")));
        QCOMPARE(result.status, ImportResult::Status::Imported);
        const QList<IndicatorRow> rows = IndicatorStore(library).rows(result.reportId);
        QCOMPARE(rows.size(), 19);
        const std::optional<Report> report = ReportStore(library).load(result.reportId);
        for (const IndicatorRow &row : rows) {
            const Indicator &i = row.indicator;
            QVERIFY(i.numberStart >= i.sentenceStart && i.numberEnd <= i.sentenceEnd);
            QCOMPARE(report->cleanText.mid(i.sentenceStart, i.sentenceEnd - i.sentenceStart), i.quote);
            QVERIFY(ChineseText::toHalfWidthDigits(report->cleanText.mid(i.numberStart, i.numberEnd - i.numberStart))
                        .contains(QString::number(std::abs(i.value))));
        }
    }
};

QTEST_MAIN(TestImporter)
#include "tst_importer.moc"
