#include "termdiff.h"

#include "util/chinesetext.h"
#include "rules/termrules.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ReportLens::TermDiff {

namespace {

bool allHan(QStringView word)
{
    return std::all_of(word.begin(), word.end(), ChineseText::isHan);
}

/// A word of the text as the word breaker gave it, or several joined (a unit).
struct Unit
{
    QStringView text;
    bool coinage = false; ///< Starts with two or more single characters joined (碳|达|峰, 新|质|生产)
    bool afterNumber = false; ///< Stands right after digits: a unit of measure (万名, 号线), no term
};

QStringView joined(QStringView first, QStringView last)
{
    return QStringView(first.data(), last.data() + last.size());
}

/// A run of Chinese words with nothing between them.
struct Clause
{
    QList<QStringView> words;
    bool afterNumber = false; ///< It follows digits directly: its first word is a unit (万名, 号线)
};

QList<Clause> clauseWords(QStringView text)
{
    QList<Clause> out;
    const QChar *previousEnd = nullptr;
    const QChar *numberEnd = nullptr;
    for (QStringView w : ChineseText::words(text)) {
        if (!allHan(w)) {
            previousEnd = nullptr;
            if (w.front().isDigit())
                numberEnd = w.data() + w.size();
            continue;
        }
        if (w.data() != previousEnd || out.isEmpty())
            out.append(Clause{{}, w.data() == numberEnd});
        out.last().words.append(w);
        previousEnd = w.data() + w.size();
    }
    return out;
}

/// The units of @p text, clause by clause. A word the dictionary lacks comes out of the word
/// breaker as single characters: a run of them is one unit (a coinage), and a coinage that is
/// always followed by the same word takes it as its head (新质 + 生产力). A single character
/// otherwise joins the neighbour it keeps company with in this text: how often the two stand
/// together against how often each is used, Dice's coefficient (高 + 质量 in 推动高质量发展; 产业 + 链 in
/// 产业链高质量发展, where 链|高 are no coinage); a suffix (性, 化, 式 …) only the word before it.
/// Function characters (的, 和, 在 …) join nothing.
QList<QList<Unit>> clauses(QStringView text)
{
    const TermRules &r = TermRules::shipped();
    const auto single = [&r](QStringView w) { return w.size() == 1 && !r.functionCharacters.contains(w[0]); };
    const auto function = [&r](QStringView w) { return w.size() == 1 && r.functionCharacters.contains(w[0]); };
    const QList<Clause> words = clauseWords(text);
    QHash<std::pair<QStringView, QStringView>, qsizetype> pairs;
    QHash<QStringView, qsizetype> uses;
    for (const Clause &c : words) {
        const QList<QStringView> &clause = c.words;
        for (qsizetype i = 0; i < clause.size(); ++i) {
            ++uses[clause[i]];
            if (i + 1 < clause.size())
                ++pairs[{clause[i], clause[i + 1]}];
        }
    }
    const auto company = [&](QStringView a, QStringView b) {
        return 2.0 * double(pairs.value({a, b})) / double(uses.value(a) + uses.value(b)); // Dice
    };

    QList<QList<Unit>> out;
    for (const Clause &c : words) {
        const QList<QStringView> &w = c.words;
        // glue[i]: words i and i + 1 belong to one unit.
        const qsizetype n = w.size();
        QList<bool> glue(std::max<qsizetype>(n - 1, 0), false);
        for (qsizetype i = 0; i + 1 < n; ++i) {
            if (!single(w[i]) || !single(w[i + 1]))
                continue;
            // Two single characters are no coinage when each is bound more closely to the word
            // on its side, as seen more than once (产业|链|高|质量); a pair seen once proves nothing.
            const double together = company(w[i], w[i + 1]);
            const auto bound = [&](QStringView a, QStringView b) {
                return pairs.value({a, b}) > 1 && company(a, b) > together;
            };
            const bool boundLeft = i > 0 && w[i - 1].size() > 1 && bound(w[i - 1], w[i]);
            const bool boundRight = i + 2 < n && w[i + 2].size() > 1 && bound(w[i + 1], w[i + 2]);
            glue[i] = !(boundLeft && boundRight);
        }
        for (qsizetype i = 0; i < n; ++i) {
            const bool lone = single(w[i]) && !(i > 0 && glue[i - 1]) && !(i + 1 < n && glue[i]);
            if (!lone)
                continue;
            // A suffix (性, 化, 式 …) belongs to the word before it: 保障性 住房, 中国式 现代化.
            const bool left = i > 0 && !function(w[i - 1]);
            const bool right = i + 1 < n && !function(w[i + 1]) && !r.suffixCharacters.contains(w[i][0]);
            if (right && (!left || company(w[i], w[i + 1]) > company(w[i - 1], w[i])))
                glue[i] = true;
            else if (left)
                glue[i - 1] = true;
        }
        QList<Unit> units;
        for (qsizetype i = 0; i < n;) {
            qsizetype j = i;
            while (j + 1 < n && glue[j])
                ++j;
            units.append({joined(w[i], w[j]), j > i && single(w[i]) && single(w[i + 1]), i == 0 && c.afterNumber});
            i = j + 1;
        }
        out.append(units);
    }
    // A coinage always followed by the same unit is the modifier of a compound: 新质 + 生产力.
    QHash<QStringView, QSet<QStringView>> followers;
    for (const QList<Unit> &clause : std::as_const(out))
        for (qsizetype i = 0; i < clause.size(); ++i)
            if (clause[i].coinage)
                followers[clause[i].text].insert(i + 1 < clause.size() ? clause[i + 1].text : QStringView());
    for (QList<Unit> &clause : out)
        for (qsizetype i = 0; i + 1 < clause.size(); ++i)
            if (clause[i].coinage && !function(clause[i + 1].text) && followers.value(clause[i].text).size() == 1) {
                clause[i].text = joined(clause[i].text, clause[i + 1].text);
                clause.removeAt(i + 1);
            }
    return out;
}

/// Consecutive units of a clause, counted, with whether what stands before and after them varies
/// (a clause's edge counts as varying). No allocation: most are seen once, and there are many.
struct Phrase
{
    QStringView text; ///< Its first occurrence
    qsizetype clause = 0, first = 0, words = 0; ///< Where its units are, in clauses()
    qsizetype count = 0;
    QStringView before, after; ///< The neighbours of its first occurrence
    bool beforeVaries = false, afterVaries = false;

