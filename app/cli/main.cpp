#include "clicommands.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Charts are drawn with Qt Charts, which needs QApplication; the offscreen platform means the
    // chart command needs no display either. Every other command runs on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (ReportLens::Cli::drawsCharts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    return ReportLens::Cli::run(QCoreApplication::arguments());
}
