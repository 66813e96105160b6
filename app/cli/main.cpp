#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    return ReportLens::Cli::run(QCoreApplication::arguments());
}