    void seen(QStringView neighbourBefore, QStringView neighbourAfter)
    {
        if (count++ == 0) {
            before = neighbourBefore;
            after = neighbourAfter;
        }
        beforeVaries = beforeVaries || neighbourBefore.isNull() || neighbourBefore != before;
        afterVaries = afterVaries || neighbourAfter.isNull() || neighbourAfter != after;
    }
    bool maximal() const { return beforeVaries && afterVaries; }
};

/// The candidates of one text, each a view of its first occurrence: whether each occurs in another
/// text, and where in its own, is then one walk through each text with a lookup per piece of each
/// candidate length (thousands of candidates against 50,000 characters).
class Candidates
{
public:
    // Lengths are bits of a 32-bit mask.
    explicit Candidates(qsizetype longest)
        : m_longest(std::min<qsizetype>(longest, 31))
    { }

    void add(QStringView term)
    {
        if (term.size() < 2 || term.size() > m_longest)
            return;
        m_index.insert(term, {});
        m_lengths[start(term)] |= 1u << term.size();
    }
    /// Marks the candidates @p other contains.
    void findIn(QStringView other)
    {
        walk(other, [](Found &f, qsizetype) { f.inOther = true; });
    }
    /// The candidates not in the other text, with every occurrence (overlapping ones too, as the
    /// search index counts them) in @p text.
    QList<Term> missing(QStringView text)
    {
        walk(text, [](Found &f, qsizetype at) {
            if (!f.inOther)
                f.places.append(at);
        });
        QList<Term> out;
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            if (it->inOther)
                continue;
            Term t{it.key().toString(), {}};
            for (qsizetype at : it->places)
                t.places.append({at, at + it.key().size()});
            out.append(t);
        }
        return out;
    }

private:
    struct Found
    {
        bool inOther = false;
        QList<qsizetype> places;
    };
    static quint32 start(QStringView text) { return quint32(text[0].unicode()) << 16 | text[1].unicode(); }

    // At each position, only the lengths of the candidates that start with its two characters.
    template<typename Visit>
    void walk(QStringView text, Visit visit)
    {
        for (qsizetype at = 0; at + 1 < text.size(); ++at) {
            const quint32 lengths = m_lengths.value(start(text.mid(at, 2)));
            for (qsizetype n = 2; n <= m_longest && at + n <= text.size(); ++n)
                if (lengths & (1u << n))
                    if (const auto found = m_index.find(text.mid(at, n)); found != m_index.end())
                        visit(*found, at);
        }
    }

