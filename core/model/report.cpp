#include "report.h"

#include <array>
#include <utility>

namespace ReportLens {

namespace {
template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table)
        if (name == QLatin1String(n))
            return e;
    return table.front().first;
}

constexpr std::array<std::pair<FieldSource, const char *>, 3> fieldSources{
    {{FieldSource::None, "none"}, {FieldSource::Detected, "detected"}, {FieldSource::Edited, "edited"}}};

constexpr std::array<std::pair<AdminLevel, const char *>, 6> adminLevels{{{AdminLevel::Unknown, ""},
                                                                          {AdminLevel::National, "national"},
                                                                          {AdminLevel::Province, "province"},
                                                                          {AdminLevel::City, "city"},
                                                                          {AdminLevel::District, "district"},
                                                                          {AdminLevel::County, "county"}}};

constexpr std::array<std::pair<Metric, const char *>, 3> metrics{
    {{Metric::Level, "level"}, {Metric::Growth, "growth"}, {Metric::Rate, "rate"}}};

constexpr std::array<std::pair<FigureKind, const char *>, 3> figureKinds{
    {{FigureKind::Actual, "actual"}, {FigureKind::Target, "target"}, {FigureKind::Plan, "plan"}}};

template<typename Enum, std::size_t N>
std::optional<Enum> strictValueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView name)
{
    for (const auto &[e, n] : table)
        if (name == QLatin1String(n))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Section::Kind, const char *>, 5> sectionKinds{{{Section::Kind::Numbered, "numbered"},
                                                                              {Section::Kind::SubHeading, "subheading"},
                                                                              {Section::Kind::LeadSentence, "lead"},
                                                                              {Section::Kind::Item, "item"},
                                                                              {Section::Kind::Glossary, "glossary"}}};
} // namespace

QString fieldSourceName(FieldSource source)
{
    return nameOf(fieldSources, source);
}
FieldSource fieldSourceFromName(const QString &name)
{
    return valueOf(fieldSources, name);
}
QString adminLevelName(AdminLevel level)
{
    return nameOf(adminLevels, level);
}
AdminLevel adminLevelFromName(const QString &name)
{
    return valueOf(adminLevels, name);
}
QString sectionKindName(Section::Kind kind)
{
    return nameOf(sectionKinds, kind);
}
Section::Kind sectionKindFromName(const QString &name)
{
    return valueOf(sectionKinds, name);
}

QString metricName(Metric metric)
{
    return nameOf(metrics, metric);
}
std::optional<Metric> metricFromName(QStringView name)
{
    return strictValueOf(metrics, name);
}
QString figureKindName(FigureKind kind)
{
    return nameOf(figureKinds, kind);
}
std::optional<FigureKind> figureKindFromName(QStringView name)
{
    return strictValueOf(figureKinds, name);
}

QList<Metric> metricsFromNames(const QStringList &names)
{
    QList<Metric> list;
    for (const QString &name : names)
        if (const std::optional<Metric> metric = metricFromName(name))
            list.append(*metric);
    return list;
}

QStringList metricNames(const QList<Metric> &list)
{
    QStringList names;
    for (const Metric metric : list)
        names.append(metricName(metric));
    return names;
}

QString displayTitle(const QString &region, int year, const QString &title)
{
    QStringList parts;
    if (!region.isEmpty() && !title.contains(region))
        parts.append(region);
    if (year > 0 && !title.contains(QString::number(year)))
        parts.append(QString::number(year) + QStringLiteral("年"));
    if (!title.isEmpty())
        parts.append(title);
    return parts.join(u' ');
}

QString displayTitle(const ReportMetadata &meta)
{
    return displayTitle(meta.region.value, meta.year.isSet() ? meta.year.value : 0, meta.title.value);
}

bool isNationalRegion(const QString &region)
{
    return region == NationalRegion;
}

} // namespace ReportLens
