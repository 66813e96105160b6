#include "indicatorcatalog.h"

#include "util/resourcefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ReportLens {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}
} // namespace

QString IndicatorCatalog::defaultFingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16));
}

IndicatorCatalog IndicatorCatalog::loadDefault(const QString &path)
{
    IndicatorCatalog catalog;
    const QJsonObject root = loadJsonResource(path);
    for (const QJsonValue &v : root.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogIndicator indicator{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                                   metricsFromNames(strings(o.value(QLatin1String("metrics")))),
                                   o.value(QLatin1String("unit")).toString(), false,
                                   o.value(QLatin1String("levelOverSpan")).toString(QStringLiteral("end")),
                                   o.value(QLatin1String("nationalName")).toString()};
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray()) {
            if (a.isString())
                catalog.aliases.append({a.toString(), indicator.id, {}});
            else
                catalog.aliases.append({a[QLatin1String("alias")].toString(), indicator.id,
                                        metricsFromNames(strings(a[QLatin1String("metrics")]))});
        }
        catalog.indicators.append(indicator);
    }
    for (const QJsonValue &v : root.value(QLatin1String("distributions")).toArray())
        catalog.distributions.append({v[QLatin1String("alias")].toString(), strings(v[QLatin1String("indicators")])});
    const QJsonObject units = root.value(QLatin1String("units")).toObject();
    catalog.units = strings(units.value(QLatin1String("written")));
    const QJsonObject conversions = units.value(QLatin1String("conversions")).toObject();
    for (auto it = conversions.begin(); it != conversions.end(); ++it) {
        const QJsonObject factors = it.value().toObject();
        for (auto f = factors.begin(); f != factors.end(); ++f)
            catalog.conversions[it.key()].insert(f.key(), f.value().toDouble());
    }
    const QJsonObject kept = units.value(QLatin1String("keptAsWritten")).toObject();
    for (auto it = kept.begin(); it != kept.end(); ++it)
        catalog.keptAsWritten.insert(it.key(), strings(it.value()));
    const QJsonObject magnitudes = units.value(QLatin1String("magnitudes")).toObject();
    for (auto it = magnitudes.begin(); it != magnitudes.end(); ++it)
        if (it.key().size() == 1)
            catalog.magnitudes.insert(it.key().front(), it.value().toDouble());
    const QJsonObject qualifiers = root.value(QLatin1String("qualifiers")).toObject();
    catalog.qualifiersBefore = strings(qualifiers.value(QLatin1String("before")));
    catalog.qualifiersAfter = strings(qualifiers.value(QLatin1String("after")));
    const QJsonObject distractors = root.value(QLatin1String("distractors")).toObject();
    catalog.distractorsBefore = strings(distractors.value(QLatin1String("before")));
    catalog.distractorsAfter = strings(distractors.value(QLatin1String("after")));
    return catalog;
}

const CatalogIndicator *IndicatorCatalog::indicator(const QString &id) const
{
    for (const CatalogIndicator &i : indicators)
        if (i.id == id)
            return &i;
    return nullptr;
}

std::optional<double> IndicatorCatalog::valueInCatalogUnit(const Indicator &figure) const
{
    if (figure.metric != Metric::Level)
        return figure.value;
    const CatalogIndicator *known = indicator(figure.indicatorId);
    const double factor = known ? conversion(*known, figure.unit) : 0;
    return factor > 0 ? std::optional<double>(figure.value * factor) : std::nullopt;
}

double IndicatorCatalog::conversion(const CatalogIndicator &indicator, const QString &written) const
{
    const QHash<QString, double> factors = conversions.value(indicator.unit);
    if (const auto direct = factors.constFind(written); direct != factors.cend())
        return *direct;
    double scale = 1;
    qsizetype base = 0;
    while (base < written.size() && magnitudes.contains(written[base]))
        scale *= magnitudes.value(written[base++]);
    return base > 0 && base < written.size() ? factors.value(written.mid(base), 0.0) * scale : 0.0;
}

} // namespace ReportLens
