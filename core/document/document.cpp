#include "document.h"

#include "document/commands/addannotationcommand_p.h"
#include "document/commands/changeannotationcommand_p.h"
#include "document/commands/correctfigurecommand_p.h"
#include "document/commands/removeannotationcommand_p.h"
#include "document/commands/replacereportcommand_p.h"
#include "document/commands/setmetadatacommand_p.h"
#include "document/documenteditor_p.h"

#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUndoStack>
#include <QtConcurrent>

namespace ReportLens {

namespace {

/// A file read and processed again on a worker.
struct ReadResult
{
    std::optional<Report> report;
    QString error;
};
using ReadWatcher = QFutureWatcher<ReadResult>;

} // namespace

Document::Document(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_undoStack(new QUndoStack(this))
    , m_editor(std::make_unique<DocumentEditor>(*this))
    , m_changeFeed(new ChangeFeed(library, this))
{
    connect(m_changeFeed, &ChangeFeed::changed, this, &Document::applyOutsideChanges);
}

Document::~Document()
{
    cancelReimport();
    // A worker still reading a file holds no library; it is waited for so that nothing outlives us.
    for (auto *watcher : findChildren<ReadWatcher *>())
        watcher->waitForFinished();
}

void Document::applyOutsideChanges(const QList<ChangeFeed::Change> &changes)
{
    // Not known what changed (SQLite says only that something did): the current report's
    // annotations are read again, and the panes reread the library.
    if (changes.isEmpty()) {
        if (m_current.id != 0)
            changed(m_current.id, Change::Annotations);
        Q_EMIT libraryChanged();
        return;
    }
    QHash<qint64, Changes> reports;
    for (const ChangeFeed::Change &c : changes) {
        if (c.table == QLatin1String("reports")) {
            reports[c.id] |= c.operation == QLatin1String("insert") ? Change::Added
                : c.operation == QLatin1String("delete")            ? Change::Removed
                                                                    : Change::Metadata;
            continue;
        }
        // An annotation: its report is the current one if it is shown there; otherwise it is read
        // (through row-level security: another member's private one is not found, and ignored).
        const auto shown = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                                        [&](const Annotation &a) { return a.id == c.id; });
        if (shown != m_annotations.cend())
            reports[shown->reportId] |= Change::Annotations;
        else if (const std::optional<Annotation> a = AnnotationStore(m_library).annotation(c.id))
            reports[a->reportId] |= Change::Annotations;
    }
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        changed(it.key(), it.value());
}

bool Document::openReport(qint64 id)
{
    QString error;
    std::optional<Report> report = ReportStore(m_library).load(id, &error);
    if (!report) {
        Q_EMIT errorOccurred(tr("The report could not be opened: %1").arg(error));
        return false;
    }
    const QList<Annotation> annotations = AnnotationStore(m_library).annotations(id, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(tr("The report's annotations could not be read: %1").arg(error));
        return false;
    }
    m_current = std::move(*report);
    m_annotations = annotations;
    m_selection = {};
    Q_EMIT currentReportChanged();
    Q_EMIT selectionChanged();
    return true;
}

void Document::closeReport()
{
    m_current = Report();
    m_annotations.clear();
    m_selection = {};
    Q_EMIT currentReportChanged();
    Q_EMIT selectionChanged();
}

void Document::reloadCurrent(Changes what)
{
    // A highlight or a note changes the annotations only: the report's text, outline and figures
    // are not read again for it.
    if (what != Changes(Change::Annotations))
        if (std::optional<Report> report = ReportStore(m_library).load(m_current.id))
            m_current = std::move(*report);
    if (what & (Change::Annotations | Change::Text))
        m_annotations = AnnotationStore(m_library).annotations(m_current.id);
}

std::optional<Annotation> Document::annotationAt(qsizetype position) const
{
    std::optional<Annotation> innermost;
    for (const Annotation &a : m_annotations)
        if (a.anchor.start <= position && position <= a.anchor.end
            && (!innermost || a.anchor.end - a.anchor.start < innermost->anchor.end - innermost->anchor.start))
            innermost = a;
    return innermost;
}

std::optional<Report> Document::loadReport(qint64 id, QString *error) const
{
    return ReportStore(m_library).load(id, error);
}

QList<Annotation> Document::annotations(qint64 reportId) const
{
    return AnnotationStore(m_library).annotations(reportId);
}

void Document::setSelection(qsizetype start, qsizetype end)
{
    const Selection selection{std::min(start, end), std::max(start, end)};
    if (selection.start == m_selection.start && selection.end == m_selection.end)
        return;
    m_selection = selection;
    Q_EMIT selectionChanged();
}

void Document::changed(qint64 reportId, Changes what)
{
    // 0: every report (figures read again for the whole library).
    if (m_current.id != 0 && (reportId == m_current.id || reportId == 0)) {
        if (what.testFlag(Change::Removed)) {
            m_removedCurrent = reportId;
            closeReport();
        } else {
            reloadCurrent(what);
            if (what.testFlag(Change::Text))
                m_selection = {};
        }
    }
    // Undoing the deletion of the report the user was reading shows it again.
    if (what.testFlag(Change::Added) && reportId == m_removedCurrent && m_current.id == 0) {
        m_removedCurrent = 0;
        openReport(reportId);
    }
    Q_EMIT reportChanged(reportId, what);
    if (what & (Change::Added | Change::Removed | Change::Metadata))
        Q_EMIT libraryChanged();
}

bool Document::push(QUndoCommand *command)
{
    m_editor->clearError();
    m_undoStack->push(command); // runs redo(); a failed step marks itself obsolete and is dropped
    if (const std::optional<AnnotationConflict> &conflict = m_editor->conflict()) {
        Q_EMIT annotationConflict(*conflict);
        return false;
    }
    if (!m_editor->lastError().isEmpty()) {
        Q_EMIT errorOccurred(m_editor->lastError());
        return false;
    }
    return true;
}

qint64 Document::highlight(qint64 reportId, qsizetype start, qsizetype end, int color)
{
    const QString text = reportId == m_current.id ? m_current.cleanText : ReportStore(m_library).cleanText(reportId);
    start = std::clamp<qsizetype>(std::min(start, end), 0, text.size());
    end = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    if (start == end)
        return 0;
    Annotation a;
    a.reportId = reportId;
    a.anchor = Anchor::fromRange(text, start, end);
    a.color = std::clamp(color, 0, Annotation::ColorCount - 1);
    auto *command = new AddAnnotationCommand(m_editor.get(), a);
    return push(command) ? command->annotationId() : 0;
}

bool Document::editNote(qint64 annotationId, const QString &note)
{
    Annotation edited = shownAnnotation(annotationId);
    edited.note = note;
    return push(new ChangeAnnotationCommand(m_editor.get(), edited, ChangeAnnotationCommand::Field::Note));
}

bool Document::setAnnotationColor(qint64 annotationId, int color)
{
    Annotation edited = shownAnnotation(annotationId);
    edited.color = std::clamp(color, 0, Annotation::ColorCount - 1);
    return push(new ChangeAnnotationCommand(m_editor.get(), edited, ChangeAnnotationCommand::Field::Color));
}

bool Document::tagAnnotation(qint64 annotationId, const QStringList &tags)
{
    Annotation edited = shownAnnotation(annotationId);
    edited.tags = tags;
    return push(new ChangeAnnotationCommand(m_editor.get(), edited, ChangeAnnotationCommand::Field::Tags));
}

bool Document::editAnnotation(const Annotation &edited)
{
    m_editor->clearError();
    const std::optional<Annotation> stored = m_editor->annotation(edited.id);
    if (!stored) {
        Q_EMIT errorOccurred(m_editor->lastError());
        return false;
    }
    if (edited.revision > 0 && stored->revision != edited.revision
        && (stored->color != edited.color || stored->note != edited.note || stored->tags != edited.tags)) {
        Q_EMIT annotationConflict(AnnotationConflict{edited, *stored});
        return false;
    }
    ChangeAnnotationCommand::Fields fields;
    if (stored->color != edited.color)
        fields |= ChangeAnnotationCommand::Field::Color;
    if (stored->note != edited.note)
        fields |= ChangeAnnotationCommand::Field::Note;
    if (stored->tags != edited.tags)
        fields |= ChangeAnnotationCommand::Field::Tags;
    if (!fields)
        return true; // nothing changed: no step
    return push(new ChangeAnnotationCommand(m_editor.get(), edited, fields));
}

bool Document::resolveConflict(const AnnotationConflict &conflict, Resolution resolution)
{
    if (resolution == Resolution::KeepTheirs) {
        changed(conflict.theirs.reportId, Change::Annotations); // show the stored version
        return true;
    }
    Annotation settled = conflict.mine;
    settled.revision = conflict.theirs.revision; // made knowing the stored version
    if (resolution == Resolution::KeepBoth) {
        if (conflict.theirs.note != conflict.mine.note && !conflict.theirs.note.isEmpty())
            settled.note = conflict.mine.note.isEmpty()
                ? conflict.theirs.note
                : conflict.theirs.note + QStringLiteral("\n\n") + conflict.mine.note;
        for (const QString &tag : conflict.theirs.tags)
            if (!settled.tags.contains(tag))
                settled.tags.append(tag);
        settled.tags.sort();
    }
    return editAnnotation(settled);
}

Annotation Document::shownAnnotation(qint64 id) const
{
    for (const Annotation &a : m_annotations)
        if (a.id == id)
            return a; // with the revision the user saw
    Annotation unknown;
    unknown.id = id;
    return unknown;
}

bool Document::removeAnnotations(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    return push(new RemoveAnnotationCommand(m_editor.get(), ids));
}

bool Document::setMetadata(qint64 reportId, const ReportMetadata &meta)
{
    return push(new SetMetadataCommand(m_editor.get(), reportId, meta));
}

bool Document::correctFigure(qint64 figureId, const Indicator &corrected)
{
    m_editor->clearError();
    const std::optional<IndicatorRow> stored = m_editor->figure(figureId);
    if (!stored) {
        Q_EMIT errorOccurred(m_editor->lastError());
        return false;
    }
    return push(new CorrectFigureCommand(m_editor.get(), figureId, corrected,
                                         corrected.rejected != stored->indicator.rejected));
}

bool Document::deleteReport(qint64 id)
{
    return push(new ReplaceReportCommand(m_editor.get(), id));
}

void Document::reimport(qint64 id, const QString &path)
{
    cancelReimport();
    // What the worker needs is read here, so that it touches no library: the catalog and the
    // regions the library knows (for the metadata).
    ImportPipeline pipeline(IndicatorStore(m_library).catalog());
    const QStringList regions = ReportStore(m_library).regions();
    auto *watcher = new ReadWatcher(this);
    m_reimport = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (m_reimport != watcher)
            return; // cancelled, or replaced by a newer one: nothing of it is stored
        m_reimport = nullptr;
        ReadResult read = watcher->result();
        if (!read.report) {
            Q_EMIT reimportFinished(id, 0, read.error);
            return;
        }
        auto *command = new ReplaceReportCommand(m_editor.get(), id, std::move(*read.report));
        m_editor->clearError();
        m_undoStack->push(command); // the command may be dropped (failed): read its outcome first
        const QString error = m_editor->lastError();
        const int needsReview = error.isEmpty() ? command->needsReview() : 0;
        Q_EMIT reimportFinished(id, needsReview, error);
    });
    watcher->setFuture(QtConcurrent::run([pipeline = std::move(pipeline), regions, path] {
        ReadResult read;
        read.report = Importer::readReport(path, pipeline, regions, &read.error);
        return read;
    }));
}

void Document::cancelReimport()
{
    m_reimport = nullptr;
}

bool Document::isReimporting() const
{
    return m_reimport != nullptr;
}

void Document::figuresReread()
{
    m_changeFeed->acknowledge();
    changed(0, Change::Figures);
}

void Document::reportsImported()
{
    // One notice for the whole import (it may have stored thousands of reports, or none new).
    m_changeFeed->acknowledge();
    Q_EMIT reportChanged(0, Change::Added);
    Q_EMIT libraryChanged();
}

} // namespace ReportLens
