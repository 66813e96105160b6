// reportlens-cli diff: what changed from one report to another — sentences, sections, figures.

#include "clisupport.h"

#include "compare/figurecomparison.h"
#include "compare/sectionaligner.h"
#include "compare/textdiff.h"
#include "extract/figuretext.h"
#include "outline/outlineparser.h"
#include "store/indicatorstore.h"
#include "store/library.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ReportLens::Cli {

namespace {

/// A heading of the summary: numbered parts and sub-headings of the first two levels.
struct Part
{
    qsizetype flat = 0; ///< Depth-first index (SectionAligner's)
    QString path;       ///< Titles from the top, joined by " › "
    qsizetype chars = 0;
};

QList<Part> parts(const QList<Section> &flat)
{
    QList<Part> out;
    QStringList path;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const Section &s = flat[i];
        path.resize(std::min<qsizetype>(path.size(), s.level - 1));
        path.append(s.label + s.title);
        if ((s.kind == Section::Kind::Numbered || s.kind == Section::Kind::SubHeading) && s.level <= 2)
            out.append({i, path.join(QStringLiteral(" › ")), s.end - s.start});
    }
    return out;
}

QString name(const Report &r)
{
    return displayTitle(r.meta.region.value, r.meta.year.isSet() ? r.meta.year.value : 0, r.meta.title.value);
}

QString targetWord(FigureChange::Target target)
{
    switch (target) {
    case FigureChange::Target::Kept: return QStringLiteral("kept");
    case FigureChange::Target::Raised: return QStringLiteral("raised");
    case FigureChange::Target::Lowered: return QStringLiteral("lowered");
    case FigureChange::Target::NotATarget: break;
    }
    return {};
}

QString figureText(const std::optional<Indicator> &i)
{
    if (!i)
        return {};
    const QString period = i->periodStart == i->periodEnd ? QString::number(i->periodStart)
                                                         : QStringLiteral("%1–%2").arg(i->periodStart).arg(i->periodEnd);
    return period + u' ' + FigureText::value(*i);
}

QJsonValue figureJson(const std::optional<Indicator> &i)
{
    if (!i)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("period_start"), i->periodStart},
                       {QStringLiteral("period_end"), i->periodEnd},
                       {QStringLiteral("value"), i->value},
                       {QStringLiteral("text"), FigureText::value(*i)},
                       {QStringLiteral("start"), qint64(i->numberStart)},
                       {QStringLiteral("quote"), i->quote}};
}

int diffCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json or markdown."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({format});
    if (int code = parseCommand(parser, context, QStringLiteral("ID1 ID2"),
                                QStringLiteral("What changed from report ID1 to report ID2: sentences, sections, figures."));
        code >= 0)
        return code;
    const QString f = parser.value(format);
    if (int code = requireFormat(f, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2) {
        err() << "reportlens-cli diff: give two report ids (see list)\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const std::optional<Report> a = loadReport(library, parser.positionalArguments()[0].toLongLong());
    const std::optional<Report> b = a ? loadReport(library, parser.positionalArguments()[1].toLongLong()) : std::nullopt;
    if (!a || !b)
        return InputFailed;

    const TextDiff::Result text = TextDiff::compare(a->cleanText, b->cleanText);
    // Sections: the aligner's pairs; a part without a counterpart was added or removed.
    const QList<Section> flatA = OutlineParser::flatten(a->sections), flatB = OutlineParser::flatten(b->sections);
    QHash<qsizetype, qsizetype> aToB;
    QSet<qsizetype> alignedB;
    for (const auto &[x, y] : SectionAligner().align(a->sections, b->sections)) {
        aToB.insert(x, y);
        alignedB.insert(y);
    }
    const QList<Part> partsA = parts(flatA), partsB = parts(flatB);
    QList<Part> removed, added;
    QList<std::pair<Part, Part>> resized; // grown or shrunk by a fifth or more
    for (const Part &p : partsA) {
        if (!aToB.contains(p.flat)) {
            removed.append(p);
            continue;
        }
        const qsizetype other = aToB.value(p.flat);
        for (const Part &q : partsB)
            if (q.flat == other && (q.chars * 5 >= p.chars * 6 || q.chars * 6 <= p.chars * 5))
                resized.append({p, q});
    }
    for (const Part &q : partsB)
        if (!alignedB.contains(q.flat))
            added.append(q);
    IndicatorStore store(library);
    const QList<FigureChange> figures = FigureComparison::compare(store.rows(a->id), store.rows(b->id), store.catalog());

    if (f == QStringLiteral("json")) {
        const auto partsJson = [](const QList<Part> &list) {
            QJsonArray array;
            for (const Part &p : list)
                array.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("chars"), qint64(p.chars)}});
            return array;
        };
        QJsonArray resizedJson, figuresJson;
        for (const auto &[p, q] : std::as_const(resized))
            resizedJson.append(QJsonObject{{QStringLiteral("left_path"), p.path}, {QStringLiteral("left_chars"), qint64(p.chars)},
                                           {QStringLiteral("right_path"), q.path}, {QStringLiteral("right_chars"), qint64(q.chars)}});
        for (const FigureChange &c : figures)
            figuresJson.append(QJsonObject{{QStringLiteral("indicator"), c.indicatorId},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("metric"), c.metric},
                                           {QStringLiteral("kind"), c.kind},
                                           {QStringLiteral("left"), figureJson(c.left)},
                                           {QStringLiteral("right"), figureJson(c.right)},
                                           {QStringLiteral("difference"), c.difference()},
                                           {QStringLiteral("target"), targetWord(c.target())}});
        printJson(QJsonObject{
            {QStringLiteral("left"), QJsonObject{{QStringLiteral("id"), a->id}, {QStringLiteral("name"), name(*a)}}},
            {QStringLiteral("right"), QJsonObject{{QStringLiteral("id"), b->id}, {QStringLiteral("name"), name(*b)}}},
            {QStringLiteral("sentences"), QJsonObject{{QStringLiteral("same"), qint64(text.sameCount())},
                                                      {QStringLiteral("edited"), qint64(text.editedCount())},
                                                      {QStringLiteral("dropped"), qint64(text.droppedCount())},
                                                      {QStringLiteral("new"), qint64(text.newCount())}}},
            {QStringLiteral("sections"), QJsonObject{{QStringLiteral("added"), partsJson(added)},
                                                     {QStringLiteral("removed"), partsJson(removed)},
                                                     {QStringLiteral("resized"), resizedJson}}},
            {QStringLiteral("figures"), figuresJson}});
        return Success;
    }
    const bool markdown = f == QStringLiteral("markdown");
    const auto heading = [&](const QString &title) { out() << (markdown ? QStringLiteral("\n## ") : QStringLiteral("\n")) << title << "\n"; };
    out() << (markdown ? QStringLiteral("# ") : QString()) << name(*a) << " → " << name(*b) << "\n";
    out() << (markdown ? QStringLiteral("\n") : QString())
          << QStringLiteral("Sentences: %1 the same, %2 edited, %3 dropped, %4 new\n")
                 .arg(text.sameCount()).arg(text.editedCount()).arg(text.droppedCount()).arg(text.newCount());
    const auto listParts = [&](const QString &title, const QList<Part> &list) {
        if (list.isEmpty())
            return;
        heading(title);
        for (const Part &p : list)
            out() << (markdown ? QStringLiteral("- ") : QStringLiteral("  ")) << p.path << QStringLiteral(" (%1 characters)\n").arg(p.chars);
    };
    listParts(QStringLiteral("Sections added"), added);
    listParts(QStringLiteral("Sections removed"), removed);
    if (!resized.isEmpty()) {
        heading(QStringLiteral("Sections grown or shrunk"));
        for (const auto &[p, q] : std::as_const(resized))
            out() << (markdown ? QStringLiteral("- ") : QStringLiteral("  ")) << q.path
                  << QStringLiteral(": %1 → %2 characters\n").arg(p.chars).arg(q.chars);
    }
    heading(QStringLiteral("Figures"));
    QList<QStringList> rows;
    for (const FigureChange &c : figures)
        rows.append({c.name, c.metric, c.kind, figureText(c.left), figureText(c.right), c.difference(), targetWord(c.target())});
    const QStringList columns = {QStringLiteral("indicator"), QStringLiteral("metric"), QStringLiteral("kind"), name(*a),
                                 name(*b), QStringLiteral("change"), QStringLiteral("target")};
    if (markdown) {
        out() << "| " << columns.join(QStringLiteral(" | ")) << " |\n|" << QStringLiteral(" --- |").repeated(columns.size()) << "\n";
        for (const QStringList &row : std::as_const(rows))
            out() << "| " << row.join(QStringLiteral(" | ")) << " |\n";
    } else {
        printTable(columns, rows, false);
    }
    return Success;
}

} // namespace

QList<Command> diffCommands()
{
    return {{QStringLiteral("diff"), QStringLiteral("what changed from one report to another"), diffCommand}};
}

} // namespace ReportLens::Cli
