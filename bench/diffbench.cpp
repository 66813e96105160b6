// What changed between reports, timed on the two longest national reports of the corpus (median
// of RUNS runs, milliseconds): the sentences (TextDiff) and the new and dropped terms (TermDiff),
// together under the target of 200 ms; with a LIBRARY, also the terms weighed by how many of its
// reports use them (what the side-by-side view does, on its worker thread).
//
// Usage: bench_diff SHARED_DIR [RUNS] [LIBRARY]

#include "benchsupport.h"

#include "compare/termdiff.h"
#include "compare/textdiff.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace ReportLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_diff SHARED_DIR [RUNS] [LIBRARY]\n";
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/corpus/national");
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 9;
    // The two longest reports (the raw files are clean enough to time the comparison).
    QList<std::pair<QString, QString>> reports;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(folder + u'/' + name);
        if (file.open(QIODevice::ReadOnly))
            reports.append({name, QString::fromUtf8(file.readAll())});
    }
    if (reports.size() < 2) {
        QTextStream(stderr) << "bench_diff: fewer than two reports in " << folder << "\n";
        return 1;
    }
    std::sort(reports.begin(), reports.end(),
              [](const auto &x, const auto &y) { return x.second.size() > y.second.size(); });
    const QString &a = reports[0].second, &b = reports[1].second;
    const auto time = [runs](const auto &work) {
        QList<double> times;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer clock;
            clock.start();
            work();
            times.append(double(clock.nsecsElapsed()) / 1e6);
        }
        return times;
    };
    TextDiff::Result result;
    TermDiff::Result terms;
    const QList<double> text = time([&] { result = TextDiff::compare(a, b); });
    const QList<double> plainTerms = time([&] { terms = TermDiff::compare(a, b); });
    QList<double> both;
    for (int r = 0; r < runs; ++r)
        both.append(text[r] + plainTerms[r]);
    out << "diff of " << reports[0].first << " (" << a.size() << " characters) and " << reports[1].first << " ("
        << b.size() << "): " << result.sameCount() << " sentences the same, " << result.editedCount() << " edited, "
        << result.droppedCount() << " dropped, " << result.newCount() << " new; " << terms.added.size()
        << " new terms, " << terms.dropped.size() << " dropped\n";
    const auto line = [&out, runs](const QString &what, const QList<double> &times) {
        out << QStringLiteral("%1 median %2 ms, max %3 ms over %4 runs\n")
                   .arg(what)
                   .arg(Bench::percentile(times, 0.5), 0, 'f', 1)
                   .arg(Bench::percentile(times, 1.0), 0, 'f', 1)
                   .arg(runs);
    };
    line(QStringLiteral("sentences"), text);
    line(QStringLiteral("terms"), plainTerms);
    line(QStringLiteral("diff (sentences + terms, target < 200 ms)"), both);
    if (argc > 3) {
        Library library;
        QString error;
        if (!library.open(QString::fromLocal8Bit(argv[3]), &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        const SearchIndex index(library);
        const TermDiff::Weighting weighting{ReportStore(library).count(),
                                            [&index](const QString &term) { return index.reportsContaining(term); }};
        line(QStringLiteral("terms weighed against %1 reports").arg(weighting.reports),
             time([&] { terms = TermDiff::compare(a, b, weighting); }));
    }
    return 0;
}
