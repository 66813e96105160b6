// The rule files (resources/*.json): every shipped one loads into its typed rules, and a copy
// broken in one place (a key missing, a value of the wrong type, an invalid pattern) does not
// load, with an error naming the file and the key.

#include "rules/alignmentrules.h"
#include "rules/cleaningrules.h"
#include "rules/indicatorrules.h"
#include "rules/metadatarules.h"
#include "rules/outlinerules.h"
#include "rules/termrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace ReportLens;
using namespace Qt::StringLiterals;

namespace {

const QStringList &ruleFiles()
{
    static const QStringList files{QStringLiteral("cleaning.json"),  QStringLiteral("outline.json"),
                                   QStringLiteral("metadata.json"),  QStringLiteral("indicators.json"),
                                   QStringLiteral("alignment.json"), QStringLiteral("terms.json")};
    return files;
}

template<class Rules>
QString errorOf(const QString &path, bool *loaded)
{
    QString error;
    *loaded = Rules::load(path, &error).has_value();
    return error;
}

// Loads @p path with the loader of the rule file named @p fileName: the error, and whether it loaded.
QString load(const QString &fileName, const QString &path, bool *loaded)
{
    static const QHash<QString, std::function<QString(const QString &, bool *)>> loaders{
        {QStringLiteral("cleaning.json"), errorOf<CleaningRules>},
        {QStringLiteral("outline.json"), errorOf<OutlineRules>},
        {QStringLiteral("metadata.json"), errorOf<MetadataRules>},
        {QStringLiteral("indicators.json"), errorOf<IndicatorRules>},
        {QStringLiteral("alignment.json"), errorOf<AlignmentRules>},
        {QStringLiteral("terms.json"), errorOf<TermRules>},
    };
    return loaders.value(fileName)(path, loaded);
}

// A path into a JSON document as the errors name it: "headings[3].pattern", "lead.maxLength".
QList<QVariant> steps(const QString &path)
{
    QList<QVariant> out;
    static const QRegularExpression step(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            out.append(m.captured(1));
        else
            out.append(m.captured(2).toInt());
    }
    return out;
}

// @p value with the element at @p path replaced by @p replacement, or removed when it is undefined.
QJsonValue edited(const QJsonValue &value, QList<QVariant> path, const QJsonValue &replacement)
{
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = value.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && replacement.isUndefined())
            array.removeAt(index);
        else
            array[index] = path.isEmpty() ? replacement : edited(array.at(index), path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    const QString key = step.toString();
    if (path.isEmpty() && replacement.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? replacement : edited(object.value(key), path, replacement);
    return object;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A copy of the shipped @p fileName with @p path replaced by @p replacement (removed if undefined).
    QString brokenCopy(const QString &fileName, const QString &path, const QJsonValue &replacement)
    {
        QFile shipped(QStringLiteral(":/") + fileName);
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        const QJsonValue root = QJsonDocument::fromJson(shipped.readAll()).object();
        const QString copy = m_dir.filePath(fileName);
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(QJsonDocument(edited(root, steps(path), replacement).toObject()).toJson());
        return copy;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shippedFileLoads_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &file : ruleFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void shippedFileLoads()
    {
        QFETCH(QString, fileName);
        bool loaded = false;
        const QString error = load(fileName, QStringLiteral(":/") + fileName, &loaded);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    // A copy of the shipped file with exactly the edit that breaks it is what the loader then
    // refuses; the other values of the copy are as shipped, so the error can only be that one.
    void brokenCopyFails_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("replacement"); // undefined: the key is removed
        QTest::addColumn<QString>("problem");
        const QJsonValue removed(QJsonValue::Undefined);
        const QString missing = QStringLiteral("missing");
        const QString badRegex = QStringLiteral("invalid regular expression");
        const QJsonValue unclosedGroup(QStringLiteral("(?<label>[一二三"));

        QTest::newRow("cleaning-missing-headerLine") << u"cleaning.json"_s << u"headerLine"_s << removed << missing;
        QTest::newRow("cleaning-missing-limit")
            << u"cleaning.json"_s << u"limits.proseMinLength"_s << removed << missing;
        QTest::newRow("cleaning-dropLines-not-an-array")
            << u"cleaning.json"_s << u"dropLines"_s << QJsonValue(u"site-label"_s) << u"expected an array"_s;
        QTest::newRow("cleaning-limit-not-a-number")
            << u"cleaning.json"_s << u"limits.headSearchLines"_s << QJsonValue(u"80"_s) << u"expected an integer"_s;
        QTest::newRow("cleaning-bad-tail-pattern")
            << u"cleaning.json"_s << u"tailChrome[2].pattern"_s << unclosedGroup << badRegex;

        QTest::newRow("outline-missing-chapterRank") << u"outline.json"_s << u"chapterRank"_s << removed << missing;
        QTest::newRow("outline-missing-heading-rank")
            << u"outline.json"_s << u"headings[1].rank"_s << removed << missing;
        QTest::newRow("outline-lead-maxLength-a-string")
            << u"outline.json"_s << u"lead.maxLength"_s << QJsonValue(u"twenty"_s) << u"expected an integer"_s;
        QTest::newRow("outline-standaloneOnly-a-number")
            << u"outline.json"_s << u"headings[1].standaloneOnly"_s << QJsonValue(1) << u"expected a boolean"_s;
        QTest::newRow("outline-bad-heading-pattern")
            << u"outline.json"_s << u"headings[3].pattern"_s << unclosedGroup << badRegex;

        QTest::newRow("metadata-missing-dateline") << u"metadata.json"_s << u"dateline"_s << removed << missing;
        QTest::newRow("metadata-provinceLevel-a-number")
            << u"metadata.json"_s << u"provinceLevel"_s << QJsonValue(34) << u"expected an array"_s;
        QTest::newRow("metadata-province-not-a-string")
            << u"metadata.json"_s << u"provinceLevel[2]"_s << QJsonValue(true) << u"expected a string"_s;
        QTest::newRow("metadata-unknown-level")
            << u"metadata.json"_s << u"levelByRole[0].level"_s << QJsonValue(u"planet"_s) << u"unknown level"_s;
        QTest::newRow("metadata-bad-speaker-pattern")
            << u"metadata.json"_s << u"speaker"_s << unclosedGroup << badRegex;

        QTest::newRow("indicators-missing-units") << u"indicators.json"_s << u"units.written"_s << removed << missing;
        QTest::newRow("indicators-missing-indicator-unit")
            << u"indicators.json"_s << u"indicators[0].unit"_s << removed << missing;
        QTest::newRow("indicators-quoteMaxLength-a-string")
            << u"indicators.json"_s << u"context.quoteMaxLength"_s << QJsonValue(u"1000"_s) << u"expected an integer"_s;
        QTest::newRow("indicators-unknown-metric") << u"indicators.json"_s << u"indicators[0].metrics"_s
                                                   << QJsonValue(QJsonArray{u"speed"_s}) << u"unknown metric"_s;
        QTest::newRow("indicators-bad-base-comparison")
            << u"indicators.json"_s << u"context.baseComparison"_s << unclosedGroup << badRegex;
        QTest::newRow("indicators-bad-filtered-pattern")
            << u"indicators.json"_s << u"context.partOfYear.pattern"_s << unclosedGroup << badRegex;

        QTest::newRow("alignment-missing-minimumScore")
            << u"alignment.json"_s << u"minimumScore"_s << removed << missing;
        QTest::newRow("alignment-kinds-an-object")
            << u"alignment.json"_s << u"kinds"_s << QJsonValue(QJsonObject{}) << u"expected an array"_s;
        QTest::newRow("alignment-without-plan-kind")
            << u"alignment.json"_s << u"kinds"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"kind"_s, u"review"_s}, {u"pattern"_s, u"回顾"_s}}})
            << u"no kind \"plan\""_s;
        QTest::newRow("alignment-bad-kind-pattern")
            << u"alignment.json"_s << u"kinds[1].pattern"_s << unclosedGroup << badRegex;

