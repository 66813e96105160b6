#include "outlineparser.h"

#include "util/chinesetext.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace ReportLens {

using namespace ChineseText;

namespace {

int numberInLabel(const QString &label)
{
    QString digits;
    for (QChar c : label)
        if (c.isDigit() || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) || numeralDigitValue(c) >= 0
            || NumeralUnits.contains(c))
            digits.append(c);
    return parseNumber(digits);
}

} // namespace

OutlineParser::OutlineParser(const OutlineRules &rules)
    : m_rules(rules)
{ }

QList<OutlineParser::Paragraph> OutlineParser::paragraphs(const QString &text)
{
    QList<Paragraph> list;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end > start)
            list.append({start, end, QStringView(text).mid(start, end - start)});
        start = end + 1;
    }
    return list;
}

qsizetype OutlineParser::firstBodyParagraph(const QList<Paragraph> &paragraphs) const
{
    // The head (title, dateline, speaker) ends with the salutation; without one, a short first line
    // without a full stop is the headline.
    for (qsizetype i = 0; i < std::min<qsizetype>(paragraphs.size(), m_rules.headSearchParagraphs); ++i)
        if (paragraphs[i].text.startsWith(m_rules.salutation)
            && paragraphs[i].text.size() <= m_rules.salutationMaxLength)
            return i + 1;
    if (!paragraphs.isEmpty() && paragraphs.first().text.size() <= m_rules.headlineMaxLength
        && !SentenceEnds.contains(paragraphs.first().text.back()))
        return 1;
    return 0;
}

QString OutlineParser::clauseTitle(QStringView text, qsizetype maxLength) const
{
    qsizetype sentence = -1, clause = -1;
    for (qsizetype i = 0; i < text.size() && i <= maxLength; ++i) {
        if (SentenceEnds.contains(text[i])) {
            sentence = i;
            break;
        }
        if (clause < 0 && m_rules.clauseBreak.contains(text[i]))
            clause = i;
    }
    if (sentence >= 0)
        return text.left(sentence).toString();
    if (clause >= 0)
        return text.left(clause).toString();
    return text.left(maxLength).toString();
}

QString OutlineParser::runInTitle(QStringView rest, qsizetype *consumed) const
{
    // A run-in heading opens its paragraph: its lead sentence is the title, the rest is body.
    qsizetype sentenceEnd = -1;
    for (qsizetype i = 0; i < rest.size() && i <= m_rules.runInTitleMaxLength; ++i)
        if (SentenceEnds.contains(rest[i])) {
            sentenceEnd = i;
            break;
        }
    if (sentenceEnd > 0) {
        *consumed = sentenceEnd + 1;
        return rest.left(sentenceEnd).toString();
    }
    // A long numbered paragraph (a numbered measure in a list): navigable by its first clause.
    QString title = clauseTitle(rest, m_rules.item.titleMaxLength);
    *consumed = title.size();
    return title;
}

bool OutlineParser::matchNumbered(const Paragraph &p, QList<Candidate> &out, NumberingState &state) const
{
    for (const HeadingPattern &h : m_rules.headings) {
        const QRegularExpressionMatch m = h.regex.match(p.text);
        if (!m.hasMatch())
            continue;
        const QString label = m.captured(u"label");
        const qsizetype titleStart = m.capturedStart(u"title") < 0 ? p.text.size() : m.capturedStart(u"title");
        const QStringView rest = p.text.mid(titleStart);
        if (h.standaloneOnly && !rest.trimmed().isEmpty())
            continue;

        // A heading line of its own: short, no sentence ends inside it.
        qsizetype innerEnds = 0;
        for (qsizetype i = 0; i + 1 < rest.size(); ++i)
            innerEnds += SentenceEnds.contains(rest[i]) ? 1 : 0;
        const bool standalone = p.text.size() <= m_rules.maxHeadingLength && innerEnds == 0;
        QString title;
        qsizetype titleEnd = p.end;
        if (standalone) {
            title = rest.toString();
            while (!title.isEmpty() && SentenceEnds.contains(title.back()))
                title.chop(1);
        } else {
            qsizetype consumed = 0;
            title = runInTitle(rest, &consumed);
            titleEnd = p.start + titleStart + consumed;
        }

        // Numbers run in sequence under their parent; a run-in "二、" out of sequence is body text.
        const int number = numberInLabel(label);
        const int last = state.lastNumber.value(h.name, 0);
        const bool inSequence = number == last + 1 || number == 1;
        if (!inSequence && !(standalone && number > last))
            continue;
        // Numbering styles nest in the order a report first uses them under its chapter, so a
        // "（一）" restarts, and styles first used after this one restart with it.
        if (h.rank <= m_rules.chapterRank) {
            state.lastNumber.clear();
            state.order.clear();
        } else {
            qsizetype position = state.order.indexOf(h.name);
            if (position < 0) {
                state.order.append(h.name);
                position = state.order.size() - 1;
            }
            for (qsizetype i = position + 1; i < state.order.size(); ++i)
                state.lastNumber.remove(state.order[i]);
            state.order.resize(position + 1);
        }
        state.lastNumber[h.name] = number;

        out.append({Section::Kind::Numbered, h.rank, label, title.trimmed(), p.start, titleEnd, -1, h.name});
        if (!standalone)
            matchLeads(p, titleEnd - p.start, false, out);
        return true;
    }
    return false;
}

