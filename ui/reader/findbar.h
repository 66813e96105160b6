#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QShortcut;

namespace ReportLens {

class ReaderView;

/// Find in report: a bar under the reader (Ctrl+F), next/previous, every match marked, "3 of 25".
/// Each report keeps its own query while it is open in the pane.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    void activate();
    /// The pane shows another report: its own query (if it had one open) comes back.
    void reportChanged(qint64 reportId);
    QLineEdit *lineEdit() const { return m_edit; }
    /// What the bar says about the matches ("3 of 25", "Not found").
    QString countText() const;
    void setVisible(bool visible) override;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void close();

private:
    void search(const QString &text);
    void updateCount();

    ReaderView *m_reader;
    QLineEdit *m_edit;
    QLabel *m_count;
    QShortcut *m_escape;
    int m_matches = 0;
    qint64 m_reportId = 0;
    QHash<qint64, QString> m_queries;
};

} // namespace ReportLens
