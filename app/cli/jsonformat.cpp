#include "jsonformat.h"

namespace ReportLens::Json {

namespace {
QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}
} // namespace

QJsonObject summary(const ReportSummary &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("region"), orNull(r.region)},
        {QStringLiteral("level"), orNull(adminLevelName(r.level))},
        {QStringLiteral("year"), r.year > 0 ? QJsonValue(r.year) : QJsonValue()},
        {QStringLiteral("date"), orNull(r.meetingDate.toString(Qt::ISODate))},
        {QStringLiteral("session"), orNull(r.session)},
        {QStringLiteral("speaker"), orNull(r.speaker)},
        {QStringLiteral("speaker_role"), orNull(r.speakerRole)},
        {QStringLiteral("title"), orNull(r.title)},
        {QStringLiteral("chars"), double(r.chars)},
        {QStringLiteral("sections"), r.sections},
        {QStringLiteral("source"), r.sourcePath},
    };
}

QJsonArray outline(const QList<Section> &sections)
{
    QJsonArray array;
    for (const Section &s : sections)
        array.append(QJsonObject{
            {QStringLiteral("level"), s.level},
            {QStringLiteral("kind"), sectionKindName(s.kind)},
            {QStringLiteral("label"), s.label},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("start"), double(s.start)},
            {QStringLiteral("end"), double(s.end)},
            {QStringLiteral("children"), outline(s.children)},
        });
    return array;
}

QJsonArray glossary(const QList<GlossaryEntry> &entries)
{
    QJsonArray array;
    for (const GlossaryEntry &e : entries)
        array.append(QJsonObject{{QStringLiteral("term"), e.term},
                                 {QStringLiteral("definition"), e.definition},
                                 {QStringLiteral("start"), double(e.start)},
                                 {QStringLiteral("end"), double(e.end)}});
    return array;
}

QJsonObject hit(const SearchHit &h)
{
    QJsonArray matches;
    for (const TextSpan &span : h.snippetMatches)
        matches.append(QJsonArray{double(span.start), double(span.length)});
    return {{QStringLiteral("report_id"), h.reportId},
            {QStringLiteral("section_titles"), QJsonArray::fromStringList(h.sectionTitles)},
            {QStringLiteral("start"), double(h.start)},
            {QStringLiteral("end"), double(h.end)},
            {QStringLiteral("snippet"), h.snippet},
            {QStringLiteral("snippet_matches"), matches}};
}

QJsonObject figure(const Indicator &i)
{
    return QJsonObject{
        {QStringLiteral("indicator"), i.indicatorId},
        {QStringLiteral("metric"), metricName(i.metric)},
        {QStringLiteral("kind"), figureKindName(i.kind)},
        {QStringLiteral("period_start"), i.periodStart},
        {QStringLiteral("period_end"), i.periodEnd},
        {QStringLiteral("value"), i.value},
        {QStringLiteral("value_high"), i.valueHigh ? QJsonValue(*i.valueHigh) : QJsonValue()},
        {QStringLiteral("value_in_catalog_unit"),
         i.valueInCatalogUnit ? QJsonValue(*i.valueInCatalogUnit) : QJsonValue()},
        {QStringLiteral("unit"), i.unit},
        {QStringLiteral("qualifier"), i.qualifier},
        {QStringLiteral("start"), double(i.numberStart)},
        {QStringLiteral("end"), double(i.numberEnd)},
        {QStringLiteral("quote"), i.quote},
        {QStringLiteral("confidence"),
         QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}[int(i.confidence)]},
        {QStringLiteral("rule"), i.rule},
        {QStringLiteral("estimated"), i.estimated},
    };
}

} // namespace ReportLens::Json
