#include "textdiff.h"

#include "util/chinesetext.h"

#include <QHash>

#include <algorithm>

namespace ReportLens::TextDiff {

namespace {
// A clause ending with a semicolon is compared as a sentence of its own.
bool isSentenceEnd(QChar c)
{
    return ChineseText::SentenceEnds.contains(c) || ChineseText::Semicolons.contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u"”’」』）)】》").contains(c);
}

bool counts(QChar c)
{
    return c.isLetterOrNumber();
}

/// The sentence as compared: letters, digits and ideographs only.
QString key(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (counts(c))
            out.append(c);
    return out;
}

/// The distinct character bigrams of a key, sorted.
QList<quint32> bigrams(const QString &key)
{
    QList<quint32> out;
    for (qsizetype i = 0; i + 1 < key.size(); ++i)
        out.append(quint32(key[i].unicode()) << 16 | key[i + 1].unicode());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double dice(qsizetype shared, qsizetype a, qsizetype b)
{
    return a + b == 0 ? 0.0 : 2.0 * double(shared) / double(a + b);
}

/// Words of @p left and @p right (ICU word breaks) not in their longest common subsequence, as
/// ranges of the texts they come from (offset by @p leftOffset, @p rightOffset); neighbouring
/// words with only punctuation or space between them make one range.
void markChangedWords(QStringView left, qsizetype leftOffset, QStringView right, qsizetype rightOffset,
                      QList<Range> &leftMarks, QList<Range> &rightMarks)
{
    const QList<QStringView> a = ChineseText::words(left);
    const QList<QStringView> b = ChineseText::words(right);
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[i] == b[j] ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    // Ranges within this sentence first (relative), then offset into the whole text.
    QList<Range> removed, added;
    const auto add = [](QList<Range> &marks, QStringView text, QStringView word) {
        const qsizetype start = word.data() - text.data();
        const qsizetype end = start + word.size();
        if (!marks.isEmpty()) {
            const QStringView between = text.mid(marks.last().end, start - marks.last().end);
            if (std::none_of(between.begin(), between.end(), counts)) {
                marks.last().end = end;
                return;
            }
        }
        marks.append({start, end});
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            add(removed, left, a[i++]);
        } else {
            add(added, right, b[j++]);
        }
    }
    for (const Range &r : std::as_const(removed))
        leftMarks.append({leftOffset + r.start, leftOffset + r.end});
    for (const Range &r : std::as_const(added))
        rightMarks.append({rightOffset + r.start, rightOffset + r.end});
}
} // namespace

qsizetype Result::sameCount() const
{
    return std::count_if(left.cbegin(), left.cend(),
                         [](const Sentence &s) { return s.counterpart >= 0 && s.similarity == 1.0; });
}

qsizetype Result::editedCount() const
{
    return std::count_if(left.cbegin(), left.cend(),
                         [](const Sentence &s) { return s.counterpart >= 0 && s.similarity < 1.0; });
}

qsizetype Result::droppedCount() const
{
    return std::count_if(left.cbegin(), left.cend(), [](const Sentence &s) { return s.counterpart < 0; });
}

qsizetype Result::newCount() const
{
    return std::count_if(right.cbegin(), right.cend(), [](const Sentence &s) { return s.counterpart < 0; });
}

QList<Range> sentences(QStringView text)
{
    QList<Range> out;
    qsizetype start = 0;
    const auto close = [&](qsizetype end) {
        qsizetype s = start, e = end;
        while (s < e && ChineseText::isSpace(text[s]))
            ++s;
        while (e > s && ChineseText::isSpace(text[e - 1]))
            --e;
        if (e > s)
            out.append({s, e});
        start = end;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            close(i);
            start = i + 1;
        } else if (isSentenceEnd(text[i])) {
            qsizetype end = i + 1;
            while (end < text.size() && isClosing(text[end]))
                ++end;
            close(end);
            i = end - 1;
        }
    }
    close(text.size());
    return out;
}

double similarity(QStringView left, QStringView right)
{
    const QString a = key(left), b = key(right);
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const QList<quint32> x = bigrams(a), y = bigrams(b);
    qsizetype shared = 0;
    for (qsizetype i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] == y[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (x[i] < y[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    // Not identical: never 1, even when the bigrams agree (words in another order).
    return std::min(dice(shared, x.size(), y.size()), 0.999);
}

Result compare(QStringView left, QStringView right, double threshold)
{
    Result result;
    const QList<Range> leftRanges = sentences(left), rightRanges = sentences(right);
    QList<QString> leftKeys, rightKeys;
    QList<QList<quint32>> leftBigrams, rightBigrams;
    for (const Range &r : leftRanges) {
        result.left.append({r});
        leftKeys.append(key(left.mid(r.start, r.end - r.start)));
        leftBigrams.append(bigrams(leftKeys.last()));
    }
    for (const Range &r : rightRanges) {
        result.right.append({r});
        rightKeys.append(key(right.mid(r.start, r.end - r.start)));
        rightBigrams.append(bigrams(rightKeys.last()));
    }
    // Candidates through an index of the right side's bigrams: only sentences that share some.
    QHash<quint32, QList<qsizetype>> index;
    for (qsizetype r = 0; r < rightBigrams.size(); ++r)
        for (quint32 bigram : rightBigrams[r])
            index[bigram].append(r);
    struct Candidate
    {
        double similarity;
        double distance; ///< How far apart the two stand, as fractions of their texts
        qsizetype left, right;
    };
    QList<Candidate> candidates;
    QHash<qsizetype, qsizetype> shared;
    for (qsizetype l = 0; l < leftBigrams.size(); ++l) {
        shared.clear();
        for (quint32 bigram : leftBigrams[l])
            for (qsizetype r : index.value(bigram))
                ++shared[r];
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const qsizetype r = it.key();
            const double s = leftKeys[l] == rightKeys[r]
                ? 1.0
                : std::min(dice(it.value(), leftBigrams[l].size(), rightBigrams[r].size()), 0.999);
            if (s >= threshold)
                candidates.append(
                    {s, std::abs(double(l) / double(leftBigrams.size()) - double(r) / double(rightBigrams.size())), l,
                     r});
        }
    }
    // The most alike first; between equals, the nearer in place (a repeated sentence pairs in order).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.distance < b.distance;
    });
    for (const Candidate &c : std::as_const(candidates)) {
        if (result.left[c.left].counterpart >= 0 || result.right[c.right].counterpart >= 0)
            continue;
        result.left[c.left].counterpart = c.right;
        result.left[c.left].similarity = c.similarity;
        result.right[c.right].counterpart = c.left;
        result.right[c.right].similarity = c.similarity;
    }
    for (const Sentence &s : std::as_const(result.left)) {
        if (s.counterpart < 0) {
            result.leftMarks.append(s.range);
        } else if (s.similarity < 1.0) {
            const Range &r = result.right[s.counterpart].range;
            markChangedWords(left.mid(s.range.start, s.range.end - s.range.start), s.range.start,
                             right.mid(r.start, r.end - r.start), r.start, result.leftMarks, result.rightMarks);
        }
    }
    for (const Sentence &s : std::as_const(result.right))
        if (s.counterpart < 0)
            result.rightMarks.append(s.range);
    const auto byStart = [](const Range &a, const Range &b) { return a.start < b.start; };
    std::sort(result.leftMarks.begin(), result.leftMarks.end(), byStart);
    std::sort(result.rightMarks.begin(), result.rightMarks.end(), byStart);
    return result;
}

} // namespace ReportLens::TextDiff
