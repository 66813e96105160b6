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

    /// Stores a new annotation (or restores a deleted one with its former id, UUID and revision
    /// when they are set), written by this library's user; returns its id, 0 on failure.
    qint64 insert(const Annotation &a, QString *error);
    /// Stores @p a, copied from another library (LibraryCopy), under its UUID, unless an annotation
    /// with that UUID is here already — perhaps one this user cannot see, another member's private
    /// one — which is left as it is. A team library records this user as the author (its policy
    /// admits no other); a personal library keeps @p a's author. Returns the new id; 0 with
    /// @p error left empty when the UUID was already here, 0 with @p error set on failure.
    qint64 insertCopy(const Annotation &a, QString *error);
    /// Stores @p a's anchor, colour, note, status, visibility and tags over the revision @p a was
    /// read at (a.revision), and sets a.revision to the new one. When the stored annotation is no
    /// longer at that revision (changed elsewhere meanwhile), or is not this user's, nothing is
    /// written: false, @p error says which, and @p theirs receives the annotation as stored now
    /// (nullopt when it is gone or not visible).
    bool update(Annotation &a, QString *error, std::optional<Annotation> *theirs = nullptr);
    /// Deletes annotation @p id; false when there is none this user may delete, saying so.
    bool remove(qint64 id, QString *error);
    /// Hides (or shows again) a team annotation from the members other than its author: what a team
    /// library's administrator may do to another's annotation, and nothing else.
    bool setHidden(qint64 id, bool hidden, QString *error);

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
    qint64 write(const Annotation &a, const QString &author, bool unlessPresent, QString *error);
    bool writeTags(qint64 id, const QStringList &tags, QString *error);
    bool refused(const Annotation &mine, QString *error, std::optional<Annotation> *theirs) const;
    Library &m_library;
};

} // namespace ReportLens
