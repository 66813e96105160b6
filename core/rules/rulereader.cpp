#include "rulereader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace ReportLens {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

} // namespace

RuleReader::RuleReader(const QString &path)
    : m_fileName(QFileInfo(path).fileName())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: cannot open: %2").arg(m_fileName, file.errorString());
        return;
    }
    m_bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                      .arg(m_fileName)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return;
    }
    if (!document.isObject()) {
        m_error = QStringLiteral("%1: expected a JSON object at the top").arg(m_fileName);
        return;
    }
    m_root = document.object();
}

RuleReader::Node RuleReader::root()
{
    return Node(this, m_root, QString());
}

void RuleReader::fail(const QString &path, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2: %3").arg(m_fileName, path, problem);
}

RuleReader::Node::Node(RuleReader *reader, QJsonValue value, QString path)
    : m_reader(reader)
    , m_value(std::move(value))
    , m_path(std::move(path))
{ }

void RuleReader::Node::fail(const QString &problem) const
{
    m_reader->fail(m_path.isEmpty() ? QStringLiteral("(top)") : m_path, problem);
}

bool RuleReader::Node::expect(bool isRightType, const char *expected) const
{
    if (isRightType)
        return true;
    // A missing member was already reported by at(); its empty value is not a second error.
    if (!m_value.isUndefined())
        fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(expected), typeName(m_value)));
    return false;
}

RuleReader::Node RuleReader::Node::at(const char *key) const
{
    const QString path = m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1String(key);
    if (!expect(m_value.isObject(), "an object"))
        return Node(m_reader, QJsonValue(QJsonValue::Undefined), path);
    const QJsonValue member = m_value.toObject().value(QLatin1String(key));
    if (member.isUndefined())
        m_reader->fail(path, QStringLiteral("missing"));
    return Node(m_reader, member, path);
}

bool RuleReader::Node::has(const char *key) const
{
    return m_value.isObject() && m_value.toObject().contains(QLatin1String(key));
}

QString RuleReader::Node::string() const
{
    return expect(m_value.isString(), "a string") ? m_value.toString() : QString();
}

int RuleReader::Node::integer() const
{
    if (!expect(m_value.isDouble(), "an integer"))
        return 0;
    const double value = m_value.toDouble();
    if (value != std::floor(value) || std::abs(value) > 1e9) {
        fail(QStringLiteral("expected an integer, found %1").arg(value));
        return 0;
    }
    return int(value);
}

double RuleReader::Node::number() const
{
    return expect(m_value.isDouble(), "a number") ? m_value.toDouble() : 0.0;
}

bool RuleReader::Node::boolean() const
{
    return expect(m_value.isBool(), "a boolean") && m_value.toBool();
}

QStringList RuleReader::Node::strings() const
{
    QStringList list;
    for (const Node &element : elements())
        list.append(element.string());
    return list;
}

QList<int> RuleReader::Node::integers() const
{
    QList<int> list;
    for (const Node &element : elements())
        list.append(element.integer());
    return list;
}

QRegularExpression RuleReader::Node::regex(QRegularExpression::PatternOptions extraOptions) const
{
    QRegularExpression regex(string(), QRegularExpression::UseUnicodePropertiesOption | extraOptions);
    if (m_value.isString() && !regex.isValid())
        fail(QStringLiteral("invalid regular expression: %1 (at offset %2)")
                 .arg(regex.errorString())
                 .arg(regex.patternErrorOffset()));
    return regex;
}

QList<RuleReader::Node> RuleReader::Node::elements() const
{
    QList<Node> list;
    if (!expect(m_value.isArray(), "an array"))
        return list;
    const QJsonArray array = m_value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        list.append(Node(m_reader, array.at(i), QStringLiteral("%1[%2]").arg(m_path).arg(i)));
    return list;
}

QList<std::pair<QString, RuleReader::Node>> RuleReader::Node::members() const
{
    QList<std::pair<QString, Node>> list;
    if (!expect(m_value.isObject(), "an object"))
        return list;
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        list.append({it.key(), Node(m_reader, it.value(), m_path.isEmpty() ? it.key() : m_path + u'.' + it.key())});
    return list;
}

} // namespace ReportLens
