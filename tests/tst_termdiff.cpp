// New and dropped terms: words, coinages the word breaker does not know (新质生产力) and phrases
// that recur; constructed texts with the exact terms expected, and the national reports.

#include "compare/termdiff.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

namespace {
QStringList texts(const QList<TermDiff::Term> &terms)
{
    QStringList out;
    for (const TermDiff::Term &t : terms)
        out.append(t.text);
    return out;
}

QString national(int year)
{
    return TestSupport::readUtf8(TestSupport::sharedDir()
                                 + QStringLiteral("/corpus/national/national-%1.txt").arg(year));
}

// What every term list must be, whatever the texts: each term absent from the other text, each
// place holding the term, the places all of its occurrences.
void checkTerms(const QList<TermDiff::Term> &terms, const QString &text, const QString &other)
{
    for (const TermDiff::Term &t : terms) {
        QVERIFY2(!other.contains(t.text), qPrintable(t.text));
        QCOMPARE(t.count(), text.count(t.text));
        for (const TextDiff::Range &r : t.places)
            QCOMPARE(text.mid(r.start, r.end - r.start), t.text);
    }
}
} // namespace

class TestTermDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ICU breaks 新质生产力 into 新|质|生产|力; the single characters are joined back, and 发展,
    // which the text uses alone, is not part of the term.
    void aCoinageIsOneTerm()
    {
        const QString a = QStringLiteral("加快建设。大力发展实体经济。发展数字经济。推动发展。");
        const QString b = QStringLiteral("加快发展新质生产力。大力发展实体经济。发展数字经济。推动发展。");
        const TermDiff::Result r = TermDiff::compare(a, b);
        QCOMPARE(texts(r.added), QStringList{QStringLiteral("新质生产力")});
        QCOMPARE(texts(r.dropped), QStringList{QStringLiteral("建设")});
        QCOMPARE(r.added.first().places, (QList<TextDiff::Range>{{4, 9}}));
    }

    // A sentence reworded from words the other text has is no new term.
    void rewordedSentencesBringNoNewTerms()
    {
        const QString a = QStringLiteral("推进高水平对外开放，水平进一步提高。");
        const QString b = QStringLiteral("对外开放水平进一步提高，推进高水平。");
        const TermDiff::Result r = TermDiff::compare(a, b);
        QVERIFY(r.added.isEmpty());
        QVERIFY(r.dropped.isEmpty());
    }

    // Words that keep company and recur make a phrase; words that meet by chance do not.
    void recurringPhrases()
    {
        const QString a = QStringLiteral("推动质量提高。坚持发展。高质量的产品。加强管理。突出重点。");
        const QString b = QStringLiteral("推动高质量发展。坚持高质量发展。加强重点工作。加强管理。加强服务。加强监督。"
                                         "突出重点。重点领域。重点人群。加强重点保障。");
        const TermDiff::Result r = TermDiff::compare(a, b);
        QVERIFY2(r.added.size() > 0 && r.added.first().text == QStringLiteral("高质量发展"),
                 qPrintable(texts(r.added).join(u' ')));
        QCOMPARE(r.added.first().count(), 2);
        QVERIFY2(!texts(r.added).contains(QStringLiteral("加强重点")), qPrintable(texts(r.added).join(u' ')));
    }

    // A passage said twice is not a source of phrases: its windows have the same neighbours.
    void aRepeatedPassageIsNoPhrase()
    {
        const QString a = QStringLiteral("全面贯彻。发展理念。");
        const QString b =
            QStringLiteral("全面贯彻新发展理念加快构建新发展格局。全面贯彻新发展理念加快构建新发展格局。");
        const QStringList added = texts(TermDiff::compare(a, b).added);
        QVERIFY(!added.isEmpty());
        for (const QString &t : added) // 理念 and 全面贯彻 are in the other text: only windows would hold them
            QVERIFY2(!t.contains(QStringLiteral("理念")) && !t.contains(QStringLiteral("贯彻")),
                     qPrintable(added.join(u' ')));
    }

    // No term begins with a unit of measure after digits, with a suffix cut from its word, or
    // ends on a word that wants what follows.
    void termsStartAndEndWhereAReaderWould()
    {
        const QString a = QStringLiteral("推进工作。");
        const QString b =
            QStringLiteral("城镇新增就业1200万名。开通地铁3号线。推进中国式现代化。以中国式现代化全面推进强国建设。"
                           "补助标准增加到每人每年640元。推出一批标志性项目。");
        const QStringList added = texts(TermDiff::compare(a, b).added);
        for (const QString &t : added) {
            QVERIFY2(!t.startsWith(QStringLiteral("万")) && !t.startsWith(QStringLiteral("号")), qPrintable(t));
            QVERIFY2(!t.startsWith(QStringLiteral("式")), qPrintable(t));
            QVERIFY2(!t.endsWith(QStringLiteral("到")) && !t.endsWith(QStringLiteral("一批")), qPrintable(t));
        }
        QVERIFY2(added.contains(QStringLiteral("中国式现代化")), qPrintable(added.join(u' ')));
    }

    // A term found only inside a longer new term is part of it.
    void partsOfLongerTermsAreLeftOut()
    {
        const QString a = QStringLiteral("推进工作。");
        const QString b = QStringLiteral("推进碳达峰行动。实施碳达峰行动。");
        const QStringList added = texts(TermDiff::compare(a, b).added);
        QVERIFY2(added.contains(QStringLiteral("碳达峰行动")), qPrintable(added.join(u' ')));
        QVERIFY2(!added.contains(QStringLiteral("碳达峰")), qPrintable(added.join(u' ')));
        QVERIFY2(!added.contains(QStringLiteral("行动")), qPrintable(added.join(u' ')));
    }

    // With a library, a term rare in it outweighs one used more often here but everywhere.
    void rareTermsOutweighCommonOnes()
    {
        const QString a = QStringLiteral("推进工作。");
        const QString b = QStringLiteral("推进工作。乡村振兴。乡村振兴。乡村振兴。培育低空经济。");
        const TermDiff::Weighting library{
            100, [](const QString &term) {
                return term == QStringLiteral("低空") ? 1 : term == QStringLiteral("乡村振兴") ? 90 : 50;
            }};
        const QList<TermDiff::Term> plain = TermDiff::compare(a, b).added;
        const QList<TermDiff::Term> weighed = TermDiff::compare(a, b, library).added;
        QCOMPARE(plain.first().text, QStringLiteral("乡村振兴"));
        QCOMPARE(plain.first().weight, 3.0);
        QCOMPARE(weighed.first().text, QStringLiteral("低空"));
        QCOMPARE(weighed.first().weight, std::log(101.0));
    }

    void nationalReports2022And2024()
    {
        const QString a = national(2022), b = national(2024);
        const TermDiff::Result r = TermDiff::compare(a, b);
        checkTerms(r.added, b, a);
        checkTerms(r.dropped, a, b);
        const QStringList added = texts(r.added), dropped = texts(r.dropped);
        for (const QString &term :
             {QStringLiteral("新质生产力"), QStringLiteral("未来产业"), QStringLiteral("新型工业化")})
            QVERIFY2(added.contains(term), qPrintable(term));
        for (const QString &term : {QStringLiteral("留抵退税"), QStringLiteral("助企纾困"), QStringLiteral("疫苗")})
            QVERIFY2(dropped.contains(term), qPrintable(term));
        qInfo("2022 → 2024: %lld new terms, %lld dropped; first new: %s", qlonglong(r.added.size()),
              qlonglong(r.dropped.size()), qPrintable(added.mid(0, 10).join(u' ')));
    }

    // Pairs the rules were not written on: the same properties hold.
    void otherNationalPairs()
    {
        for (const auto &[x, y] : {std::pair{2016, 2018}, std::pair{1978, 1979}, std::pair{2008, 2010}}) {
            const QString a = national(x), b = national(y);
            const TermDiff::Result r = TermDiff::compare(a, b);
            checkTerms(r.added, b, a);
            checkTerms(r.dropped, a, b);
            QVERIFY(!r.added.isEmpty() && !r.dropped.isEmpty());
        }
    }
};

QTEST_MAIN(TestTermDiff)
#include "tst_termdiff.moc"
