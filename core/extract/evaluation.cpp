#include "evaluation.h"

#include "util/chinesetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace ReportLens {

namespace {

QString readUtf8(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Text without white space: a gold note and a quote compare across the line breaks the cleaner joined.
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!ChineseText::isSpace(c))
            out.append(c);
    return out;
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-4 * std::max(1.0, std::abs(b));
}

double figureValue(const Indicator &f)
{
    return f.valueInCatalogUnit.value_or(f.value); // a growth or rate has no catalog unit
}

bool sameFigure(const GoldFigure &g, const Indicator &f)
{
    return f.indicatorId == g.indicator && f.metric == g.metric && f.kind == g.kind && f.periodStart == g.periodStart
        && f.periodEnd == g.periodEnd && sameValue(figureValue(f), g.value)
        && g.valueHigh.has_value() == f.valueHigh.has_value()
        && (!g.valueHigh || sameValue(*f.valueHigh, *g.valueHigh));
}

// How alike a gold figure and an extracted one are, to show the nearest one beside a mistake.
int likeness(const GoldFigure &g, const Indicator &f, const QString &squeezedNote)
{
    if (f.indicatorId != g.indicator || f.metric != g.metric)
        return -1;
    return (squeezed(f.quote).contains(squeezedNote) ? 8 : 0) + (f.periodStart == g.periodStart ? 4 : 0)
        + (f.kind == g.kind ? 2 : 0) + (sameValue(figureValue(f), g.value) ? 1 : 0);
}

} // namespace

std::optional<GoldStandard> GoldStandard::load(const QString &path, QString *error)
{
    const QString text = readUtf8(path, error);
    if (!error->isEmpty())
        return std::nullopt;
    GoldStandard gold;
    gold.path = path;
    QStringList columns = {QStringLiteral("file"),       QStringLiteral("indicator"), QStringLiteral("metric"),
                           QStringLiteral("kind"),       QStringLiteral("period"),    QStringLiteral("value"),
                           QStringLiteral("value_high"), QStringLiteral("required"),  QStringLiteral("note")};
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const QStringList header = line.mid(1).trimmed().split(u'\t');
            if (header.size() >= 8 && header.contains(QStringLiteral("indicator")))
                columns = header;
            continue;
        }
        const QStringList fields = line.split(u'\t');
        auto field = [&](const QString &name, const QString &alternative = {}) {
            qsizetype at = columns.indexOf(name);
            if (at < 0 && !alternative.isEmpty())
                at = columns.indexOf(alternative);
            return at >= 0 && at < fields.size() ? fields[at].trimmed() : QString();
        };
        GoldFigure g;
        g.line = n + 1;
        g.file = field(QStringLiteral("file"));
        g.indicator = field(QStringLiteral("indicator"));
        const std::optional<Metric> metric = metricFromName(field(QStringLiteral("metric")));
        const std::optional<FigureKind> kind = figureKindFromName(field(QStringLiteral("kind")));
        g.metric = metric.value_or(Metric::Level);
        g.kind = kind.value_or(FigureKind::Actual);
        const QStringList period = field(QStringLiteral("period")).split(u'-');
        g.periodStart = period.first().toInt();
        g.periodEnd = period.last().toInt();
        bool ok = false;
        g.value = field(QStringLiteral("value")).toDouble(&ok);
        const QString high = field(QStringLiteral("value_high"));
        bool highOk = true;
        if (!high.isEmpty())
            g.valueHigh = high.toDouble(&highOk);
        const QString required = field(QStringLiteral("required"));
        g.required = required != QStringLiteral("0");
        g.note = field(QStringLiteral("note")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (fields.size() < 8 || g.file.isEmpty() || g.indicator.isEmpty() || !metric || !kind || g.periodStart <= 0
            || !ok || !highOk) {
            *error = QStringLiteral("%1:%2: not a gold row (file, indicator, metric, kind, period, value, value_high, "
                                    "required, note)")
                         .arg(path)
                         .arg(n + 1);
            return std::nullopt;
        }
        if (g.periodStart != g.periodEnd)
            gold.judgesSpans = true;
        if (g.kind == FigureKind::Plan)
            gold.judgesPlans = true;
        gold.indicators.insert(g.indicator);
        if (!gold.files.contains(g.file))
            gold.files.append(g.file);
        gold.figures.append(g);
    }
    // A SOURCES.tsv beside the gold file lists every file it judges, also those without figures.
    const QString sources = QFileInfo(path).absoluteDir().filePath(QStringLiteral("SOURCES.tsv"));
    if (QFileInfo::exists(sources)) {
        const QString listing = readUtf8(sources, error);
        if (!error->isEmpty())
            return std::nullopt;
        const QStringList rows = listing.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < rows.size(); ++i) { // after the header
            const QString file = rows[i].section(u'\t', 0, 0).trimmed();
            if (!file.isEmpty() && !gold.files.contains(file))
                gold.files.append(file);
        }
    }
    return gold;
}

