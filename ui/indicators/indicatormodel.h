#pragma once

#include "store/indicatorstore.h"

#include <QAbstractTableModel>

namespace ReportLens {

/// A report's extracted figures with how sure the extractor is of each. Value, period and kind are
/// editable and a figure can be marked wrong; a change is not applied here but offered through
/// editRequested, so it goes through the undo stack. Figures marked wrong are shown struck out.
class IndicatorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IndicatorColumn,
        MetricColumn,
        KindColumn,
        PeriodColumn,
        ValueColumn,
        UnitColumn,
        ConfidenceColumn,
        EditedColumn,
        QuoteColumn,
        ColumnCount
    };
    enum Role { RowIdRole = Qt::UserRole + 1, StartRole, EndRole, SentenceStartRole };

    explicit IndicatorModel(QObject *parent = nullptr);

    void setRows(const QList<IndicatorRow> &rows, const IndicatorCatalog &catalog);
    const IndicatorRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Offers marking the figure of @p row wrong, or no longer wrong.
    void toggleWrong(int row);

    /// Outcome, Target, Plan: a kind in the interface's language.
    static QString kindText(FigureKind kind);
    /// The kinds a figure can be given, in the order the editor offers them.
    static QList<FigureKind> editableKinds();
    /// 总量, 增长率, 比率: a metric in the interface's language.
    static QString metricText(Metric metric);
    /// "High", "Medium", "Low", and why: what dated the figure, in words.
    static QString confidenceText(Indicator::Confidence confidence);
    static QString ruleText(const QString &rule);
    /// "Confidence: High — the sentence's year", as every tooltip of a figure ends.
    static QString confidenceNote(Indicator::Confidence confidence, const QString &rule);

Q_SIGNALS:
    void editRequested(qint64 rowId, qint64 reportId, const Indicator &before, const Indicator &after);
    /// An edit was refused; @p message says why, in the interface's language.
    void editRefused(const QString &message);

private:
    QList<IndicatorRow> m_rows;
    IndicatorCatalog m_catalog;
};

} // namespace ReportLens
