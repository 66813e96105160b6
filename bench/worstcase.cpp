// Import time on the worst shapes of input, at sizes N, 2N and 4N, so that linearity can be read
// off the ratios: a stage linear in its input takes about twice as long at twice the size (ratio
// ~2), a quadratic one four times (ratio ~4). Each shape is generated here (no corpus needed):
//
//   figures-paragraph   one paragraph of N figures: 地区生产总值增长5.2%，…
//   figures-one-mention one alias followed by N figures: 地区生产总值增长5.2%，5.3%，…
//   headings            N numbered headings (一、 / （一） / 1.), most with a sentence and a figure
//   one-line            a report of N sentences with no line break at all
//   short-lines         N short lines without a full stop (menus, lists)
//   nested-html         a web page of N nested <div> around a report
//
// Every input is imported into a library in memory (Importer::importBytes: the pipeline and the
// storing of text, search index, sections and figures); the pipeline alone (ImportPipeline::process)
// and each of its stages (decode, clean, metadata, outline, figures) are timed as well, so a stage
// that grows faster than its input is named. Figures only: the machines are shared and noisy.
//
// Usage: bench_worstcase [--scale S] [--runs R] [SHAPE...]
//   --scale multiplies every N (default 1); --runs takes the best of R runs (default 3).

#include "clean/cleaner.h"
#include "model/sectiontree.h"
#include "extract/indicatorextractor.h"
#include "import/htmlreader.h"
#include "import/importer.h"
#include "import/importpipeline.h"
#include "import/textdecoder.h"
#include "meta/metadatadetector.h"
#include "outline/outlineparser.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace ReportLens;

namespace {

struct Shape
{
    const char *name;
    qsizetype baseSize; ///< N at scale 1
    bool html = false;
    std::function<QByteArray(qsizetype)> generate;
};

const QString head =
    QStringLiteral("政府工作报告\n——2024年1月10日在某市第十七届人民代表大会第三次会议上\n市长 张三\n各位代表：\n");

QString percent(qsizetype i)
{
    // Values differ, so no two figures are the same fact (the extractor keeps one row per fact).
    return QStringLiteral("%1.%2%").arg(1 + i / 10).arg(i % 10);
}

QByteArray figuresParagraph(qsizetype n)
{
    QString text = head;
    for (qsizetype i = 0; i < n; ++i)
        text += QStringLiteral("地区生产总值增长") + percent(i) + u'，';
    text += QStringLiteral("经济运行稳中有进。\n");
    return text.toUtf8();
}

QByteArray figuresOneMention(qsizetype n)
{
    QString text = head + QStringLiteral("地区生产总值增长");
    for (qsizetype i = 0; i < n; ++i)
        text += percent(i) + u'，';
    text += QStringLiteral("经济运行稳中有进。\n");
    return text.toUtf8();
}

QString chinese(qsizetype number)
{
    // 1–99 in Chinese numerals: 一, 十, 十一, 二十, 九十九
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    const qsizetype tens = number / 10, units = number % 10;
    QString s;
    if (tens > 1)
        s += digits[tens];
    if (tens > 0)
        s += u'十';
    if (units > 0)
        s += digits[units];
    return s;
}

QByteArray headings(qsizetype n)
{
    // Chapters hold 99 parts of 9 measures each, so every number stays in sequence.
    QString text = head;
    qsizetype count = 0;
    for (qsizetype chapter = 1; count < n; ++chapter) {
        text += chinese((chapter - 1) % 99 + 1) + QStringLiteral("、第") + QString::number(chapter)
            + QStringLiteral("部分\n");
        ++count;
        for (qsizetype part = 1; part <= 99 && count < n; ++part) {
            text +=
                u'（' + chinese(part) + QStringLiteral("）推进第") + QString::number(part) + QStringLiteral("项工作\n");
            ++count;
            for (qsizetype measure = 1; measure <= 9 && count < n; ++measure, ++count)
                text += QString::number(measure) + QStringLiteral(". 落实措施。全年城镇新增就业")
                    + QString::number(count) + QStringLiteral("万人，工作取得新进展。\n");
        }
    }
    return text.toUtf8();
}

QString sentence(qsizetype i)
{
    switch (i % 4) {
    case 0: return QStringLiteral("一年来，地区生产总值增长") + percent(i) + QStringLiteral("，经济运行稳中有进。");
    case 1:
        return QStringLiteral("一般公共预算收入") + QString::number(10 + i % 90) + QStringLiteral(".5亿元，同比增长")
            + percent(i) + u'。';
    case 2:
        return QStringLiteral("城镇新增就业") + QString::number(1 + i % 50)
            + QStringLiteral("万人，城镇调查失业率5.5%左右。");
    default: return QStringLiteral("我们坚持稳中求进工作总基调，扎实推进各项工作。");
    }
}

QByteArray oneLine(qsizetype n)
{
    QString text = head;
    text.replace(u'\n', QString());
    for (qsizetype i = 0; i < n; ++i)
        text += sentence(i);
    return text.toUtf8();
}

QByteArray shortLines(qsizetype n)
{
    QString text = head;
    for (qsizetype i = 0; i < n; ++i)
        text += QStringLiteral("栏目") + QString::number(i) + u'\n';
    for (qsizetype i = 0; i < 40; ++i)
        text += sentence(i) + u'\n';
    return text.toUtf8();
}

QByteArray nestedHtml(qsizetype n)
{
    QString body;
    for (qsizetype i = 0; i < 40; ++i)
        body += QStringLiteral("<p>") + sentence(i) + QStringLiteral("</p>");
    QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府工作报告</title></head><body>");
    page.reserve(page.size() + n * 12 + body.size());
    for (qsizetype i = 0; i < n; ++i)
        page += QStringLiteral("<div>");
    page += QStringLiteral("<p>各位代表：</p>") + body;
    for (qsizetype i = 0; i < n; ++i)
        page += QStringLiteral("</div>");
    page += QStringLiteral("</body></html>");
    return page.toUtf8();
}

double seconds(const std::function<void()> &work, int runs)
{
    double best = -1;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double s = double(timer.nsecsElapsed()) / 1e9;
        if (best < 0 || s < best)
            best = s;
    }
    return best;
}

