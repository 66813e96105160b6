#include "findbar.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTextCursor>
#include <QToolButton>

namespace ReportLens {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_edit(new QLineEdit)
    , m_count(new QLabel)
    , m_escape(new QShortcut(QKeySequence::Cancel, reader, this, &FindBar::close, Qt::WidgetShortcut))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_edit->setPlaceholderText(tr("Find in report"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QToolButton;
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *closeButton = new QToolButton;
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // Escape closes the bar from its field and from the text it searches (only while it is open).
    new QShortcut(QKeySequence::Cancel, m_edit, this, &FindBar::close, Qt::WidgetShortcut);
    m_escape->setEnabled(false);
    hide();
}

void FindBar::setVisible(bool visible)
{
    QWidget::setVisible(visible);
    m_escape->setEnabled(visible);
}

void FindBar::reportChanged(qint64 reportId)
{
    // Each report keeps its own query: the bar shows it again when the report comes back.
    // (isHidden, not isVisible: the bar stays open in a pane whose tab is not shown.)
    if (!isHidden() && !m_edit->text().isEmpty())
        m_queries.insert(m_reportId, m_edit->text());
    else
        m_queries.remove(m_reportId);
    m_reportId = reportId;
    const QString query = m_queries.value(reportId);
    {
        const QSignalBlocker block(m_edit);
        m_edit->setText(query);
    }
    if (query.isEmpty()) {
        m_count->clear();
        hide();
    } else {
        show();
        search(query);
    }
}

void FindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    search(m_edit->text());
}

void FindBar::search(const QString &text)
{
    m_matches = m_reader->setFindText(text);
    // The first match is the first from where the user reads (the cursor may be far away).
    QTextCursor cursor = m_reader->textCursor();
    cursor.setPosition(int(m_reader->topPosition()));
    m_reader->setTextCursor(cursor);
    if (m_matches > 0)
        m_reader->findNext();
    updateCount();
}

void FindBar::updateCount()
{
    const int current = m_reader->currentFindMatch();
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (m_matches == 0)
        m_count->setText(tr("Not found"));
    else if (current >= 0)
        m_count->setText(tr("%1 of %n", nullptr, m_matches).arg(current + 1));
    else
        m_count->setText(tr("%n match(es)", nullptr, m_matches));
}

void FindBar::findNext()
{
    m_reader->findNext(false);
    updateCount();
}

void FindBar::findPrevious()
{
    m_reader->findNext(true);
    updateCount();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::close()
{
    m_reader->setFindText(QString());
    m_matches = 0;
    {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
    m_count->clear();
    hide();
    m_reader->setFocus();
}

} // namespace ReportLens
