#include "clisupport.h"

#include "store/library.h"
#include "store/reportstore.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ReportLens::Cli {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Parses a command's own options; returns -1 to continue, or an exit code to return.
int parseCommand(QCommandLineParser &parser, Context &context, const QString &positional, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The library: an SQLite file, or a team library's postgresql:// URL."),
                                QStringLiteral("PATH|URL"));
    parser.addOption(help);
    parser.addOption(db);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, description);
    if (!parser.parse(QStringList{context.command} + context.arguments)) {
        err() << "reportlens-cli " << context.command << ": " << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString helpText = parser.helpText();
        // helpText() names the program by its own path; show the command instead.
        helpText.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                         QStringLiteral("Usage: reportlens-cli [--db PATH] %1").arg(context.command));
        out() << helpText;
        return Success;
    }
    if (parser.isSet(db))
        context.dbPath = parser.value(db);
    return -1;
}

bool openLibrary(Library &library, const Context &context)
{
    QString error;
    const QString path = context.dbPath.isEmpty() ? Library::defaultPath() : context.dbPath;
    library.setUpgradeNotice([&path](int from, int to) {
        err() << "reportlens-cli: upgrading " << path << " from format " << from << " to " << to
              << " (a backup copy first; once, and a few minutes for a large library)\n";
        err().flush();
    });
    if (library.open(path, &error))
        return true;
    err() << "reportlens-cli: " << error << "\n";
    return false;
}

int requireFormat(const QString &format, const QStringList &allowed)
{
    if (allowed.contains(format))
        return -1;
    err() << "reportlens-cli: unknown format '" << format << "' (use " << allowed.join(QStringLiteral(", ")) << ")\n";
    return UsageError;
}

bool parseId(QCommandLineParser &parser, qint64 *id)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    if (positional.size() == 1)
        *id = positional.first().toLongLong(&ok);
    if (!ok)
        err() << "reportlens-cli: expected one report ID\n";
    return ok;
}

std::optional<Report> loadReport(Library &library, qint64 id)
{
    std::optional<Report> report = ReportStore(library).load(id);
    if (!report)
        err() << "reportlens-cli: no report with ID " << id << "\n";
    return report;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Display width in a terminal: CJK characters take two columns.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (QChar c : text)
        width += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFDC)))
            ? 2
            : 1;
    return width;
}

void printTable(const QStringList &columns, const QList<QStringList> &rows, bool csv)
{
    if (csv) {
        out() << columns.join(u',') << "\n";
        for (const QStringList &row : rows) {
            QStringList fields;
            for (const QString &v : row)
                fields.append(Csv::field(v));
            out() << fields.join(u',') << "\n";
        }
        return;
    }
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths.append(displayWidth(c));
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row[i] + QString(widths[i] - displayWidth(row[i]) + 2, u' ');
        out() << line.trimmed() << "\n";
    };
    printRow(columns);
    for (const QStringList &row : rows)
        printRow(row);
}

} // namespace ReportLens::Cli
