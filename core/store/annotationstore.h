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

    /// Annotation @p id; nullopt when there is none or (with @p error set) the read failed.
    std::optional<Annotation> annotation(qint64 id, QString *error = nullptr) const;
    /// All annotations, or those of one report, in report then text order. A failed read sets
    /// @p error (an empty list alone means there are none).
    QList<Annotation> annotations(qint64 reportId = 0, QString *error = nullptr) const;
    QStringList tags(QString *error = nullptr) const;

    /// Stores where each of @p annotations now sits (anchor and status), inside the caller's
    /// transaction: a re-import found them again in the new text (Reimporter).
    bool writeAnchors(const QList<Annotation> &annotations, QString *error);

private:
    bool writeTags(qint64 id, const QStringList &tags, QString *error);
    Library &m_library;
};

} // namespace ReportLens
