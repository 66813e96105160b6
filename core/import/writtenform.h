#pragma once

#include "clean/cleaner.h"
#include "model/report.h"

#include <QString>

namespace ReportLens {

/// A text as written beside its Simplified folding (ScriptFolding: one character for one, so an
/// offset means the same place in both). Analysis runs on the folding; what it derives that a
/// person reads — a section title, a figure's sentence, a title or a speaker — is taken back from
/// the same place in the text as written, so a Traditional report shows Traditional everywhere.
///
/// The region is the exception, on purpose: it stays in its Simplified form, because it is a key
/// rather than words of the report — the library groups, filters and completes regions by it (武漢市
/// and 武汉市 are one region, and one node of the library tree), and the same region named in a
/// Simplified and a Traditional report must compare equal. The level and year carry no script.
class WrittenForm
{
public:
    /// @p written and @p folded are the same text in both forms (equal lengths).
    WrittenForm(QString written, QString folded);

    /// The clean text as written. @p clean is the cleaner's output for @p folded, the folding of
    /// @p written: the cleaner only deletes, joins and normalises spaces, so each clean character
    /// that equals the folded character it came from (through the clean text's anchors) is that
    /// character as written; any other (a space or line break put in) is kept as it is.
    static QString cleanAsWritten(const CleanText &clean, const QString &folded, const QString &written);

    const QString &written() const { return m_written; }
    const QString &folded() const { return m_folded; }

    /// @p derived (made from the folded text) as written: the written characters at the place in
    /// [from, to) where @p derived occurs in the folded text, else at its first occurrence anywhere;
    /// @p derived itself when it occurs nowhere (a default title is the program's words, not the
    /// text's).
    QString asWritten(const QString &derived, qsizetype from = 0, qsizetype to = -1) const;

    /// Whether nothing in the text folds (a Simplified text): both forms are one string.
    bool isIdentity() const { return m_written.constData() == m_folded.constData(); }

    /// Whether @p derived occurs in the folded text.
    bool contains(const QString &derived) const { return !derived.isEmpty() && m_folded.contains(derived); }

    /// Section titles and labels, glossary terms and definitions, and the sentences, units and
    /// qualifiers of figures of @p report, which were found in this folded text, as written.
    void restore(Report &report) const;

private:
    void restore(QList<Section> &sections) const;

    QString m_written;
    QString m_folded;
};

/// The title, session, speaker and role of @p meta, found by the detector in folded text, as
/// written: where they occur in the clean text, else in the original with its chrome, or as the
/// file name when that is what a title was taken from. A title no text states (the default
/// 政府工作报告) stays as it is, and so does the region (see WrittenForm).
void restoreMetadata(ReportMetadata &meta, const WrittenForm &clean, const WrittenForm &original,
                     const WrittenForm &fileName);

} // namespace ReportLens
