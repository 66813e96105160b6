#pragma once

#include <QString>
#include <QtGlobal>

namespace ReportLens {

/// The rules compiled into the program (":/….json"), loaded once by @p Rules::load. The file is
/// part of the build, so one that does not load is a programming error: the message names the file
/// and the key, and the program stops.
template<class Rules>
Rules loadShippedRules(const QString &path)
{
    QString error;
    auto rules = Rules::load(path, &error);
    if (!rules)
        qFatal("shipped rules do not load: %s", qUtf8Printable(error));
    return std::move(*rules);
}

} // namespace ReportLens
