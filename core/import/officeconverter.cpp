#include "officeconverter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace ReportLens {

QString OfficeConverter::program()
{
    auto executable = [](const QString &name) {
        if (name.contains(u'/')) {
            const QFileInfo info(name);
            return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
        }
        return QStandardPaths::findExecutable(name);
    };
    if (qEnvironmentVariableIsSet("REPORTLENS_SOFFICE"))
        return executable(qEnvironmentVariable("REPORTLENS_SOFFICE"));
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")})
        if (const QString path = executable(name); !path.isEmpty())
            return path;
    return {};
}

QByteArray OfficeConverter::toDocx(const QByteArray &bytes, const QString &suffix, QString *error)
{
    const QString soffice = program();
    if (soffice.isEmpty()) {
        *error = QStringLiteral("LibreOffice is not installed");
        return {};
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the conversion: %1").arg(dir.errorString());
        return {};
    }
    const QString input = dir.filePath(QStringLiteral("document.") + suffix);
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            *error =
                QStringLiteral("the document could not be written to a temporary file: %1").arg(file.errorString());
            return {};
        }
    }
    const QString outDir = dir.filePath(QStringLiteral("out"));

    QProcess process;
    process.setProgram(soffice);
    // A profile of its own: LibreOffice hands a conversion to a running instance that uses the same
    // profile (the user's open office suite, or another import), and a profile is locked while in use.
    process.setArguments(
        {QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--nologo"),
         QStringLiteral("--nodefault"), QStringLiteral("--nolockcheck"),
         QStringLiteral("-env:UserInstallation=")
             + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(QUrl::FullyEncoded),
         QStringLiteral("--convert-to"), QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), outDir,
         input});
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // soffice is a launcher that starts soffice.bin as its child: a process group of their own lets
    // a timeout kill both.
    process.setChildProcessModifier([] { ::setsid(); });
#endif
    process.start();
    if (!process.waitForStarted(30 * 1000)) {
        *error = QStringLiteral("LibreOffice (%1) could not be started: %2").arg(soffice, process.errorString());
        return {};
    }
    if (!process.waitForFinished(TimeoutSeconds * 1000)) {
#ifdef Q_OS_UNIX
        if (process.processId() > 0)
            ::kill(-pid_t(process.processId()), SIGKILL);
#endif
        process.kill();
        process.waitForFinished(10 * 1000);
        *error = QStringLiteral("LibreOffice did not finish converting it within %1 s").arg(TimeoutSeconds);
        return {};
    }
    QFile converted(QDir(outDir).filePath(QStringLiteral("document.docx")));
    if (!converted.open(QIODevice::ReadOnly)) {
        // LibreOffice exits with 0 even when it could not load the input; what it printed says why.
        QString said;
        for (const QString &line : QString::fromLocal8Bit(process.readAll()).split(u'\n'))
            if (line.startsWith(QLatin1String("Error")))
                said = line.trimmed();
        *error = said.isEmpty()
            ? QStringLiteral("LibreOffice could not convert it (exit code %1)").arg(process.exitCode())
            : QStringLiteral("LibreOffice could not convert it (%1)").arg(said);
        return {};
    }
    return converted.readAll();
}

} // namespace ReportLens
