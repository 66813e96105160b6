#pragma once

#include "store/searchindex.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace ReportLens {

class Document;
class LibraryReader;
class SearchResultModel;

/// Library-wide search as you type: hits grouped by report (newest or oldest first, or most hits
/// first), each with its section and the match in its snippet. In an SQLite library the first page
/// of reports by year comes from the index without the rest, so it shows at once whatever the
/// library's size; the count and the later pages follow.
class SearchPane : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPane(Document *document, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeView *resultView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    QComboBox *orderBox() const { return m_order; }

public Q_SLOTS:
    /// Runs the query now (typing runs it after a short pause). The matching reports are found
    /// and ordered on a worker; typing on cancels a search not yet shown or not yet counted.
    /// firstPageShown() when its first page shows, searched() when every match is counted.
    void search();

Q_SIGNALS:
    void hitActivated(qint64 reportId, qsizetype start, qsizetype end);
    void firstPageShown();
    void searched();

private:
    struct Found;
    void showFound(const QString &query, const Found &found);
    void count(const QString &query, SearchOrder order);
    void showCount();

    Document *m_document;
    LibraryReader *m_reader;
    QLineEdit *m_query;
    QLabel *m_status;
    QTreeView *m_results;
    SearchResultModel *m_model;
    QTimer *m_delay;
    QComboBox *m_order;
};

} // namespace ReportLens
