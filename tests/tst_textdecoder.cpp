// Encodings: every charset a report arrives in decodes to the same text; broken bytes are errors.

#include "import/textdecoder.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

namespace { } // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString seed = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("001")));
        QTest::newRow("utf-8") << seed.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8-with-bom") << QByteArray("\xEF\xBB\xBF") + seed.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le-with-bom")
            << QByteArray("\xFF\xFE") + TestSupport::encode(seed, "UTF-16LE") << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be-with-bom")
            << QByteArray("\xFE\xFF") + TestSupport::encode(seed, "UTF-16BE") << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << TestSupport::encode(seed, "GB18030") << QStringLiteral("GB18030");
        const QString seed3 = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        QTest::newRow("gbk-forum-page") << TestSupport::encode(seed3, "GBK") << QStringLiteral("GB18030");
    }
    void decodesEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodeResult result = TextDecoder::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.decoded.encoding, encoding);
        QVERIFY(result.decoded.text.contains(QStringLiteral("各位代表")));
        QVERIFY(!result.decoded.text.contains(QChar(0xFFFD)));
        QVERIFY(!result.decoded.text.startsWith(QChar(0xFEFF)));
    }

    void rejectsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QString seed = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("001")));
        QByteArray truncated = TestSupport::encode(seed.left(2000), "GB18030");
        // Cut in the middle of the last two-byte character.
        while (static_cast<unsigned char>(truncated.back()) < 0x80)
            truncated.chop(1);
        truncated.chop(1);
        QTest::newRow("truncated-gb18030") << truncated << QStringLiteral("truncated");
        QByteArray invalid = seed.left(3000).toUtf8();
        invalid.insert(invalid.size() / 2, "\xC3\x28\xFF\xFE\x80", 5);
        QTest::newRow("invalid-utf-8") << invalid << QStringLiteral("not valid");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) % 256);
        QTest::newRow("binary") << binary << QStringLiteral("binary");
    }
    void rejectsBrokenInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodeResult result = TextDecoder::decode(bytes);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
