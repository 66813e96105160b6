#pragma once

#include "model/annotation.h"
#include "model/report.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ReportLens {

class Library;

/// Copies the reports of one open library into another, whichever engines they are on: a personal
/// library pushed into a team library (`reportlens-cli push`), a team library pulled into a
/// personal copy (`pull`), or any other pair. Running it again adds only what is new: reports are
/// matched by content hash, annotations by UUID.
///
/// For each report of the source, in id order, in one transaction of the target (an interrupted
/// copy leaves each report whole or absent):
/// - **Not in the target:** inserted as stored — texts, sections, glossary, metadata with where
///   each field came from, figures with the user's corrections and rejections.
/// - **Already in the target** (same content hash): the source's user-edited metadata fields are
///   written over the target's, except those the target's users edited themselves (an edit already
///   made in the target wins, so a second copy never undoes one made there since the first); a
///   figure the source's user corrected or marked wrong is applied to the target's figure at the
///   same number (same indicator, metric and offset, in the same clean text) unless that one was
///   itself corrected or marked wrong.
/// - **Annotations** the target lacks (by UUID) are added to the report, at the same offsets when
///   the target's clean text is the same, otherwise found again by quote and context
///   (Reanchorer; below the threshold they need review). An annotation whose UUID is in the target
///   already is left alone, even when this user cannot see it there. A team library records the
///   connected member as the author (its row-level security admits no other); a personal library
///   keeps the author. Reading a team library yields only what its member may see: their own
///   annotations and the team's.
///
/// User-added catalog aliases are not copied: they serve later imports, not the stored figures.
class LibraryCopy
{
public:
    struct Options
    {
        /// The visibility copied annotations get; unset keeps each one's own.
        std::optional<Annotation::Visibility> visibility;
    };

    /// Where the copy is: called before each report, and once more at the end (done == total).
    /// Returning false stops the copy before the next report (the reports copied so far stay).
    using Progress = std::function<bool(int done, int total, const QString &report)>;

    struct Result
    {
        int reportsCopied = 0;
        int reportsAlreadyThere = 0;
        int annotationsCopied = 0;
        int annotationsAlreadyThere = 0;
        /// Annotations whose passage was not found again in the target's text of the report.
        int annotationsNeedingReview = 0;
        /// Metadata fields and figure decisions applied to reports already in the target.
        int fieldsApplied = 0;
        int figuresApplied = 0;
        /// Figure decisions of the source that found no figure at their place in the target (its
        /// text or its rules differ); those the target had decided itself are not counted.
        int figuresUnmatched = 0;
        /// One message per report that could not be copied (it is left out whole), naming it.
        QStringList failures;
        /// Set when reading the source's list of reports failed or the copy could not start.
        QString error;
        bool cancelled = false;

        bool ok() const { return failures.isEmpty() && error.isEmpty() && !cancelled; }
    };

    LibraryCopy(Library &source, Library &target, Options options = {});

    Result run(const Progress &progress = {});

private:
    enum class Outcome { Copied, Failed, InsertFailed };
    /// Copies source report @p sourceId in one transaction of the target; adds to @p result only
    /// what was committed.
    bool copyReport(qint64 sourceId, Result &result, QString *error);
    Outcome copyOnce(const Report &report, const QList<Annotation> &annotations, Result &result, QString *error);
    /// Applies @p report's user edits to the target's report @p targetId (already there).
    bool applyEdits(qint64 targetId, const Report &report, const QString &targetText, Result &result, QString *error);

    Library &m_source;
    Library &m_target;
    Options m_options;
};

} // namespace ReportLens
