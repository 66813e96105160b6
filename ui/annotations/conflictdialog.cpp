#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReportLens {

namespace {

QGroupBox *versionBox(const QString &title, const Annotation &a, const QString &when)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    auto *note = new QPlainTextEdit(a.note);
    note->setReadOnly(true);
    note->setMinimumSize(320, 140);
    layout->addWidget(note);
    const QString tags = a.tags.isEmpty() ? ConflictDialog::tr("none") : a.tags.join(QStringLiteral("、"));
    layout->addWidget(new QLabel(ConflictDialog::tr("Colour %1 · tags: %2").arg(a.color + 1).arg(tags)));
    layout->addWidget(new QLabel(when));
    return box;
}

} // namespace

ConflictDialog::ConflictDialog(const AnnotationConflict &conflict, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Annotation Changed Elsewhere"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(tr("While you were editing, this annotation on “%1” was changed elsewhere (revision %2; you "
                      "edited revision %3). Nothing has been overwritten. Which version do you want to keep?")
                       .arg(conflict.theirs.anchor.quote.simplified().left(40))
                       .arg(conflict.theirs.revision)
                       .arg(conflict.mine.revision));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *versions = new QGridLayout;
    const QString changedAt = QLocale().toString(conflict.theirs.updated.toLocalTime(), QLocale::ShortFormat);
    versions->addWidget(versionBox(tr("Stored now"), conflict.theirs, tr("Changed %1").arg(changedAt)), 0, 0);
    versions->addWidget(versionBox(tr("Your edit"), conflict.mine, tr("Not saved yet")), 0, 1);
    layout->addLayout(versions);

    auto *buttons = new QDialogButtonBox;
    QPushButton *mine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *both = buttons->addButton(tr("Keep &Both Notes"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("Keep &Stored Version"), QDialogButtonBox::RejectRole);
    theirs->setDefault(true);
    layout->addWidget(buttons);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_resolution = Document::Resolution::KeepMine;
        accept();
    });
    connect(both, &QPushButton::clicked, this, [this] {
        m_resolution = Document::Resolution::KeepBoth;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_resolution = Document::Resolution::KeepTheirs;
        reject();
    });
}

} // namespace ReportLens
