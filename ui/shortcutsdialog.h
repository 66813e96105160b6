#pragma once

#include <QDialog>

class QMenuBar;

namespace ReportLens {

/// Help → Keyboard Shortcuts: every menu command with its keys (read from the menus, so it never
/// goes stale), and the keys of the reader that have no menu command, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace ReportLens
