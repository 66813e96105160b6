#include "viewlayouts.h"

#include "settings.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTabWidget>

namespace ReportLens {

ViewLayouts::ViewLayouts(QMainWindow *window, QTabWidget *views)
    : QObject(window)
    , m_window(window)
    , m_views(views)
    , m_shown(views->currentWidget())
    , m_layouts(Settings::viewLayouts.value())
{
    connect(views, &QTabWidget::currentChanged, this, [this](int index) { switchTo(m_views->widget(index)); });
}

void ViewLayouts::setHiddenByDefault(QWidget *view, const QList<QDockWidget *> &docks)
{
    m_hiddenByDefault.insert(view, docks);
}

void ViewLayouts::restore()
{
    const QByteArray saved = m_layouts.value(m_shown->objectName()).toByteArray();
    if (saved.isEmpty() || !m_window->restoreState(saved))
        for (QDockWidget *dock : m_hiddenByDefault.value(m_shown))
            dock->hide();
}

void ViewLayouts::save()
{
    m_layouts.insert(m_shown->objectName(), m_window->saveState());
    Settings::viewLayouts.setValue(m_layouts);
}

void ViewLayouts::switchTo(QWidget *view)
{
    if (!view || view == m_shown)
        return;
    m_layouts.insert(m_shown->objectName(), m_window->saveState());
    m_shown = view;
    restore();
}

} // namespace ReportLens
