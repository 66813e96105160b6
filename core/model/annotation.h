#pragma once

#include "annotate/anchor.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace ReportLens {

/// A highlight with an optional note and tags. Plain data; AnnotationStore persists it.
struct Annotation
{
    enum class Status { Anchored, NeedsReview };
    /// Who sees it in a team library: its author alone, or every member.
    enum class Visibility { Private, Team };

    qint64 id = 0;
    /// Made where the annotation was made and kept wherever it is copied (a personal library
    /// pushed to a team library twice adds it once). Null until stored.
    QUuid uuid;
    qint64 reportId = 0;
    Anchor anchor;
    int color = 0; ///< 0–4: the five highlight colours
    QString note;
    QStringList tags;
    Status status = Status::Anchored;
    QDateTime created;
    QDateTime updated;
    QString author; ///< The team member (database role) who made it; the local user in a personal library.
    Visibility visibility = Visibility::Private;
    bool hidden = false; ///< An administrator hid this team annotation from the other members.
    /// Raised by every stored change. A change based on an older revision is refused, so that
    /// nobody's edit silently overwrites another's.
    int revision = 0;

    static constexpr int ColorCount = 5;
};

/// An edit that was refused because the annotation had been changed elsewhere meanwhile (another
/// window, another computer): what the edit would have stored, and what is stored now.
struct AnnotationConflict
{
    Annotation mine;
    Annotation theirs;
};

} // namespace ReportLens
