#include "csv.h"

#include <QRegularExpression>

namespace ReportLens::Csv {

QString field(const QString &text)
{
    QString value = text;
    // A plain decimal ("-13", "5.5") is a value; anything else starting with - or + may be run.
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const bool numeric = plainNumber.match(value).hasMatch();
    if (!numeric && !value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
            || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QByteArray utf8(const QString &csv, bool byteOrderMark)
{
    return (byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + csv.toUtf8();
}

} // namespace ReportLens::Csv
