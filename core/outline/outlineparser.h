#pragma once

#include "model/report.h"
#include "rules/outlinerules.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QStringList>
#include <QRegularExpression>

namespace ReportLens {

/// The outline and glossary of a report's clean text.
struct Outline
{
    QList<Section> sections; ///< Top level; children nested.
    QList<GlossaryEntry> glossary;
};

/// Finds the heading structure of a report: numbered headings (一、 / （一） / 第一， / 1. / （1）),
/// un-numbered one-sentence sub-headings, lead sentences ("乡村振兴稳步推进。…"), enumerated items
/// (一是…二是…) and the 名词解释 glossary. Heading patterns and limits come from resources/outline.json.
class OutlineParser
{
public:
    explicit OutlineParser(const OutlineRules &rules = OutlineRules::shipped());

    Outline parse(const QString &cleanText) const;

private:
    struct Paragraph
    {
        qsizetype start;
        qsizetype end;
        QStringView text;
    };
    struct Candidate
    {
        Section::Kind kind;
        int rank;
        QString label;
        QString title;
        qsizetype start;
        qsizetype titleEnd;
        qsizetype explicitEnd; ///< -1: ends where the next heading of equal or higher rank starts.
        QString pattern = {}; ///< The numbering style of a numbered heading.
    };
    struct NumberingState
    {
        QHash<QString, int> lastNumber; ///< Per numbering style, under the current chapter.
        QStringList order; ///< Styles in the order first used under the current chapter.
    };
    static QList<Paragraph> paragraphs(const QString &text);
    qsizetype firstBodyParagraph(const QList<Paragraph> &paragraphs) const;
    QString runInTitle(QStringView rest, qsizetype *consumed) const;
    bool matchNumbered(const Paragraph &p, QList<Candidate> &out, NumberingState &state) const;
    bool matchSubHeading(const QList<Paragraph> &paragraphs, qsizetype index, QList<Candidate> &out) const;
    bool leadSentenceAt(QStringView text, qsizetype from, qsizetype maxLength, qsizetype *sentenceEnd) const;
    void matchLeads(const Paragraph &p, qsizetype from, bool midParagraph, QList<Candidate> &out) const;
    void matchItems(const QList<Paragraph> &paragraphs, qsizetype begin, qsizetype end, QList<Candidate> &out) const;
    QList<GlossaryEntry> parseGlossary(const QList<Paragraph> &paragraphs, qsizetype from) const;
    static QList<Section> buildTree(QList<Candidate> candidates, qsizetype textEnd, int chapterRank);
    bool giveEmptyHeadingsABody(const QString &text, const QList<Section> &sections,
                                QList<Candidate> &candidates) const;
    QString clauseTitle(QStringView text, qsizetype maxLength) const;

    OutlineRules m_rules;
};

} // namespace ReportLens
