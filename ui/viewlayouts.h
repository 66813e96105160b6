#pragma once

#include <QHash>
#include <QObject>
#include <QVariantMap>

class QDockWidget;
class QMainWindow;
class QTabWidget;
class QWidget;

namespace ReportLens {

/// Each view of the window (reader, side by side, charts) keeps its own arrangement of docks, as
/// an IDE's perspectives do: side by side starts without the panes that take the texts' room, and
/// what the user arranges in a view stays with that view, across sessions too. Views are known by
/// their object names.
class ViewLayouts : public QObject
{
    Q_OBJECT
public:
    ViewLayouts(QMainWindow *window, QTabWidget *views);

    /// Docks hidden the first time @p view is shown (until the user arranges it).
    void setHiddenByDefault(QWidget *view, const QList<QDockWidget *> &docks);
    /// Restores the layout saved for the view shown now (at start).
    void restore();
    /// Saves every view's layout (at close).
    void save();

private:
    void switchTo(QWidget *view);

    QMainWindow *m_window;
    QTabWidget *m_views;
    QWidget *m_shown;
    QVariantMap m_layouts;
    QHash<QWidget *, QList<QDockWidget *>> m_hiddenByDefault;
};

} // namespace ReportLens