QString describeFigure(const QString &indicator, Metric metric, FigureKind kind, int periodStart, int periodEnd,
                       double value, const std::optional<double> &high)
{
    const QString period = periodStart == periodEnd ? QString::number(periodStart)
                                                    : QStringLiteral("%1-%2").arg(periodStart).arg(periodEnd);
    QString text =
        QStringLiteral("%1 %2 %3 %4 %5")
            .arg(indicator, metricName(metric), figureKindName(kind), period, QString::number(value, 'g', 10));
    if (high)
        text += QStringLiteral("–") + QString::number(*high, 'g', 10);
    return text;
}

Evaluation Evaluation::run(const GoldStandard &gold, const QList<EvaluatedReport> &reports)
{
    Evaluation result;
    QHash<QString, const EvaluatedReport *> byFile;
    for (const EvaluatedReport &r : reports)
        byFile.insert(r.file, &r);
    QHash<QString, QList<const GoldFigure *>> goldByFile;
    for (const GoldFigure &g : gold.figures)
        goldByFile[g.file].append(&g);

    auto slices = [&](const QString &indicator, FigureKind kind, const QString &script) {
        return QList<EvaluationTally *>{&result.overall, &result.byIndicator[indicator],
                                        &result.byKind[figureKindName(kind)], &result.byScript[script]};
    };

    for (const QString &file : gold.files) {
        const EvaluatedReport *report = byFile.value(file);
        if (!report)
            result.filesNotInLibrary.append(file);
        const QString script = report && !report->script.isEmpty() ? report->script : QStringLiteral("simplified");
        QList<const Indicator *> judged;
        if (report)
            for (const Indicator &f : report->figures)
                // Figures the user marked wrong are not the extractor's; amounts kept in a foreign
                // currency (亿美元) are not labelled (README of the local corpus).
                if (gold.indicators.contains(f.indicatorId) && (gold.judgesSpans || f.periodStart == f.periodEnd)
                    && (gold.judgesPlans || f.kind != FigureKind::Plan) && !f.rejected
                    && (f.metric != Metric::Level || f.valueInCatalogUnit))
                    judged.append(&f);
        const QList<const GoldFigure *> rows = goldByFile.value(file);
        QList<const GoldFigure *> matchOf(judged.size(), nullptr);
        QList<bool> goldMatched(rows.size(), false);
        // First the figures from the sentence the note is in, then any with the same values.
        for (int pass = 0; pass < 2; ++pass)
            for (qsizetype g = 0; g < rows.size(); ++g) {
                if (goldMatched[g])
                    continue;
                const QString note = squeezed(rows[g]->note);
                for (qsizetype f = 0; f < judged.size(); ++f)
                    if (!matchOf[f] && sameFigure(*rows[g], *judged[f])
                        && (pass == 1 || squeezed(judged[f]->quote).contains(note))) {
                        matchOf[f] = rows[g];
                        goldMatched[g] = true;
                        break;
                    }
            }
        for (qsizetype g = 0; g < rows.size(); ++g) {
            const GoldFigure &row = *rows[g];
            for (EvaluationTally *t : slices(row.indicator, row.kind, script)) {
                (row.required ? t->required : t->optional) += 1;
                if (goldMatched[g])
                    (row.required ? t->requiredFound : t->optionalFound) += 1;
            }
            if (goldMatched[g] || !row.required)
                continue;
            EvaluationFinding miss{file, row, std::nullopt};
            int best = -1;
            const QString note = squeezed(row.note);
            for (const Indicator *f : judged)
                if (const int l = likeness(row, *f, note); l > best) {
                    best = l;
                    miss.found = *f;
                }
            result.misses.append(miss);
        }
        for (qsizetype f = 0; f < judged.size(); ++f) {
            const Indicator &figure = *judged[f];
            for (EvaluationTally *t : slices(figure.indicatorId, figure.kind, script)) {
                t->predicted += 1;
                if (matchOf[f])
                    t->correct += 1;
            }
            if (matchOf[f])
                continue;
            EvaluationFinding wrong{file, std::nullopt, figure};
            int best = -1;
            const QString quote = squeezed(figure.quote);
            for (const GoldFigure *g : rows)
                if (const int l = likeness(*g, figure, squeezed(g->note));
                    l > best && (l >= 8 || quote.isEmpty() || l >= 4)) {
                    best = l;
                    wrong.expected = *g;
                }
            result.falsePositives.append(wrong);
        }
    }
    return result;
}

} // namespace ReportLens
