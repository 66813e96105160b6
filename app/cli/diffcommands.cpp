// reportlens-cli diff: what changed from one report to another — sentences, sections, figures;
// reportlens-cli firstuse: where and when a term was first used.

#include "clisupport.h"

#include "compare/reportcomparison.h"
#include "extract/figuretext.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "trend/trendquery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReportLens::Cli {

namespace {

// The heaviest terms printed as text; JSON lists them all.
constexpr qsizetype TermListLength = 60;

QJsonArray termsJson(const QList<TermDiff::Term> &terms)
{
    QJsonArray array;
    for (const TermDiff::Term &t : terms) {
        QJsonArray starts;
        for (const TextDiff::Range &r : t.places)
            starts.append(qint64(r.start));
        array.append(QJsonObject{{QStringLiteral("term"), t.text},
                                 {QStringLiteral("uses"), qint64(t.count())},
                                 {QStringLiteral("weight"), t.weight},
                                 {QStringLiteral("starts"), starts}});
    }
    return array;
}

QJsonValue figureJson(const std::optional<Indicator> &i)
{
    if (!i)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("period_start"), i->periodStart},
                       {QStringLiteral("period_end"), i->periodEnd},
                       {QStringLiteral("value"), i->value},
                       {QStringLiteral("text"), FigureText::value(*i)},
                       {QStringLiteral("start"), qint64(i->numberStart)},
                       {QStringLiteral("quote"), i->quote}};
}

QJsonArray partsJson(const QList<ReportComparison::Part> &parts)
{
    QJsonArray array;
    for (const ReportComparison::Part &p : parts)
        array.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("chars"), qint64(p.chars)}});
    return array;
}

void printJson(const ReportComparison &c, qint64 leftId, qint64 rightId)
{
    QJsonArray resized, figures, regrouped;
    for (const ReportComparison::Regrouping &g : c.regrouped)
        regrouped.append(QJsonObject{{QStringLiteral("kind"), regroupingWord(g.kind)},
                                     {QStringLiteral("from"), partsJson(g.from)},
                                     {QStringLiteral("to"), partsJson(g.to)}});
    for (const auto &[p, q] : c.resized)
        resized.append(QJsonObject{{QStringLiteral("left_path"), p.path},
                                   {QStringLiteral("left_chars"), qint64(p.chars)},
                                   {QStringLiteral("right_path"), q.path},
                                   {QStringLiteral("right_chars"), qint64(q.chars)}});
    for (const FigureChange &f : c.figures)
        figures.append(QJsonObject{{QStringLiteral("indicator"), f.indicatorId},
                                   {QStringLiteral("name"), f.name},
                                   {QStringLiteral("metric"), metricName(f.metric)},
                                   {QStringLiteral("kind"), figureKindName(f.kind)},
                                   {QStringLiteral("left"), figureJson(f.left)},
                                   {QStringLiteral("right"), figureJson(f.right)},
                                   {QStringLiteral("difference"), f.difference()},
                                   {QStringLiteral("target"), targetWord(f.target())}});
    Cli::printJson(QJsonObject{
        {QStringLiteral("left"), QJsonObject{{QStringLiteral("id"), leftId}, {QStringLiteral("name"), c.leftName}}},
        {QStringLiteral("right"), QJsonObject{{QStringLiteral("id"), rightId}, {QStringLiteral("name"), c.rightName}}},
        {QStringLiteral("sentences"),
         QJsonObject{{QStringLiteral("same"), qint64(c.text.sameCount())},
                     {QStringLiteral("edited"), qint64(c.text.editedCount())},
                     {QStringLiteral("dropped"), qint64(c.text.droppedCount())},
                     {QStringLiteral("new"), qint64(c.text.newCount())}}},
        {QStringLiteral("sections"),
         QJsonObject{{QStringLiteral("added"), partsJson(c.added)},
                     {QStringLiteral("removed"), partsJson(c.removed)},
                     {QStringLiteral("resized"), resized},
                     {QStringLiteral("regrouped"), regrouped}}},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("terms"),
         QJsonObject{{QStringLiteral("new"), termsJson(c.terms.added)},
                     {QStringLiteral("dropped"), termsJson(c.terms.dropped)}}}});
}

