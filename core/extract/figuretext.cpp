#include "figuretext.h"

#include "indicatorcatalog.h"

#include <cmath>

namespace ReportLens::FigureText {

namespace {

// Which hedges stand before a number (超过, 约, 近) and which after its unit (左右, 以上): the fixed
// vocabulary of the shipped catalog. 多 and 余 stand between the number and its unit (1000多万人).
const IndicatorCatalog &vocabulary()
{
    static const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
    return catalog;
}

bool isPercent(const QString &unit)
{
    return unit == QStringLiteral("%") || unit == QStringLiteral("％");
}

QString signedNumber(double value)
{
    // A true minus sign, as the figures are written for reading, and a plus for a rise.
    if (value < 0)
        return QStringLiteral("−") + number(-value);
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

} // namespace

QString number(double value)
{
    if (!std::isfinite(value))
        return QString();
    QString text = QString::number(value, 'f', 4);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    if (text.startsWith(u'-'))
        text.replace(0, 1, QStringLiteral("−"));
    return text;
}

QString value(const Indicator &f)
{
    const QString unit = f.unit;
    const bool middle = f.qualifier == QStringLiteral("多") || f.qualifier == QStringLiteral("余");
    // A range repeats a percent sign on both ends (6%–6.5%), other units once (5–6万人).
    QString amount = number(f.value);
    if (f.valueHigh)
        amount += (isPercent(unit) ? unit : QString()) + QStringLiteral("–") + number(*f.valueHigh);
    amount += (middle ? f.qualifier : QString()) + unit;
    if (f.qualifier.isEmpty() || middle)
        return amount;
    if (vocabulary().qualifiersAfter.contains(f.qualifier))
        return amount + f.qualifier;
    return f.qualifier + amount;
}

QString period(const Indicator &figure)
{
    return figure.periodStart == figure.periodEnd
        ? QString::number(figure.periodStart)
        : QStringLiteral("%1–%2").arg(figure.periodStart).arg(figure.periodEnd);
}

QString withPeriod(const Indicator &figure)
{
    return period(figure) + u' ' + value(figure);
}

QString difference(const Indicator &from, const Indicator &to, const QString &catalogUnit)
{
    if (from.metric != to.metric)
        return QString();
    if (from.metric != Metric::Level)
        return signedNumber(to.value - from.value) + QStringLiteral("个百分点");
    if (!from.valueInCatalogUnit || !to.valueInCatalogUnit)
        return QString();
    double delta = *to.valueInCatalogUnit - *from.valueInCatalogUnit;
    QString unit = catalogUnit;
    // 120000亿元 is written 12万亿元; smaller units keep their own (2300元, 52万人).
    if (unit == QStringLiteral("亿元") && std::abs(delta) >= 10000) {
        delta /= 10000;
        unit = QStringLiteral("万亿元");
    }
    return signedNumber(delta) + unit;
}

} // namespace ReportLens::FigureText