bool OutlineParser::leadSentenceAt(QStringView text, qsizetype from, qsizetype maxLength, qsizetype *sentenceEnd) const
{
    // A lead sentence: short, no comma or digits inside, ends with 。 and is followed by its body.
    for (qsizetype i = from; i < text.size() && i - from <= maxLength; ++i) {
        const QChar c = text[i];
        if (SentenceEnds.contains(c)) {
            if (c != u'。' || i - from < m_rules.lead.minLength || i + 1 >= text.size())
                return false;
            *sentenceEnd = i;
            return true;
        }
        if (m_rules.clauseBreak.contains(c) || c.isDigit() || c.isSpace())
            return false;
    }
    return false;
}

void OutlineParser::matchLeads(const Paragraph &p, qsizetype from, bool midParagraph, QList<Candidate> &out) const
{
    qsizetype position = from;
    bool first = true;
    while (position < p.text.size()) {
        qsizetype sentenceEnd = -1;
        const qsizetype maxLength =
            first ? m_rules.lead.maxLength : std::min(m_rules.lead.maxLength, m_rules.lead.laterMaxLength);
        if (leadSentenceAt(p.text, position, maxLength, &sentenceEnd)
            && p.text.size() - sentenceEnd > m_rules.lead.minBodyAfter) {
            out.append({Section::Kind::LeadSentence, m_rules.lead.rank, QString(),
                        p.text.mid(position, sentenceEnd - position).toString(), p.start + position,
                        p.start + sentenceEnd + 1, -1});
        }
        if (!midParagraph)
            return;
        // Continue after the next full stop.
        const qsizetype next = p.text.indexOf(u'。', position);
        if (next < 0)
            return;
        position = next + 1;
        first = false;
    }
}

bool OutlineParser::matchSubHeading(const QList<Paragraph> &paragraphs, qsizetype index, QList<Candidate> &out) const
{
    const Paragraph &p = paragraphs[index];
    const QStringView t = p.text;
    if (t.size() < m_rules.subHeading.minLength || t.size() > m_rules.subHeading.maxLength
        || index + 1 >= paragraphs.size())
        return false;
    const QStringView next = paragraphs[index + 1].text;
    const QChar last = t.back();

    // A one-sentence paragraph that introduces paragraphs with lead sentences (seed 003:
    // "一年来，我们攻坚克难促转型，产业发展迈出新步伐。").
    bool oneSentence = last == u'。';
    for (qsizetype i = 0; i + 1 < t.size() && oneSentence; ++i)
        oneSentence = !SentenceEnds.contains(t[i]);
    qsizetype leadEnd = -1;
    const bool introducesLeads = leadSentenceAt(next, 0, m_rules.lead.maxLength, &leadEnd);
    const bool hasClause = std::any_of(t.cbegin(), t.cend(), [&](QChar c) { return m_rules.clauseBreak.contains(c); });
    bool heading = oneSentence && hasClause && introducesLeads;

    // A short line without any punctuation at its end, followed by prose (older reports set their
    // sub-headings this way: "这几年取得的巨大成就，是坚决执行自力更生方针的结果").
    const bool noSentenceEnd = std::none_of(t.cbegin(), t.cend(), [&](QChar c) { return SentenceEnds.contains(c); });
    const bool bare = noSentenceEnd && (isHan(last) || last == u'”' || last == u'》') && next.size() > t.size() * 2;
    heading = heading || bare;
    if (!heading)
        return false;
    QString title = t.toString();
    if (title.endsWith(u'。'))
        title.chop(1);
    out.append({Section::Kind::SubHeading, m_rules.subHeading.rank, QString(), title, p.start, p.end, -1});
    return true;
}

