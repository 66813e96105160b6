// Indicator extraction throughput over the seeds and the national corpus: the clean texts and
// outlines are prepared once, then only IndicatorExtractor::extract is timed. Prints the median of
// several runs in MB/s (UTF-8 bytes of clean text) and reports/s.
//
// Usage: bench_extraction SHARED_DIR [RUNS]

#include "extract/indicatorextractor.h"
#include "import/importer.h"
#include "store/indicatorstore.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace ReportLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_extraction SHARED_DIR [RUNS]\n";
        return 2;
    }
    const QString shared = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 7;

    Library library;
    QString error;
    if (!library.open(QStringLiteral(":memory:"), &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    QStringList files;
    for (const QString &folder : {shared + QStringLiteral("/seeds"), shared + QStringLiteral("/corpus/national")})
        for (const QString &name : QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            if (name != QStringLiteral("README.md"))
                files.append(folder + u'/' + name);

    const ImportPipeline importer(IndicatorStore(library).catalog());
    QList<Report> reports;
    qint64 bytes = 0;
    QElapsedTimer pipeline;
    pipeline.start();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Report report = importer.process(file.readAll(), path, {}, &error);
        if (!error.isEmpty())
            continue;
        bytes += report.cleanText.toUtf8().size();
        reports.append(report);
    }
    const double pipelineSeconds = double(pipeline.nsecsElapsed()) / 1e9;

    const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
    QList<double> seconds;
    qsizetype figures = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        figures = 0;
        for (const Report &r : reports)
            figures += extractor.extract(r.cleanText, r.sections, r.meta.year.isSet() ? r.meta.year.value : 0).size();
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    out << "reports            " << reports.size() << "\n"
        << "clean text         " << QString::number(megabytes, 'f', 2) << " MB (UTF-8)\n"
        << "figures extracted  " << figures << "\n"
        << "runs               " << runs << "\n"
        << "extraction median  " << QString::number(median * 1000, 'f', 1) << " ms  (min "
        << QString::number(seconds.first() * 1000, 'f', 1) << ", max " << QString::number(seconds.last() * 1000, 'f', 1)
        << ")\n"
        << "extraction         " << QString::number(megabytes / median, 'f', 2) << " MB/s, "
        << QString::number(double(reports.size()) / median, 'f', 0) << " reports/s\n"
        << "whole pipeline     " << QString::number(megabytes / pipelineSeconds, 'f', 2)
        << " MB/s (decode, clean, metadata, outline, extract; one run)\n";
    return 0;
}
