// Traditional characters: the folding table, script detection, a Traditional text analysed exactly
// as its Simplified original while it is shown as written, Big5 and Big5-HKSCS, and search in
// either script finding both.

#include "compare/sectionaligner.h"
#include "model/sectiontree.h"
#include "import/importer.h"
#include "import/textdecoder.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "testlibrary.h"
#include "librarystate.h"
#include "testsupport.h"
#include "util/chinesetext.h"
#include "util/scriptfolding.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/translit.h>

#include <memory>

using namespace ReportLens;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(REPORTLENS_TEST_DATA "/traditional/") + name;
}

QString fold(const QString &text)
{
    return ScriptFolding::fold(text);
}

// ICU's own Traditional → Simplified form of one character, without the table's exclusions.
QChar icuSimplified(QChar c)
{
    static const std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        return std::unique_ptr<icu::Transliterator>(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    }();
    icu::UnicodeString one(char16_t(c.unicode()));
    transliterator->transliterate(one);
    return one.length() == 1 ? QChar(one.charAt(0)) : c;
}

// Characters OpenCC wrote that the folding leaves as they are, with what the original has there.
QSet<QString> s_keptAsWritten;

// Whether a string of the Traditional report says what the Simplified one says: equal once folded,
// but for the characters the folding leaves alone on purpose — those GB2312 carries (後, 於, 徵:
// Simplified text uses them too), which ICU alone would fold, and variants that ICU's
// Traditional-Simplified does not fold either (OpenCC writes 峯 for 峰, 幷 for 并). Returns the
// places that differ in any other way: a character folded to something else than the original.
QStringList differences(const QString &traditional, const QString &simplified)
{
    QStringList out;
    if (traditional.size() != simplified.size())
        return {QStringLiteral("length %1 against %2").arg(traditional.size()).arg(simplified.size())};
    const QString folded = fold(traditional);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (folded[i] == simplified[i])
            continue;
        const QChar icu = icuSimplified(traditional[i]);
        if (folded[i] == traditional[i] && (icu == simplified[i] || icu == traditional[i])) {
            s_keptAsWritten.insert(QStringLiteral("%1 (%2)").arg(traditional[i]).arg(simplified[i]));
            continue;
        }
        out.append(QStringLiteral("%1: %2 (%3) for %4").arg(i).arg(traditional[i]).arg(folded[i]).arg(simplified[i]));
    }
    return out;
}

// Characters of @p text that @p charset cannot encode, replaced by U+3000 (a fixture made by OpenCC
// keeps a few: NBSP, 幷, ō).
QString encodable(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out = text;
    char buffer[8];
    for (QChar &c : out) {
        UErrorCode one = U_ZERO_ERROR;
        ucnv_reset(converter);
        const UChar u = c.unicode();
        ucnv_fromUChars(converter, buffer, sizeof buffer, &u, 1, &one);
        if (U_FAILURE(one))
            c = QChar(0x3000);
    }
    ucnv_close(converter);
    return out;
}

// Fails with the places where a Traditional string says something else than its original.
#define SAME_TEXT(traditional, simplified)                                                                             \
    do {                                                                                                               \
        const QStringList places = differences(traditional, simplified);                                               \
        QVERIFY2(places.isEmpty(), qPrintable(places.mid(0, 10).join(QStringLiteral("; "))));                          \
    } while (false)

void compareSections(const QList<Section> &traditional, const QList<Section> &simplified, const QString &written)
{
    QCOMPARE(traditional.size(), simplified.size());
    for (qsizetype i = 0; i < traditional.size(); ++i) {
        const Section &t = traditional[i];
        const Section &s = simplified[i];
        QCOMPARE(t.kind, s.kind);
        QCOMPARE(t.level, s.level);
        QCOMPARE(t.start, s.start);
        QCOMPARE(t.titleEnd, s.titleEnd);
        QCOMPARE(t.end, s.end);
        SAME_TEXT(t.label, s.label);
        SAME_TEXT(t.title, s.title);
        QVERIFY2(written.contains(t.title), qPrintable(t.title)); // as written
        compareSections(t.children, s.children, written);
    }
}

} // namespace

class TestTraditional : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library; // for the pipeline's known regions only; nothing is stored in it

