#pragma once

#include <QJsonObject>
#include <QString>

namespace ReportLens {

/// Reads a JSON object from the bundled resources (":/…") or a file; fatal errors are programming
/// errors (the resource is compiled in), so this logs and returns an empty object.
QJsonObject loadJsonResource(const QString &path);

} // namespace ReportLens
