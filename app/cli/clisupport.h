#pragma once

// Shared by the reportlens-cli commands: output streams, option parsing, library opening, formats.

#include "clicommands.h"

#include "model/report.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <optional>

namespace ReportLens {
class Library;
}

namespace ReportLens::Cli {

QTextStream &out();
QTextStream &err();

struct Context
{
    QString dbPath;
    QStringList arguments; ///< After the command name.
    QString command;
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(Context &)> run;
};

/// Parses a command's own options (adds --help and --db); returns -1 to continue, or an exit code.
int parseCommand(QCommandLineParser &parser, Context &context, const QString &positional, const QString &description);
bool openLibrary(Library &library, const Context &context);
/// -1 when @p format is one of @p allowed, else UsageError after saying so.
int requireFormat(const QString &format, const QStringList &allowed);
bool parseId(QCommandLineParser &parser, qint64 *id);
/// Report @p id, or nullopt after telling the user there is none.
std::optional<Report> loadReport(Library &library, qint64 id);
void printJson(const QJsonValue &value);
/// Display width in a terminal: CJK characters take two columns.
qsizetype displayWidth(const QString &text);
/// Prints rows as aligned columns (table), RFC 4180 CSV, with a header row.
void printTable(const QStringList &columns, const QList<QStringList> &rows, bool csv);

/// The commands about indicators (indicatorcommands.cpp).
QList<Command> indicatorCommands();
/// The commands about annotations (annotationcommands.cpp).
QList<Command> annotationCommands();
/// What changed from one report to another (diffcommands.cpp).
QList<Command> diffCommands();
/// Between a personal library and a team library: push, pull (teamcommands.cpp).
QList<Command> teamCommands();

} // namespace ReportLens::Cli
