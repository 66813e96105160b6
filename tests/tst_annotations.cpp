// Annotations: anchors, re-anchoring after the text changed, and the store.

#include "annotate/anchor.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include <QSqlQuery>
#include <QSqlError>
#include "testlibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;

namespace {
const QString Sentence =
    QStringLiteral("科技城入驻企业达230家,实现营业收入27.4亿元,总部经济和数字产业已成为助推高质量发展的新引擎。");
}

class TestAnnotations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeVariant(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase() { REPORTLENS_REQUIRE_TEST_ENGINE(); }

    void anchorKeepsContext()
    {
        const QString text = QStringLiteral("一二三四五六七八九十") + Sentence + QStringLiteral("甲乙丙丁");
        const qsizetype start = text.indexOf(Sentence);
        const Anchor a = Anchor::fromRange(text, start, start + Sentence.size());
        QCOMPARE(a.quote, Sentence);
        QCOMPARE(a.prefix, QStringLiteral("一二三四五六七八九十"));
        QCOMPARE(a.suffix, QStringLiteral("甲乙丙丁"));
        const Anchor wide =
            Anchor::fromRange(QString(100, u'字') + Sentence + QString(100, u'文'), 100, 100 + Sentence.size());
        QCOMPARE(wide.prefix.size(), 32);
        QCOMPARE(wide.suffix.size(), 32);
    }

    void reanchoring_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("found");
        const QString a = QStringLiteral("第一段：经济运行总体平稳，发展质量稳步提升。\n");
        const QString c = QStringLiteral("第三段：民生保障持续加强，社会大局和谐稳定。\n");
        QTest::newRow("unchanged") << a + Sentence + u'\n' + c << a + Sentence + u'\n' + c
                                   << int(Reanchorer::Status::Exact) << Sentence;
        QTest::newRow("paragraph-inserted-before")
            << a + Sentence + u'\n' + c << QStringLiteral("新增的一段文字，介绍背景情况。\n") + a + Sentence + u'\n' + c
            << int(Reanchorer::Status::Exact) << Sentence;
        QString edited = Sentence;
        edited.replace(QStringLiteral("230家"), QStringLiteral("231家"));
        QTest::newRow("small-edit-is-fuzzy")
            << a + Sentence + u'\n' + c << a + edited + u'\n' + c << int(Reanchorer::Status::Fuzzy) << edited;
        QTest::newRow("sentence-deleted")
            << a + Sentence + u'\n' + c << a + c << int(Reanchorer::Status::NeedsReview) << QString();
        // The same words survive only in another passage: that is a lookalike, not the place.
        const QString elsewhere = QStringLiteral("附表：") + Sentence.left(12) + QStringLiteral("（另见统计公报）\n");
        QTest::newRow("lookalike-elsewhere")
            << a + Sentence + u'\n' + c << a + c + elsewhere << int(Reanchorer::Status::NeedsReview) << QString();
    }
    void reanchoring()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, status);
        QFETCH(QString, found);
        const qsizetype start = before.indexOf(Sentence);
        const Anchor anchor = Anchor::fromRange(before, start, start + Sentence.size());
        const Reanchorer::Result result = Reanchorer().find(anchor, after);
        QCOMPARE(int(result.status), status);
        if (!found.isEmpty())
            QCOMPARE(after.mid(result.start, result.end - result.start), found);
    }

    void storeRoundTrip()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("roundtrip")), &error),
                 qPrintable(error));
        const ImportResult imported = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("003")));
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        const QString text = ReportStore(library).load(imported.reportId)->cleanText;
        const qsizetype at = text.indexOf(Sentence);
        QVERIFY(at > 0);
        Annotation a;
        a.reportId = imported.reportId;
        a.anchor = Anchor::fromRange(text, at, at + Sentence.size());
        a.color = 2;
        a.note = QStringLiteral("数字经济的代表数字");
        a.tags = {QStringLiteral("数字经济"), QStringLiteral("新城区")};
        AnnotationStore store(library);
        const qint64 id = store.insert(a, &error);
        QVERIFY2(id > 0, qPrintable(error));
        std::optional<Annotation> back = store.annotation(id);
        QVERIFY(back);
        QCOMPARE(back->anchor.quote, Sentence);
        QCOMPARE(back->color, 2);
        QCOMPARE(back->tags, (QStringList{QStringLiteral("数字经济"), QStringLiteral("新城区")}));
        back->note = QStringLiteral("改过的笔记");
        back->tags = {QStringLiteral("数字经济")};
        QVERIFY(store.update(*back, &error));
        QCOMPARE(store.annotation(id)->note, QStringLiteral("改过的笔记"));
        QCOMPARE(store.tags(), QStringList{QStringLiteral("数字经济")});
        QVERIFY(store.remove(id, &error));
        QVERIFY(!store.annotation(id));
        // Restored with its former id (what undo of a delete does).
        a.id = id;
        QCOMPARE(store.insert(a, &error), id);
        QCOMPARE(store.annotations(imported.reportId).size(), 1);
    }

    // Reloading a report from its file reads its figures again; what the user decided about a
    // figure (corrected, marked wrong) moves with its sentence.
    void reimportKeepsFigureDecisions()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("reimport-figures")), &error),
                 qPrintable(error));
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        Importer importer(library);
        const ImportResult imported = importer.importFile(writeVariant(QStringLiteral("figures.txt"), original));
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        IndicatorStore store(library);
        const QList<IndicatorRow> rows = store.rows(imported.reportId);
        QVERIFY(rows.size() > 5);
        Indicator corrected = rows[0].indicator;
        corrected.value += 1;
        corrected.userEdited = true;
        QVERIFY2(store.update(rows[0].id, corrected, &error), qPrintable(error));
        Indicator wrong = rows[1].indicator;
        wrong.rejected = true;
        QVERIFY2(store.update(rows[1].id, wrong, &error), qPrintable(error));

        QString inserted = original;
        inserted.insert(original.indexOf(QStringLiteral("一年来,我们攻坚克难促转型")),
                        QStringLiteral("这是新插入的一段说明文字,用来检验数字的修正能否随原句移动。\n\n    "));
        QCOMPARE(importer.reimportFile(imported.reportId, writeVariant(QStringLiteral("figures.txt"), inserted)).status,
                 ImportResult::Status::Imported);
        const QList<IndicatorRow> again = store.rows(imported.reportId, {}, {}, IndicatorStore::Rejected::Included);
        QCOMPARE(again.size(), rows.size());
        const QString text = ReportStore(library).load(imported.reportId)->cleanText;
        int edited = 0, rejected = 0;
        for (const IndicatorRow &r : again) {
            const Indicator &f = r.indicator;
            if (f.userEdited) {
                ++edited;
                QCOMPARE(f.value, corrected.value);
                QCOMPARE(text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart), corrected.quote);
            }
            if (f.rejected) {
                ++rejected;
                QCOMPARE(text.mid(f.numberStart, f.numberEnd - f.numberStart),
                         wrong.quote.mid(wrong.numberStart - wrong.sentenceStart, wrong.numberEnd - wrong.numberStart));
            }
        }
        QCOMPARE(edited, 1);
        QCOMPARE(rejected, 1);
    }

    void reimportKeepsHighlightsOrFlagsThem()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("reimport")), &error),
                 qPrintable(error));
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        const QString path = writeVariant(QStringLiteral("report.txt"), original);
        Importer importer(library);
        const ImportResult imported = importer.importFile(path);
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        ReportStore reports(library);
        const QString text = reports.load(imported.reportId)->cleanText;
        const qsizetype at = text.indexOf(Sentence);
        Annotation a;
        a.reportId = imported.reportId;
        a.anchor = Anchor::fromRange(text, at, at + Sentence.size());
        AnnotationStore annotations(library);
        const qint64 id = annotations.insert(a, &error);
        QVERIFY(id > 0);

        // A paragraph inserted before it: the highlight moves with its sentence.
        QString inserted = original;
        inserted.insert(original.indexOf(QStringLiteral("一年来,我们攻坚克难促转型")),
                        QStringLiteral("这是新插入的一段说明文字,用来检验批注能否随原句移动。\n\n    "));
        QCOMPARE(importer.reimportFile(imported.reportId, writeVariant(QStringLiteral("report.txt"), inserted)).status,
                 ImportResult::Status::Imported);
        const QString newText = reports.load(imported.reportId)->cleanText;
        std::optional<Annotation> moved = annotations.annotation(id);
        QCOMPARE(moved->status, Annotation::Status::Anchored);
        QVERIFY(moved->anchor.start > at);
        QCOMPARE(newText.mid(moved->anchor.start, moved->anchor.end - moved->anchor.start), Sentence);

        // The sentence deleted: kept, with its quote, and flagged for review.
        QString deleted = inserted;
        deleted.remove(Sentence);
        QCOMPARE(importer.reimportFile(imported.reportId, writeVariant(QStringLiteral("report.txt"), deleted)).status,
                 ImportResult::Status::Imported);
        std::optional<Annotation> flagged = annotations.annotation(id);
        QVERIFY(flagged);
        QCOMPARE(flagged->status, Annotation::Status::NeedsReview);
        QCOMPARE(flagged->anchor.quote, Sentence);
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));

        // The full-text index followed both texts: the new words found, the deleted ones gone, and
        // the index equals the texts (FTS5's own check; on PostgreSQL the hits of every word of
        // the new text, as SearchPostings counts them, equal those in the folded text).
        QCOMPARE(SearchIndex(library).matchingReports(QStringLiteral("检验批注能否随原句移动")).size(), 1);
        QVERIFY(SearchIndex(library).matchingReports(Sentence).isEmpty());
        QSqlQuery check(library.database());
        if (library.engine() == Engine::PostgreSQL) {
            const QString folded = SearchIndex::fold(reports.cleanText(imported.reportId));
            int words = 0;
            for (qsizetype offset = 0; offset + 3 <= folded.size(); offset += 7) {
                const QString word = folded.mid(offset, 1 + offset % 3);
                if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isSpace(); }))
                    continue;
                int expected = 0;
                for (qsizetype from = 0; (from = folded.indexOf(word, from)) >= 0; ++from)
                    ++expected;
                int found = 0;
                for (const SearchMatch &match : SearchIndex(library).matchingReports(word))
                    if (match.reportId == imported.reportId)
                        found = match.hitCount;
                QVERIFY2(found == expected, qPrintable(word));
                ++words;
            }
            QVERIFY(words >= 10);
        } else {
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('integrity-check')")),
                     qPrintable(check.lastError().text()));
        }
    }

    // While another program holds the write lock past the busy timeout, writers stop at the
    // transaction that did not begin and say so; nothing is written statement by statement.
    void writersStopWhenTheirTransactionDoesNotBegin()
    {
        REPORTLENS_SQLITE_ONLY("SQLite's write lock (BEGIN IMMEDIATE, busy_timeout); PostgreSQL locks rows as they "
                               "are written");
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        Library library, other;
        QString error;
        QVERIFY(library.open(path, &error));
        const ImportResult imported = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("003")));
        QCOMPARE(imported.status, ImportResult::Status::Imported);
        QVERIFY(other.open(path, &error));
        QSqlQuery lock(other.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(QSqlQuery(library.database()).exec(QStringLiteral("PRAGMA busy_timeout = 100")));
        const QString text = ReportStore(library).load(imported.reportId)->cleanText;
        Annotation a;
        a.reportId = imported.reportId;
        a.anchor = Anchor::fromRange(text, 0, 10);
        a.tags = {QStringLiteral("标签")};
        QCOMPARE(AnnotationStore(library).insert(a, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("cannot begin a transaction")), qPrintable(error));
        error.clear();
        ReportMetadata meta = ReportStore(library).load(imported.reportId)->meta;
        meta.title.value = QStringLiteral("改过的标题");
        QVERIFY(!ReportStore(library).updateMetadata(imported.reportId, meta, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot begin a transaction")), qPrintable(error));
        QVERIFY(!ReportStore(library).remove(imported.reportId, &error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(ReportStore(library).load(imported.reportId)->meta.title.value,
                 ReportStore(other).load(imported.reportId)->meta.title.value);
        QVERIFY(ReportStore(library).load(imported.reportId)->meta.title.value != QStringLiteral("改过的标题"));
        QVERIFY(AnnotationStore(library).annotations(imported.reportId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