private Q_SLOTS:
    void initTestCase()
    {
        REPORTLENS_REQUIRE_TEST_ENGINE();
        QString error;
        QVERIFY2(m_library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    }

    void tableIsBuiltOnceOnFirstUse()
    {
        // Nothing above has folded a character yet: the table costs nothing until it is needed.
        QCOMPARE(ScriptFolding::buildMilliseconds(), -1.0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(ScriptFolding::fold(u'發'), u'发');
        const double first = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        QCOMPARE(ScriptFolding::fold(u'國'), u'国');
        const double second = double(timer.nsecsElapsed()) / 1e6;
        qInfo("folding table: built in %.1f ms on first use; later look-ups %.4f ms",
              ScriptFolding::buildMilliseconds(), second);
        QVERIFY(ScriptFolding::buildMilliseconds() >= 0 && ScriptFolding::buildMilliseconds() <= first);
        int pairs = 0;
        for (char32_t c = 0; c < 0x10000; ++c)
            pairs += ScriptFolding::table()[c] != c;
        qInfo("folding table: %d characters fold", pairs);
        QVERIFY(pairs > 2500);
    }

    void foldingIsConservative_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("folded");
        QTest::newRow("traditional") << QStringLiteral("發展經濟，擴大內需，國內生產總值")
                                     << QStringLiteral("发展经济，扩大内需，国内生产总值");
        QTest::newRow("opencc-standard-forms")
            << QStringLiteral("爲人民服務，羣衆") << QStringLiteral("为人民服务，群众");
        QTest::newRow("taiwan-forms") << QStringLiteral("為人民服務，群眾") << QStringLiteral("为人民服务，群众");
        // Characters Simplified text uses itself (GB2312 has them) are never changed.
        QTest::newRow("simplified-uses-them") << QStringLiteral("显著成效，乾坤，俱乐部，皇后，于是，干部，姊妹")
                                              << QStringLiteral("显著成效，乾坤，俱乐部，皇后，于是，干部，姊妹");
        QTest::newRow("gb2312-traditional-forms-stay")
            << QStringLiteral("以後，關於，徵收") << QStringLiteral("以後，关於，徵收");
        QTest::newRow("latin-digits-punctuation")
            << QStringLiteral("GDP增長5.5%（左右）") << QStringLiteral("GDP增长5.5%（左右）");
    }
    void foldingIsConservative()
    {
        QFETCH(QString, written);
        QFETCH(QString, folded);
        QCOMPARE(fold(written), folded);
        QCOMPARE(fold(folded), folded); // idempotent
        QCOMPARE(fold(written).size(), written.size());
    }

    void simplifiedTextFoldsToItself()
    {
        // The national reports are Simplified since the simplification of 1956: 1954's is in
        // Traditional characters, and 1955's and 1957's still hold some (第一個五年計劃的若幹問題,
        // 会議閉幕以来，已經整整一年了): folding those is right. Every later report folds to itself.
        qsizetype changedChars = 0, chars = 0;
        QStringList changedReports, changed;
        for (const QString &path : TestSupport::nationalPaths()) {
            const QString text = TestSupport::readUtf8(path);
            const QString name = QFileInfo(path).completeBaseName();
            const QString folded = fold(text);
            chars += text.size();
            QCOMPARE(ScriptFolding::detectScript(text),
                     name == QStringLiteral("national-1954") ? QStringLiteral("traditional")
                                                             : QStringLiteral("simplified"));
            qsizetype n = 0;
            for (qsizetype i = 0; i < text.size(); ++i)
                if (text[i] != folded[i]) {
                    ++n;
                    if (name != QStringLiteral("national-1954"))
                        changed.append(QStringLiteral("%1→%2").arg(text[i]).arg(folded[i]));
                }
            if (n > 0) {
                const ScriptFolding::ScriptCounts counts = ScriptFolding::count(text);
                changedReports.append(QStringLiteral("%1: %2 (%3% of its Han characters)")
                                          .arg(name)
                                          .arg(n)
                                          .arg(100.0 * double(counts.folding) / double(counts.han), 0, 'f', 2));
            }
            changedChars += n;
            if (name.mid(9).toInt() > 1957)
                QCOMPARE(folded, text);
        }
        for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                    QStringLiteral("003"), QStringLiteral("004")}) {
            const QString text = TestSupport::readUtf8(TestSupport::seedPath(seed));
            QCOMPARE(ScriptFolding::detectScript(text), QStringLiteral("simplified"));
            QCOMPARE(fold(text), text);
        }
        changed.removeDuplicates();
        qInfo("national corpus (%lld characters): folding changes %lld characters, in %s; in 1955 and 1957: %s",
              qint64(chars), qint64(changedChars), qPrintable(changedReports.join(QStringLiteral(", "))),
              qPrintable(changed.join(u' ')));
        QCOMPARE(changedReports.size(), 3);
    }

    void scriptOfTheLocalCorpus()
    {
        // SOURCES.tsv says which of the 40 local excerpts are Traditional.
        const QString dir = TestSupport::sharedDir() + QStringLiteral("/corpus/local/");
        int traditional = 0;
        for (const QString &line :
             TestSupport::readUtf8(dir + QStringLiteral("SOURCES.tsv")).split(u'\n', Qt::SkipEmptyParts).mid(1)) {
            const QStringList fields = line.split(u'\t');
            const QString text = TestSupport::readUtf8(dir + fields.first());
            const ScriptFolding::ScriptCounts counts = ScriptFolding::count(text);
            qInfo("%-12s %5.1f%% of %6lld Han characters fold  %s", qPrintable(fields.last()),
                  counts.han ? 100.0 * double(counts.folding) / double(counts.han) : 0.0, qint64(counts.han),
                  qPrintable(fields.first()));
            QCOMPARE(ScriptFolding::detectScript(text), fields.last());
            traditional += fields.last() == QStringLiteral("traditional");
        }
        QCOMPARE(traditional, 13);
    }

    void traditionalReadsAsItsSimplifiedOriginal_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("seed");
        QTest::newRow("seed003-opencc-s2t") << QStringLiteral("seed003-s2t.txt") << QStringLiteral("003");
        QTest::newRow("seed004-opencc-s2tw") << QStringLiteral("seed004-s2tw.txt") << QStringLiteral("004");
    }
    void traditionalReadsAsItsSimplifiedOriginal()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, seed);
        const Report simplified = TestSupport::processFile(TestSupport::seedPath(seed));
        const Report traditional = TestSupport::processFile(fixturePath(fixture));
        QCOMPARE(simplified.script, QStringLiteral("simplified"));
        QCOMPARE(traditional.script, QStringLiteral("traditional"));
        QVERIFY(std::none_of(simplified.repairs.cbegin(), simplified.repairs.cend(),
                             [](const ImportRepair &r) { return r.kind == QStringLiteral("traditional"); }));
        QVERIFY(std::any_of(traditional.repairs.cbegin(), traditional.repairs.cend(),
                            [](const ImportRepair &r) { return r.kind == QStringLiteral("traditional"); }));

        // The text is kept as written, and says what the original says.
        SAME_TEXT(traditional.cleanText, simplified.cleanText);
        QCOMPARE(ScriptFolding::detectScript(traditional.cleanText), QStringLiteral("traditional"));
        QSet<QChar> writtenChars(traditional.originalText.cbegin(), traditional.originalText.cend());
        writtenChars.insert(u'\n');
        for (QChar c : traditional.cleanText)
            QVERIFY2(writtenChars.contains(c), qPrintable(QString(c))); // nothing but what was written

        // Metadata: the same, with title, session, speaker and role as written.
        const ReportMetadata &t = traditional.meta;
        const ReportMetadata &s = simplified.meta;
        for (const auto &[written, original] :
             {std::pair{t.title, s.title}, std::pair{t.session, s.session}, std::pair{t.speaker, s.speaker},
              std::pair{t.speakerRole, s.speakerRole}}) {
            QCOMPARE(written.source, original.source);
            SAME_TEXT(written.value, original.value);
            QVERIFY2(traditional.cleanText.contains(written.value) || traditional.originalText.contains(written.value),
                     qPrintable(written.value));
        }
        QVERIFY(!t.title.value.isEmpty() && t.title.value != s.title.value); // 報告, not 报告
        QCOMPARE(t.region.value, s.region.value); // Simplified: the key reports are grouped by
        QCOMPARE(t.level.value, s.level.value);
        QCOMPARE(t.year.value, s.year.value);
        QCOMPARE(t.meetingDate.value, s.meetingDate.value);
        QVERIFY(s.year.isSet() && s.region.isSet());

        // The same outline at the same offsets, titled as written.
        compareSections(traditional.sections, simplified.sections, traditional.cleanText);
        QCOMPARE(traditional.glossary.size(), simplified.glossary.size());
        for (qsizetype i = 0; i < traditional.glossary.size(); ++i) {
            QCOMPARE(traditional.glossary[i].start, simplified.glossary[i].start);
            SAME_TEXT(traditional.glossary[i].term, simplified.glossary[i].term);
            SAME_TEXT(traditional.glossary[i].definition, simplified.glossary[i].definition);
        }

        // The same figures, quoted as written.
        QCOMPARE(traditional.indicators.size(), simplified.indicators.size());
        QVERIFY(!simplified.indicators.isEmpty() || seed == QStringLiteral("003"));
        for (qsizetype i = 0; i < traditional.indicators.size(); ++i) {
            const Indicator &a = traditional.indicators[i];
            const Indicator &b = simplified.indicators[i];
            QCOMPARE(a.indicatorId, b.indicatorId);
            QCOMPARE(a.metric, b.metric);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.periodStart, b.periodStart);
            QCOMPARE(a.periodEnd, b.periodEnd);
            QCOMPARE(a.value, b.value);
            QCOMPARE(a.valueHigh, b.valueHigh);
            QCOMPARE(a.valueInCatalogUnit, b.valueInCatalogUnit);
            QCOMPARE(a.numberStart, b.numberStart);
            QCOMPARE(a.numberEnd, b.numberEnd);
            QCOMPARE(a.sentenceStart, b.sentenceStart);
            QCOMPARE(a.sentenceEnd, b.sentenceEnd);
            SAME_TEXT(a.unit, b.unit);
            SAME_TEXT(a.quote, b.quote);
            QCOMPARE(a.quote, traditional.cleanText.mid(a.sentenceStart, a.sentenceEnd - a.sentenceStart));
        }
        QStringList kept = s_keptAsWritten.values();
        kept.sort();
        qInfo("%s: %lld sections at top level, %lld figures, title %s; kept as written: %s", qPrintable(fixture),
              qint64(traditional.sections.size()), qint64(traditional.indicators.size()), qPrintable(t.title.value),
              qPrintable(kept.join(u' ')));
        s_keptAsWritten.clear();
    }

    void comparedWithSimplifiedReportsAlike()
    {
        // Sections are titled as written; the compare view pairs them as it pairs Simplified ones.
        const Report simplified = TestSupport::processFile(TestSupport::seedPath(QStringLiteral("004")));
        const Report traditional = TestSupport::processFile(fixturePath(QStringLiteral("seed004-s2tw.txt")));
        const Report other = TestSupport::processFile(TestSupport::seedPath(QStringLiteral("003")));
        const SectionAligner aligner;
        // Each section with its own counterpart, at every level.
        QList<std::pair<qsizetype, qsizetype>> itself;
        for (qsizetype i = 0; i < SectionTree::flatten(simplified.sections).size(); ++i)
            itself.append({i, i});
        QVERIFY(itself.size() > 20);
        QCOMPARE(aligner.align(traditional.sections, simplified.sections), itself);
        // Against another report, as the Simplified original pairs.
        const auto expected = aligner.align(simplified.sections, other.sections);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(aligner.align(traditional.sections, other.sections), expected);
        QCOMPARE(aligner.align(other.sections, traditional.sections),
                 aligner.align(other.sections, simplified.sections));
    }

    void big5AndUtf8ImportAlike_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("seed004-opencc-s2tw") << QStringLiteral("seed004-s2tw.txt");
        QTest::newRow("seed003-opencc-s2t") << QStringLiteral("seed003-s2t.txt");
    }
    void big5AndUtf8ImportAlike()
    {
        QFETCH(QString, fixture);
        const QString text = encodable(TestSupport::readUtf8(fixturePath(fixture)), "Big5");
        QString error;
        const Report utf8 = TestSupport::processBytes(text.toUtf8(), QStringLiteral("utf8.txt"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Report big5 =
            TestSupport::processBytes(TestSupport::encode(text, "Big5"), QStringLiteral("big5.txt"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(big5.encoding, QStringLiteral("Big5"));
        QCOMPARE(big5.script, QStringLiteral("traditional"));
        QCOMPARE(big5.cleanText, utf8.cleanText);
        QCOMPARE(big5.meta.title.value, utf8.meta.title.value);
        QCOMPARE(big5.indicators.size(), utf8.indicators.size());
    }

    void hongKongSupplementIsRead()
    {
        // 嘅, 咗, 啲 and 㗎 are in Big5-HKSCS, not in Big5: such a file is read with the supplement
        // rather than refused.
        const QString text =
            QStringLiteral("香港特別行政區政府施政報告\n"
                           "各位議員：今年經濟增長百分之三，嘅確係唔錯。我哋已經完成咗大部分工作，仲有啲要做，"
                           "呢個係大家㗎期望。政府會繼續發展經濟，改善民生，推動創新科技，建設宜居城市。\n");
        const QByteArray bytes = TestSupport::encode(text, "Big5-HKSCS");
        const DecodeResult decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.decoded.text, text);
        QCOMPARE(decoded.decoded.encoding, QStringLiteral("Big5-HKSCS"));
        // Plain Big5 stays Big5.
        const QString plain =
            QStringLiteral("政府工作報告：發展經濟，擴大內需，國內生產總值增長百分之五，城鎮新增就業一千二百萬人。\n");
        const DecodeResult big5 = TextDecoder::decode(TestSupport::encode(plain, "Big5"));
        QVERIFY2(big5.ok(), qPrintable(big5.error));
        QCOMPARE(big5.decoded.encoding, QStringLiteral("Big5"));
        QCOMPARE(big5.decoded.text, plain);
    }

    void queryInEitherScriptFindsBoth()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("search")), &error),
                 qPrintable(error));
        Importer importer(library);
        const ImportResult simplified = importer.importFile(TestSupport::seedPath(QStringLiteral("004")));
        const ImportResult traditional = importer.importFile(fixturePath(QStringLiteral("seed004-s2tw.txt")));
        QCOMPARE(simplified.status, ImportResult::Status::Imported);
        QCOMPARE(traditional.status, ImportResult::Status::Imported);
        const ReportStore store(library);
        const QString written = store.cleanText(traditional.reportId);
        QCOMPARE(ScriptFolding::detectScript(written), QStringLiteral("traditional")); // stored as written
        QCOMPARE(store.load(traditional.reportId)->script, QStringLiteral("traditional"));
        QCOMPARE(store.load(simplified.reportId)->script, QStringLiteral("simplified"));

        const SearchIndex index(library);
        const QSet<qint64> both{simplified.reportId, traditional.reportId};
        for (const QString &query :
             {QStringLiteral("地区生产总值"), QStringLiteral("地區生產總值"), QStringLiteral("发"),
              QStringLiteral("發"), QStringLiteral("兴和县"), QStringLiteral("興和縣"), QStringLiteral("代县长 李锴栋"),
              QStringLiteral("代縣長 李鍇棟")}) {
            QSet<qint64> found;
            const QList<SearchHit> hits = index.search(query, -1, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const SearchHit &hit : hits) {
                found.insert(hit.reportId);
                // Hits point into the text as written; the snippet shows it.
                const QString text = store.cleanText(hit.reportId);
                QCOMPARE(fold(text.mid(hit.start, hit.end - hit.start)), fold(query));
                QCOMPARE(hit.snippetMatches.size(), 1);
                QCOMPARE(hit.snippet.mid(hit.snippetMatches.first().start, hit.snippetMatches.first().length),
                         text.mid(hit.start, hit.end - hit.start));
            }
            QVERIFY2(found == both, qPrintable(query));
            // As many hits in either report: the same text in two scripts.
            const QList<SearchMatch> matches = index.matchingReports(query);
            QCOMPARE(matches.size(), 2);
            QCOMPARE(matches.first().hitCount, matches.last().hitCount);
        }
        // A library indexed before the folding (format 4) is rebuilt on upgrade.
        REPORTLENS_SQLITE_ONLY("from here, the upgrade of an SQLite library of format 4 (a team library's schema "
                               "began after it: its first format folds)");
        {
            QVERIFY(TestSupport::rewindToFormat9(library));
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO search_index (search_index, rowid, clean_text) "
                                          "SELECT 'delete', report_id, clean_text FROM report_texts")));
            // What migration 5 adds besides.
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE report_texts DROP COLUMN repairs")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE report_texts DROP COLUMN script")));
            // And what the later migrations add (they run again on upgrade).
            for (const char *column : {"confidence", "rule", "estimated", "rejected"})
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE indicators DROP COLUMN %1").arg(QLatin1String(column))));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE library_settings")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX annotations_uuid")));
            for (const char *column : {"uuid", "author", "visibility", "hidden", "rev"})
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE annotations DROP COLUMN %1").arg(QLatin1String(column))));
            QVERIFY(TestSupport::keepOriginalsAsText(library));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        QVERIFY(index.search(QStringLiteral("地区生产总值")).isEmpty());
        library.close();
        QVERIFY2(library.open(TestSupport::libraryLocation(m_dir, QStringLiteral("search")), &error),
                 qPrintable(error));
        QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
        QVERIFY(QFile::exists(library.backupPath()));
        QSet<qint64> found;
        for (const SearchHit &hit : SearchIndex(library).search(QStringLiteral("地区生产总值")))
            found.insert(hit.reportId);
        QCOMPARE(found, both);
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestTraditional)
#include "tst_traditional.moc"
