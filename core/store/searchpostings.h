#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ReportLens {

class Library;
struct SearchMatch;

/// A team library's search index. PostgreSQL has no tokenizer for Chinese, and its GIN index
/// keeps no counts, so this is FTS5's design in plain tables: for every character and every pair
/// of adjacent characters of the folded texts (spaces breaking pairs), which reports hold it and
/// how often, and for pairs where. A transaction's reports are written together as one segment,
/// stored as pages of consecutive grams (search_pages), and segments of a level are merged into
/// one as they accumulate, so a query reads one page per gram and segment and no text: a one- or
/// two-character query has its counts stored, a longer one lines up the positions of the pairs
/// that cover it. Each entry names the segment the report was indexed in; a report indexed again
/// or deleted leaves its old entries behind, listed in search_stale and skipped by every reader.
class SearchPostings
{
public:
    SearchPostings();
    ~SearchPostings();

    /// What the index keeps of a text: its grams in key order (the order of their UTF-8), each
    /// gram's count, and a pair's positions (UTF-16 offsets) from positionStarts[i] up to
    /// positionStarts[i + 1]. Made by gramsOf(), on any thread.
    struct TextGrams
    {
        QList<quint64> keys;
        QList<int> counts;
        QList<int> positionStarts;
        QList<int> positions;
    };
    /// The grams of @p folded, a text folded as search folds it.
    static TextGrams gramsOf(const QString &folded);

    /// Adds the entries of report @p reportId (its text folded as search folds it) to the segment
    /// that write() stores.
    bool add(Library &library, qint64 reportId, const QString &folded, QString *error)
    {
        return add(library, reportId, gramsOf(folded), error);
    }
    bool add(Library &library, qint64 reportId, TextGrams grams, QString *error);
    bool isEmpty() const { return m_reports.isEmpty(); }
    /// Forgets what add() gathered (the transaction rolled back).
    void clear();
    /// Stores the pending segment and merges the segments it completes, inside the caller's
    /// transaction (Library::Transaction::commit calls it just before COMMIT).
    bool write(Library &library, QString *error);

    /// Indexes every report of a team library whose text has no current entries (a library whose
    /// index was upgraded), a batch at a time, inside the caller's transaction.
    static bool indexUnindexed(Library &library, QString *error);

    /// The reports whose folded text holds @p foldedRun (a run of characters without spaces), with
    /// their hit counts (overlapping hits counted one by one), in id order.
    static QList<SearchMatch> find(Library &library, const QString &foldedRun, QString *error);

private:
    struct Pending
    {
        qint64 id;
        TextGrams grams;
    };
    qint64 m_segment = 0; ///< The id of the segment being gathered (0: none yet).
    QList<Pending> m_reports; ///< Its reports, ids ascending.
};

} // namespace ReportLens