void OutlineParser::matchItems(const QList<Paragraph> &paragraphs, qsizetype begin, qsizetype end,
                               QList<Candidate> &out) const
{
    struct Found
    {
        qsizetype paragraph;
        qsizetype offset;
        QString label;
    };
    QList<Found> sequence;
    auto commit = [&]() {
        if (sequence.size() >= 2) {
            for (qsizetype i = 0; i < sequence.size(); ++i) {
                const Found &f = sequence[i];
                const Paragraph &p = paragraphs[f.paragraph];
                qsizetype itemEnd = p.end;
                if (i + 1 < sequence.size() && sequence[i + 1].paragraph == f.paragraph)
                    itemEnd = p.start + sequence[i + 1].offset;
                const qsizetype bodyStart = f.offset + f.label.size();
                const QStringView body = p.text.mid(bodyStart, itemEnd - p.start - bodyStart);
                const QString title = clauseTitle(body, m_rules.item.titleMaxLength);
                out.append({Section::Kind::Item, m_rules.item.rank, f.label, title, p.start + f.offset,
                            p.start + f.offset + f.label.size() + title.size(), itemEnd});
            }
        }
        sequence.clear();
    };
    for (qsizetype i = begin; i < end; ++i) {
        const Paragraph &p = paragraphs[i];
        auto it = m_rules.item.pattern.globalMatch(p.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype offset = m.capturedStart();
            if (offset > 0 && !m_rules.item.follows.contains(p.text[offset - 1]))
                continue;
            const QString label = m.captured(u"label");
            const int number = parseChineseNumber(QStringView(label).chopped(1));
            if (number == 1) {
                commit();
                sequence.append({i, offset, label});
            } else if (!sequence.isEmpty() && number == int(sequence.size()) + 1) {
                sequence.append({i, offset, label});
            }
        }
        // A sequence continues into the next paragraph only if that paragraph carries it on.
        if (!sequence.isEmpty() && i + 1 < end) {
            const QStringView next = paragraphs[i + 1].text;
            // The numeral of the item after the last one found: 一 … 九, then 十.
            const qsizetype found = sequence.size();
            const QChar numeral = found < NumeralDigits.size() ? NumeralDigits[found] : NumeralUnits.front();
            const QString expected = QString(numeral) + u'是';
            if (!next.contains(expected))
                commit();
        }
    }
    commit();
}

QList<GlossaryEntry> OutlineParser::parseGlossary(const QList<Paragraph> &paragraphs, qsizetype from) const
{
    QList<GlossaryEntry> entries;
    for (qsizetype i = from; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        const QRegularExpressionMatch m = m_rules.glossaryEntry.match(p.text);
        if (!m.hasMatch()) {
            // A definition that runs on into a second paragraph.
            if (!entries.isEmpty()) {
                entries.last().definition += u'\n' + p.text.toString();
                entries.last().end = p.end;
            }
            continue;
        }
        QString term = m.captured(u"term").trimmed();
        if (term.size() > 2 && term.front() == u'“' && term.back() == u'”' && term.count(u'“') == 1)
            term = term.mid(1, term.size() - 2);
        entries.append({term, m.captured(u"definition").trimmed(), p.start, p.end});
    }
    return entries;
}

