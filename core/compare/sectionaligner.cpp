#include "sectionaligner.h"

#include "annotate/anchor.h"
#include "util/scriptfolding.h"

namespace ReportLens {

namespace {

// A heading without its year and digits: "2022年工作回顾" and "2023年工作回顾" are the same part.
QString comparable(const QString &title)
{
    QString out;
    for (QChar c : title)
        if (!c.isDigit() && !c.isPunct() && !c.isSpace() && c != u'年')
            out.append(c);
    return out;
}

qsizetype subtreeSize(const Section &s)
{
    qsizetype n = 1;
    for (const Section &c : s.children)
        n += subtreeSize(c);
    return n;
}

} // namespace

SectionAligner::SectionAligner(const AlignmentRules &rules)
    : m_rules(rules)
{ }

QString SectionAligner::kindOf(const QString &title) const
{
    for (const SectionKindRule &rule : m_rules.kinds)
        if (rule.pattern.match(title).hasMatch())
            return rule.kind;
    return {};
}

double SectionAligner::score(const Section &left, const Section &right) const
{
    // Titles are as written: a Traditional report's 工作回顧 is a Simplified one's 工作回顾.
    const QString leftTitle = ScriptFolding::fold(left.title);
    const QString rightTitle = ScriptFolding::fold(right.title);
    const double words = Reanchorer::similarity(comparable(leftTitle), comparable(rightTitle));
    const QString kind = kindOf(leftTitle);
    const bool sameKind = !kind.isEmpty() && kind == kindOf(rightTitle);
    return sameKind ? 0.6 + 0.4 * words : words;
}

void SectionAligner::alignLevel(const QList<Section> &left, qsizetype leftBase, const QList<Section> &right,
                                qsizetype rightBase, QList<std::pair<qsizetype, qsizetype>> &pairs) const
{
    // Order-preserving alignment (Needleman–Wunsch): maximise the summed scores of matched pairs.
    const qsizetype n = left.size(), m = right.size();
    if (n == 0 || m == 0)
        return;
    QList<QList<double>> best(n + 1, QList<double>(m + 1, 0.0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j) {
            const double s = score(left[i], right[j]);
            const double match = s >= m_rules.minimumScore ? s + best[i + 1][j + 1] : -1.0;
            best[i][j] = std::max({match, best[i + 1][j], best[i][j + 1]});
        }
    // Depth-first index of each section of this level.
    QList<qsizetype> leftIndex, rightIndex;
    qsizetype at = leftBase;
    for (const Section &s : left) {
        leftIndex.append(at);
        at += subtreeSize(s);
    }
    at = rightBase;
    for (const Section &s : right) {
        rightIndex.append(at);
        at += subtreeSize(s);
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        const double s = score(left[i], right[j]);
        if (s >= m_rules.minimumScore && qFuzzyCompare(1.0 + best[i][j], 1.0 + s + best[i + 1][j + 1])) {
            pairs.append({leftIndex[i], rightIndex[j]});
            alignLevel(left[i].children, leftIndex[i] + 1, right[j].children, rightIndex[j] + 1, pairs);
            ++i;
            ++j;
        } else if (qFuzzyCompare(1.0 + best[i][j], 1.0 + best[i + 1][j])) {
            ++i;
        } else {
            ++j;
        }
    }
}

QList<std::pair<qsizetype, qsizetype>> SectionAligner::align(const QList<Section> &left,
                                                             const QList<Section> &right) const
{
    QList<std::pair<qsizetype, qsizetype>> pairs;
    alignLevel(left, 0, right, 0, pairs);
    return pairs;
}

} // namespace ReportLens
