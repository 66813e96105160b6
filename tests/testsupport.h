#pragma once

// Helpers shared by the test programs: where the seeds and corpus are, and reading them.

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>

namespace ReportLens::TestSupport {

inline QString sharedDir()
{
    return QStringLiteral(REPORTLENS_SHARED_DIR);
}

inline QString seedPath(const QString &number)
{
    const QDir dir(sharedDir() + QStringLiteral("/seeds"));
    const QStringList matches = dir.entryList({number + QStringLiteral("_*.txt")}, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

inline QStringList nationalPaths()
{
    const QDir dir(sharedDir() + QStringLiteral("/corpus/national"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("national-*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s (is ../shared beside the checkout?)", qPrintable(path));
    return file.readAll();
}

inline QString readUtf8(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

} // namespace ReportLens::TestSupport
