// MainWindow's commands on reports and files: import, reload, read figures again, delete, edit
// details and annotations, export and print. (The window's construction and wiring are in
// mainwindow.cpp.)
#include "mainwindow.h"

#include "annotations/annotationeditor.h"
#include "commands/editannotationcommand.h"
#include "commands/editmetadatacommand.h"
#include "library/importcontroller.h"
#include "library/metadatadialog.h"
#include "librarydocument.h"
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
    QString path = m_readerPane->report().sourcePath;
    if (!QFileInfo::exists(path))
        path = QFileDialog::getOpenFileName(this, tr("Reload Report from File"), QString(), reportFileFilter());
    if (!path.isEmpty())
        reloadReportFromFile(id, path);
}

bool MainWindow::reloadReportFromFile(qint64 id, const QString &path)
{
    const ImportResult result = Importer(m_library).reimportFile(id, path);
    if (result.status == ImportResult::Status::Failed) {
        QMessageBox::warning(this, tr("Reload Report"), QStringLiteral("%1: %2").arg(result.path, result.message));
        return false;
    }
    // Annotations moved with their text; undo steps refer to the old offsets.
    m_document->undoStack()->clear();
    m_readerPane->openReport(id);
    m_document->notifyReportsChanged();
    const QList<Annotation> annotations = AnnotationStore(m_library).annotations(id);
    const int review = int(std::count_if(annotations.cbegin(), annotations.cend(),
                                         [](const Annotation &a) { return a.status == Annotation::Status::NeedsReview; }));
    statusBar()->showMessage(review > 0 ? tr("Reloaded; %n annotation(s) need review", nullptr, review) : tr("Reloaded"), 8000);
    return true;
}

void MainWindow::offerReextraction()
{
    if (!Reextraction::isDue(m_document->library()))
        return;
    QMessageBox box(QMessageBox::Question, tr("Read Figures Again"),
                    tr("This version of ReportLens reads figures more accurately than the one that read this "
                       "library's reports."),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Read the figures of all %n report(s) again now? Figures you corrected or marked "
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
    m_document->notifyReportsChanged();
    if (!result.errors.isEmpty())
        QMessageBox::warning(this, tr("Read Figures Again"), result.errors.join(u'\n'));
    statusBar()->showMessage(tr("Figures of %n report(s) read again: %1 before, %2 now", nullptr, result.reports)
                                 .arg(result.figuresBefore)
                                 .arg(result.figuresAfter),
                             8000);
}

void MainWindow::deleteCurrentReport()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    const int annotations = int(AnnotationStore(m_library).annotations(id).size());
    const auto answer = QMessageBox::question(
        this, tr("Delete Report"),
        tr("Delete “%1” from the library? Its %n annotation(s) are deleted with it. This cannot be undone.", nullptr, annotations)
            .arg(m_readerPane->report().meta.title.value));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!ReportStore(m_library).remove(id, &error)) {
        QMessageBox::warning(this, tr("Delete Report"), error);
        return;
    }
    m_document->undoStack()->clear();
    m_readerPane->reader()->clearReport();
    m_document->notifyReportsChanged();
}

void MainWindow::editMetadata()
{
    const qint64 id = currentReportId();
    if (id == 0)
        return;
    const ReportMetadata before = m_readerPane->report().meta;
    MetadataDialog dialog(m_readerPane->report(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->undoStack()->push(new EditMetadataCommand(m_document, id, before, dialog.result()));
    m_readerPane->openReport(id);
}

void MainWindow::editAnnotationAt()
{
    const qsizetype position = m_readerPane->reader()->textCursor().position();
    for (const Annotation &a : AnnotationStore(m_library).annotations(currentReportId()))
        if (a.anchor.start <= position && position <= a.anchor.end) {
            AnnotationEditor editor(a, AnnotationStore(m_library).tags(), this);
            if (editor.exec() == QDialog::Accepted)
                m_document->undoStack()->push(new EditAnnotationCommand(m_document, a, editor.result()));
            return;
        }
    statusBar()->showMessage(tr("Put the cursor in a highlight to edit its note and tags"), 4000);
}

void MainWindow::exportPdf()
{
    if (currentReportId() == 0)
        return;
    const Report &report = m_readerPane->report();
    const QString name = displayTitle(report.meta);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"),
                                                      QDir(Settings::exportFolder.value()).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    QString error;
    if (!ReportPrinter::exportPdf(report, AnnotationStore(m_library).annotations(currentReportId()), path, &error)) {
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
        ReportPrinter::print(m_readerPane->report(), AnnotationStore(m_library).annotations(currentReportId()), &printer);
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
        ReportPrinter::print(m_readerPane->report(), AnnotationStore(m_library).annotations(currentReportId()), target);
    });
    preview.exec();
}

} // namespace ReportLens
