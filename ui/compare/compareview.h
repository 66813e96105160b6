#pragma once

#include "compare/reportcomparison.h"

#include <QFuture>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ReportLens {

class IndicatorCompareModel;
class Document;
class ReaderPane;
class TermChangesView;

/// Reports side by side, each with its own outline. Sections are aligned across panes; with linked
/// navigation on, choosing a section in one pane brings the aligned section into view in the others.
/// A table in its own tab compares the first two reports' figures, another the terms each report
/// uses that the first does not, and the other way. What changed is worked out off the GUI thread
/// (the term weights read the library) and marked in the panes when it arrives.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(Document *document, QWidget *parent = nullptr);
    ~CompareView() override;

    /// Shows these reports, one pane each (at least two make sense; any number works).
    void setReports(const QList<qint64> &reportIds);
    QList<ReaderPane *> panes() const { return m_panes; }
    QAction *linkedNavigationAction() const { return m_linked; }
    QAction *outlinesAction() const { return m_outlines; }
    /// Marking what changed against the first report, and moving from change to change.
    QAction *changesAction() const { return m_changes; }
    QAction *nextChangeAction() const { return m_nextChange; }
    QAction *previousChangeAction() const { return m_previousChange; }
    /// The line above the panes that sums up what changed.
    QLabel *summary() const { return m_summary; }
    /// What changed, each report against the first, as Markdown (what Export Changes saves).
    QString summaryMarkdown() const;
    /// The colour of new text (@p added) or of dropped text.
    static QColor changeColor(bool added);
    /// The tabs: the texts side by side, the figures table, the terms.
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *indicatorTable() const { return m_table; }
    TermChangesView *termChanges() const { return m_terms; }
    /// Each report after the first against the first; empty until worked out. Its terms are
    /// weighed by the library a moment later (termsWeighed(): the worker is done).
    QList<ReportComparison> comparisons() const { return m_comparisons; }
    bool termsWeighed() const { return m_termsWeighed; }

Q_SIGNALS:
    /// The comparisons arrived (and are marked, if changes are shown).
    void comparisonsReady();

public:
    /// The section of pane @p to aligned with section @p flatIndex of pane @p from; -1 if none.
    qsizetype alignedSection(int from, qsizetype flatIndex, int to) const;

private:
    void realign();
    void compareInBackground();
    void markChanges();
    void showSummary();
    void findTerm(int pane, const QString &term);
    void showFigureSentences(const QModelIndex &index);
    void goToChange(bool backwards);
    void exportSummary();
    void onSectionChosen(int pane, qsizetype flatIndex);

    Document *m_document;
    QSplitter *m_splitter;
    QTableView *m_table;
    IndicatorCompareModel *m_compareModel;
    QAction *m_linked;
    QAction *m_outlines;
    QTabWidget *m_tabs;
    QAction *m_changes;
    QAction *m_nextChange;
    QAction *m_previousChange;
    QLabel *m_summary;
    QAction *m_exportSummary;
    TermChangesView *m_terms;
    QList<ReaderPane *> m_panes;
    QList<ReportComparison> m_comparisons;
    int m_comparisonRun = 0; ///< Results of an older run are dropped
    bool m_termsWeighed = false;
    QList<QFuture<QList<ReportComparison>>> m_comparing; ///< The latest run, and older ones cancelled
    /// For each pane after the first: its section index for each of the first pane's sections (-1: none).
    QList<QList<qsizetype>> m_fromFirst;
};

} // namespace ReportLens
