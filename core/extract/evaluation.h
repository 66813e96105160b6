#pragma once

#include "model/report.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// One hand-labelled figure of a gold file.
struct GoldFigure
{
    QString file; ///< The report's file name, as imported
    QString indicator; ///< Catalog id
    Metric metric = Metric::Level;
    FigureKind kind = FigureKind::Actual;
    int periodStart = 0;
    int periodEnd = 0;
    double value = 0; ///< In the catalog unit
    std::optional<double> valueHigh;
    bool required = true; ///< False: finding it is right, missing it is no miss (an estimate, a lower bound, …)
    QString note; ///< The fragment of the file that states it
    int line = 0; ///< Line of the gold file
};

/// A gold file: tab-separated rows `file indicator metric kind period value value_high required note`
/// (a header line starting with "# " names the columns; `required` may be absent, meaning 1). It judges
/// the indicators it labels, in the files it names and the files a SOURCES.tsv beside it lists
/// (a file may have no figures); span figures (2016–2020) and goals for later years (kind plan) only
/// when it labels such figures itself.
struct GoldStandard
{
    QString path;
    QList<GoldFigure> figures;
    QStringList files; ///< Every file judged, in order
    QSet<QString> indicators; ///< The indicators judged
    bool judgesSpans = false;
    bool judgesPlans = false; ///< Goals for years after the report's (kind plan), only when it labels some

    /// nullopt after setting @p error (naming the file and line) for a file that cannot be read.
    static std::optional<GoldStandard> load(const QString &path, QString *error);
};

/// A report as the evaluation sees it.
struct EvaluatedReport
{
    qint64 id = 0;
    QString file;
    QString script; ///< simplified, traditional
    QList<Indicator> figures;
};

/// Counts of one slice (overall, an indicator, a kind, a script).
struct EvaluationTally
{
    int required = 0; ///< Gold figures that must be found
    int requiredFound = 0;
    int optional = 0; ///< Gold figures that may be found
    int optionalFound = 0;
    int predicted = 0; ///< Figures the extractor gave that are judged
    int correct = 0; ///< Of those, the ones that match a gold figure

    double precision() const { return predicted ? double(correct) / predicted : 1.0; }
    double recall() const { return required ? double(requiredFound) / required : 1.0; }
};

/// What went wrong with one figure: a gold figure missed (with the nearest figure the extractor
/// gave for the same indicator and metric in that file, if any) or a figure that matches no gold one.
struct EvaluationFinding
{
    QString file;
    std::optional<GoldFigure> expected;
    std::optional<Indicator> found;
};

struct Evaluation
{
    EvaluationTally overall;
    QMap<QString, EvaluationTally> byIndicator;
    QMap<QString, EvaluationTally> byKind;
    QMap<QString, EvaluationTally> byScript;
    QList<EvaluationFinding> misses; ///< Required gold figures not found
    QList<EvaluationFinding> falsePositives; ///< Figures matching no gold figure
    QStringList filesNotInLibrary;

    /// Compares the figures of @p reports with @p gold. Reports are matched by file name; a file of
    /// the gold standard with no report is listed in filesNotInLibrary and its figures count as missed.
    static Evaluation run(const GoldStandard &gold, const QList<EvaluatedReport> &reports);
};

/// "gdp growth actual 2023 5.2" — for listings of findings.
QString describeFigure(const QString &indicator, Metric metric, FigureKind kind, int periodStart, int periodEnd,
                       double value, const std::optional<double> &high);

} // namespace ReportLens
