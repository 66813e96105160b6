// reportlens-cli commands about indicators: the extracted figures and the catalog.

#include "clisupport.h"

#include "charts/trendchart.h"
#include "trend/trendquery.h"

#include "store/indicatorstore.h"
#include "store/library.h"
#include "util/csv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ReportLens::Cli {

namespace {


int indicatorsCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Only this report."), QStringLiteral("ID"));
    const QCommandLineOption indicator(QStringLiteral("indicator"), QStringLiteral("Only this indicator (see catalog)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption bom(QStringLiteral("bom"), QStringLiteral("Start CSV with a UTF-8 byte-order mark (for Excel)."));
    parser.addOptions({report, indicator, format, bom});
    if (int code = parseCommand(parser, context, {}, QStringLiteral("List the indicators extracted from the reports."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
        code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const QList<IndicatorRow> rows = IndicatorStore(library).rows(parser.value(report).toLongLong(), parser.value(indicator));
    const QString f = parser.value(format);
    if (f == QStringLiteral("json")) {
        QJsonArray array;
        for (const IndicatorRow &r : rows) {
            const Indicator &i = r.indicator;
            array.append(QJsonObject{
                {QStringLiteral("report_id"), r.reportId},
                {QStringLiteral("region"), r.region},
                {QStringLiteral("report_year"), r.reportYear > 0 ? QJsonValue(r.reportYear) : QJsonValue()},
                {QStringLiteral("indicator"), i.indicatorId},
                {QStringLiteral("metric"), i.metric},
                {QStringLiteral("kind"), i.kind},
                {QStringLiteral("period_start"), i.periodStart},
                {QStringLiteral("period_end"), i.periodEnd},
                {QStringLiteral("value"), i.value},
                {QStringLiteral("value_high"), i.valueHigh ? QJsonValue(*i.valueHigh) : QJsonValue()},
                {QStringLiteral("value_in_catalog_unit"), i.valueInCatalogUnit ? QJsonValue(*i.valueInCatalogUnit) : QJsonValue()},
                {QStringLiteral("unit"), i.unit},
                {QStringLiteral("qualifier"), i.qualifier},
                {QStringLiteral("start"), double(i.numberStart)},
                {QStringLiteral("end"), double(i.numberEnd)},
                {QStringLiteral("quote"), i.quote},
            });
        }
        printJson(array);
        return Success;
    }
    const QStringList columns = {QStringLiteral("report_id"), QStringLiteral("region"), QStringLiteral("report_year"),
                                 QStringLiteral("indicator"), QStringLiteral("metric"), QStringLiteral("kind"),
                                 QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("value"),
                                 QStringLiteral("value_high"), QStringLiteral("unit"), QStringLiteral("qualifier"),
                                 QStringLiteral("quote")};
    QList<QStringList> table;
    for (const IndicatorRow &r : rows) {
        const Indicator &i = r.indicator;
        table.append({QString::number(r.reportId), r.region, r.reportYear > 0 ? QString::number(r.reportYear) : QString(),
                      i.indicatorId, i.metric, i.kind, QString::number(i.periodStart), QString::number(i.periodEnd),
                      Csv::number(i.value), i.valueHigh ? Csv::number(*i.valueHigh) : QString(), i.unit, i.qualifier,
                      f == QStringLiteral("csv") ? i.quote : i.quote.left(40)});
    }
    if (f == QStringLiteral("csv") && parser.isSet(bom))
        out().setGenerateByteOrderMark(true); // Excel reads UTF-8 CSV as UTF-8 only with it
    printTable(columns, table, f == QStringLiteral("csv"));
    return Success;
}

int catalogCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption addAlias(QStringLiteral("add-alias"),
                                      QStringLiteral("Add a phrase naming an indicator; new imports recognise it."),
                                      QStringLiteral("INDICATOR=ALIAS"));
    parser.addOptions({format, addAlias});
    if (int code = parseCommand(parser, context, {}, QStringLiteral("List the indicator catalog, or extend it."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    IndicatorStore store(library);
    if (parser.isSet(addAlias)) {
        const QString spec = parser.value(addAlias);
        const qsizetype eq = spec.indexOf(u'=');
        QString error;
        if (eq <= 0 || eq == spec.size() - 1) {
            err() << "reportlens-cli catalog: --add-alias takes INDICATOR=ALIAS\n";
            return UsageError;
        }
        if (!store.addAlias(spec.left(eq), spec.mid(eq + 1), {}, &error)) {
            err() << "reportlens-cli catalog: " << error << "\n";
            return InputFailed;
        }
    }
    const IndicatorCatalog catalog = store.catalog();
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonArray array;
        for (const CatalogIndicator &i : catalog.indicators) {
            QJsonArray aliases;
            for (const CatalogAlias &a : catalog.aliases)
                if (a.indicatorId == i.id)
                    aliases.append(a.metrics.isEmpty() ? QJsonValue(a.alias)
                                                       : QJsonValue(QJsonObject{{QStringLiteral("alias"), a.alias},
                                                                                {QStringLiteral("metrics"), QJsonArray::fromStringList(a.metrics)}}));
            array.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name},
                                     {QStringLiteral("metrics"), QJsonArray::fromStringList(i.metrics)},
                                     {QStringLiteral("unit"), i.unit}, {QStringLiteral("aliases"), aliases}});
        }
        printJson(array);
        return Success;
    }
    for (const CatalogIndicator &i : catalog.indicators) {
        QStringList aliases;
        for (const CatalogAlias &a : catalog.aliases)
            if (a.indicatorId == i.id && a.alias != i.name)
                aliases.append(a.metrics.isEmpty() ? a.alias : QStringLiteral("%1 (%2)").arg(a.alias, a.metrics.join(u',')));
        out() << i.id << "\t" << i.name << "\t" << i.metrics.join(u',') << "\t" << i.unit << "\t" << aliases.join(QStringLiteral("、")) << "\n";
    }
    return Success;
}

int chartCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption indicator(QStringLiteral("indicator"), QStringLiteral("Indicator id (see catalog)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption metric(QStringLiteral("metric"), QStringLiteral("level, growth or rate."),
                                    QStringLiteral("METRIC"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("A region to draw (repeatable; default all)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption keyword(QStringLiteral("keyword"),
                                     QStringLiteral("A term whose frequency per 10,000 characters to draw (repeatable)."),
                                     QStringLiteral("TERM"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file: .png or .svg."), QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in pixels (default 1200)."),
                                   QStringLiteral("W"), QStringLiteral("1200"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in pixels (default 700)."),
                                    QStringLiteral("H"), QStringLiteral("700"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Chart title."), QStringLiteral("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    parser.addOptions({indicator, metric, region, keyword, outFile, width, height, title, force});
    if (int code = parseCommand(parser, context, {},
                                QStringLiteral("Draw an indicator (outcomes against targets) and/or keyword frequencies "
                                               "across years, without a display."));
        code >= 0)
        return code;
    const bool hasIndicator = parser.isSet(indicator);
    bool sizeOk = true, ok = false;
    const int w = parser.value(width).toInt(&ok);
    sizeOk = sizeOk && ok && w >= 200 && w <= 10000;
    const int h = parser.value(height).toInt(&ok);
    sizeOk = sizeOk && ok && h >= 150 && h <= 10000;
    if (!parser.isSet(outFile) || (!hasIndicator && !parser.isSet(keyword)) || (hasIndicator && !parser.isSet(metric))
        || !sizeOk) {
        err() << "reportlens-cli chart: needs --out FILE and either --indicator ID --metric M or --keyword TERM "
                 "(width 200–10000, height 150–10000)\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    TrendQuery query(library);
    QList<TrendSeries> series;
    if (hasIndicator) {
        IndicatorStore store(library);
        const CatalogIndicator *known = store.catalog().indicator(parser.value(indicator));
        if (!known || !known->metrics.contains(parser.value(metric))) {
            err() << "reportlens-cli chart: unknown indicator or metric " << parser.value(indicator) << ' '
                  << parser.value(metric) << " (see reportlens-cli catalog)\n";
            return UsageError;
        }
        series = query.indicatorSeries(parser.value(indicator), parser.value(metric), parser.values(region));
        if (std::all_of(series.cbegin(), series.cend(), [](const TrendSeries &s) { return s.outcomes.isEmpty() && s.targets.isEmpty(); })) {
            err() << "reportlens-cli chart: the library has no " << parser.value(indicator) << ' ' << parser.value(metric)
                  << " figures" << (parser.isSet(region) ? QStringLiteral(" for those regions") : QString()) << "\n";
            return InputFailed;
        }
    }
    QList<KeywordSeries> keywords;
    const QStringList regions = parser.values(region);
    for (const QString &term : parser.values(keyword)) {
        if (regions.isEmpty() || hasIndicator)
            keywords.append(query.keywordSeries(term));
        else
            for (const QString &r : regions)
                keywords.append(query.keywordSeries(term, r));
    }
    if (QFileInfo::exists(parser.value(outFile)) && !parser.isSet(force)) {
        err() << "reportlens-cli chart: " << parser.value(outFile) << " exists; use --force to replace it\n";
        return InputFailed;
    }
    TrendChart::Options options;
    options.title = parser.value(title);
    QString error;
    if (!TrendChart::render(series, keywords, options, parser.value(outFile), QSize(w, h), &error)) {
        err() << "reportlens-cli chart: " << error << "\n";
        return InputFailed;
    }
    out() << parser.value(outFile) << "\n";
    return Success;
}

} // namespace

QList<Command> indicatorCommands()
{
    return {
        {QStringLiteral("indicators"), QStringLiteral("list extracted indicators"), indicatorsCommand},
        {QStringLiteral("catalog"), QStringLiteral("list or extend the indicator catalog"), catalogCommand},
        {QStringLiteral("chart"), QStringLiteral("draw indicator or keyword trends to PNG/SVG"), chartCommand},
    };
}

} // namespace ReportLens::Cli
