// Every input in tests/data/fuzz/<target>/ (seeds, and each crash a fuzzer found) passes the
// checks of that fuzz target (fuzz/fuzzbodies.h) in a normal build.

#include "fuzzbodies.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace ReportLens;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(REPORTLENS_TEST_DATA "/fuzz"));
        int count = 0;
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(target));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(target + u'/' + file)) << target << dir.filePath(file);
                ++count;
            }
        }
        QVERIFY(count >= 6);
    }
    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const QByteArray bytes = TestSupport::readBytes(path);
        int broken = -1;
        if (target == QStringLiteral("fuzz_decoder"))
            broken = FuzzBodies::decoder(bytes);
        else if (target == QStringLiteral("fuzz_html"))
            broken = FuzzBodies::html(bytes);
        else if (target == QStringLiteral("fuzz_cleaner"))
            broken = FuzzBodies::cleaner(bytes);
        else if (target == QStringLiteral("fuzz_outline"))
            broken = FuzzBodies::outline(bytes);
        else if (target == QStringLiteral("fuzz_numbers"))
            broken = FuzzBodies::numbers(bytes);
        else if (target == QStringLiteral("fuzz_extractor"))
            broken = FuzzBodies::extractor(bytes);
        QCOMPARE(broken, 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
