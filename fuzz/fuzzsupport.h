#pragma once

// Shared by the fuzz targets: a QCoreApplication for Qt resources.

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace ReportLens::Fuzz {

/// The application object Qt needs for resources (rules in ":/…"); made once.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace ReportLens::Fuzz