QList<Section> OutlineParser::buildTree(QList<Candidate> candidates, qsizetype textEnd, int chapterRank)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.rank < b.rank;
    });
    struct Node
    {
        Section section;
        int rank;
        qsizetype explicitEnd;
        qsizetype parent;
        QList<qsizetype> children;
        QString pattern;
    };
    QList<Node> nodes;
    QList<qsizetype> stack;
    QList<qsizetype> roots;
    auto close = [&](qsizetype index, qsizetype at) {
        Node &n = nodes[index];
        n.section.end = n.explicitEnd >= 0 ? std::min(n.explicitEnd, at) : at;
        // Drop the paragraph break that precedes the next heading.
        n.section.end = std::max(n.section.end, n.section.titleEnd);
    };
    for (const Candidate &c : candidates) {
        // A numbering style already open closes back to its previous heading (a sibling);
        // a new style nests under what is open, whatever its usual rank.
        qsizetype sameStyle = -1;
        if (!c.pattern.isEmpty())
            for (qsizetype i = 0; i < stack.size(); ++i)
                if (nodes[stack[i]].pattern == c.pattern)
                    sameStyle = i;
        while (!stack.isEmpty()) {
            const Node &top = nodes[stack.last()];
            const bool ended = top.explicitEnd >= 0 && top.explicitEnd <= c.start;
            const bool newStyle = !c.pattern.isEmpty() && sameStyle < 0 && c.rank > chapterRank;
            const bool closes = sameStyle >= 0 ? stack.size() > sameStyle
                : newStyle                     ? top.pattern.isEmpty() && top.rank >= c.rank
                                               : top.rank >= c.rank;
            if (!closes && !ended)
                break;
            close(stack.last(), c.start);
            stack.removeLast();
        }
        Node node;
        node.section.kind = c.kind;
        node.section.level = int(stack.size()) + 1;
        node.section.label = c.label;
        node.section.title = c.title;
        node.section.start = c.start;
        node.section.titleEnd = c.titleEnd;
        node.rank = c.rank;
        node.explicitEnd = c.explicitEnd;
        node.pattern = c.pattern;
        node.parent = stack.isEmpty() ? -1 : stack.last();
        nodes.append(node);
        const qsizetype index = nodes.size() - 1;
        if (node.parent >= 0)
            nodes[node.parent].children.append(index);
        else
            roots.append(index);
        stack.append(index);
    }
    while (!stack.isEmpty()) {
        close(stack.last(), textEnd);
        stack.removeLast();
    }
    // Trim the trailing newline so a section ends at the end of its last paragraph.
    std::function<Section(qsizetype)> assemble = [&](qsizetype index) {
        Section s = nodes[index].section;
        for (qsizetype child : nodes[index].children)
            s.children.append(assemble(child));
        return s;
    };
    QList<Section> result;
    for (qsizetype root : roots)
        result.append(assemble(root));
    return result;
}

