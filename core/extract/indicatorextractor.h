#pragma once

#include "cueindex.h"
#include "indicatorcatalog.h"
#include "model/report.h"
#include "numberparser.h"
#include "rules/alignmentrules.h"
#include "rules/indicatorrules.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace ReportLens {

/// Finds every headline indicator a report states (地区生产总值增长5.5%, 一般公共预算收入33.28亿元,
/// 今年…城镇调查失业率5.5%左右) with its metric, kind (actual, target, plan) and period.
///
/// A sentence is read mention by mention: each catalog alias owns the text up to the next alias,
/// and the first number of each metric in that stretch is its figure. The period and kind come from
/// the sentence (an explicit year, 今年/去年, 年均, 十四五, 五年来) and from the section it stands
/// in (工作回顾 or 工作安排). Cue words are data in resources/indicators.json.
class IndicatorExtractor
{
public:
    /// A figure in a section whose title is of @p sections' review kind is a past outcome, of its plan
    /// kind a target.
    explicit IndicatorExtractor(IndicatorCatalog catalog,
                                const IndicatorContextRules &rules = IndicatorRules::shipped().context,
                                const AlignmentRules &sections = AlignmentRules::shipped());

    /// @p reportYear is the year the report was delivered (0 if unknown: only explicit years count then).
    QList<Indicator> extract(const QString &cleanText, const QList<Section> &sections, int reportYear) const;

    const IndicatorCatalog &catalog() const { return m_catalog; }

    /// Names the rules figures are read with: the shipped rule files and the revision of this code.
    /// A library whose figures were read with other rules is offered re-extraction.
    static QString rulesVersion();

private:
    struct Phrase
    {
        QString text;
        const CatalogAlias *alias = nullptr;
        const CatalogDistribution *distribution = nullptr;
    };
    struct Mention
    {
        qsizetype start;
        qsizetype end;
        const Phrase *phrase;
    };
    struct Period
    {
        int start = 0;
        int end = 0;
        FigureKind kind = FigureKind::Actual;
        QString rule; ///< What decided it (Indicator::rule)
        bool estimated = false;
        bool valid() const { return start > 0; }
    };
    enum class Context { None, Review, Plan };
    /// Where the cues of one paragraph are: its period cues, years and plans named, and the verbs
    /// that give a growth figure its sign; positions from the paragraph's start.
    struct ParagraphCues
    {
        CueIndex forwardSpan, backwardSpan, average, thisYear, pastYear, target, growth, decline, clauseTarget,
            estimate, rateWords;
        CueIndex years; ///< value: the year
        CueIndex plans; ///< value: the first year of the five-year plan
    };
    /// Where a sentence stands: its offsets and what its section titles say.
    struct Place
    {
        QString text;
        qsizetype sentenceStart = 0;
        qsizetype sentenceEnd = 0;
        qsizetype paragraphStart = 0;
        int reportYear = 0;
        Context context = Context::None;
        int titleYear = 0;
        bool fiveYearReview = false;
        int titlePlanStart = 0; ///< First year of a five-year plan a section title names
        const ParagraphCues *cues = nullptr;
        QString sentence; ///< The sentence, when it is short enough to be quoted whole
    };

    /// A mention that is one item of a list whose figures follow 分别 ("地区生产总值、固定资产投资分别增长9%、12%";
    /// "城镇居民…14020元，农民人均纯收入5075元，分别增长9%和8%"): it takes the index-th figure of each
    /// kind (percentages, amounts) stated after 分别 in [from, to) of the sentence.
    struct ListShare
    {
        qsizetype from = 0;
        qsizetype to = 0;
        int index = 0;
        bool ownScope = true; ///< Whether the mention also reads its own stretch, up to ownEnd
        qsizetype ownEnd = 0; ///< Where the shared figures' list begins (分别, or the clause of joined figures)
    };

    QList<Mention> findMentions(QStringView sentence) const;
    QList<std::optional<ListShare>> listShares(QStringView sentence, const QList<Mention> &mentions) const;
    /// Where the last clause of @p scope starts when it is figures joined by 和 or 、 only; -1 otherwise.
    qsizetype joinedFiguresAt(QStringView scope) const;
    QList<ParsedNumber> numbersOf(const Mention &mention, QStringView sentence, qsizetype scopeEnd,
                                  const std::optional<ListShare> &share) const;
    /// Whether the number at @p at (in the sentence, after the mention ending at @p mentionEnd) is not the
    /// indicator's figure for one year: a difference, a share, a statement about several years.
    bool notAnnualFigure(QStringView sentence, qsizetype mentionEnd, const ParsedNumber &number, Metric metric) const;
    /// What @p number measures for @p indicator, among the metrics @p allowed (all when empty); none
    /// when its unit fits none of them.
    std::optional<Metric> metricOf(const CatalogIndicator &indicator, const QList<Metric> &allowed,
                                   const ParsedNumber &number) const;
    ParagraphCues paragraphCues(QStringView paragraph, int reportYear) const;
    /// The period and kind of a figure: what the text says (statedPeriod), then an estimate (预计) or a
    /// target word in the figure's clause (控制在, 力争) corrects it.
    Period periodOf(qsizetype figureAt, qsizetype sentenceStart, const ParsedNumber &number, const Place &place,
                    int reportYear) const;
    Period statedPeriod(qsizetype figureAt, qsizetype sentenceStart, const ParsedNumber &number, const Place &place,
                        int reportYear) const;
    void readMention(const Place &place, const Mention &mention, qsizetype previousEnd, QStringView sentence,
                     qsizetype scopeEnd, const std::optional<ListShare> &share, QList<Indicator> &out) const;
    void quote(Indicator &figure, const Place &place) const;
    Indicator::Confidence confidenceOf(const Indicator &figure, const Period &period) const;
    qsizetype figureBudget(const QString &id, bool fromTo) const;
    Context contextAt(const QList<Section> &sections, qsizetype position, int *titleYear, bool *fiveYearReview,
                      int *titlePlanStart) const;
    bool containsAny(QStringView text, const QStringList &words) const;
    void addFigure(QList<Indicator> &out, const CatalogIndicator &indicator, Metric metric, const ParsedNumber &number,
                   const Period &period, bool declines, qsizetype offset) const;

    IndicatorCatalog m_catalog;
    NumberParser m_numbers;
    QList<Phrase> m_phrases; ///< Longest first.
    /// Indexes into m_phrases of the phrases starting with one character, found through a table over
    /// every UTF-16 code unit: the lookup runs for each character of every report, where a hash cost
    /// more than the rest of finding the names.
    QList<QList<qsizetype>> m_phrasesByFirst;
    std::vector<qint32> m_slotOfFirst; ///< Code unit → index into m_phrasesByFirst, or -1
    IndicatorContextRules m_rules;
    QRegularExpression m_reviewTitles;
    QRegularExpression m_planTitles;
    QStringList m_fiveYearReviewTitles; ///< backwardSpanCues and fiveYearReviewTitles: a review of five years
    CueDictionary m_cueWords; ///< The word lists of ParagraphCues, in its order
};

} // namespace ReportLens
