#include "librarycopy.h"

#include "annotate/anchor.h"
#include "annotationstore.h"
#include "indicatorstore.h"
#include "library.h"
#include "reportstore.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace ReportLens {

namespace {

// Where a figure stands in its report's clean text: what a decision about it is matched by (the
// rule IndicatorStore::replaceExtracted keeps decisions by).
QString figureKey(const Indicator &figure)
{
    return QStringLiteral("%1/%2/%3").arg(figure.indicatorId, metricName(figure.metric)).arg(figure.numberStart);
}

bool isJudged(const Indicator &figure)
{
    return figure.userEdited || figure.rejected;
}

// Whether the source's field replaces the target's: only the source user's own edit, and never
// over an edit made in the target.
template<typename T>
bool takeEdit(Field<T> &target, const Field<T> &source)
{
    if (source.source != FieldSource::Edited || target.source == FieldSource::Edited)
        return false;
    target = source;
    return true;
}

bool hasEdits(const Report &report)
{
    const ReportMetadata &m = report.meta;
    for (FieldSource source : {m.title.source, m.region.source, m.level.source, m.year.source, m.meetingDate.source,
                               m.session.source, m.speaker.source, m.speakerRole.source})
        if (source == FieldSource::Edited)
            return true;
    return std::any_of(report.indicators.cbegin(), report.indicators.cend(), isJudged);
}

} // namespace

LibraryCopy::LibraryCopy(Library &source, Library &target, Options options)
    : m_source(source)
    , m_target(target)
    , m_options(options)
{ }

LibraryCopy::Result LibraryCopy::run(const Progress &progress)
{
    Result result;
    QString error;
    QList<ReportSummary> reports = ReportStore(m_source).list(&error);
    if (!error.isEmpty()) {
        result.error = QStringLiteral("%1: cannot read the reports: %2").arg(m_source.displayName(), error);
        return result;
    }
    std::sort(reports.begin(), reports.end(),
              [](const ReportSummary &a, const ReportSummary &b) { return a.id < b.id; });

    // A target that takes no writes (a newer ReportLens upgraded it; another writer holds the lock)
    // is said once, not once for every report.
    {
        Library::Transaction probe(m_target);
        if (!probe.began(&error)) {
            result.error = QStringLiteral("%1: %2").arg(m_target.displayName(), error);
            return result;
        }
    }
    // The target gets its catalog before the figures arrive, and a new target the source's note of
    // the rules that read them: otherwise its first use would take them to be read by this
    // version's rules and never offer to read them again.
    const int targetReports = ReportStore(m_target).count(&error);
    IndicatorStore targetIndicators(m_target);
    targetIndicators.catalog(&error);
    const QString rules = IndicatorStore(m_source).extractedWith();
    if (error.isEmpty() && targetReports == 0 && !reports.isEmpty() && !rules.isEmpty())
        targetIndicators.setExtractedWith(rules, &error);
    if (!error.isEmpty()) {
        result.error = QStringLiteral("%1: cannot prepare the library: %2").arg(m_target.displayName(), error);
        return result;
    }

    const int total = int(reports.size());
    for (int i = 0; i < total; ++i) {
        const ReportSummary &summary = reports[i];
        const QString name = displayTitle(summary.region, summary.year, summary.title);
        if (progress && !progress(i, total, name)) {
            result.cancelled = true;
            return result;
        }
        QString reportError;
        if (!copyReport(summary.id, result, &reportError))
            result.failures.append(QStringLiteral("%1 (report %2 of %3): %4")
                                       .arg(name.isEmpty() ? QStringLiteral("untitled") : name,
                                            QString::number(summary.id), m_source.displayName(), reportError));
    }
    if (progress)
        progress(total, total, {});
    return result;
}

