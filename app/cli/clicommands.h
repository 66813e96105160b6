#pragma once

#include <QStringList>

namespace ReportLens::Cli {

/// Exit codes of reportlens-cli (documented in its --help and in docs/CLI.md).
enum ExitCode {
    Success = 0,
    InputFailed = 1, ///< Some file could not be imported, or a requested report does not exist.
    UsageError = 2, ///< Unknown command or option, missing argument.
    LibraryError = 3, ///< The library database cannot be opened or written.
};

/// True when the command line asks for the chart command (which needs a QApplication).
bool drawsCharts(int argc, char *argv[]);

/// Runs reportlens-cli with @p arguments (argv, program name first) and returns the exit code.
int run(const QStringList &arguments);

} // namespace ReportLens::Cli
