#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ReportLens {

class IndicatorModel;
class Document;

/// The current report's figures: sortable, filterable, correctable (undoable); a click shows the sentence.
class IndicatorPane : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPane(Document *document, QWidget *parent = nullptr);

    void setReport(qint64 reportId);
    QTableView *view() const { return m_view; }
    IndicatorModel *model() const { return m_model; }

Q_SIGNALS:
    void figureActivated(qint64 reportId, qsizetype start, qsizetype end);

private:
    void reload();

    Document *m_document;
    IndicatorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    qint64 m_reportId = 0;
};

} // namespace ReportLens
