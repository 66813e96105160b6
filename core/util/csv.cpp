#include "csv.h"

namespace ReportLens::Csv {

QString field(const QString &text)
{
    QString value = text;
    bool numeric = false;
    value.toDouble(&numeric); // "-13" is a value, "-cmd" or "=1+2" would be run
    if (!numeric && !value.isEmpty() && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-'
                             || value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r'))
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

} // namespace ReportLens::Csv
