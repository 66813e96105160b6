#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ReportLens {

class ReaderView;

/// Find in report: a bar under the reader (Ctrl+F), next/previous, every match marked.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    void activate();
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void close();

private:
    void search(const QString &text);

    ReaderView *m_reader;
    QLineEdit *m_edit;
    QLabel *m_count;
};

} // namespace ReportLens
