#pragma once

#include "annotate/anchor.h"

#include <QDateTime>
#include <QStringList>

namespace ReportLens {

/// A highlight with an optional note and tags. Plain data; AnnotationStore persists it.
struct Annotation
{
    enum class Status { Anchored, NeedsReview };

    qint64 id = 0;
    qint64 reportId = 0;
    Anchor anchor;
    int color = 0; ///< 0–4: the five highlight colours
    QString note;
    QStringList tags;
    Status status = Status::Anchored;
    QDateTime created;
    QDateTime updated;

    static constexpr int ColorCount = 5;
};

} // namespace ReportLens