void printText(const ReportComparison &c)
{
    out() << c.leftName << " → " << c.rightName << "\n";
    out() << QStringLiteral("Sentences: %1 the same, %2 edited, %3 dropped, %4 new\n")
                 .arg(c.text.sameCount())
                 .arg(c.text.editedCount())
                 .arg(c.text.droppedCount())
                 .arg(c.text.newCount());
    const auto listParts = [](const QString &title, const QList<ReportComparison::Part> &parts) {
        if (parts.isEmpty())
            return;
        out() << "\n" << title << "\n";
        for (const ReportComparison::Part &p : parts)
            out() << "  " << p.path << QStringLiteral(" (%1 characters)\n").arg(p.chars);
    };
    listParts(QStringLiteral("Sections added"), c.added);
    listParts(QStringLiteral("Sections removed"), c.removed);
    if (!c.regrouped.isEmpty()) {
        out() << "\nSections split, merged or renamed\n";
        for (const ReportComparison::Regrouping &g : c.regrouped)
            out() << "  " << regroupingWord(g.kind) << ": " << pathList(g.from) << " → " << pathList(g.to) << "\n";
    }
    if (!c.resized.isEmpty()) {
        out() << "\nSections grown or shrunk\n";
        for (const auto &[p, q] : c.resized)
            out() << "  " << q.path << QStringLiteral(": %1 → %2 characters\n").arg(p.chars).arg(q.chars);
    }
    const auto listTerms = [](const QString &title, const QList<TermDiff::Term> &terms) {
        out() << "\n" << title << QStringLiteral(" (%1; uses in brackets)\n ").arg(terms.size());
        for (const TermDiff::Term &t : terms.mid(0, TermListLength))
            out() << " " << t.text << QStringLiteral(" (%1)").arg(t.count());
        out() << (terms.size() > TermListLength ? " …\n" : "\n");
    };
    listTerms(QStringLiteral("New terms"), c.terms.added);
    listTerms(QStringLiteral("Dropped terms"), c.terms.dropped);
    out() << "\nFigures\n";
    QList<QStringList> rows;
    for (const FigureChange &f : c.figures)
        rows.append(figureRow(f));
    printTable({QStringLiteral("indicator"), QStringLiteral("metric"), QStringLiteral("kind"), c.leftName, c.rightName,
                QStringLiteral("change"), QStringLiteral("target")},
               rows, false);
}

int diffCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json or markdown."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({format});
    if (int code =
            parseCommand(parser, context, QStringLiteral("ID1 ID2"),
                         QStringLiteral("What changed from report ID1 to report ID2: sentences, sections, figures."));
        code >= 0)
        return code;
    const QString f = parser.value(format);
    if (int code = requireFormat(f, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")});
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2) {
        err() << "reportlens-cli diff: give two report ids (see list)\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const std::optional<Report> a = loadReport(library, parser.positionalArguments()[0].toLongLong());
    const std::optional<Report> b =
        a ? loadReport(library, parser.positionalArguments()[1].toLongLong()) : std::nullopt;
    if (!a || !b)
        return InputFailed;
    IndicatorStore store(library);
    const SearchIndex index(library);
    const TermDiff::Weighting weighting{ReportStore(library).count(),
                                        [&index](const QString &term) { return index.reportsContaining(term); }};
    const ReportComparison c =
        ReportComparison::compare(*a, *b, store.rows(a->id), store.rows(b->id), store.catalog(), weighting);
    if (f == QStringLiteral("json"))
        printJson(c, a->id, b->id);
    else if (f == QStringLiteral("markdown"))
        out() << c.toMarkdown();
    else
        printText(c);
    return Success;
}

int firstuseCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Only this region."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({region, format});
    if (int code =
            parseCommand(parser, context, QStringLiteral("TERM"),
                         QStringLiteral("Where and when TERM was first used: the earliest report of each region, and "
                                        "its use year by year."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "reportlens-cli firstuse: give one term\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const QString term = parser.positionalArguments().first();
    const TrendQuery query(library);
    const QList<FirstUse> uses = query.firstUses(term, parser.value(region));
    const KeywordSeries timeline = query.keywordSeries(term, parser.value(region));
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonArray first, years;
        for (const FirstUse &u : uses)
            first.append(QJsonObject{{QStringLiteral("region"), u.region},
                                     {QStringLiteral("year"), u.year},
                                     {QStringLiteral("report_id"), u.reportId},
                                     {QStringLiteral("hits"), u.hits}});
        for (const auto &[year, perTenThousand] : timeline.points)
            years.append(
                QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("per_10000_characters"), perTenThousand}});
        Cli::printJson(QJsonObject{{QStringLiteral("term"), term},
                                   {QStringLiteral("first_uses"), first},
                                   {QStringLiteral("timeline"), years}});
        return Success;
    }
    if (uses.isEmpty()) {
        out() << term << ": not used in any dated report\n";
        return Success;
    }
    const auto regionName = [](const FirstUse &u) {
        return u.region.isEmpty() ? QStringLiteral("(unknown region)") : u.region;
    };
    out() << term
          << QStringLiteral(": first used %1 by %2 (report %3)\n")
                 .arg(uses.first().year)
                 .arg(regionName(uses.first()))
                 .arg(uses.first().reportId);
    QList<QStringList> rows;
    for (const FirstUse &u : uses)
        rows.append({QString::number(u.year), regionName(u), QString::number(u.reportId), QString::number(u.hits)});
    printTable({QStringLiteral("year"), QStringLiteral("region"), QStringLiteral("report_id"), QStringLiteral("hits")},
               rows, false);
    out() << "\nper 10,000 characters, year by year:\n";
    for (const auto &[year, perTenThousand] : timeline.points)
        if (perTenThousand > 0)
            out() << "  " << year << "  " << QString::number(perTenThousand, 'f', 2) << "\n";
    return Success;
}

} // namespace

QList<Command> diffCommands()
{
    return {{QStringLiteral("diff"), QStringLiteral("what changed from one report to another"), diffCommand},
            {QStringLiteral("firstuse"), QStringLiteral("where and when a term was first used"), firstuseCommand}};
}

} // namespace ReportLens::Cli
