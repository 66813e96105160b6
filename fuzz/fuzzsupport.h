#pragma once

// Shared by the fuzz targets: a QCoreApplication for Qt resources, and input as text.

#include <QCoreApplication>
#include <QString>

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

/// Input bytes as text (invalid UTF-8 becomes U+FFFD, which the code must survive too).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ReportLens::Fuzz
