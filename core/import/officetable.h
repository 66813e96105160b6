#pragma once

#include <QStringList>

namespace ReportLens {

/// A table of a Word or OpenDocument text, collected cell by cell and turned into lines of report
/// text. A row of short cells (指标 | 2022年 | 增长) reads best as one line, its cells separated by
/// tabs; a row whose cells hold several paragraphs (a table used for layout) reads best as those
/// paragraphs, one per line, cell after cell. Empty cells and rows add nothing.
class OfficeTable
{
public:
    void startRow() { m_rows.append(QList<QStringList>()); }

    /// @p paragraphs: the cell's non-empty paragraphs (lines of a nested table included).
    void addCell(const QStringList &paragraphs)
    {
        if (m_rows.isEmpty())
            startRow();
        m_rows.last().append(paragraphs);
    }

    QStringList lines() const
    {
        QStringList lines;
        for (const QList<QStringList> &row : m_rows) {
            const bool simple = std::all_of(row.cbegin(), row.cend(), [](const QStringList &cell) {
                return cell.size() <= 1 && (cell.isEmpty() || !cell.first().contains(u'\n'));
            });
            QStringList cells;
            for (const QStringList &cell : row)
                for (const QString &paragraph : cell)
                    if (!paragraph.trimmed().isEmpty())
                        cells.append(paragraph.trimmed());
            if (cells.isEmpty())
                continue;
            if (simple)
                lines.append(cells.join(u'\t'));
            else
                lines += cells;
        }
        return lines;
    }

private:
    QList<QList<QStringList>> m_rows;
};

} // namespace ReportLens