    qsizetype m_longest;
    QHash<quint32, quint32> m_lengths; ///< Candidate lengths (bits) by their first two characters
    QHash<QStringView, Found> m_index;
};

} // namespace

QList<Term> missingFrom(QStringView text, QStringView other, const Weighting &weighting)
{
    const TermRules &r = TermRules::shipped();
    const QList<QList<Unit>> units = clauses(text);
    QHash<QStringView, Phrase> phrases;
    for (qsizetype c = 0; c < units.size(); ++c) {
        const QList<Unit> &clause = units[c];
        for (qsizetype i = 0; i < clause.size(); ++i) {
            for (qsizetype n = 2; n <= r.phraseMaximumWords && i + n <= clause.size(); ++n) {
                const Unit &last = clause[i + n - 1];
                const QStringView span(clause[i].text.data(), last.text.data() + last.text.size());
                if (clause[i].text.size() == 1 || last.text.size() == 1 || clause[i].afterNumber
                    || span.size() > r.termMaximumCharacters)
                    continue;
                Phrase &p = phrases[span];
                if (p.count == 0) {
                    p.text = span;
                    p.clause = c;
                    p.first = i;
                    p.words = n;
                }
                p.seen(i > 0 ? clause[i - 1].text : QStringView(),
                       i + n < clause.size() ? clause[i + n].text : QStringView());
            }
        }
    }
    QHash<QStringView, qsizetype> unitCount;
    for (const QList<Unit> &clause : units)
        for (const Unit &u : clause)
            ++unitCount[u.text];
    // A term ends where a reader would stop: not on 到, 拟, 一批 … that want what follows.
    const auto unfinished = [&r](QStringView t) {
        return std::any_of(r.unfinishedEndings.cbegin(), r.unfinishedEndings.cend(),
                           [t](const QString &e) { return t.endsWith(e); });
    };
    Candidates candidates(r.termMaximumCharacters);
    for (const QList<Unit> &clause : units)
        for (const Unit &u : clause)
            if (!u.afterNumber && !unfinished(u.text))
                candidates.add(u.text);
    // A phrase is words that keep company: it recurs, and accounts for at least a share of the uses
    // of its least used word (高质量 is nearly always 高质量发展; 加强 and 重点 meet by chance).
    // Nor is it a window on a longer passage said twice: its neighbours differ, or a clause ends.
    for (const Phrase &p : std::as_const(phrases)) {
        if (p.count < r.phraseMinimumCount || !p.maximal())
            continue;
        qsizetype least = std::numeric_limits<qsizetype>::max();
        for (qsizetype k = p.first; k < p.first + p.words; ++k)
            least = std::min(least, unitCount.value(units[p.clause][k].text));
        if (double(p.count) >= r.phraseCohesion * double(least) && !unfinished(p.text))
            candidates.add(p.text);
    }
    candidates.findIn(other);
    QHash<QString, Term> terms;
    for (const Term &t : candidates.missing(text))
        terms.insert(t.text, t);
    // A term found only inside a longer new term is that term's part, not a term of its own.
    QSet<QString> parts;
    for (const Term &longer : std::as_const(terms))
        for (qsizetype at = 0; at < longer.text.size(); ++at)
            for (qsizetype n = 2; at + n <= longer.text.size(); ++n) {
                const QString piece = longer.text.mid(at, n);
                const auto found = terms.constFind(piece);
                if (n < longer.text.size() && found != terms.cend() && found->count() == longer.count())
                    parts.insert(piece);
            }
    QList<Term> out;
    for (const Term &t : std::as_const(terms))
        if (!parts.contains(t.text))
            out.append(t);
    weigh(out, weighting);
    return out;
}

void weigh(QList<Term> &terms, const Weighting &weighting)
{
    for (Term &t : terms) {
        t.weight = double(t.count());
        if (weighting.reportsUsing && weighting.reports > 0)
            t.weight *= std::log(double(weighting.reports + 1)
                                 / double(std::max<qsizetype>(1, weighting.reportsUsing(t.text))));
    }
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.text.size() != b.text.size())
            return a.text.size() > b.text.size();
        return a.text < b.text;
    });
}

Result compare(QStringView left, QStringView right, const Weighting &weighting)
{
    return {missingFrom(right, left, weighting), missingFrom(left, right, weighting)};
}

} // namespace ReportLens::TermDiff