        QTest::newRow("terms-missing-functionCharacters")
            << u"terms.json"_s << u"functionCharacters"_s << removed << missing;
        QTest::newRow("terms-phraseCohesion-a-string")
            << u"terms.json"_s << u"phraseCohesion"_s << QJsonValue(u"half"_s) << u"expected a number"_s;
        QTest::newRow("terms-termMaximumCharacters-out-of-range")
            << u"terms.json"_s << u"termMaximumCharacters"_s << QJsonValue(50) << u"must be 2 to 30"_s;
    }

    void brokenCopyFails()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, path);
        QFETCH(QJsonValue, replacement);
        QFETCH(QString, problem);
        const QString copy = brokenCopy(fileName, path, replacement);
        QVERIFY(!copy.isEmpty());
        bool loaded = true;
        const QString error = load(fileName, copy, &loaded);
        QVERIFY2(!loaded, qPrintable(path));
        qInfo("%s", qPrintable(error));
        const QString where = fileName + QStringLiteral(": ") + path + QStringLiteral(": ");
        QVERIFY2(error.startsWith(where), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void unreadableFilesFail_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("outline-not-json") << u"outline.json"_s << QByteArray("{\"headings\": [") << u"not valid JSON"_s;
        QTest::newRow("terms-an-array") << u"terms.json"_s << QByteArray("[]") << u"expected a JSON object"_s;
    }

    void unreadableFilesFail()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        bool loaded = true;
        const QString error = load(fileName, path, &loaded);
        QVERIFY(!loaded);
        QVERIFY2(error.startsWith(fileName + QStringLiteral(": ")) && error.contains(problem), qPrintable(error));

        QVERIFY(!load(fileName, m_dir.filePath(QStringLiteral("absent/") + fileName), &loaded).isEmpty());
        QVERIFY(!loaded);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
