#pragma once

#include "model/annotation.h"

#include <optional>

namespace ReportLens {

class Library;

/// Annotations and their tags. Each call is one transaction.
class AnnotationStore
{
public:
    explicit AnnotationStore(Library &library);

    /// Stores a new annotation (or restores a deleted one with its former id when @p a.id is set);
    /// returns its id, 0 on failure.
    qint64 insert(const Annotation &a, QString *error);
    bool update(const Annotation &a, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<Annotation> annotation(qint64 id) const;
    /// All annotations, or those of one report, in report then text order.
    QList<Annotation> annotations(qint64 reportId = 0) const;
    QStringList tags() const;

    /// Finds every annotation of @p reportId again in @p newText and stores the outcome, inside the
    /// caller's transaction (used when a report's text is replaced).
    bool reanchor(qint64 reportId, const QString &newText, QString *error);

private:
    bool writeTags(qint64 id, const QStringList &tags, QString *error);
    Library &m_library;
};

} // namespace ReportLens