bool OutlineParser::giveEmptyHeadingsABody(const QString &text, const QList<Section> &sections,
                                           QList<Candidate> &candidates) const
{
    // No numbered heading may be empty of its own body. One that is (a numbered measure of one
    // sentence directly followed by the next) is titled by its first clause, the rest of its
    // sentence being its body, as a long measure is; one that is a single clause is an enumerated
    // line of text, not a heading. Either way only its own range changes, so no other heading
    // becomes empty and one pass is enough.
    QHash<qsizetype, qsizetype> numberedAt; // start → candidate
    for (qsizetype i = 0; i < candidates.size(); ++i)
        if (candidates[i].kind == Section::Kind::Numbered)
            numberedAt.insert(candidates[i].start, i);
    auto hasWords = [](QStringView t) {
        return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    QSet<qsizetype> dropped;
    bool changed = false;
    std::function<void(const QList<Section> &)> visit = [&](const QList<Section> &level) {
        for (const Section &s : level) {
            visit(s.children);
            const auto found = numberedAt.constFind(s.start);
            if (s.kind != Section::Kind::Numbered || found == numberedAt.cend() || !s.children.isEmpty()
                || hasWords(QStringView(text).mid(s.titleEnd, s.end - s.titleEnd)))
                continue;
            Candidate &heading = candidates[*found];
            const qsizetype titleStart = s.start + heading.label.size();
            const QStringView own = QStringView(text).mid(titleStart, s.titleEnd - titleStart).trimmed();
            qsizetype cut = std::min<qsizetype>(own.size(), m_rules.item.titleMaxLength);
            for (qsizetype i = 0; i < cut; ++i)
                if (m_rules.clauseBreak.contains(own[i]) || SentenceEnds.contains(own[i])) {
                    cut = i;
                    break;
                }
            if (cut > 0 && hasWords(own.mid(cut))) {
                heading.title = own.left(cut).trimmed().toString();
                heading.titleEnd = (own.data() - text.data()) + cut;
            } else {
                dropped.insert(*found);
            }
            changed = true;
        }
    };
    visit(sections);
    if (!dropped.isEmpty()) {
        QList<Candidate> kept;
        for (qsizetype i = 0; i < candidates.size(); ++i)
            if (!dropped.contains(i))
                kept.append(candidates[i]);
        candidates = kept;
    }
    return changed;
}

Outline OutlineParser::parse(const QString &cleanText) const
{
    Outline outline;
    const QList<Paragraph> paras = paragraphs(cleanText);
    const qsizetype bodyStart = firstBodyParagraph(paras);

    // The glossary is the last part; find its heading first so its entries are not taken for headings.
    qsizetype glossaryAt = paras.size();
    for (qsizetype i = paras.size() - 1; i >= bodyStart; --i) {
        QString compact = paras[i].text.toString();
        compact.remove(u' ');
        if (m_rules.glossaryHeading.match(compact).hasMatch()) {
            glossaryAt = i;
            break;
        }
    }

    QList<Candidate> candidates;
    NumberingState numbering;
    bool anyNumbered = false;
    QHash<qsizetype, qsizetype> numberedAt; // paragraph index → its numbered candidate
    for (qsizetype i = bodyStart; i < glossaryAt; ++i) {
        const qsizetype index = candidates.size();
        if (!matchNumbered(paras[i], candidates, numbering))
            continue;
        anyNumbered = true;
        numberedAt.insert(i, index);
    }
    // Numbered lines chained by semicolons ("以下几件事：一、…；二、…；三、…。") enumerate within
    // one sentence of the report: a heading never ends with a semicolon. They still count in the
    // numbering, as the report counts them, but head no section.
    QSet<qsizetype> enumerated;
    for (auto it = numberedAt.cbegin(); it != numberedAt.cend(); ++it) {
        const auto next = numberedAt.constFind(it.key() + 1);
        if (m_rules.enumerationEnd.contains(paras[it.key()].text.back()) && next != numberedAt.cend()
            && candidates[*next].pattern == candidates[it.value()].pattern)
            enumerated.insert(it.key());
    }
    // A heading line that holds only its number (national-1960: "一") is titled by the first
    // sentence of the paragraph after it, as a run-in heading is by its lead sentence.
    QSet<qsizetype> titleParagraphs;
    for (auto it = numberedAt.cbegin(); it != numberedAt.cend(); ++it) {
        Candidate &heading = candidates[it.value()];
        const qsizetype next = it.key() + 1;
        if (!heading.title.isEmpty() || next >= glossaryAt || numberedAt.contains(next))
            continue;
        const Paragraph &p = paras[next];
        qsizetype consumed = 0;
        heading.title = runInTitle(p.text, &consumed).trimmed();
        heading.titleEnd = p.start + consumed;
        titleParagraphs.insert(next);
        matchLeads(p, consumed, false, candidates);
    }
    for (qsizetype i = bodyStart; i < glossaryAt; ++i) {
        const Paragraph &p = paras[i];
        if (numberedAt.contains(i) || titleParagraphs.contains(i))
            continue;
        if (!m_rules.lead.dashLabel.isEmpty() && p.text.startsWith(m_rules.lead.dashLabel)) {
            qsizetype sentenceEnd = -1;
            if (leadSentenceAt(p.text, m_rules.lead.dashLabel.size(), m_rules.lead.dashMaxLength, &sentenceEnd))
                candidates.append(
                    {Section::Kind::LeadSentence, m_rules.lead.rank, m_rules.lead.dashLabel,
                     p.text.mid(m_rules.lead.dashLabel.size(), sentenceEnd - m_rules.lead.dashLabel.size()).toString(),
                     p.start, p.start + sentenceEnd + 1, -1});
            continue;
        }
        // The first paragraph under a numbered heading is its body, not a sibling that would leave
        // it empty (national-2022: "（二）着力稳市场主体保就业…" + "完善减负纾困等政策，…。").
        const auto previous = numberedAt.constFind(i - 1);
        const bool firstBody = previous != numberedAt.cend() && candidates[*previous].rank >= m_rules.subHeading.rank;
        if (!firstBody && matchSubHeading(paras, i, candidates))
            continue;
        // In a report without numbered headings, lead sentences inside paragraphs carry the structure.
        matchLeads(p, 0, !anyNumbered, candidates);
    }
    matchItems(paras, bodyStart, glossaryAt, candidates);
    if (!enumerated.isEmpty()) {
        QSet<qsizetype> starts;
        for (qsizetype i : enumerated)
            starts.insert(paras[i].start);
        candidates.removeIf(
            [&](const Candidate &c) { return c.kind == Section::Kind::Numbered && starts.contains(c.start); });
    }

    if (glossaryAt < paras.size()) {
        const Paragraph &g = paras[glossaryAt];
        QString title = g.text.toString();
        title.remove(u' ');
        candidates.append({Section::Kind::Glossary, 0, QString(), title, g.start, g.end, -1});
        outline.glossary = parseGlossary(paras, glossaryAt + 1);
    }
    outline.sections = buildTree(candidates, cleanText.size(), m_rules.chapterRank);
    if (giveEmptyHeadingsABody(cleanText, outline.sections, candidates))
        outline.sections = buildTree(candidates, cleanText.size(), m_rules.chapterRank);
    return outline;
}

} // namespace ReportLens
