// reportlens-cli as a user runs it: commands, output formats and documented exit codes.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REPORTLENS_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("reportlens-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray json(const QStringList &arguments)
    {
        const Run run = cli(QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    }

    void importPrintsOneLinePerFile()
    {
        const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), TestSupport::sharedDir() + QStringLiteral("/seeds")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[3].startsWith(QStringLiteral("imported\t4\t呼和浩特市新城区\t2023\t2023年呼和浩特市新城区政府工作报告\t")));
        QVERIFY(run.err.isEmpty());
    }

    void duplicateIsReportedAndBadFilesFailTheRun()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        const Run run = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), TestSupport::seedPath(QStringLiteral("001")),
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
        const Run csv = cli({QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("id,region,level,year,date,speaker,title,chars,sections\n")));
        QCOMPARE(csv.out.count(u'\n'), 6);
    }

    void outlineJsonIsATree()
    {
        const QJsonArray outline = json({QStringLiteral("outline"), QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("json")});
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
        const QJsonArray glossary = json({QStringLiteral("glossary"), QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(glossary.size(), 18);
        QCOMPARE(glossary.last().toObject()[QStringLiteral("term")].toString(), QStringLiteral("四风"));
        const Run clean = cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("4")});
        const Run raw = cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("4"), QStringLiteral("--raw")});
        QVERIFY(clean.out.startsWith(QStringLiteral("2023年呼和浩特市新城区政府工作报告\n")));
        QVERIFY(raw.out.startsWith(QStringLiteral("设为首页收藏本站")));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("999")}).exitCode, 1);
    }

    void searchJson()
    {
        const QJsonArray hits = json({QStringLiteral("search"), QStringLiteral("疫情"), QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(hits.size(), 5);
        for (const QJsonValue &v : hits) {
            const QJsonObject hit = v.toObject();
            for (const char *key : {"report_id", "section", "start", "end", "snippet"})
                QVERIFY2(hit.contains(QLatin1String(key)), key);
            QCOMPARE(hit[QStringLiteral("end")].toInt() - hit[QStringLiteral("start")].toInt(), 2);
            QVERIFY(hit[QStringLiteral("snippet")].toString().contains(QStringLiteral("<mark>疫情</mark>")));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no-command") << QStringList{};
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("bad-format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")};
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
        for (const QString &command : {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("outline"),
                                       QStringLiteral("glossary"), QStringLiteral("search"), QStringLiteral("inspect"),
                                       QStringLiteral("samples")}) {
            QVERIFY2(general.out.contains(QStringLiteral("  ") + command), qPrintable(command));
            const Run help = cli({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: reportlens-cli [--db PATH] ") + command), qPrintable(help.out));
        }
    }

    void corruptLibraryIsRefused()
    {
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
