#include "mainwindow.h"

#include "import/samplelibrary.h"
#include "store/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read, compare and mine Chinese government work reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Library database."), QStringLiteral("PATH"),
                                ReportLens::Library::defaultPath());
    parser.addOption(db);
    parser.process(app);

    // The interface follows the system locale (zh_CN or English).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("reportlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    ReportLens::Library library;
    QString error;
    if (!library.open(parser.value(db), &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("ReportLens"), error);
        return 3;
    }
    // A new library starts with the bundled samples, so the application is never empty.
    if (library.isNew())
        ReportLens::SampleLibrary::importSamples(library);

    ReportLens::MainWindow window(library);
    window.show();
    return app.exec();
}
