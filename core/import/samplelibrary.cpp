#include "samplelibrary.h"

#include <QDir>
#include <QFile>

namespace ReportLens::SampleLibrary {

QStringList samplePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QList<ImportResult> importSamples(Library &library)
{
    Importer importer(library);
    QList<ImportResult> results;
    for (const QString &path : samplePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        results.append(importer.importBytes(file.readAll(), path));
    }
    return results;
}

} // namespace ReportLens::SampleLibrary
