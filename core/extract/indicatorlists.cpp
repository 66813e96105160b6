// IndicatorExtractor: which numbers belong to a name — figures shared out by a list (分别, 和), and
// numbers that are no year's figure of it (a difference, a share, several years, part of a year).

#include "indicatorextractor.h"

#include "extractortext.h"
#include "util/chinesetext.h"

#include <QDate>

#include <algorithm>

namespace ReportLens {

using ExtractorText::clauseStart;
using ExtractorText::findYears;
using ExtractorText::isPercent;

QList<std::optional<IndicatorExtractor::ListShare>> IndicatorExtractor::listShares(QStringView sentence,
                                                                                   const QList<Mention> &mentions) const
{
    QList<std::optional<ListShare>> shares(mentions.size());
    auto isItem = [&](qsizetype m) { return mentions[m].phrase && mentions[m].phrase->alias; };
    auto separator = [&](QStringView gap) {
        const QStringView word = ChineseText::trimmed(gap);
        return std::any_of(m_rules.listSeparators.cbegin(), m_rules.listSeparators.cend(),
                           [&](const QString &w) { return word == w; });
    };
    for (qsizetype last = 0; last < mentions.size(); ++last) {
        if (!isItem(last))
            continue;
        const qsizetype scopeEnd = last + 1 < mentions.size() ? mentions[last + 1].start : sentence.size();
        const QStringView scope = sentence.mid(mentions[last].end, scopeEnd - mentions[last].end);
        qsizetype at = scope.indexOf(u"分别");
        qsizetype from = mentions[last].end + at + 2;
        qsizetype listStart = mentions[last].end + at;
        if (at < 0) {
            // No 分别, but a later clause of figures joined by 和 or 、 ("，实际增长9.8%和8.5%") after
            // names that each stated a figure of their own.
            at = joinedFiguresAt(scope);
            if (at < 0)
                continue;
            from = listStart = mentions[last].end + at;
        }
        const QList<ParsedNumber> after = m_numbers.findAll(sentence.mid(from, scopeEnd - from));
        const qsizetype percents = std::count_if(after.cbegin(), after.cend(), isPercent);
        const qsizetype items = std::max(percents, after.size() - percents);
        if (items < 2)
            continue;
        const bool ownFigures = !m_numbers.findAll(scope.left(at)).isEmpty();
        // Names joined by 、和及与, then their figures: "地区生产总值、固定资产投资分别增长9%、12%". Names
        // the catalog does not know count as items too: "财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元".
        qsizetype first = last;
        while (first > 0 && isItem(first - 1)
               && separator(sentence.mid(mentions[first - 1].end, mentions[first].start - mentions[first - 1].end)))
            --first;
        if (first < last || !ownFigures) {
            const qsizetype clause = clauseStart(sentence, mentions[first].start);
            const QStringView head = sentence.mid(clause, mentions[first].start - clause);
            qsizetype others = 0;
            for (const QString &w : m_rules.listSeparators)
                if (w.size() == 1) // 以及 is counted by its 及
                    others += head.count(w);
            if (others + (last - first + 1) != items)
                continue; // the names and the figures do not pair up: leave the sentence to the usual reading
            for (qsizetype m = first; m <= last; ++m)
                shares[m] = ListShare{from, scopeEnd, int(others + m - first), false, listStart};
            continue;
        }
        // Names each with figures of their own, then 分别 with one more for each:
        // "城镇居民人均可支配收入14020元，农民人均纯收入5075元，分别增长9%和8%".
        qsizetype start = last;
        while (last - start + 1 < items && start > 0 && isItem(start - 1))
            --start;
        // Names the catalog does not know, each with an amount of its own in an earlier clause,
        // are items too: "财政总收入150.7亿元，其中地方财政收入81.45亿元，分别增长21.2%和19.7%".
        qsizetype others = 0;
        if (last - start + 1 < items)
            for (const QStringView clause : sentence.left(mentions[start].start).split(u'，')) {
                const QList<ParsedNumber> numbers = m_numbers.findAll(clause);
                others += std::any_of(numbers.cbegin(), numbers.cend(),
                                      [](const ParsedNumber &n) { return !isPercent(n) && !n.unit.isEmpty(); });
            }
        if (others + (last - start + 1) != items)
            continue;
        for (qsizetype m = start; m <= last; ++m)
            shares[m] = ListShare{from, scopeEnd, int(others + m - start), true, listStart};
    }
    return shares;
}

qsizetype IndicatorExtractor::joinedFiguresAt(QStringView scope) const
{
    // The last clause of the stretch, if it holds two or more percentages and nothing else between
    // them than a list separator.
    qsizetype end = scope.size();
    while (end > 0 && QStringView(u"。；;！？!?").contains(scope[end - 1]))
        --end;
    const qsizetype clause = clauseStart(scope, end);
    if (clause == 0 || scope.mid(clause).count(u'%') + scope.mid(clause).count(u'％') < 2)
        return -1;
    const QList<ParsedNumber> numbers = m_numbers.findAll(scope.mid(clause));
    if (numbers.size() < 2 || !std::all_of(numbers.cbegin(), numbers.cend(), isPercent))
        return -1;
    for (qsizetype n = 1; n < numbers.size(); ++n) {
        const QStringView gap =
            ChineseText::trimmed(scope.mid(clause + numbers[n - 1].end, numbers[n].start - numbers[n - 1].end));
        if (!std::any_of(m_rules.listSeparators.cbegin(), m_rules.listSeparators.cend(),
                         [&](const QString &w) { return gap == w; }))
            return -1;
    }
    return clause;
}

QList<ParsedNumber> IndicatorExtractor::numbersOf(const Mention &mention, QStringView sentence, qsizetype scopeEnd,
                                                  const std::optional<ListShare> &share) const
{
    QList<ParsedNumber> numbers;
    if (!share || share->ownScope) {
        const qsizetype end =
            share && share->ownEnd >= mention.end && share->ownEnd < scopeEnd ? share->ownEnd : scopeEnd;
        numbers = m_numbers.findAll(sentence.mid(mention.end, end - mention.end));
    }
    if (share) {
        // The index-th percentage and the index-th amount after 分别, at their places in the sentence.
        qsizetype percents = 0, amounts = 0;
        for (ParsedNumber n : m_numbers.findAll(sentence.mid(share->from, share->to - share->from))) {
            qsizetype &count = isPercent(n) ? percents : amounts;
            if (count++ != share->index)
                continue;
            n.start += share->from - mention.end;
            n.end += share->from - mention.end;
            numbers.append(n);
        }
    }
    return numbers;
}

bool IndicatorExtractor::notAnnualFigure(QStringView sentence, qsizetype mentionEnd, const ParsedNumber &number,
                                         Metric metric) const
{
    const qsizetype at = mentionEnd + number.start;
    const QStringView between = sentence.mid(mentionEnd, std::max<qsizetype>(0, number.start));
    // "全省占比分别达到32.4%": a share of something larger.
    if (containsAny(between, m_rules.shareCues)
        || std::any_of(m_rules.shareRightBefore.cbegin(), m_rules.shareRightBefore.cend(),
                       [&](const QString &w) { return between.endsWith(w); }))
        return true;
    // "完成年度计划的102%": a ratio, not a rate of growth.
    if (isPercent(number)
        && std::any_of(m_rules.ratioRightBefore.cbegin(), m_rules.ratioRightBefore.cend(),
                       [&](const QString &w) { return between.endsWith(w); }))
        return true;
    // "经济增长连续三年保持在7%以上": a statement about several years.
    // "经济增长连续三年保持在7%以上", "上半年又比去年同期增长20.2%": several years, or part of one,
    // named in the figure's clause or in a short clause that opens the sentence ("这两年中，", "1-11月，").
    const qsizetype clause = clauseStart(sentence, at);
    const qsizetype opening = sentence.indexOf(u'，');
    for (const FilteredPattern *notOneYear : {&m_rules.multiYear, &m_rules.partOfYear})
        if (notOneYear->matches(sentence.mid(clause, at - clause))
            || (opening > 0 && opening <= 10 && opening < clause && notOneYear->matches(sentence.left(opening))))
            return true;
    // "城镇新增就业目标比上年增加50万人", "高出全国平均水平989元": a difference, not a level.
    if (metric == Metric::Level) {
        QStringView before = between;
        if (before.isEmpty())
            return false;
        for (const QString &q : m_catalog.qualifiersBefore)
            if (before.endsWith(q)) {
                before.chop(q.size());
                break;
            }
        // A comparison verb earlier in the clause: "高出全省平均水平560元".
        const QStringView near = before.mid(std::max(clauseStart(before, before.size()), before.size() - 14));
        const bool compared =
            std::any_of(m_rules.comparisonVerbs.cbegin(), m_rules.comparisonVerbs.cend(), [&](const QString &v) {
                const qsizetype found = near.lastIndexOf(v);
                return found >= 0 && near.size() - found - v.size() <= 12;
            });
        if (compared
            || std::any_of(m_rules.changeVerbs.cbegin(), m_rules.changeVerbs.cend(),
                           [&](const QString &v) { return before.endsWith(v); })
            || std::any_of(m_rules.changeVerbs.cbegin(), m_rules.changeVerbs.cend(),
                           [&](const QString &v) { return before.endsWith(v + u'了'); }))
            return true;
    }
    return false;
}

} // namespace ReportLens
