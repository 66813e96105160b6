#include "annotationbrowser.h"

#include "annotationeditor.h"
#include "annotationfilterproxy.h"
#include "annotationmodel.h"
#include "document/document.h"
#include "document/libraryreader.h"
#include "reader/readerview.h"
#include "settings.h"

#include "export/annotationexporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "util/csv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ReportLens {

AnnotationBrowser::AnnotationBrowser(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reader(new LibraryReader(document->library(), this))
    , m_model(new AnnotationModel(this))
    , m_proxy(new AnnotationFilterProxy(this))
    , m_scope(new QComboBox)
    , m_color(new QComboBox)
    , m_tag(new QComboBox)
    , m_author(new QComboBox)
    , m_text(new QLineEdit)
    , m_needsReview(new QCheckBox(tr("Needs review")))
    , m_view(new QTableView)
{
    m_scope->addItems({tr("Whole library"), tr("Current report")});
    m_color->addItem(tr("Any colour"), -1);
    for (int i = 0; i < Annotation::ColorCount; ++i) {
        QColor c = ReaderView::highlightColor(i);
        c.setAlpha(255);
        QPixmap swatch(14, 14);
        swatch.fill(c);
        m_color->addItem(QIcon(swatch), tr("Colour %1").arg(i + 1), i);
    }
    m_text->setPlaceholderText(tr("Filter passages and notes"));
    m_text->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    auto *exportButton = new QPushButton(tr("Export…"));
    auto *editButton = new QPushButton(tr("Edit…"));
    auto *deleteButton = new QPushButton(tr("Delete"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_color);
    filters->addWidget(m_tag);
    filters->addWidget(m_author);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_needsReview);
    filters->addWidget(editButton);
    filters->addWidget(deleteButton);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AnnotationBrowser::applyScope);
    connect(m_color, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setColor(m_color->currentData().toInt()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAuthor(m_author->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setText);
    connect(m_needsReview, &QCheckBox::toggled, m_proxy, &AnnotationFilterProxy::setNeedsReviewOnly);
    connect(exportButton, &QPushButton::clicked, this, &AnnotationBrowser::exportAnnotations);
    connect(editButton, &QPushButton::clicked, this, &AnnotationBrowser::editSelected);
    connect(deleteButton, &QPushButton::clicked, this, &AnnotationBrowser::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationModel::ReportIdRole).toLongLong(),
                                   index.data(AnnotationModel::StartRole).toLongLong(),
                                   index.data(AnnotationModel::EndRole).toLongLong());
    });
    connect(document, &Document::reportChanged, this, [this](qint64, Document::Changes what) {
        if (what & (Document::Change::Annotations | Document::Change::Added | Document::Change::Removed))
            reload();
    });
    connect(document, &Document::libraryChanged, this, &AnnotationBrowser::reload);
    connect(document, &Document::currentReportChanged, this,
            [this] { setCurrentReport(m_document->currentReportId()); });
    reload();
}

void AnnotationBrowser::setCurrentReport(qint64 reportId)
{
    m_currentReport = reportId;
    applyScope();
}

void AnnotationBrowser::applyScope()
{
    // "Current report" with no report open shows nothing rather than everything.
    m_proxy->setReport(m_scope->currentIndex() == 1 ? (m_currentReport > 0 ? m_currentReport : -1) : 0);
}

namespace {
struct LoadedAnnotations
{
    QList<AnnotationExportItem> items;
    QStringList tags;
};
} // namespace

void AnnotationBrowser::reload()
{
    // Every annotation of the library with its report and section: read on a worker, so that a
    // library with thousands of them never holds up the window.
    m_reader->read<LoadedAnnotations>(
        [](Library &library, const LibraryReader::Cancelled &) {
            return LoadedAnnotations{AnnotationExporter::collect(library), AnnotationStore(library).tags()};
        },
        [this](LoadedAnnotations loaded) { showLoaded(loaded.items, loaded.tags); });
}

void AnnotationBrowser::showLoaded(const QList<AnnotationExportItem> &items, const QStringList &tags)
{
    m_model->setItems(items);
    const QString tag = m_tag->currentData().toString();
    QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &t : tags)
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    // The authors among what is shown; the filter only where there is more than one to tell apart.
    QStringList authors;
    for (const AnnotationExportItem &item : items)
        if (!authors.contains(item.annotation.author))
            authors.append(item.annotation.author);
    authors.sort();
    const QString author = m_author->currentData().toString();
    QSignalBlocker blockAuthor(m_author);
    m_author->clear();
    m_author->addItem(tr("Any author"), QString());
    for (const QString &name : std::as_const(authors))
        m_author->addItem(name.isEmpty() ? tr("(unknown)") : name, name.isEmpty() ? QStringLiteral("") : name);
    m_author->setCurrentIndex(std::max(0, m_author->findData(author)));
    m_author->setVisible(authors.size() > 1);
    m_view->setColumnHidden(AnnotationModel::AuthorColumn,
                            authors.size() <= 1 && m_document->library().engine() == Engine::SQLite);
    for (int column :
         {int(AnnotationModel::ColorColumn), int(AnnotationModel::NoteColumn), int(AnnotationModel::TagsColumn),
          int(AnnotationModel::ReportColumn), int(AnnotationModel::SectionColumn), int(AnnotationModel::AuthorColumn),
          int(AnnotationModel::StatusColumn)})
        m_view->resizeColumnToContents(column);
    Q_EMIT loaded();
}

QList<qint64> AnnotationBrowser::selectedIds(bool allIfNone) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(AnnotationModel::AnnotationIdRole).toLongLong());
    if (ids.isEmpty() && allIfNone)
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(AnnotationModel::AnnotationIdRole).toLongLong());
    return ids;
}

void AnnotationBrowser::exportAnnotations()
{
    const QList<qint64> ids = selectedIds(true);
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Export Annotations"), tr("There are no annotations to export."));
        return;
    }
    QString filter;
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %n Annotation(s)", nullptr, int(ids.size())),
        QDir(Settings::exportFolder.value()).filePath(QStringLiteral("annotations.md")),
        tr("Markdown (*.md);;CSV (*.csv);;W3C Web Annotation JSON (*.jsonld *.json)"), &filter);
    if (path.isEmpty())
        return;
    const QList<AnnotationExportItem> items = AnnotationExporter::collect(m_document->library(), ids);
    Settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    QByteArray content;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        content = Csv::utf8(AnnotationExporter::toCsv(items), true); // a CSV file is for spreadsheets
    else if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
             || path.endsWith(QStringLiteral(".jsonld"), Qt::CaseInsensitive))
        content = AnnotationExporter::toWebAnnotationJson(items).toUtf8();
    else
        content = AnnotationExporter::toMarkdown(items).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export Annotations"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void AnnotationBrowser::editSelected()
{
    const QList<qint64> ids = selectedIds(false);
    if (ids.size() != 1)
        return;
    const std::optional<Annotation> before = AnnotationStore(m_document->library()).annotation(ids.first());
    if (!before)
        return;
    AnnotationEditor editor(*before, AnnotationStore(m_document->library()).tags(), this);
    if (editor.exec() == QDialog::Accepted)
        m_document->editAnnotation(editor.result());
}

void AnnotationBrowser::deleteSelected()
{
    const QList<qint64> ids = selectedIds(false);
    if (ids.isEmpty())
        return;
    m_document->removeAnnotations(ids);
}

} // namespace ReportLens
