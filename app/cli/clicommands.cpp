#include "clicommands.h"

#include "clisupport.h"
#include "jsonformat.h"

#include "import/importer.h"
#include "import/samplelibrary.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <unistd.h>

namespace ReportLens::Cli {

namespace {

const QList<Command> &commands();

QString generalHelp()
{
    QString text =
        QStringLiteral("Usage: reportlens-cli [--db PATH] COMMAND [options]\n\n"
                       "ReportLens command line: import, list, read and search Chinese government work reports.\n\n"
                       "Options:\n"
                       "  --db PATH|URL  the library: an SQLite file (default: %1)\n"
                       "                 or a team library's postgresql://user@host/database URL\n"
                       "  -h, --help     show this help; COMMAND --help shows a command's options\n"
                       "  --version      show the version\n\n"
                       "Commands:\n")
            .arg(Library::defaultPath());
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(14), c.summary);
    text += QStringLiteral("\nExit codes: 0 success, 1 some input failed or a report was not found, "
                           "2 usage error, 3 the library cannot be opened.\n");
    return text;
}

QString statusWord(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported: return QStringLiteral("imported");
    case ImportResult::Status::Duplicate: return QStringLiteral("duplicate");
    case ImportResult::Status::Failed: break;
    }
    return QStringLiteral("failed");
}

int printImportResult(const ImportResult &r)
{
    if (r.status == ImportResult::Status::Failed) {
        err() << "failed\t" << r.path << ": " << r.message << "\n";
        err().flush();
        return InputFailed;
    }
    out() << statusWord(r.status) << '\t' << r.reportId << '\t'
          << (r.meta.region.isSet() ? r.meta.region.value : QStringLiteral("-")) << '\t'
          << (r.meta.year.isSet() ? QString::number(r.meta.year.value) : QStringLiteral("-")) << '\t'
          << (r.meta.title.isSet() ? r.meta.title.value : QStringLiteral("-")) << '\t' << r.sectionCount
          << " sections\t" << r.path << "\n";
    out().flush();
    return Success;
}

int importCommand(Context &context)
{
    QCommandLineParser parser;
    if (int code = parseCommand(parser, context, QStringLiteral("PATH..."),
                                QStringLiteral("Import report files (.%1) or folders (recursively).")
                                    .arg(Importer::supportedSuffixes().join(QStringLiteral(", ."))));
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << "reportlens-cli import: name at least one file or folder\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    Importer importer(library);
    int code = Success;
    importer.importPaths(parser.positionalArguments(), [&](const ImportResult &r) {
        code = std::max(code, printImportResult(r));
        return true;
    });
    return code;
}

int samplesCommand(Context &context)
{
    QCommandLineParser parser;
    if (int code = parseCommand(parser, context, {}, QStringLiteral("Import the bundled sample reports.")); code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    int code = Success;
    for (const ImportResult &r : SampleLibrary::importSamples(library))
        code = std::max(code, printImportResult(r));
    return code;
}

int listCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (int code = parseCommand(parser, context, {}, QStringLiteral("List the reports in the library.")); code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format),
                                 {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
        code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const QList<ReportSummary> reports = ReportStore(library).list();
    const QString f = parser.value(format);
    if (f == QStringLiteral("json")) {
        QJsonArray array;
        for (const ReportSummary &r : reports)
            array.append(Json::summary(r));
        printJson(array);
        return Success;
    }
    const QStringList columns = {QStringLiteral("id"),    QStringLiteral("region"), QStringLiteral("level"),
                                 QStringLiteral("year"),  QStringLiteral("date"),   QStringLiteral("speaker"),
                                 QStringLiteral("title"), QStringLiteral("chars"),  QStringLiteral("sections")};
    QList<QStringList> rows;
    for (const ReportSummary &r : reports)
        rows.append({QString::number(r.id), r.region, adminLevelName(r.level),
                     r.year > 0 ? QString::number(r.year) : QString(), r.meetingDate.toString(Qt::ISODate),
                     (r.speakerRole + u' ' + r.speaker).trimmed(), r.title, QString::number(r.chars),
                     QString::number(r.sections)});
    printTable(columns, rows, f == QStringLiteral("csv"));
    return Success;
}

int showCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("Print the original text, before cleaning."));
    parser.addOption(raw);
    if (int code = parseCommand(parser, context, QStringLiteral("ID"), QStringLiteral("Print a report's clean text."));
        code >= 0)
        return code;
    qint64 id = 0;
    if (!parseId(parser, &id))
        return UsageError;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const std::optional<Report> report = loadReport(library, id);
    if (!report)
        return InputFailed;
    const QString &text = parser.isSet(raw) ? report->originalText : report->cleanText;
    out() << text;
    if (!text.endsWith(u'\n'))
        out() << "\n";
    return Success;
}

