// reportlens-cli commands about indicators: the extracted figures and the catalog.

#include "clisupport.h"

#include "store/indicatorstore.h"
#include "store/library.h"
#include "util/csv.h"

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
        out() << QString::fromUtf8(Csv::Utf8Bom);
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

} // namespace

QList<Command> indicatorCommands()
{
    return {
        {QStringLiteral("indicators"), QStringLiteral("list extracted indicators"), indicatorsCommand},
        {QStringLiteral("catalog"), QStringLiteral("list or extend the indicator catalog"), catalogCommand},
    };
}

} // namespace ReportLens::Cli
