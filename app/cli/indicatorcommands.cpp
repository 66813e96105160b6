// reportlens-cli commands about indicators: the extracted figures and the catalog.

#include "clisupport.h"
#include "jsonformat.h"

#include "charts/trendchart.h"
#include "trend/trendquery.h"

#include "extract/evaluation.h"
#include "import/reextraction.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"
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
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Only this report."),
                                    QStringLiteral("ID"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       QStringLiteral("Only this indicator (see catalog)."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 QStringLiteral("Start CSV with a UTF-8 byte-order mark (for Excel)."));
    parser.addOptions({report, indicator, format, bom});
    if (int code = parseCommand(parser, context, {}, QStringLiteral("List the indicators extracted from the reports."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format),
                                 {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
        code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const QList<IndicatorRow> rows =
        IndicatorStore(library).rows(parser.value(report).toLongLong(), parser.value(indicator));
    const QString f = parser.value(format);
    if (f == QStringLiteral("json")) {
        QJsonArray array;
        for (const IndicatorRow &r : rows) {
            QJsonObject o = Json::figure(r.indicator);
            o.insert(QStringLiteral("report_id"), r.reportId);
            o.insert(QStringLiteral("region"), r.region);
            o.insert(QStringLiteral("report_year"), r.reportYear > 0 ? QJsonValue(r.reportYear) : QJsonValue());
            array.append(o);
        }
        printJson(array);
        return Success;
    }
    const QStringList columns = {
        QStringLiteral("report_id"),    QStringLiteral("region"),     QStringLiteral("report_year"),
        QStringLiteral("indicator"),    QStringLiteral("metric"),     QStringLiteral("kind"),
        QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("value"),
        QStringLiteral("value_high"),   QStringLiteral("unit"),       QStringLiteral("qualifier"),
        QStringLiteral("quote")};
    QList<QStringList> table;
    for (const IndicatorRow &r : rows) {
        const Indicator &i = r.indicator;
        table.append({QString::number(r.reportId), r.region,
                      r.reportYear > 0 ? QString::number(r.reportYear) : QString(), i.indicatorId, metricName(i.metric),
                      figureKindName(i.kind), QString::number(i.periodStart), QString::number(i.periodEnd),
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
                    aliases.append(a.metrics.isEmpty()
                                       ? QJsonValue(a.alias)
                                       : QJsonValue(QJsonObject{{QStringLiteral("alias"), a.alias},
                                                                {QStringLiteral("metrics"),
                                                                 QJsonArray::fromStringList(metricNames(a.metrics))}}));
            array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("metrics"), QJsonArray::fromStringList(metricNames(i.metrics))},
                                     {QStringLiteral("unit"), i.unit},
                                     {QStringLiteral("aliases"), aliases}});
        }
        printJson(array);
        return Success;
    }
    for (const CatalogIndicator &i : catalog.indicators) {
        QStringList aliases;
        for (const CatalogAlias &a : catalog.aliases)
            if (a.indicatorId == i.id && a.alias != i.name)
                aliases.append(a.metrics.isEmpty()
                                   ? a.alias
                                   : QStringLiteral("%1 (%2)").arg(a.alias, metricNames(a.metrics).join(u',')));
        out() << i.id << "\t" << i.name << "\t" << metricNames(i.metrics).join(u',') << "\t" << i.unit << "\t"
              << aliases.join(QStringLiteral("、")) << "\n";
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
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("A region to draw (repeatable; default all)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption keyword(
        QStringLiteral("keyword"), QStringLiteral("A term whose frequency per 10,000 characters to draw (repeatable)."),
        QStringLiteral("TERM"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file: .png or .svg."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in pixels (default 1200)."),
                                   QStringLiteral("W"), QStringLiteral("1200"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in pixels (default 700)."),
                                    QStringLiteral("H"), QStringLiteral("700"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Chart title."), QStringLiteral("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    parser.addOptions({indicator, metric, region, keyword, outFile, width, height, title, force});
    if (int code =
            parseCommand(parser, context, {},
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
        // Kept: indicator() points into the catalog.
        const IndicatorCatalog catalog = IndicatorStore(library).catalog();
        const CatalogIndicator *known = catalog.indicator(parser.value(indicator));
        const std::optional<Metric> chosen = metricFromName(parser.value(metric));
        if (!known || !chosen || !known->metrics.contains(*chosen)) {
            err() << "reportlens-cli chart: unknown indicator or metric " << parser.value(indicator) << ' '
                  << parser.value(metric) << " (see reportlens-cli catalog)\n";
            return UsageError;
        }
        series = query.indicatorSeries(parser.value(indicator), *chosen, parser.values(region));
        if (std::all_of(series.cbegin(), series.cend(),
                        [](const TrendSeries &s) { return s.outcomes.isEmpty() && s.targets.isEmpty(); })) {
            err() << "reportlens-cli chart: the library has no " << parser.value(indicator) << ' '
                  << parser.value(metric) << " figures"
                  << (parser.isSet(region) ? QStringLiteral(" for those regions") : QString()) << "\n";
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

QJsonObject tallyJson(const EvaluationTally &t)
{
    return QJsonObject{
        {QStringLiteral("required"), t.required},     {QStringLiteral("required_found"), t.requiredFound},
        {QStringLiteral("optional"), t.optional},     {QStringLiteral("optional_found"), t.optionalFound},
        {QStringLiteral("predicted"), t.predicted},   {QStringLiteral("correct"), t.correct},
        {QStringLiteral("precision"), t.precision()}, {QStringLiteral("recall"), t.recall()}};
}

QJsonObject goldJson(const GoldFigure &g)
{
    return QJsonObject{{QStringLiteral("indicator"), g.indicator},
                       {QStringLiteral("metric"), metricName(g.metric)},
                       {QStringLiteral("kind"), figureKindName(g.kind)},
                       {QStringLiteral("period_start"), g.periodStart},
                       {QStringLiteral("period_end"), g.periodEnd},
                       {QStringLiteral("value"), g.value},
                       {QStringLiteral("value_high"), g.valueHigh ? QJsonValue(*g.valueHigh) : QJsonValue()},
                       {QStringLiteral("required"), g.required},
                       {QStringLiteral("note"), g.note},
                       {QStringLiteral("line"), g.line}};
}

QString describe(const std::optional<GoldFigure> &g)
{
    return g ? describeFigure(g->indicator, g->metric, g->kind, g->periodStart, g->periodEnd, g->value, g->valueHigh)
             : QStringLiteral("—");
}

QString describe(const std::optional<Indicator> &f)
{
    return f ? describeFigure(f->indicatorId, f->metric, f->kind, f->periodStart, f->periodEnd,
                              f->valueInCatalogUnit.value_or(f->value), f->valueHigh)
             : QStringLiteral("—");
}

int evaluateCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({format});
    if (int code =
            parseCommand(parser, context, QStringLiteral("GOLD.tsv"),
                         QStringLiteral("Compare the library's figures with a hand-labelled gold file: precision "
                                        "and recall overall, per indicator, kind and script, every miss and "
                                        "every wrong figure. Imports nothing."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "reportlens-cli evaluate: needs one GOLD.tsv\n";
        return UsageError;
    }
    QString error;
    const std::optional<GoldStandard> gold = GoldStandard::load(parser.positionalArguments().first(), &error);
    if (!gold) {
        err() << "reportlens-cli evaluate: " << error << "\n";
        return InputFailed;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    ReportStore reports(library);
    IndicatorStore indicators(library);
    QList<EvaluatedReport> evaluated;
    for (const ReportSummary &s : reports.list()) {
        const QString file = QFileInfo(s.sourcePath).fileName();
        if (!gold->files.contains(file))
            continue;
        EvaluatedReport r{s.id, file, {}, {}};
        if (const std::optional<Report> report = reports.load(s.id))
            r.script = report->script;
        for (const IndicatorRow &row : indicators.rows(s.id))
            r.figures.append(row.indicator);
        evaluated.append(r);
    }
    const Evaluation e = Evaluation::run(*gold, evaluated);

    if (parser.value(format) == QStringLiteral("json")) {
        auto slices = [](const QMap<QString, EvaluationTally> &map) {
            QJsonObject o;
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                o.insert(it.key(), tallyJson(it.value()));
            return o;
        };
        auto findings = [](const QList<EvaluationFinding> &list) {
            QJsonArray a;
            for (const EvaluationFinding &f : list)
                a.append(QJsonObject{
                    {QStringLiteral("file"), f.file},
                    {QStringLiteral("expected"), f.expected ? QJsonValue(goldJson(*f.expected)) : QJsonValue()},
                    {QStringLiteral("found"), f.found ? QJsonValue(Json::figure(*f.found)) : QJsonValue()}});
            return a;
        };
        printJson(QJsonObject{{QStringLiteral("gold"), gold->path},
                              {QStringLiteral("files"), int(gold->files.size())},
                              {QStringLiteral("files_not_in_library"), QJsonArray::fromStringList(e.filesNotInLibrary)},
                              {QStringLiteral("overall"), tallyJson(e.overall)},
                              {QStringLiteral("by_indicator"), slices(e.byIndicator)},
                              {QStringLiteral("by_kind"), slices(e.byKind)},
                              {QStringLiteral("by_script"), slices(e.byScript)},
                              {QStringLiteral("misses"), findings(e.misses)},
                              {QStringLiteral("false_positives"), findings(e.falsePositives)}});
        return Success;
    }
    out() << "gold " << gold->path << ": " << gold->files.size() << " files, " << e.overall.required << " required and "
          << e.overall.optional << " optional figures\n";
    if (!e.filesNotInLibrary.isEmpty())
        out() << "not in the library (" << e.filesNotInLibrary.size()
              << "): " << e.filesNotInLibrary.join(QStringLiteral(", ")) << "\n";
    const QStringList columns = {QStringLiteral("slice"),     QStringLiteral("required"),
                                 QStringLiteral("found"),     QStringLiteral("recall"),
                                 QStringLiteral("predicted"), QStringLiteral("correct"),
                                 QStringLiteral("precision"), QStringLiteral("optional found")};
    QList<QStringList> table;
    auto row = [&](const QString &name, const EvaluationTally &t) {
        table.append({name, QString::number(t.required), QString::number(t.requiredFound),
                      QString::number(t.recall(), 'f', 3), QString::number(t.predicted), QString::number(t.correct),
                      QString::number(t.precision(), 'f', 3),
                      QStringLiteral("%1/%2").arg(t.optionalFound).arg(t.optional)});
    };
    row(QStringLiteral("overall"), e.overall);
    for (const auto &[prefix, map] :
         {std::pair{QStringLiteral("indicator"), &e.byIndicator}, std::pair{QStringLiteral("kind"), &e.byKind},
          std::pair{QStringLiteral("script"), &e.byScript}})
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            row(prefix + u' ' + it.key(), it.value());
    printTable(columns, table, false);
    out() << "\nmisses (" << e.misses.size() << ")\n";
    for (const EvaluationFinding &f : e.misses)
        out() << f.file << "\n  expected " << describe(f.expected) << "  「" << f.expected->note.simplified()
              << "」\n  found    " << describe(f.found) << "\n";
    out() << "\nwrong figures (" << e.falsePositives.size() << ")\n";
    for (const EvaluationFinding &f : e.falsePositives)
        out() << f.file << "\n  found    " << describe(f.found) << "  「" << f.found->quote.simplified().left(120)
              << "」\n  expected " << describe(f.expected) << "\n";
    return Success;
}

int reextractCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every report in the library."));
    parser.addOptions({all});
    if (int code =
            parseCommand(parser, context, QStringLiteral("[ID...]"),
                         QStringLiteral("Read the figures of stored reports again with the current catalog and "
                                        "rules, one transaction per report, keeping the figures a user corrected "
                                        "or marked wrong."));
        code >= 0)
        return code;
    if (parser.isSet(all) == !parser.positionalArguments().isEmpty()) {
        err() << "reportlens-cli reextract: give --all or report ids\n";
        return UsageError;
    }
    QList<qint64> ids;
    for (const QString &a : parser.positionalArguments()) {
        bool ok = false;
        ids.append(a.toLongLong(&ok));
        if (!ok || ids.last() <= 0) {
            err() << "reportlens-cli reextract: not a report id: " << a << "\n";
            return UsageError;
        }
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const Reextraction::Result result = Reextraction::run(library, ids);
    for (const QString &e : result.errors)
        err() << "reportlens-cli reextract: " << e << "\n";
    out() << "re-extracted " << result.reports << " reports: " << result.figuresBefore << " figures before, "
          << result.figuresAfter << " after\n";
    return result.errors.isEmpty() ? Success : InputFailed;
}

} // namespace

QList<Command> indicatorCommands()
{
    return {
        {QStringLiteral("indicators"), QStringLiteral("list extracted indicators"), indicatorsCommand},
        {QStringLiteral("catalog"), QStringLiteral("list or extend the indicator catalog"), catalogCommand},
        {QStringLiteral("chart"), QStringLiteral("draw indicator or keyword trends to PNG/SVG"), chartCommand},
        {QStringLiteral("evaluate"), QStringLiteral("measure the figures against a hand-labelled gold file"),
         evaluateCommand},
        {QStringLiteral("reextract"), QStringLiteral("read stored reports' figures again with the current rules"),
         reextractCommand},
    };
}

} // namespace ReportLens::Cli