QString ms(double s)
{
    return QString::number(s * 1000, 'f', 1).rightJustified(9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    double scale = 1;
    int runs = 3;
    QStringList only;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--scale") && i + 1 < args.size())
            scale = args[++i].toDouble();
        else if (args[i] == QStringLiteral("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            only.append(args[i]);
    }

    const QList<Shape> shapes = {
        {"figures-paragraph", 2000, false, figuresParagraph},
        {"figures-one-mention", 2000, false, figuresOneMention},
        {"headings", 25000, false, headings},
        {"one-line", 12000, false, oneLine},
        {"short-lines", 25000, false, shortLines},
        {"nested-html", 25000, true, nestedHtml},
    };

    const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
    const ImportPipeline pipeline(catalog);
    const Cleaner cleaner;
    const MetadataDetector metadata;
    const OutlineParser outline;
    const IndicatorExtractor extractor(catalog);

    out << "shape                      N      bytes   import ms  ratio | pipeline    store |   decode    clean     "
           "meta  outline  figures (ms)  sections figures\n";
    for (const Shape &shape : shapes) {
        if (!only.isEmpty() && !only.contains(QLatin1String(shape.name)))
            continue;
        double previous = 0;
        for (int step = 0; step < 3; ++step) {
            const qsizetype n = qsizetype(double(shape.baseSize) * scale) << step;
            const QByteArray bytes = shape.generate(n);
            // The year in the file name dates the report when its text does not (one line has no dateline).
            const QString fileName =
                QLatin1String(shape.name) + (shape.html ? QStringLiteral("-2024.html") : QStringLiteral("-2024.txt"));

            double total = -1;
            for (int run = 0; run < runs; ++run) {
                Library library;
                QString error;
                if (!library.open(QStringLiteral(":memory:"), &error)) {
                    QTextStream(stderr) << error << "\n";
                    return 1;
                }
                Importer importer(library);
                const double s = seconds([&] { importer.importBytes(bytes, fileName); }, 1);
                total = total < 0 ? s : std::min(total, s);
            }
            Report report;
            QString error;
            const double processing = seconds([&] { report = pipeline.process(bytes, fileName, {}, &error); }, runs);

            DecodeResult decoded;
            const double decode =
                seconds([&] { decoded = shape.html ? HtmlReader::read(bytes) : TextDecoder::decode(bytes); }, runs);
            CleanText clean;
            const double cleaning = seconds([&] { clean = cleaner.clean(decoded.decoded.text); }, runs);
            MetadataContext context;
            context.originalText = decoded.decoded.text;
            context.fileName = fileName;
            ReportMetadata meta;
            const double detecting = seconds([&] { meta = metadata.detect(clean.text, context); }, runs);
            Outline parsed;
            const double outlining = seconds([&] { parsed = outline.parse(clean.text); }, runs);
            const int year = meta.year.isSet() ? meta.year.value : 0;
            QList<Indicator> figures;
            const double extracting =
                seconds([&] { figures = extractor.extract(clean.text, parsed.sections, year); }, runs);

            out << QString::fromLatin1(shape.name).leftJustified(20) << QString::number(n).rightJustified(9)
                << QString::number(bytes.size()).rightJustified(11) << ms(total)
                << (step == 0 ? QStringLiteral("      ") : QString::number(total / previous, 'f', 2).rightJustified(6))
                << " |" << ms(processing) << ms(std::max(0.0, total - processing)) << " |" << ms(decode) << ms(cleaning)
                << ms(detecting) << ms(outlining) << ms(extracting)
                << QString::number(SectionTree::flatten(report.sections).size()).rightJustified(15)
                << QString::number(report.indicators.size()).rightJustified(8)
                << (error.isEmpty() ? QString() : QStringLiteral("  (") + error + u')') << "\n";
            out.flush();
            previous = total;
        }
    }
    return 0;
}
