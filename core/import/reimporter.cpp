#include "reimporter.h"

#include "store/annotationstore.h"
#include "store/reportstore.h"

namespace ReportLens {

namespace {

void keepEditedMetadata(ReportMetadata &m, const ReportMetadata &previous)
{
    auto keepEdited = [](auto &field, const auto &before) {
        if (before.source == FieldSource::Edited)
            field = before;
    };
    keepEdited(m.title, previous.title);
    keepEdited(m.region, previous.region);
    keepEdited(m.level, previous.level);
    keepEdited(m.year, previous.year);
    keepEdited(m.meetingDate, previous.meetingDate);
    keepEdited(m.session, previous.session);
    keepEdited(m.speaker, previous.speaker);
    keepEdited(m.speakerRole, previous.speakerRole);
}

// A figure the user corrected or marked wrong keeps that decision where its sentence is still in
// the new text: it replaces the fresh reading of the same number, or (a correction the new reading
// no longer finds) is kept as the user's own figure.
void keepFigureDecisions(QList<Indicator> &figures, const QString &newText, const QList<Indicator> &stored)
{
    for (const Indicator &decided : stored) {
        if ((!decided.userEdited && !decided.rejected) || decided.quote.isEmpty())
            continue;
        const qsizetype at = newText.indexOf(decided.quote);
        if (at < 0)
            continue;
        Indicator moved = decided;
        const qsizetype shift = at - decided.sentenceStart;
        moved.numberStart += shift;
        moved.numberEnd += shift;
        moved.sentenceStart += shift;
        moved.sentenceEnd += shift;
        const auto same = std::find_if(figures.begin(), figures.end(), [&](const Indicator &f) {
            return f.indicatorId == moved.indicatorId && f.metric == moved.metric && f.numberStart == moved.numberStart;
        });
        if (same != figures.end())
            *same = moved;
        else if (moved.userEdited)
            figures.append(moved);
    }
}

} // namespace

ReimportedReport Reimporter::merge(const Report &stored, const QList<Annotation> &annotations, Report fresh)
{
    ReimportedReport result;
    keepEditedMetadata(fresh.meta, stored.meta);
    keepFigureDecisions(fresh.indicators, fresh.cleanText, stored.indicators);
    fresh.id = stored.id;
    fresh.importedAt = stored.importedAt;

    const Reanchorer reanchorer;
    for (Annotation a : annotations) {
        const Reanchorer::Result found = reanchorer.find(a.anchor, fresh.cleanText);
        if (found.status != Reanchorer::Status::NeedsReview) {
            a.anchor = Anchor::fromRange(fresh.cleanText, found.start, found.end);
            a.status = Annotation::Status::Anchored;
        } else {
            // A passage that needs review keeps its quote and context, so nothing the user wrote is lost.
            a.anchor.start = std::min(a.anchor.start, fresh.cleanText.size());
            a.anchor.end = std::min(a.anchor.end, fresh.cleanText.size());
            a.status = Annotation::Status::NeedsReview;
            ++result.needsReview;
        }
        result.annotations.append(a);
    }
    result.report = std::move(fresh);
    return result;
}

bool Reimporter::replace(Library &library, qint64 reportId, Report fresh, ReimportedReport *result, QString *error)
{
    ReportStore store(library);
    if (const auto existing = store.findByContentHash(fresh.contentHash); existing && *existing != reportId) {
        *error = QStringLiteral("this text is already in the library as report %1").arg(*existing);
        return false;
    }
    const std::optional<Report> stored = store.load(reportId, error);
    if (!stored)
        return false;
    error->clear();
    const QList<Annotation> annotations = AnnotationStore(library).annotations(reportId, error);
    if (!error->isEmpty())
        return false;
    *result = merge(*stored, annotations, std::move(fresh));
    return store.replace(reportId, result->report, result->annotations, error);
}

} // namespace ReportLens
