// Search latency over a library, and the clean texts written out for the baselines (grep, the bare
// FTS5 trigram table). Prints p50/p95 per query class in milliseconds, each query's matching
// reports and hits (for bench/run.sh to compare with grep), and a total line.
//
// Usage: bench_search LIBRARY TEXT_DIR [RUNS]

#include "benchsupport.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "util/scriptfolding.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <limits>

using namespace ReportLens;
using Bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        QTextStream(stderr) << "usage: bench_search LIBRARY TEXT_DIR|- [RUNS]\n";
        return 2;
    }
    Library library;
    QString error;
    if (!library.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    const int runs = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 5;
    // Clean texts, one file per report, for grep and the trigram baseline; "-" writes none (a
    // second run on the same library). They are written folded, as search reads them (Traditional
    // characters as Simplified, Latin letters in lower case, one character for one), so that grep
    // finds what search finds.
    const QString textDir = QString::fromLocal8Bit(argv[2]);
    if (textDir != QLatin1String("-")) {
        QDir().mkpath(textDir);
        ReportStore store(library);
        QList<qint64> ids;
        for (const ReportSummary &s : store.list())
            ids.append(s.id);
        for (qsizetype from = 0; from < ids.size(); from += 256)
            for (const auto &[id, text] : store.cleanTexts(ids.mid(from, 256)).asKeyValueRange()) {
                QFile file(QStringLiteral("%1/%2.txt").arg(textDir).arg(id));
                if (file.open(QIODevice::WriteOnly))
                    file.write(SearchIndex::fold(text).toUtf8());
            }
    }
    // Matching reports and their hits per query, printed for the comparison with grep.
    QMap<QString, std::pair<qsizetype, qint64>> reports;
    const QList<std::pair<QString, QStringList>> classes = {
        {QStringLiteral("1-char"),
         {QStringLiteral("疫"), QStringLiteral("粮"), QStringLiteral("党"), QStringLiteral("稀")}},
        {QStringLiteral("2-char"),
         {QStringLiteral("就业"), QStringLiteral("疫情"), QStringLiteral("扶贫"), QStringLiteral("物价")}},
        {QStringLiteral("4-char"),
         {QStringLiteral("脱贫攻坚"), QStringLiteral("乡村振兴"), QStringLiteral("一带一路"),
          QStringLiteral("营商环境")}},
        {QStringLiteral("phrase"),
         {QStringLiteral("城镇新增就业"), QStringLiteral("供给侧结构性改革"), QStringLiteral("地区生产总值增长")}},
    };
    SearchIndex index(library);
    ReportStore store(library);
    // The window builds the Traditional → Simplified table in the background as it starts; the
    // first query here would otherwise wait for it (about 50 ms, once per process).
    ScriptFolding::table();
    QList<double> all, allCounts;
    for (const auto &[name, queries] : classes) {
        QList<double> times, countTimes;
        // Where the first page's time goes: its matching reports, their rows, the hits of the first ten.
        QList<double> matchTimes, rowTimes, hitTimes;
        for (int run = 0; run < runs; ++run)
            for (const QString &query : queries) {
                QElapsedTimer timer;
                timer.start();
                // What the search pane reads before it shows results (newest first, its default):
                // the first page of matching reports with their hit counts, their rows, and the
                // hits of the first ten.
                const QList<SearchMatch> first = index.firstMatches(query, SearchOrder::Newest, 100);
                const qint64 matched = timer.nsecsElapsed();
                QList<qint64> page;
                for (const SearchMatch &m : first)
                    page.append(m.reportId);
                const qsizetype rows = store.summaries(page).size();
                const qint64 listed = timer.nsecsElapsed();
                const qsizetype hits = index.hitsIn(page.mid(0, 10), query).size();
                const qint64 done = timer.nsecsElapsed();
                // Then what arrives after it: every matching report with its hit count (the
                // count the pane shows, and the other orders).
                timer.restart();
                const QList<SearchMatch> matches =
                    index.firstMatches(query, SearchOrder::Newest, std::numeric_limits<int>::max());
                countTimes.append(double(timer.nsecsElapsed()) / 1e6);
                times.append(double(done) / 1e6);
                matchTimes.append(double(matched) / 1e6);
                rowTimes.append(double(listed - matched) / 1e6);
                hitTimes.append(double(done - listed) / 1e6);
                if (run == 0) {
                    qint64 hitTotal = 0;
                    for (const SearchMatch &m : matches)
                        hitTotal += m.hitCount;
                    reports[query] = {matches.size(), hitTotal};
                }
                Q_UNUSED(rows);
                Q_UNUSED(hits);
            }
        all += times;
        allCounts += countTimes;
        out << QStringLiteral("search %1  first page p50 %2 ms  p95 %3 ms  (p50 match %4, rows %5, hits %6);  "
                              "count p50 %7 ms  p95 %8 ms\n")
                   .arg(name, -7)
                   .arg(percentile(times, 0.5), 0, 'f', 2)
                   .arg(percentile(times, 0.95), 0, 'f', 2)
                   .arg(percentile(matchTimes, 0.5), 0, 'f', 2)
                   .arg(percentile(rowTimes, 0.5), 0, 'f', 2)
                   .arg(percentile(hitTimes, 0.5), 0, 'f', 2)
                   .arg(percentile(countTimes, 0.5), 0, 'f', 2)
                   .arg(percentile(countTimes, 0.95), 0, 'f', 2);
    }
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        out << QStringLiteral("reports %1 %2 hits %3\n").arg(it.key()).arg(it.value().first).arg(it.value().second);
    out << QStringLiteral("search_p50_ms=%1 search_p95_ms=%2 count_p50_ms=%3 count_p95_ms=%4\n")
               .arg(percentile(all, 0.5), 0, 'f', 2)
               .arg(percentile(all, 0.95), 0, 'f', 2)
               .arg(percentile(allCounts, 0.5), 0, 'f', 2)
               .arg(percentile(allCounts, 0.95), 0, 'f', 2);
    return 0;
}
