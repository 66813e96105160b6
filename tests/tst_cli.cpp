// reportlens-cli as a user runs it: commands, output formats and documented exit codes.

#include "testlibrary.h"
#include "testsupport.h"
#include "util/csv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReportLens;

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
        QByteArray raw; ///< stdout as bytes
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REPORTLENS_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("reportlens-cli did not finish");
        const QByteArray raw = process.readAllStandardOutput();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(raw),
                QString::fromUtf8(process.readAllStandardError()), raw};
    }

    QJsonArray json(const QStringList &arguments)
    {
        const Run run = cli(QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    // Runs the CLI with each of @p runs at once; the errors of those that failed.
    static QStringList startAll(const QList<QStringList> &runs)
    {
        QList<std::shared_ptr<QProcess>> processes;
        for (const QStringList &arguments : runs) {
            processes.append(std::make_shared<QProcess>());
            processes.last()->start(QStringLiteral(REPORTLENS_CLI), arguments);
        }
        QStringList failures;
        for (const auto &p : processes) {
            if (!p->waitForFinished(120000) || p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                failures.append(QString::fromUtf8(p->readAllStandardError()).trimmed());
        }
        return failures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        m_db = TestSupport::libraryLocation(m_dir, QStringLiteral("cli"));
    }

    void importPrintsOneLinePerFile()
    {
        const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                             TestSupport::sharedDir() + QStringLiteral("/seeds")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[3].startsWith(
            QStringLiteral("imported\t4\t呼和浩特市新城区\t2023\t2023年呼和浩特市新城区政府工作报告\t")));
        QVERIFY(run.err.isEmpty());
    }

    void duplicateIsReportedAndBadFilesFailTheRun()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        const Run run =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), TestSupport::seedPath(QStringLiteral("001")),
                 empty, m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(QStringLiteral("duplicate\t2\t")));
        QVERIFY2(run.err.contains(empty + QStringLiteral(": the file is empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("missing.txt: no such file")), qPrintable(run.err));
        QCOMPARE(json({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).size(), 5);
    }

    void listHasTheDocumentedFields()
    {
        const QJsonArray list = json({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.size(), 5);
        for (const QJsonValue &v : list)
            for (const char *key : {"id", "region", "level", "year", "date", "speaker", "title", "chars", "sections"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        const auto it = std::find_if(list.begin(), list.end(), [](const QJsonValue &v) {
            return v.toObject()[QStringLiteral("id")].toInt() == 2;
        });
        QVERIFY(it != list.end());
        const QJsonObject first = it->toObject();
        QCOMPARE(first[QStringLiteral("region")].toString(), QStringLiteral("呼和浩特市"));
        QCOMPARE(first[QStringLiteral("date")].toString(), QStringLiteral("2020-04-22"));
        QCOMPARE(first[QStringLiteral("speaker")].toString(), QStringLiteral("张佰成"));
        const Run csv = cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("id,region,level,year,date,speaker,title,chars,sections\n")));
        QCOMPARE(csv.out.count(u'\n'), 6);
    }

    void outlineJsonIsATree()
    {
        const QJsonArray outline =
            json({QStringLiteral("outline"), QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(outline.size(), 4); // 一、二、三、 and the glossary
        const QJsonObject first = outline.first().toObject();
        QCOMPARE(first[QStringLiteral("level")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("label")].toString(), QStringLiteral("一、"));
        QCOMPARE(first[QStringLiteral("title")].toString(), QStringLiteral("2022年工作回顾"));
        QVERIFY(first[QStringLiteral("end")].toInt() > first[QStringLiteral("start")].toInt());
        QCOMPARE(first[QStringLiteral("children")].toArray().size(), 4);
        const Run text = cli({QStringLiteral("--db"), m_db, QStringLiteral("outline"), QStringLiteral("4")});
        QVERIFY(text.out.contains(QStringLiteral("\n  (一)扩大有效投资,培育新兴经济增长点  [")));
    }

    void glossaryAndShow()
    {
        const QJsonArray glossary =
            json({QStringLiteral("glossary"), QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(glossary.size(), 18);
        QCOMPARE(glossary.last().toObject()[QStringLiteral("term")].toString(), QStringLiteral("四风"));
        const Run clean = cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("4")});
        const Run raw =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("4"), QStringLiteral("--raw")});
        QVERIFY(clean.out.startsWith(QStringLiteral("2023年呼和浩特市新城区政府工作报告\n")));
        QVERIFY(raw.out.startsWith(QStringLiteral("设为首页收藏本站")));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("999")}).exitCode, 1);
    }

    void searchJson()
    {
        const QJsonArray hits = json({QStringLiteral("search"), QStringLiteral("疫情"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(hits.size(), 5);
        for (const QJsonValue &v : hits) {
            const QJsonObject hit = v.toObject();
            for (const char *key : {"report_id", "section_titles", "start", "end", "snippet", "snippet_matches"})
                QVERIFY2(hit.contains(QLatin1String(key)), key);
            QCOMPARE(hit[QStringLiteral("end")].toInt() - hit[QStringLiteral("start")].toInt(), 2);
            QVERIFY(hit[QStringLiteral("section_titles")].isArray());
            // The snippet is plain text; the match is given by its offsets in it.
            const QString snippet = hit[QStringLiteral("snippet")].toString();
            QVERIFY(!snippet.contains(QStringLiteral("<mark>")));
            const QJsonArray matches = hit[QStringLiteral("snippet_matches")].toArray();
            QCOMPARE(matches.size(), 1);
            const QJsonArray match = matches.first().toArray();
            QCOMPARE(snippet.mid(match[0].toInt(), match[1].toInt()), QStringLiteral("疫情"));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no-command") << QStringList{};
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("bad-format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")};
        QTest::newRow("import-nothing") << QStringList{QStringLiteral("import")};
        QTest::newRow("outline-without-id") << QStringList{QStringLiteral("outline")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(cli(QStringList{QStringLiteral("--db"), m_db} + arguments).exitCode, 2);
    }

    void helpForEveryCommand()
    {
        const Run general = cli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        for (const QString &command :
             {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("outline"),
              QStringLiteral("glossary"), QStringLiteral("search"), QStringLiteral("inspect"),
              QStringLiteral("samples"), QStringLiteral("indicators"), QStringLiteral("catalog"),
              QStringLiteral("chart"), QStringLiteral("annotate"), QStringLiteral("annotations")}) {
            QVERIFY2(general.out.contains(QStringLiteral("  ") + command), qPrintable(command));
            const Run help = cli({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: reportlens-cli [--db PATH] ") + command),
                     qPrintable(help.out));
        }
    }

    void indicatorsAndCatalog()
    {
        const QJsonArray figures =
            json({QStringLiteral("indicators"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(figures.size() >= 70);
        for (const char *key : {"report_id", "region", "report_year", "indicator", "metric", "kind", "period_start",
                                "period_end", "value", "value_high", "unit", "qualifier", "quote"})
            QVERIFY2(figures.first().toObject().contains(QLatin1String(key)), key);
        const QJsonArray gdp =
            json({QStringLiteral("indicators"), QStringLiteral("--indicator"), QStringLiteral("gdp"),
                  QStringLiteral("--report"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(gdp.size(), 2); // 2019 outcome 5.5%, 2020 target 6% 左右
        const Run csv = cli({QStringLiteral("--db"), m_db, QStringLiteral("indicators"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--bom")});
        QVERIFY(csv.raw.startsWith("\xEF\xBB\xBFreport_id,region,report_year,indicator,"));
        QVERIFY(csv.out.contains(QStringLiteral(",-13,"))); // a negative growth is a number, not neutralised

        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("--add-alias"),
                      QStringLiteral("gdp=经济总量")})
                     .exitCode,
                 0);
        QVERIFY(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("catalog")}).out.contains(QStringLiteral("经济总量")));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("--add-alias"),
                      QStringLiteral("no_such=某某")})
                     .exitCode,
                 1);
        const QJsonArray catalog =
            json({QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(catalog.size() >= 14);
    }

    void csvCellsCannotRunFormulas()
    {
        QCOMPARE(Csv::field(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(Csv::field(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(Csv::field(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
        QCOMPARE(Csv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(Csv::field(QStringLiteral("地区生产总值,增长")), QStringLiteral("\"地区生产总值,增长\""));
        QCOMPARE(Csv::number(-13), QStringLiteral("-13"));
    }

    // Processes started at once on one library: a new one is created once, and every process goes
    // on — none finds it half made. On PostgreSQL the three are the owner (who alone may create the
    // schema) on an empty database.
    void processesCreatingOneLibraryAtOnce()
    {
        const QString fresh = TestSupport::newLibraryLocation(m_dir, QStringLiteral("fresh"));
        QList<QStringList> imports;
        for (const QString &seed : {QStringLiteral("001"), QStringLiteral("003"), QStringLiteral("004")})
            imports.append({QStringLiteral("--db"), fresh, QStringLiteral("import"), TestSupport::seedPath(seed)});
        const QStringList importFailures = startAll(imports);
        QVERIFY2(importFailures.isEmpty(), qPrintable(importFailures.join(u'\n')));
        const Run listed = cli({QStringLiteral("--db"), fresh, QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
    }

    // The same for an old library: it is upgraded once (one backup).
    void processesUpgradingOneLibraryAtOnce()
    {
        REPORTLENS_SQLITE_ONLY("an SQLite library of format 1 and its backup file");
        QTemporaryDir old;
        const QString library = old.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(REPORTLENS_TEST_DATA "/schema/library-v1.sqlite"), library));
        QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner);
        const QList<QStringList> lists(3, {QStringLiteral("--db"), library, QStringLiteral("list")});
        const QStringList listFailures = startAll(lists);
        QVERIFY2(listFailures.isEmpty(), qPrintable(listFailures.join(u'\n')));
        QCOMPARE(QDir(old.path()).entryList({QStringLiteral("library.sqlite.v1-backup-*")}, QDir::Files).size(), 1);
    }

    void chartWithoutADisplay()
    {
        const QString png = m_dir.filePath(QStringLiteral("gdp.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(REPORTLENS_CLI),
                      {QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--indicator"),
                       QStringLiteral("gdp"), QStringLiteral("--metric"), QStringLiteral("growth"),
                       QStringLiteral("--out"), png, QStringLiteral("--width"), QStringLiteral("640"),
                       QStringLiteral("--height"), QStringLiteral("400")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(TestSupport::readBytes(png).startsWith("\x89PNG"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--indicator"),
                      QStringLiteral("gdp"), QStringLiteral("--metric"), QStringLiteral("growth")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--indicator"),
                      QStringLiteral("nosuch"), QStringLiteral("--metric"), QStringLiteral("growth"),
                      QStringLiteral("--out"), png})
                     .exitCode,
                 2);
        // An existing chart is replaced only with --force.
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--indicator"),
                      QStringLiteral("gdp"), QStringLiteral("--metric"), QStringLiteral("growth"),
                      QStringLiteral("--out"), png})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--indicator"),
                      QStringLiteral("gdp"), QStringLiteral("--metric"), QStringLiteral("growth"),
                      QStringLiteral("--out"), png, QStringLiteral("--force")})
                     .exitCode,
                 0);
        const QString svg = m_dir.filePath(QStringLiteral("words.svg"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("chart"), QStringLiteral("--keyword"),
                      QStringLiteral("就业"), QStringLiteral("--out"), svg})
                     .exitCode,
                 0);
        QVERIFY(TestSupport::readUtf8(svg).contains(QStringLiteral("<svg")));
    }

    void annotateAndExport()
    {
        const Run added = cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("4"),
                               QStringLiteral("科技城载体作用凸显"), QStringLiteral("--color"), QStringLiteral("3"),
                               QStringLiteral("--note"), QStringLiteral("=cmd|' /C calc'!A0 *重点*"),
                               QStringLiteral("--tag"), QStringLiteral("数字经济")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("4"),
                      QStringLiteral("不存在的句子")})
                     .exitCode,
                 1);
        const Run markdown = cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations")});
        QVERIFY(markdown.out.contains(QStringLiteral("> 科技城载体作用凸显")));
        QVERIFY(markdown.out.contains(QStringLiteral("\\*重点\\*"))); // user text cannot format the export
        // A note of two lines stays two lines.
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("4"),
                      QStringLiteral("科技城载体作用凸显"), QStringLiteral("--note"), QStringLiteral("第一行\n第二行")})
                     .exitCode,
                 0);
        QVERIFY2(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations")})
                     .out.contains(QStringLiteral("第一行  \n第二行")),
                 "a note's line break is lost in the Markdown export");
        const Run csv = cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QVERIFY(csv.out.contains(QStringLiteral(",'=cmd|' /C calc'!A0 *重点*,"))); // neutralised, never a formula
        QVERIFY(!csv.raw.startsWith("\xEF\xBB\xBF"));
        // For Excel: the same CSV after a UTF-8 byte-order mark, in the output and in a file.
        const Run excel = cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--bom")});
        QCOMPARE(excel.raw, QByteArray("\xEF\xBB\xBF") + csv.raw);
        const QString csvPath = m_dir.filePath(QStringLiteral("notes.csv"));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--bom"), QStringLiteral("--out"), csvPath,
                      QStringLiteral("--force")})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::readBytes(csvPath), excel.raw);
        const QJsonDocument json =
            QJsonDocument::fromJson(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"),
                                         QStringLiteral("--format"), QStringLiteral("json")})
                                        .out.toUtf8());
        const QJsonObject first =
            json.object()[QStringLiteral("first")].toObject()[QStringLiteral("items")].toArray().first().toObject();
        const QJsonArray selectors = first[QStringLiteral("target")].toObject()[QStringLiteral("selector")].toArray();
        QCOMPARE(selectors[0].toObject()[QStringLiteral("type")].toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors[0].toObject()[QStringLiteral("exact")].toString(), QStringLiteral("科技城载体作用凸显"));
        QCOMPARE(selectors[1].toObject()[QStringLiteral("type")].toString(), QStringLiteral("TextPositionSelector"));
        // An export never replaces a file unless asked to.
        const QString path = m_dir.filePath(QStringLiteral("notes.md"));
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--out"), path}).exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--out"), path}).exitCode,
            1);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("annotations"), QStringLiteral("--out"), path,
                      QStringLiteral("--force")})
                     .exitCode,
                 0);
    }

    // What changed from the 2022 national report to 2024's: sentences, sections, and the figures
    // with their change in the right unit and what became of each target.
    void diffOfTwoReports()
    {
        const QString db = TestSupport::libraryLocation(m_dir, QStringLiteral("diff"));
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                      national + QStringLiteral("national-2022.txt"), national + QStringLiteral("national-2024.txt")})
                     .exitCode,
                 0);
        const Run json = cli({QStringLiteral("--db"), db, QStringLiteral("diff"), QStringLiteral("1"),
                              QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject diff = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(diff[QStringLiteral("left")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("全国 2022年 政府工作报告"));
        const QJsonObject sentences = diff[QStringLiteral("sentences")].toObject();
        QVERIFY(sentences[QStringLiteral("same")].toInt() + sentences[QStringLiteral("edited")].toInt() > 50);
        QVERIFY(sentences[QStringLiteral("new")].toInt() > 100 && sentences[QStringLiteral("dropped")].toInt() > 100);
        QHash<QString, QJsonObject> figures;
        for (const QJsonValue &v : diff[QStringLiteral("figures")].toArray()) {
            const QJsonObject o = v.toObject();
            figures.insert(o[QStringLiteral("indicator")].toString() + u'/' + o[QStringLiteral("metric")].toString()
                               + u'/' + o[QStringLiteral("kind")].toString(),
                           o);
        }
        const QJsonObject gdpTarget = figures.value(QStringLiteral("gdp/growth/target"));
        QCOMPARE(gdpTarget[QStringLiteral("name")].toString(), QStringLiteral("国内生产总值"));
        QCOMPARE(gdpTarget[QStringLiteral("left")].toObject()[QStringLiteral("text")].toString(),
                 QStringLiteral("5.5%左右"));
        QCOMPARE(gdpTarget[QStringLiteral("right")].toObject()[QStringLiteral("text")].toString(),
                 QStringLiteral("5%左右"));
        QCOMPARE(gdpTarget[QStringLiteral("difference")].toString(), QStringLiteral("−0.5个百分点"));
        QCOMPARE(gdpTarget[QStringLiteral("target")].toString(), QStringLiteral("lowered"));
        const QJsonObject cpiTarget = figures.value(QStringLiteral("cpi/growth/target"));
        QCOMPARE(cpiTarget[QStringLiteral("right")].toObject()[QStringLiteral("text")].toString(),
                 QStringLiteral("3%左右"));
        QCOMPARE(cpiTarget[QStringLiteral("target")].toString(), QStringLiteral("kept"));
        QCOMPARE(figures.value(QStringLiteral("new_urban_jobs/level/target"))[QStringLiteral("target")].toString(),
                 QStringLiteral("raised"));
        QCOMPARE(figures.value(QStringLiteral("gdp/level/actual"))[QStringLiteral("difference")].toString(),
                 QStringLiteral("+12万亿元"));
        // A figure only one report states has no change.
        QVERIFY(figures.value(QStringLiteral("public_budget_revenue/growth/actual"))[QStringLiteral("right")].isNull());
        // New and dropped terms, with where they stand in the report that has them.
        const QJsonObject terms = diff[QStringLiteral("terms")].toObject();
        bool coinage = false;
        for (const QJsonValue &t : terms[QStringLiteral("new")].toArray()) {
            if (t[QStringLiteral("term")].toString() != QStringLiteral("新质生产力"))
                continue;
            coinage = true;
            QCOMPARE(t[QStringLiteral("uses")].toInt(), 1);
            QCOMPARE(t[QStringLiteral("starts")].toArray().size(), 1);
        }
        QVERIFY(coinage);
        QVERIFY(!terms[QStringLiteral("dropped")].toArray().isEmpty());

        const Run markdown = cli({QStringLiteral("--db"), db, QStringLiteral("diff"), QStringLiteral("1"),
                                  QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QVERIFY(markdown.out.startsWith(QStringLiteral("# 全国 2022年 政府工作报告 → 全国 2024年 政府工作报告\n")));
        QVERIFY(markdown.out.contains(QStringLiteral("\n## New terms (uses)\n")));
        QVERIFY(markdown.out.contains(QStringLiteral("留抵退税 (4)")));
        QVERIFY(markdown.out.contains(QStringLiteral(
            "| 国内生产总值 | growth | target | 2022 5.5%左右 | 2024 5%左右 | −0.5个百分点 | lowered |")));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("diff"), QStringLiteral("1")}).exitCode, 2);

        // Where a term was first used: 新质生产力 in 2024, 高质量发展 already in 2022 (of these two).
        const QJsonObject firstUse =
            QJsonDocument::fromJson(
                cli({QStringLiteral("--db"), db, QStringLiteral("firstuse"), QStringLiteral("新质生产力"),
                     QStringLiteral("--format"), QStringLiteral("json")})
                    .out.toUtf8())
                .object();
        const QJsonArray uses = firstUse[QStringLiteral("first_uses")].toArray();
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses[0].toObject()[QStringLiteral("year")].toInt(), 2024);
        QCOMPARE(uses[0].toObject()[QStringLiteral("region")].toString(), QStringLiteral("全国"));
        QCOMPARE(firstUse[QStringLiteral("timeline")].toArray().size(), 2);
        const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("firstuse"), QStringLiteral("高质量发展"),
                              QStringLiteral("--region"), QStringLiteral("全国")});
        QVERIFY2(text.out.startsWith(QStringLiteral("高质量发展: first used 2022 by 全国 (report 1)")),
                 qPrintable(text.out));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("firstuse")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("diff"), QStringLiteral("1"), QStringLiteral("99")})
                     .exitCode,
                 1);
    }

    void corruptLibraryIsRefused()
    {
        REPORTLENS_SQLITE_ONLY("a damaged SQLite file");
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
