#pragma once

#include "model/report.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// Lengths and windows the metadata detector reads the head of a report with (metadata.json "limits").
struct MetadataLimits
{
    int headLines = 0; ///< How many lines at the top hold the title, dateline and speaker
    int titleLines = 0; ///< The title is among the first of them
    int titleMaxLength = 0;
    int headlineMaxLength = 0; ///< An article's headline: a short first line without a full stop
    int speakerLineMaxLength = 0;
    int scopeWindow = 0; ///< Characters at the start read for the national marker and region names
    int reviewHeadingWindow = 0; ///< Characters read for the review heading that dates the report
    int nationalScopeMinCount = 0; ///< 我国/全国 this often, and
    int nationalScopeRatio = 0; ///< this many times as often as 全市/全县, make a report national
};

/// resources/metadata.json: the patterns and words the metadata detector reads a report's head with.
struct MetadataRules
{
    QRegularExpression dateline;
    QRegularExpression speaker;
    QRegularExpression title;
    QRegularExpression titleDecorations;
    QRegularExpression titleRegion;
    QRegularExpression reviewHeading; ///< Multi-line: matched against the whole text
    QRegularExpression regionName;
    QRegularExpression nationalMarker;
    QString leadingFunctionChars;
    QStringList provinceLevel;
    QList<std::pair<QString, AdminLevel>> levelBySuffix;
    QList<std::pair<QString, AdminLevel>> levelByRole;
    QStringList cityStopWords;
    QStringList cityOrgans;
    QStringList nationalScope;
    QStringList localScope;
    QString salutation; ///< 各位代表: a first line starting with it is no headline
    QStringList reportMarkers; ///< A text naming one of these without a title is a 政府工作报告
    QString defaultTitle; ///< 政府工作报告
    QString governmentSuffix; ///< 人民政府, dropped from the organisation that speaks
    QString nationalGovernment; ///< 国务院: the organisation of national reports
    MetadataLimits limits;

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<MetadataRules> load(const QString &path, QString *error);
    /// resources/metadata.json as compiled in, loaded once.
    static const MetadataRules &shipped();
};

} // namespace ReportLens
