#pragma once

#include "compare/reportcomparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ReportLens {

/// The terms a report uses that the first report (the reference) does not, and those it dropped,
/// heaviest first (uses × rarity in the library): the side-by-side view's "Terms" tab. With more
/// than two reports a list chooses which report is compared with the first. Activating a term
/// finds it in the report that has it.
class TermChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit TermChangesView(QWidget *parent = nullptr);

    /// One comparison per report after the first, in pane order; @p weighed: the terms' weights
    /// include their rarity in the library (else they are their uses).
    void setComparisons(const QList<ReportComparison> &comparisons, bool weighed);
    /// Which comparison is shown (0: the second report against the first).
    void showComparison(int index);
    QTableWidget *newTerms() const { return m_new; }
    QTableWidget *droppedTerms() const { return m_dropped; }

Q_SIGNALS:
    /// @p pane is the pane showing the report that uses @p term (0: the first report).
    void termActivated(int pane, const QString &term);

private:
    void fill(QTableWidget *table, const QList<TermDiff::Term> &terms);
    void applyFilter();

    QComboBox *m_pair;
    QLineEdit *m_filter;
    QLabel *m_newTitle;
    QLabel *m_droppedTitle;
    QTableWidget *m_new;
    QTableWidget *m_dropped;
    QList<ReportComparison> m_comparisons;
    bool m_weighed = false;
};

} // namespace ReportLens
