#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"

#include "import/samplelibrary.h"
#include "store/library.h"
#include "util/scriptfolding.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    // Wayland desktops find the window's name and icon through the installed desktop file's name.
    QApplication::setDesktopFileName(QStringLiteral(REPORTLENS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" REPORTLENS_APP_ID ".svg")));

    // The interface follows the system locale unless the preferences name a language.
    const QString language = ReportLens::Settings::language.value();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("reportlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read, compare and mine Chinese government work reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main", "The library: an SQLite file, or a team library's postgresql:// URL."),
        QStringLiteral("PATH|URL"), ReportLens::Library::defaultPath());
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "Open this report."),
                                  QStringLiteral("ID"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QApplication::translate("main", "Show these reports side by side."),
                                     QStringLiteral("ID,ID,…"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main", "Start on a view: reader, compare, charts or annotations."),
        QStringLiteral("VIEW"));
    parser.addOptions({db, open, compare, view});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Reports to import: files or folders."),
                                 QStringLiteral("[FILE…]"));
    parser.process(app);

    ReportLens::Library library;
    QString error;
    const QString path = parser.value(db);
    // Upgrading a large library takes a while: say so, as there is no window yet.
    std::unique_ptr<QProgressDialog> upgrading;
    library.setUpgradeNotice([&](int, int) {
        upgrading = std::make_unique<QProgressDialog>(
            QApplication::translate("main",
                                    "Upgrading the library %1 to this version's format. A backup copy is made "
                                    "first. This happens once and can take a few minutes for a large library.")
                .arg(QDir::toNativeSeparators(path)),
            QString(), 0, 0);
        upgrading->setWindowTitle(QStringLiteral("ReportLens"));
        upgrading->setMinimumDuration(0);
        upgrading->show();
        QCoreApplication::processEvents();
    });
    const bool opened = library.open(path, &error);
    upgrading.reset();
    if (!opened) {
        using Failure = ReportLens::Library::OpenFailure;
        const bool unreadable =
            library.openFailure() == Failure::NotADatabase || library.openFailure() == Failure::Damaged;
        if (!unreadable) {
            QMessageBox::critical(nullptr, QStringLiteral("ReportLens"), error);
            return 3;
        }
        // Never overwrite what is there: offer to move it aside and start a new library.
        QMessageBox box(QMessageBox::Critical, QStringLiteral("ReportLens"), error);
        box.setInformativeText(QApplication::translate(
            "main", "The file is kept. ReportLens can rename it and start a new, empty library in its place."));
        QPushButton *moveAside =
            box.addButton(QApplication::translate("main", "Move Aside and Start Fresh"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        QString movedTo;
        if (box.clickedButton() != moveAside || !ReportLens::Library::moveAside(path, &movedTo, &error)
            || !library.open(path, &error)) {
            if (box.clickedButton() == moveAside)
                QMessageBox::critical(nullptr, QStringLiteral("ReportLens"), error);
            return 3;
        }
        QMessageBox::information(
            nullptr, QStringLiteral("ReportLens"),
            QApplication::translate("main", "The unreadable library was kept as %1.").arg(movedTo));
    }
    // A new personal library starts with the bundled samples, so the application is never empty
    // (a team library is the team's to fill).
    if (library.isNew() && library.engine() == ReportLens::Engine::SQLite)
        ReportLens::SampleLibrary::importSamples(library);

    ReportLens::PreferencesDialog::applyColorScheme();
    ReportLens::MainWindow window(library);
    window.show();
    // The Traditional → Simplified table (ICU, about 0.1 s) is built on first use; build it beside
    // the event loop now, so that the first search does not wait for it.
    QThreadPool::globalInstance()->start([] { ReportLens::ScriptFolding::table(); });
    if (parser.isSet(open))
        window.openReport(parser.value(open).toLongLong());
    if (parser.isSet(compare)) {
        QList<qint64> ids;
        for (const QString &id : parser.value(compare).split(u','))
            ids.append(id.toLongLong());
        window.compareReports(ids);
    }
    // Files given by the desktop's "Open with" (Exec=reportlens %F) or the shell are imported in
    // the background and the first is shown; absolute, as they are remembered among the recent imports.
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QDir().absoluteFilePath(file));
    window.openFiles(files);
    // Figures read with older rules: offer to read them again, over the window.
    QTimer::singleShot(0, &window, &ReportLens::MainWindow::offerReextraction);
    if (parser.value(view) == QStringLiteral("charts"))
        window.views()->setCurrentIndex(2);
    else if (parser.value(view) == QStringLiteral("compare"))
        window.views()->setCurrentIndex(1);
    else if (parser.value(view) == QStringLiteral("annotations"))
        QTimer::singleShot(0, &window, &ReportLens::MainWindow::showAnnotations);
    return app.exec();
}
