// Cleaning: the chrome around each report is gone and every paragraph of its body is still there.

#include "clean/cleaner.h"
#include "testsupport.h"
#include "util/chinesetext.h"

#include <QFileInfo>
#include <QTest>

using namespace ReportLens;

namespace {

// Whitespace and zero-width characters do not count when comparing paragraphs: cleaning normalises them.
QString squeeze(QStringView text)
{
    QString out;
    for (QChar c : text)
        if (!ChineseText::isSpace(c) && !ChineseText::isInvisible(c))
            out.append(c);
    return out;
}

QStringList rawLines(const QString &text)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QString s = squeeze(line);
        if (!s.isEmpty())
            lines.append(s);
    }
    return lines;
}

} // namespace

class TestCleaner : public QObject
{
    Q_OBJECT
private:
    Cleaner m_cleaner;

private Q_SLOTS:
    // For each input: the first and last line of the report's body (squeezed); lines in between are
    // the body except the listed chrome inside it; lines outside are chrome.
    void bodyKeptChromeRemoved_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("firstBody");
        QTest::addColumn<QString>("lastBody");
        QTest::addColumn<QStringList>("chromeInside");
        QTest::newRow("seed-000-related-files-link")
            << TestSupport::seedPath(QStringLiteral("000")) << QStringLiteral("政府工作报告")
            << QStringLiteral("扫黑除恶“六清”行动：线索清仓、逃犯清零、案件清结、伞网清除、黑财清底、行业清源。")
            << QStringList();
        QTest::newRow("seed-001-site-label") << TestSupport::seedPath(QStringLiteral("001"))
                                             << QStringLiteral("(内蒙古)2020年呼和浩特市人民政府工作报告(全文)")
                                             << QString() << QStringList{QStringLiteral("本地事")};
        QTest::newRow("seed-002-byline") << TestSupport::seedPath(QStringLiteral("002"))
                                         << QStringLiteral("玉泉区:实干为锚担当作帆乘风破浪谱新篇")
                                         << QStringLiteral("营商环境持续改善。") << QStringList();
        QTest::newRow("seed-003-forum") << TestSupport::seedPath(QStringLiteral("003"))
                                        << QStringLiteral("2023年呼和浩特市新城区政府工作报告")
                                        << QStringLiteral("18.四风:形式主义、官僚主义、享乐主义和奢靡之风。")
                                        << QStringList();
        QTest::newRow("seed-004-publish-info")
            << TestSupport::seedPath(QStringLiteral("004"))
            << QStringLiteral("(内蒙古)2022年兴和县人民政府工作报告(全文)") << QString()
            << QStringList{QStringLiteral("发布时间:2022-08-2210:49责任编辑:www")};
        for (const QString &path : TestSupport::nationalPaths())
            QTest::newRow(qPrintable(QFileInfo(path).baseName() + QStringLiteral("-licence-footer")))
                << path << QString() << QStringLiteral("@licence") << QStringList();
    }
    void bodyKeptChromeRemoved()
    {
        QFETCH(QString, path);
        QFETCH(QString, firstBody);
        QFETCH(QString, lastBody);
        QFETCH(QStringList, chromeInside);
        const QString original = TestSupport::readUtf8(path);
        const CleanText clean = m_cleaner.clean(original);
        const QString cleaned = squeeze(clean.text);
        const QStringList lines = rawLines(original);

        qsizetype first = firstBody.isEmpty() ? 0 : lines.lastIndexOf(firstBody);
        qsizetype last = lines.size() - 1;
        if (lastBody == QStringLiteral("@licence"))
            last = lines.indexOf(QStringLiteral("本作品是中华人民共和国的")) - 1;
        else if (!lastBody.isEmpty())
            last = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(lastBody); })
                - lines.cbegin();
        QVERIFY2(first >= 0 && last > first && last < lines.size(), "body markers not found in the input");

        int kept = 0;
        for (qsizetype i = first; i <= last; ++i) {
            if (chromeInside.contains(lines[i]))
                continue;
            QVERIFY2(cleaned.contains(lines[i]),
                     qPrintable(QStringLiteral("body line %1 lost: %2").arg(i).arg(lines[i])));
            ++kept;
        }
        QVERIFY(kept > 20 || (kept > 5 && path.contains(QStringLiteral("002"))));
        for (const QString &chrome : chromeInside)
            QVERIFY2(!cleaned.contains(chrome), qPrintable(chrome));
        // Distinctive chrome lines before and after the body are gone.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i >= first && i <= last)
                continue;
            if (lines[i].size() >= 6)
                QVERIFY2(!cleaned.contains(lines[i]), qPrintable(QStringLiteral("chrome kept: ") + lines[i]));
        }
        QVERIFY(!clean.removed.isEmpty());
        QVERIFY(!clean.text.contains(QStringLiteral("\n\n")));
        QVERIFY(!clean.text.contains(QChar(0x200B)));
    }

    void licenceFooterIsGoneFromEveryNationalReport()
    {
        for (const QString &path : TestSupport::nationalPaths()) {
            const CleanText clean = m_cleaner.clean(TestSupport::readUtf8(path));
            QVERIFY2(!clean.text.contains(QStringLiteral("维基文库")), qPrintable(path));
            QVERIFY2(!clean.text.contains(QStringLiteral("Public domain")), qPrintable(path));
            QVERIFY2(!clean.text.contains(QStringLiteral("公有领域")), qPrintable(path));
        }
    }

    void whitespaceIsNormalised()
    {
        const QString national2024 = TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt");
        const QString text = m_cleaner.clean(TestSupport::readUtf8(national2024)).text;
        QVERIFY(text.contains(QStringLiteral("国务院总理 李强")));
        QVERIFY(!text.contains(QStringLiteral("李　强")));
        const QString seed000 =
            m_cleaner.clean(TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("000")))).text;
        // The dateline broken across two lines is one line again.
        QVERIFY(seed000.contains(QStringLiteral("——2021年2月7日在玉泉区第十七届人民代表大会第四次会议上\n")));
        QVERIFY(seed000.contains(QStringLiteral("\n名词解释\n")));
        const QString seed004 =
            m_cleaner.clean(TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("004")))).text;
        QVERIFY(seed004.contains(QStringLiteral("2022年1月6日在兴和县第十六届人民代表大会第一次会议上")));
        // Punctuation stays as written: seed 001 uses half-width commas.
        const QString seed001 =
            m_cleaner.clean(TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("001")))).text;
        QVERIFY(seed001.contains(QStringLiteral("现在,我代表市人民政府向大会报告工作,请予审议")));
        // A space between two phrases of a headline is a separator and stays.
        const QString seed002 =
            m_cleaner.clean(TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("002")))).text;
        QVERIFY(seed002.startsWith(QStringLiteral("玉泉区:实干为锚 担当作帆 乘风破浪谱新篇\n")));
    }

    void wikisourceLinkBreaksAreRejoined()
    {
        const QString national1954 = TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-1954.txt");
        const QString text = m_cleaner.clean(TestSupport::readUtf8(national1954)).text;
        QVERIFY(text.contains(QStringLiteral("通過了我們國家的根本法——中華人民共和國憲法，接着")));
        QVERIFY(text.contains(QStringLiteral("在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後")));
    }

    // The last lines of a saved web page: navigation to the previous and next article, an
    // attachment label with nothing attached, a row of site buttons. Each goes as chrome, with its
    // rule; the report before them stays whole.
    void webPageTailsAreDropped_data()
    {
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("prev-next-navigation")
            << QStringLiteral("上一篇：2022年政府工作报告\n下一篇：没有了") << QStringList{QStringLiteral("prev-next")};
        QTest::newRow("prev-next-long-titles")
            << QStringLiteral("上一篇：关于印发《2023年国民经济和社会发展计划执行情况与2024年计划草案》的通知\n"
                              "下一篇：关于2023年全市预算执行情况和2024年全市预算草案的报告")
            << QStringList{QStringLiteral("prev-next")};
        QTest::newRow("empty-attachment-label")
            << QStringLiteral("附件：") << QStringList{QStringLiteral("tail-chrome:attachment-label")};
        QTest::newRow("print-close-buttons")
            << QStringLiteral("【打印本页】【关闭窗口】") << QStringList{QStringLiteral("site-buttons")};
        QTest::newRow("one-button") << QStringLiteral("【关闭窗口】")
                                    << QStringList{QStringLiteral("tail-chrome:site-buttons")};
        QTest::newRow("buttons-with-spaces")
            << QStringLiteral("【字体：大 中 小】 【打印】 【关闭】") << QStringList{QStringLiteral("site-buttons")};
        QTest::newRow("all-together") << QStringLiteral(
            "附件：\n上一篇：2022年政府工作报告\n下一篇：没有了\n【打印本页】【关闭窗口】")
                                      << QStringList{QStringLiteral("prev-next"), QStringLiteral("site-buttons"),
                                                     QStringLiteral("tail-chrome:attachment-label")};
    }
    void webPageTailsAreDropped()
    {
        QFETCH(QString, tail);
        QFETCH(QStringList, rules);
        // A report as a page shows it: national-2024 without its licence footer.
        const QString report =
            TestSupport::readUtf8(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"));
        const QString body = m_cleaner.clean(report).text + QStringLiteral("\n");
        const CleanText withoutTail = m_cleaner.clean(body);
        const CleanText clean = m_cleaner.clean(body + tail + QStringLiteral("\n"));
        QCOMPARE(clean.text, withoutTail.text);
        QCOMPARE(clean.removed.size() - withoutTail.removed.size(), qsizetype(tail.count(u'\n') + 1));
        QStringList found;
        for (const RemovedRange &r : clean.removed)
            if (r.start >= body.size() && !found.contains(r.rule))
                found.append(r.rule);
        found.sort();
        rules.sort();
        QCOMPARE(found, rules);
    }

    // The same words inside the report are the report.
    void reportLinesLikeTailsStay_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("attachment-with-content") << QStringLiteral("附件：2024年重点项目计划表");
        QTest::newRow("brackets-in-a-sentence") << QStringLiteral("我们开设了【办事指南】专栏，方便群众办事。");
        QTest::newRow("previous-article-in-a-sentence") << QStringLiteral("正如上一篇报告所说，发展是第一要务。");
    }
    void reportLinesLikeTailsStay()
    {
        QFETCH(QString, line);
        const QString report =
            TestSupport::readUtf8(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"));
        const QString body = m_cleaner.clean(report).text;
        const CleanText clean = m_cleaner.clean(body + QStringLiteral("\n") + line + QStringLiteral("\n"));
        QVERIFY2(clean.text.endsWith(QStringLiteral("\n") + line), qPrintable(clean.text.right(60)));
    }

    // What a document-sharing site puts into a text: the same token at many line ends, pinyin after
    // every character that has two readings. A report's own words and glosses stay.
    void siteMarksInsideTheTextAreRemoved()
    {
        const QString marked =
            QStringLiteral("各位代表:XLC\n现在，我代表市人民政府向大会报告工作。XLC\n一、2023年工作回顾XLC\n"
                           "全市规(guī)上工业增加值增长(zhǎng)6.1%，城镇(zhèn)、农(nóng)村(cūn)居民收入(rù)"
                           "分(fēn)别(bié)增长(zhǎng)5%和(hé)7%，发(fā)展(zhǎn)较(jiào)快。\n");
        const CleanText clean = m_cleaner.clean(marked);
        QVERIFY2(!clean.text.contains(QStringLiteral("XLC")), qPrintable(clean.text));
        QVERIFY2(clean.text.contains(QStringLiteral("全市规上工业增加值增长6.1%，城镇、农村居民收入分别增长5%和7%")),
                 qPrintable(clean.text));
        QVERIFY(std::any_of(clean.removed.cbegin(), clean.removed.cend(),
                            [](const RemovedRange &r) { return r.rule == QStringLiteral("site-watermark"); }));
        // One gloss of a rare character in a report, and a word ending one line, are the report's.
        const QString own = QStringLiteral("踔(chuō)厉奋发、笃行不怠。\n加快建设5G\n基站。\n");
        const QString kept = m_cleaner.clean(own).text;
        QVERIFY2(kept.contains(QStringLiteral("踔(chuō)厉")) && kept.contains(QStringLiteral("5G")), qPrintable(kept));
    }

    void removedRangesPointAtTheOriginal()
    {
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("001")));
        const CleanText clean = m_cleaner.clean(original);
        const auto it = std::find_if(clean.removed.cbegin(), clean.removed.cend(),
                                     [](const RemovedRange &r) { return r.rule == QStringLiteral("site-label"); });
        QVERIFY(it != clean.removed.cend());
        QCOMPARE(original.mid(it->start, it->end - it->start), QStringLiteral("本地事"));
    }
};

QTEST_GUILESS_MAIN(TestCleaner)
#include "tst_cleaner.moc"
