#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReportLens {

namespace {
void addRow(QTableWidget *table, const QString &command, const QString &keys)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(command));
    table->setItem(row, 1, new QTableWidgetItem(keys));
}

void addMenu(QTableWidget *table, const QMenu *menu, const QString &path)
{
    for (QAction *action : menu->actions()) {
        const QString name =
            path + QStringLiteral(" › ") + QString(action->text()).remove(u'&').remove(QStringLiteral("…"));
        if (action->menu())
            addMenu(table, action->menu(), name);
        else if (!action->shortcuts().isEmpty()) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            addRow(table, name, keys.join(QStringLiteral("  ")));
        }
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (QAction *action : menus->actions())
        if (action->menu())
            addMenu(table, action->menu(), QString(action->text()).remove(u'&'));
    // Keys of the reader that no menu lists.
    const QString reader = tr("Reader");
    addRow(table, reader + QStringLiteral(" › ") + tr("Highlight the selection in colour 1–5"),
           QStringLiteral("1 … 5"));
    addRow(table, reader + QStringLiteral(" › ") + tr("Start / end of the report"),
           QKeySequence(QKeySequence::MoveToStartOfDocument).toString(QKeySequence::NativeText) + QStringLiteral("  ")
               + QKeySequence(QKeySequence::MoveToEndOfDocument).toString(QKeySequence::NativeText));
    addRow(table, reader + QStringLiteral(" › ") + tr("Close the find bar"),
           QKeySequence(QKeySequence::Cancel).toString(QKeySequence::NativeText));
    addRow(table, tr("Figures") + QStringLiteral(" › ") + tr("Mark the figure as wrong"),
           QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter commands"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, table, [table](const QString &text) {
        for (int row = 0; row < table->rowCount(); ++row)
            table->setRowHidden(row,
                                !table->item(row, 0)->text().contains(text, Qt::CaseInsensitive)
                                    && !table->item(row, 1)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace ReportLens
