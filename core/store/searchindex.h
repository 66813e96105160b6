#pragma once

#include <QList>
#include <QString>

namespace ReportLens {

class Library;

/// One occurrence of the query in a report's clean text.
struct SearchHit
{
    qint64 reportId = 0;
    qsizetype start = 0;   ///< UTF-16 offsets in the clean text.
    qsizetype end = 0;
    QString sectionPath;   ///< Titles from the outermost section down, joined by " › ".
    QString snippet;       ///< Text around the hit with the match wrapped in <mark>…</mark>.
};

/// Literal full-text search over the whole library: FTS5 with the CJK tokenizer finds the candidate
/// paragraphs, and each is confirmed by a literal, case-insensitive comparison, so what is found is
/// exactly what `grep -iF` finds in the clean texts (by paragraph; hits never span paragraphs).
class SearchIndex
{
public:
    explicit SearchIndex(Library &library);

    /// Hits in library order (report, then position); at most @p limit (< 0: all).
    QList<SearchHit> search(const QString &query, int limit = 100, QString *error = nullptr) const;

    /// Escapes @p text as one FTS5 phrase.
    static QString ftsPhrase(const QString &text);

private:
    Library &m_library;
};

} // namespace ReportLens
