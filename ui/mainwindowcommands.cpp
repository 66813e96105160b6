// MainWindow's commands on reports and files: import, reload, read figures again, delete, edit
// details and annotations, export and print. (The window's construction and wiring are in
// mainwindow.cpp.)
#include "mainwindow.h"

#include "annotations/conflictdialog.h"
#include "team/teamlibrarydialog.h"

#include "annotations/annotationeditor.h"
#include "library/importcontroller.h"
#include "library/metadatadialog.h"
#include "document/document.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "reader/reportprinter.h"
#include "settings.h"

#include "import/importer.h"
#include "import/reextraction.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QCoreApplication>
#include <QProcess>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace ReportLens {

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentPaths.value();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { importPaths({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QStringList recent = Settings::recentPaths.value();
    for (const QString &path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    Settings::recentPaths.setValue(recent.mid(0, Settings::MaxRecentPaths));
    updateRecentMenu();
}

void MainWindow::openFiles(const QStringList &paths)
{
    importPaths(paths);
    m_openWhenImported = m_importController->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_importController->start(paths)) {
        statusBar()->showMessage(tr("An import is already running"), 5000);
        return;
    }
    rememberRecent(paths);
}

QString MainWindow::reportFileFilter()
{
    QStringList patterns;
    for (const QString &suffix : Importer::supportedSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Reports (%1);;All files (*)").arg(patterns.join(u' '));
}

void MainWindow::importFiles()
{
    importPaths(QFileDialog::getOpenFileNames(this, tr("Import Reports"), QString(), reportFileFilter()));
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Reports"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::reimportCurrent()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    QString path = m_document->currentReport().sourcePath;
    if (!QFileInfo::exists(path))
        path = QFileDialog::getOpenFileName(this, tr("Reload Report from File"), QString(), reportFileFilter());
    if (!path.isEmpty())
        reloadReportFromFile(id, path);
}

void MainWindow::reloadReportFromFile(qint64 id, const QString &path)
{
    // Read on a worker: a converted Word file or a long PDF takes seconds, and the window stays usable.
    m_document->reimport(id, path);
    statusBar()->showMessage(tr("Reading %1 again…").arg(QFileInfo(path).fileName()));
}

void MainWindow::reimportFinished(qint64 id, int needsReview, const QString &error)
{
    if (!error.isEmpty()) {
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Reload Report"), error);
        return;
    }
    if (id != currentReportId())
        openReport(id);
    statusBar()->showMessage(
        needsReview > 0 ? tr("Reloaded; %n annotation(s) need review", nullptr, needsReview) : tr("Reloaded"), 8000);
}

void MainWindow::offerReextraction()
{
    if (!Reextraction::isDue(m_document->library()))
        return;
    QMessageBox box(QMessageBox::Question, tr("Read Figures Again"),
                    tr("This version of ReportLens reads figures more accurately than the one that read this "
                       "library's reports."),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Read the figures of all %Ln report(s) again now? Figures you corrected or marked "
                              "wrong are kept. You can also do it later from the File menu.",
                              nullptr, ReportStore(m_document->library()).count()));
    QPushButton *now = box.addButton(tr("Read Again"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() == now)
        reextractAll();
}

void MainWindow::reextractAll()
{
    QProgressDialog progress(tr("Reading the figures of every report again…"), tr("Stop"), 0,
                             ReportStore(m_document->library()).count(), this);
    progress.setWindowTitle(tr("Read Figures Again"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Each report is its own transaction: stopping leaves every report either done or as it was.
    const Reextraction::Result result = Reextraction::run(m_document->library(), {}, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    m_document->figuresReread();
    if (!result.errors.isEmpty())
        QMessageBox::warning(this, tr("Read Figures Again"), result.errors.join(u'\n'));
    statusBar()->showMessage(tr("Figures of %Ln report(s) read again: %1 before, %2 now", nullptr, result.reports)
                                 .arg(result.figuresBefore)
                                 .arg(result.figuresAfter),
                             8000);
}

void MainWindow::deleteCurrentReport()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    const int annotations = int(m_document->currentAnnotations().size());
    const auto answer = QMessageBox::question(
        this, tr("Delete Report"),
        tr("Delete “%1” from the library? Its %n annotation(s) are deleted with it. Edit ▸ Undo brings "
           "everything back.",
           nullptr, annotations)
            .arg(displayTitle(m_document->currentReport().meta)));
    if (answer == QMessageBox::Yes)
        m_document->deleteReport(id); // a failure is told through errorOccurred
}

void MainWindow::editMetadata()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    MetadataDialog dialog(m_document->currentReport(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setMetadata(id, dialog.result());
}

void MainWindow::editAnnotationAt()
{
    const std::optional<Annotation> annotation =
        m_document->annotationAt(m_readerPane->reader()->textCursor().position());
    if (!annotation) {
        statusBar()->showMessage(tr("Put the cursor in a highlight to edit its note and tags"), 4000);
        return;
    }
    AnnotationEditor editor(*annotation, AnnotationStore(m_library).tags(), this);
    if (editor.exec() == QDialog::Accepted)
        m_document->editAnnotation(editor.result());
}

void MainWindow::exportPdf()
{
    if (currentReportId() == 0)
        return;
    const Report &report = m_document->currentReport();
    const QString name = displayTitle(report.meta);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report as PDF"), QDir(Settings::exportFolder.value()).filePath(name + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    QString error;
    if (!ReportPrinter::exportPdf(report, m_document->currentAnnotations(), path, &error)) {
        QMessageBox::warning(this, tr("Export Report as PDF"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::printReport()
{
    if (currentReportId() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ReportPrinter::print(m_document->currentReport(), m_document->currentAnnotations(), &printer);
}

void MainWindow::printPreview()
{
    if (currentReportId() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview — %1").arg(windowTitle()));
    preview.resize(size() * 9 / 10);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        ReportPrinter::print(m_document->currentReport(), m_document->currentAnnotations(), target);
    });
    preview.exec();
}

void MainWindow::settleConflict(const AnnotationConflict &conflict)
{
    ConflictDialog dialog(conflict, this);
    dialog.exec();
    m_document->resolveConflict(conflict, dialog.resolution());
}

void MainWindow::openTeamLibrary()
{
    TeamLibraryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The password goes to the new window through libpq's environment variable, not its command
    // line, which every user of the computer can read.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    process.setProcessEnvironment(environment);
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), dialog.location()});
    if (!process.startDetached())
        QMessageBox::warning(this, tr("Open Team Library"),
                             tr("A window for the team library could not be started: %1").arg(process.errorString()));
}

} // namespace ReportLens
