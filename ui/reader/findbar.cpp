#include "findbar.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ReportLens {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_edit(new QLineEdit)
    , m_count(new QLabel)
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
    hide();
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
    const int matches = m_reader->setFindText(text);
    m_count->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, matches));
    if (matches > 0)
        m_reader->findNext();
}

void FindBar::findNext()
{
    m_reader->findNext(false);
}

void FindBar::findPrevious()
{
    m_reader->findNext(true);
}

void FindBar::close()
{
    m_reader->setFindText(QString());
    hide();
    m_reader->setFocus();
}

} // namespace ReportLens
