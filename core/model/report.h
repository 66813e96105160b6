#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ReportLens {

/// Where a metadata value came from; user edits are never overwritten by re-detection.
enum class FieldSource { None, Detected, Edited };

QString fieldSourceName(FieldSource source);
FieldSource fieldSourceFromName(const QString &name);

/// One metadata value with its provenance.
template<typename T>
struct Field
{
    T value{};
    FieldSource source = FieldSource::None;

    bool isSet() const { return source != FieldSource::None; }
    void detect(const T &v)
    {
        value = v;
        source = FieldSource::Detected;
    }
};

/// Administrative level of the government that delivered the report.
enum class AdminLevel { Unknown, National, Province, City, District, County };

QString adminLevelName(AdminLevel level);

/// How a report is named wherever the window or an export names it: region, year and title, each
/// left out where the title already says it ("全国 2024年 政府工作报告", "2020年衡阳市人民政府工作报告"):
/// every national report is titled 政府工作报告, and two rows must not look alike.
QString displayTitle(const QString &region, int year, const QString &title);
/// The region national reports are filed under: one name for the detector, the library's order
/// and the window.
inline constexpr QStringView NationalRegion = u"全国";
/// Whether @p region is NationalRegion.
bool isNationalRegion(const QString &region);
AdminLevel adminLevelFromName(const QString &name);

struct ReportMetadata
{
    Field<QString> title;
    Field<QString> region; ///< Full name where stated, e.g. 呼和浩特市新城区; 全国 for national reports.
    Field<AdminLevel> level;
    Field<int> year; ///< The year the report is delivered in.
    Field<QDate> meetingDate;
    Field<QString> session; ///< e.g. 第十八届人民代表大会第二次会议
    Field<QString> speaker;
    Field<QString> speakerRole; ///< e.g. 代区长, 国务院总理
};

/// displayTitle() of a report's metadata (its year left out when it is not known).
QString displayTitle(const ReportMetadata &meta);

/// A heading in the outline. Offsets are UTF-16 code units in the clean text.
struct Section
{
    enum class Kind { Numbered, SubHeading, LeadSentence, Item, Glossary };

    Kind kind = Kind::Numbered;
    int level = 1;
    QString label; ///< The number as written: "一、", "（一）", "1.", "一是"; empty for un-numbered ones.
    QString title; ///< Heading text without its label (for a run-in heading, its lead sentence).
    qsizetype start = 0; ///< Where the heading starts.
    qsizetype end = 0; ///< Where the section (heading and body, children included) ends.
    qsizetype titleEnd = 0; ///< Where the heading text (label + title) ends.
    QList<Section> children;
};

QString sectionKindName(Section::Kind kind);
Section::Kind sectionKindFromName(const QString &name);

/// One entry of a 名词解释 section.
struct GlossaryEntry
{
    QString term;
    QString definition;
    qsizetype start = 0;
    qsizetype end = 0;
};

/// What a figure measures: an amount (地区生产总值 7000亿元), its growth (增长5%) or a share or
/// ratio (城镇调查失业率5.5%).
enum class Metric { Level, Growth, Rate };

/// Whether a figure is an outcome, the goal for the report's year, or a goal for later years.
enum class FigureKind { Actual, Target, Plan };

/// The names a metric and a kind have in the library, the JSON and CSV outputs, the catalog and
/// the gold files: "level", "growth", "rate"; "actual", "target", "plan".
QString metricName(Metric metric);
/// The metric named @p name; nullopt for any other text.
std::optional<Metric> metricFromName(QStringView name);
QString figureKindName(FigureKind kind);
/// The kind named @p name; nullopt for any other text.
std::optional<FigureKind> figureKindFromName(QStringView name);
/// The metrics named in @p names, in their order; a name of no metric is left out (it could never
/// match a figure).
QList<Metric> metricsFromNames(const QStringList &names);
/// The names of @p metrics, in their order.
QStringList metricNames(const QList<Metric> &metrics);

/// One headline figure a report states, linked back to its sentence.
struct Indicator
{
    QString indicatorId; ///< Catalog id: gdp, cpi, new_urban_jobs, …
    Metric metric = Metric::Level;
    FigureKind kind = FigureKind::Actual;
    int periodStart = 0; ///< A year, or the first year of a span (2021 for 十四五)
    int periodEnd = 0; ///< Equal to periodStart for one year
    double value = 0;
    std::optional<double> valueHigh; ///< Upper end of a range target (6%－6.5%)
    std::optional<double> valueInCatalogUnit; ///< Levels converted to the catalog unit (亿元, 元, 万人, 万吨)
    QString unit; ///< As written
    QString qualifier; ///< 左右, 以上, 不低于, …
    QString quote; ///< The sentence, for people and exports
    qsizetype numberStart = 0; ///< Offsets in the clean text
    qsizetype numberEnd = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    bool userEdited = false;
    /// How sure the extractor is: High when the text states the period and kind (a year, 今年, a
    /// review or plan section), Medium when it is inferred from further away or the figure is an
    /// estimate or a bound, Low when nothing in the text says which year it is.
    enum class Confidence { Low, Medium, High };
    Confidence confidence = Confidence::High;
    QString rule; ///< What decided period and kind: year-stated, section, estimate, target-cue, list, …
    bool estimated = false; ///< 预计, 初步统计: an outcome not yet final
    bool rejected = false; ///< Marked wrong by the user: hidden everywhere, and re-extraction does not bring it back
};

/// A character range removed from the decoded text by the cleaner, with the rule that removed it.
struct RemovedRange
{
    qsizetype start = 0; ///< In the decoded (original) text.
    qsizetype end = 0;
    QString rule;
};

/// Something the import had to repair in a file for its text to read as the report: lines
/// rejoined, page furniture removed, Traditional characters folded for analysis, a format converted.
struct ImportRepair
{
    QString kind; ///< "reflow", "page-furniture", "columns", "paragraphs", "traditional", "converted", …
    QString detail; ///< What was done, in English for logs and the CLI: "rejoined 412 hard-wrapped lines".
    int count = 0; ///< How many lines, pages or paragraphs, for a translated sentence in the window.
};

/// A report as stored: plain data, no behaviour.
struct Report
{
    qint64 id = 0;
    QString sourcePath;
    QString format; ///< "text", "html" or "pdf"
    QString encoding; ///< As detected, e.g. "UTF-8", "GB18030"
    QString contentHash; ///< SHA-256 of the decoded text: identical content is imported once.
    QString originalText; ///< Decoded, before cleaning.
    QString cleanText;
    QList<qsizetype> pageStarts; ///< Offsets in cleanText where each PDF page starts; empty for other formats.
    QList<RemovedRange> removed;
    QList<ImportRepair> repairs; ///< Empty when the file read cleanly as it was.
    QString script; ///< "simplified" or "traditional" (the text is stored as written).
    ReportMetadata meta;
    QList<Section> sections; ///< Top-level sections; children nested.
    QList<GlossaryEntry> glossary;
    QList<Indicator> indicators;
    QString importedAt;
};

} // namespace ReportLens