bool LibraryCopy::copyReport(qint64 sourceId, Result &result, QString *error)
{
    std::optional<Report> report = ReportStore(m_source).load(sourceId, error);
    if (!report)
        return false;
    // Read through the source's row-level security: a team library gives its member's own
    // annotations and the team's, nobody's private ones.
    QString readError;
    const QList<Annotation> annotations = AnnotationStore(m_source).annotations(sourceId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    // Another member may store the same report between this one's look and its insert (the unique
    // content hash keeps it once): the second attempt finds it there.
    for (int attempt = 0;; ++attempt) {
        const Outcome outcome = copyOnce(*report, annotations, result, error);
        if (outcome != Outcome::InsertFailed)
            return outcome == Outcome::Copied;
        QString lookError;
        if (attempt > 0 || !ReportStore(m_target).findByContentHash(report->contentHash, &lookError))
            return false;
        error->clear();
    }
}

LibraryCopy::Outcome LibraryCopy::copyOnce(const Report &report, const QList<Annotation> &annotations, Result &result,
                                           QString *error)
{
    Result added; // counted into result once committed
    Library::Transaction transaction(m_target);
    if (!transaction.began(error))
        return Outcome::Failed;
    ReportStore reports(m_target);
    const std::optional<qint64> existing = reports.findByContentHash(report.contentHash, error);
    if (!existing && !error->isEmpty())
        return Outcome::Failed;

    qint64 targetId = 0;
    QString targetText = report.cleanText;
    if (existing) {
        targetId = *existing;
        ++added.reportsAlreadyThere;
        if (!annotations.isEmpty() || hasEdits(report)) {
            targetText = reports.cleanText(targetId, error);
            if (!error->isEmpty() || !applyEdits(targetId, report, targetText, added, error))
                return Outcome::Failed;
        }
    } else {
        Report copy = report;
        copy.id = 0;
        // A failed statement ends the transaction on PostgreSQL: the caller looks again in a new one.
        if (!reports.insert(copy, error))
            return Outcome::InsertFailed;
        targetId = copy.id;
        ++added.reportsCopied;
    }

    AnnotationStore store(m_target);
    const Reanchorer reanchorer;
    for (Annotation a : annotations) {
        a.reportId = targetId;
        a.revision = 0; // a new row here, with a history of its own
        if (m_options.visibility)
            a.visibility = *m_options.visibility;
        if (targetText != report.cleanText) {
            // The same file read by another version's cleaner: find the passage again, as a re-import does.
            const Reanchorer::Result found = reanchorer.find(a.anchor, targetText);
            if (found.status != Reanchorer::Status::NeedsReview) {
                a.anchor = Anchor::fromRange(targetText, found.start, found.end);
                a.status = Annotation::Status::Anchored;
            } else {
                a.anchor.start = std::min(a.anchor.start, targetText.size());
                a.anchor.end = std::min(a.anchor.end, targetText.size());
                a.status = Annotation::Status::NeedsReview;
            }
        }
        QString annotationError;
        if (store.insertCopy(a, &annotationError) != 0) {
            ++added.annotationsCopied;
            added.annotationsNeedingReview += a.status == Annotation::Status::NeedsReview ? 1 : 0;
        } else if (annotationError.isEmpty()) {
            ++added.annotationsAlreadyThere;
        } else {
            *error = QStringLiteral("annotation %1: %2").arg(a.uuid.toString(QUuid::WithoutBraces), annotationError);
            return Outcome::Failed;
        }
    }
    if (!transaction.commit(error))
        return Outcome::Failed;
    result.reportsCopied += added.reportsCopied;
    result.reportsAlreadyThere += added.reportsAlreadyThere;
    result.annotationsCopied += added.annotationsCopied;
    result.annotationsAlreadyThere += added.annotationsAlreadyThere;
    result.annotationsNeedingReview += added.annotationsNeedingReview;
    result.fieldsApplied += added.fieldsApplied;
    result.figuresApplied += added.figuresApplied;
    result.figuresUnmatched += added.figuresUnmatched;
    return Outcome::Copied;
}

bool LibraryCopy::applyEdits(qint64 targetId, const Report &report, const QString &targetText, Result &result,
                             QString *error)
{
    if (!hasEdits(report))
        return true;
    std::optional<Report> stored = ReportStore(m_target).load(targetId, error);
    if (!stored)
        return false;
    ReportMetadata meta = stored->meta;
    const ReportMetadata &edited = report.meta;
    const int fields = int(takeEdit(meta.title, edited.title)) + int(takeEdit(meta.region, edited.region))
        + int(takeEdit(meta.level, edited.level)) + int(takeEdit(meta.year, edited.year))
        + int(takeEdit(meta.meetingDate, edited.meetingDate)) + int(takeEdit(meta.session, edited.session))
        + int(takeEdit(meta.speaker, edited.speaker)) + int(takeEdit(meta.speakerRole, edited.speakerRole));
    if (fields > 0 && !ReportStore(m_target).updateMetadata(targetId, meta, error))
        return false;
    result.fieldsApplied += fields;

    // Offsets name the same number only in the same text.
    const auto decisions = std::count_if(report.indicators.cbegin(), report.indicators.cend(), isJudged);
    if (targetText != report.cleanText) {
        result.figuresUnmatched += int(decisions);
        return true;
    }
    IndicatorStore indicators(m_target);
    QHash<QString, IndicatorRow> figures;
    for (const IndicatorRow &row : indicators.rows(targetId, {}, {}, IndicatorStore::Rejected::Included, error))
        figures.insert(figureKey(row.indicator), row);
    if (!error->isEmpty())
        return false;
    for (const Indicator &decision : report.indicators) {
        if (!isJudged(decision))
            continue;
        const auto found = figures.constFind(figureKey(decision));
        if (found == figures.cend()) {
            ++result.figuresUnmatched;
            continue;
        }
        if (isJudged(found->indicator))
            continue;
        if (!indicators.update(found->id, decision, error))
            return false;
        ++result.figuresApplied;
    }
    return true;
}

} // namespace ReportLens