void printOutlineText(const QList<Section> &sections)
{
    for (const Section &s : sections) {
        out() << QString((s.level - 1) * 2, u' ') << s.label << s.title << "  [" << s.start << '-' << s.end << "]\n";
        printOutlineText(s.children);
    }
}

int outlineCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    if (int code = parseCommand(parser, context, QStringLiteral("ID"), QStringLiteral("Print a report's outline."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    qint64 id = 0;
    if (!parseId(parser, &id))
        return UsageError;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    ReportStore store(library);
    if (!loadReport(library, id))
        return InputFailed;
    const QList<Section> sections = store.sections(id);
    if (parser.value(format) == QStringLiteral("json"))
        printJson(Json::outline(sections));
    else
        printOutlineText(sections);
    return Success;
}

int glossaryCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    if (int code = parseCommand(parser, context, QStringLiteral("ID"),
                                QStringLiteral("Print a report's glossary (名词解释)."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    qint64 id = 0;
    if (!parseId(parser, &id))
        return UsageError;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    ReportStore store(library);
    if (!loadReport(library, id))
        return InputFailed;
    const QList<GlossaryEntry> entries = store.glossary(id);
    if (parser.value(format) == QStringLiteral("json")) {
        printJson(Json::glossary(entries));
    } else {
        for (const GlossaryEntry &e : entries)
            out() << e.term << "：" << e.definition << "\n";
    }
    return Success;
}

int searchCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N hits (default 50; 0 for all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(format);
    parser.addOption(limit);
    if (int code =
            parseCommand(parser, context, QStringLiteral("QUERY"),
                         QStringLiteral("Search the whole library for a literal text (any length, Chinese or not)."));
        code >= 0)
        return code;
    if (int code = requireFormat(parser.value(format), {QStringLiteral("text"), QStringLiteral("json")}); code >= 0)
        return code;
    bool limitOk = false;
    const int max = parser.value(limit).toInt(&limitOk);
    if (!limitOk || max < 0 || parser.positionalArguments().isEmpty()) {
        err() << "reportlens-cli search: expected QUERY and a non-negative --limit\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    QString error;
    const QList<SearchHit> hits =
        SearchIndex(library).search(parser.positionalArguments().join(u' '), max == 0 ? -1 : max, &error);
    if (!error.isEmpty()) {
        err() << "reportlens-cli: search failed: " << error << "\n";
        return LibraryError;
    }
    if (parser.value(format) == QStringLiteral("json")) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(Json::hit(h));
        printJson(array);
        return Success;
    }
    const bool tty = isatty(fileno(stdout));
    ReportStore store(library);
    QHash<qint64, ReportSummary> summaries;
    for (const ReportSummary &s : store.list())
        summaries.insert(s.id, s);
    qint64 current = -1;
    for (const SearchHit &h : hits) {
        if (h.reportId != current) {
            const ReportSummary &s = summaries[h.reportId];
            out() << "#" << h.reportId << "  " << s.region << "  " << (s.year > 0 ? QString::number(s.year) : QString())
                  << "  " << s.title << "\n";
            current = h.reportId;
        }
        // Bold red on a terminal; brackets in a file or a pipe.
        const QString snippet =
            wrapSpans(h.snippet, h.snippetMatches, tty ? QStringLiteral("\x1b[1;31m") : QStringLiteral("【"),
                      tty ? QStringLiteral("\x1b[0m") : QStringLiteral("】"));
        out() << "  " << h.start << "  "
              << (h.sectionTitles.isEmpty() ? QStringLiteral("-") : h.sectionTitles.join(QStringLiteral(" › ")))
              << "\n    " << snippet << "\n";
    }
    err() << hits.size() << (hits.size() == 1 ? " hit" : " hits") << "\n";
    return Success;
}

int inspectCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Also print the clean text."));
    parser.addOption(text);
    if (int code = parseCommand(parser, context, QStringLiteral("FILE"),
                                QStringLiteral("Run the import pipeline on a file without storing it: print the "
                                               "metadata, what cleaning removed and the outline."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "reportlens-cli inspect: name one file\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "failed\t" << path << ": " << file.errorString() << "\n";
        return InputFailed;
    }
    // The pipeline alone, with the bundled catalog: inspecting a file needs no library.
    QString error;
    const Report report = ImportPipeline(IndicatorCatalog::loadDefault()).process(file.readAll(), path, {}, &error);
    if (!error.isEmpty()) {
        err() << "failed\t" << path << ": " << error << "\n";
        return InputFailed;
    }
    const ReportMetadata &m = report.meta;
    auto field = [](const auto &f, const QString &value) { return f.isSet() ? value : QStringLiteral("-"); };
    out() << "format:    " << report.format << "\n"
          << "encoding:  " << report.encoding << "\n"
          << "script:    " << (report.script.isEmpty() ? QStringLiteral("simplified") : report.script) << "\n"
          << "title:     " << field(m.title, m.title.value) << "\n"
          << "region:    " << field(m.region, m.region.value) << "\n"
          << "level:     " << field(m.level, adminLevelName(m.level.value)) << "\n"
          << "year:      " << field(m.year, QString::number(m.year.value)) << "\n"
          << "date:      " << field(m.meetingDate, m.meetingDate.value.toString(Qt::ISODate)) << "\n"
          << "session:   " << field(m.session, m.session.value) << "\n"
          << "speaker:   " << field(m.speakerRole, m.speakerRole.value) << ' ' << field(m.speaker, m.speaker.value)
          << "\n"
          << "chars:     " << report.cleanText.size() << "\n";
    for (const ImportRepair &r : report.repairs)
        out() << "repaired:  " << r.kind << "  " << r.detail << "\n";
    for (const RemovedRange &r : report.removed)
        out() << "removed:   " << r.rule << "  "
              << report.originalText.mid(r.start, r.end - r.start).simplified().left(60) << "\n";
    for (const GlossaryEntry &e : report.glossary)
        out() << "glossary:  " << e.term << "\n";
    for (const Indicator &i : report.indicators)
        out() << "indicator: " << i.indicatorId << ' ' << metricName(i.metric) << ' ' << figureKindName(i.kind) << ' '
              << i.periodStart << (i.periodEnd != i.periodStart ? QStringLiteral("-%1").arg(i.periodEnd) : QString())
              << ' ' << i.value << (i.valueHigh ? QStringLiteral("~%1").arg(*i.valueHigh) : QString()) << i.unit
              << i.qualifier << "  «" << report.cleanText.mid(i.numberStart - 12, i.numberEnd - i.numberStart + 12)
              << "»\n";
    out() << "outline:\n";
    printOutlineText(report.sections);
    if (parser.isSet(text))
        out() << "text:\n" << report.cleanText << "\n";
    return Success;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("import"), QStringLiteral("import files or folders"), importCommand},
        {QStringLiteral("samples"), QStringLiteral("import the bundled sample reports"), samplesCommand},
        {QStringLiteral("list"), QStringLiteral("list the reports"), listCommand},
        {QStringLiteral("show"), QStringLiteral("print a report's text"), showCommand},
        {QStringLiteral("outline"), QStringLiteral("print a report's outline"), outlineCommand},
        {QStringLiteral("glossary"), QStringLiteral("print a report's glossary"), glossaryCommand},
        {QStringLiteral("search"), QStringLiteral("search the library"), searchCommand},
        {QStringLiteral("inspect"), QStringLiteral("show what importing a file would store"), inspectCommand},
    };
    static const QList<Command> all =
        list + indicatorCommands() + annotationCommands() + diffCommands() + teamCommands();
    return all;
}

} // namespace

bool drawsCharts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db") {
            ++i;
            continue;
        }
        if (!a.startsWith('-'))
            return a == "chart";
    }
    return false;
}

int run(const QStringList &arguments)
{
    Context context;
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &a = arguments[i];
        if (a == QStringLiteral("--db")) {
            if (i + 1 >= arguments.size()) {
                err() << "reportlens-cli: --db needs a PATH\n";
                return UsageError;
            }
            context.dbPath = arguments[i + 1];
            i += 2;
        } else if (a.startsWith(QStringLiteral("--db="))) {
            context.dbPath = a.mid(5);
            ++i;
        } else if (a == QStringLiteral("-h") || a == QStringLiteral("--help")) {
            out() << generalHelp();
            return Success;
        } else if (a == QStringLiteral("--version")) {
            out() << "reportlens-cli " << QCoreApplication::applicationVersion() << "\n";
            return Success;
        } else if (a.startsWith(u'-')) {
            err() << "reportlens-cli: unknown option " << a << "\n" << generalHelp();
            return UsageError;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        err() << generalHelp();
        return UsageError;
    }
    context.command = arguments[i];
    context.arguments = arguments.mid(i + 1);
    for (const Command &c : commands())
        if (c.name == context.command)
            return c.run(context);
    err() << "reportlens-cli: unknown command '" << context.command << "'\n" << generalHelp();
    return UsageError;
}

} // namespace ReportLens::Cli
