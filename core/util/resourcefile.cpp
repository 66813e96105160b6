#include "resourcefile.h"

#include "logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtDebug>

namespace ReportLens {

QJsonObject loadJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCore, "cannot open resource %s", qUtf8Printable(path));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCCritical(lcCore, "%s is not a JSON object: %s", qUtf8Printable(path),
                  qUtf8Printable(error.errorString()));
        return {};
    }
    return document.object();
}

} // namespace ReportLens
