#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace ReportLens {

/// The list labels Word draws in front of paragraphs ("一、", "（一）", "1."). They are not in
/// document.xml's text but computed from numbering.xml and styles.xml, and a report's headings
/// often carry theirs this way: Word turns a typed "一、" into an automatic list, and LibreOffice
/// writes the lists of a converted .doc like that. Without them the outline would lose its numbers.
class DocxNumbering
{
public:
    /// Reads the definitions; a missing or unreadable part means no numbering from it.
    DocxNumbering(const QByteArray &numberingXml, const QByteArray &stylesXml);

    /// Counts one paragraph and returns its label followed by the level's separator (a tab, a space
    /// or nothing), or an empty string when it is not in a numbered list (bullets included).
    /// @p numId and @p level come from the paragraph's w:numPr (nullopt when it has none: then its
    /// style's apply). Call once per paragraph, in document order.
    QString next(const QString &styleId, std::optional<int> numId, std::optional<int> level);

    /// @p value written in a w:numFmt format ("decimal", "chineseCounting", "upperRoman", …).
    static QString format(int value, const QString &numFmt);

private:
    struct Level
    {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text; ///< w:lvlText, e.g. "%1、" or "（%1）".
        QString suffix = QStringLiteral("tab");
        bool legal = false; ///< w:isLgl: every number in decimal.
        QString styleId; ///< w:pStyle: the paragraph style that uses this level.
    };
    struct AbstractNumbering
    {
        QHash<int, Level> levels;
        QString numStyleLink; ///< Defined by the numbering of this style instead.
    };
    struct Instance
    {
        QString abstractId;
        QHash<int, int> startOverride;
        QHash<int, Level> levelOverride;
    };
    struct Style
    {
        QString basedOn;
        std::optional<int> numId;
        std::optional<int> level;
    };
    static constexpr int Levels = 9;

    void readNumbering(const QByteArray &xml);
    void readStyles(const QByteArray &xml);
    /// The numbering a style gives its paragraphs, following w:basedOn.
    Style styleNumbering(const QString &styleId) const;
    const Instance *instance(int numId) const;

    QHash<QString, AbstractNumbering> m_abstracts;
    QHash<int, Instance> m_instances;
    QHash<QString, Style> m_styles;
    /// Per abstract numbering: the current number of each level, unset until the level is used.
    QHash<QString, std::array<std::optional<int>, Levels>> m_counters;
    QSet<int> m_seenInstances;
};

} // namespace ReportLens
