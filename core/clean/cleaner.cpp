#include "cleaner.h"

#include "util/chinesetext.h"

#include <algorithm>

namespace ReportLens {

using namespace ChineseText;

namespace {

bool endsSentence(const QString &text)
{
    return !text.isEmpty() && SentenceEnds.contains(text.back());
}

} // namespace

qsizetype CleanText::mapFromOriginal(qsizetype originalOffset) const
{
    // anchors are sorted by clean offset and, because the cleaner only deletes and joins in order,
    // by original offset too.
    auto it = std::lower_bound(anchors.cbegin(), anchors.cend(), originalOffset,
                               [](const auto &anchor, qsizetype value) { return anchor.second < value; });
    if (it == anchors.cend())
        return text.size();
    if (it != anchors.cbegin()) {
        const auto &previous = *(it - 1);
        const qsizetype candidate = previous.first + (originalOffset - previous.second);
        if (candidate < it->first)
            return candidate;
    }
    return it->first;
}

Cleaner::Cleaner(const CleaningRules &rules)
    : m_rules(rules)
{
    m_reflow.emplace(LineReflow::Rules{m_rules.numberedLineStart, m_rules.headAnchors, m_rules.paragraphStart,
                                       m_rules.terminalPunctuation, m_rules.datelineEnds});
}

QList<Cleaner::Line> Cleaner::splitLines(const QString &original) const
{
    QList<Line> lines;
    bool blank = false;
    bool pageBreak = false;
    qsizetype pos = 0;
    const qsizetype size = original.size();
    while (pos <= size) {
        qsizetype end = pos;
        while (end < size && original[end] != u'\n' && original[end] != u'\r' && original[end] != QChar(0x2028)
               && original[end] != QChar(0x2029))
            ++end;
        const QStringView raw = QStringView(original).mid(pos, end - pos);
        const QStringView trimmedLine = trimmed(raw);
        pageBreak = pageBreak || raw.contains(u'\f');
        const bool invisibleOnly =
            !raw.isEmpty() && std::all_of(raw.cbegin(), raw.cend(), [](QChar c) { return isInvisible(c); });
        if (invisibleOnly) {
            // A line of zero-width characters (a Wikisource artefact) separates nothing.
        } else if (trimmedLine.isEmpty()) {
            blank = blank || !lines.isEmpty();
        } else {
            Line line;
            line.blankBefore = blank;
            line.pageBreakBefore = pageBreak;
            const qsizetype base = pos + (trimmedLine.data() - raw.data());
            for (QChar c : raw.left(base - pos))
                line.indent += c == u'\t' ? 4 : LineReflow::displayWidth(QStringView(&c, 1));
            for (qsizetype i = 0; i < trimmedLine.size(); ++i) {
                if (isInvisible(trimmedLine[i]))
                    continue;
                line.text.append(trimmedLine[i]);
                line.origin.append(base + i);
            }
            line.breakAt = end < size ? end : -1;
            lines.append(line);
            blank = false;
            pageBreak = false;
        }
        // \r\n counts as one break
        if (end < size && original[end] == u'\r' && end + 1 < size && original[end + 1] == u'\n')
            ++end;
        pos = end + 1;
    }
    return lines;
}

bool Cleaner::endsWithTerminal(const QString &text) const
{
    return !text.isEmpty() && m_rules.terminalPunctuation.contains(text.back());
}

bool Cleaner::isProse(const QString &text) const
{
    // A sentence of the report: long enough, with a comma inside and a full stop at the end.
    return text.size() >= m_rules.limits.proseMinLength && endsWithTerminal(text)
        && (text.contains(u'，') || text.contains(u',') || text.contains(u'、'));
}

bool Cleaner::shouldJoin(const Line &a, const Line &b, bool blankLineParagraphs, QString *separator) const
{
    separator->clear();
    const QString &at = a.text;
    const QString &bt = b.text;

    // A line of punctuation only, or one that starts with closing punctuation, continues the line
    // before it (Wikisource turns every link into a line of its own: "…根本法——\n中华人民共和国宪法\n，接着").
    if (std::all_of(bt.cbegin(), bt.cend(), [](QChar c) { return c.isPunct(); }))
        return true;
    if (m_rules.closingPunctuation.contains(bt.front()))
        return true;
    if (m_rules.openingPunctuation.contains(at.back()) && !at.endsWith(u"——"))
        return true;
    // An item's label alone on a line ("一是", set in bold on a line of its own) opens the text after it.
    if (m_rules.itemLabelLine.match(at).hasMatch())
        return true;
    if (at.endsWith(u"——") && !b.blankBefore)
        return true;

    // A dateline broken across lines: "——2021年2月7日在玉泉区第十七届" + "人民代表大会第四次会议上".
    const bool aIsDateline = std::any_of(m_rules.headAnchors.cbegin(), m_rules.headAnchors.cend(),
                                         [&](const auto &regex) { return regex.match(at).hasMatch(); });
    auto containsAny = [](const QString &text, const QStringList &words) {
        return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); });
    };
    if (aIsDateline && !containsAny(at, m_rules.datelineEnds) && containsAny(bt, m_rules.meetingWords)
        && bt.size() <= m_rules.limits.datelineContinuationMaxLength)
        return true;

    // A speaker line broken after the role: "国务院总理" + "李　强".
    if (m_rules.speakerRoleEnd.match(at).hasMatch() && bt.size() <= m_rules.limits.speakerNameMaxLength
        && std::all_of(bt.cbegin(), bt.cend(), [](QChar c) { return isHan(c) || isSpace(c); })) {
        *separator = QStringLiteral(" ");
        return true;
    }

    // Where paragraphs are separated by blank lines, a single line break inside a sentence is soft.
    if (blankLineParagraphs && !b.blankBefore && !endsWithTerminal(at)
        && !m_rules.numberedLineStart.match(bt).hasMatch() && !m_rules.numberedLineStart.match(at).hasMatch())
        return true;
    return false;
}

QList<Cleaner::Line> Cleaner::joinSoftBreaks(QList<Line> lines) const
{
    qsizetype blankSeparated = 0;
    for (const Line &line : lines)
        blankSeparated += line.blankBefore ? 1 : 0;
    const bool blankLineParagraphs = lines.size() > 4 && blankSeparated * 2 >= lines.size();

    QList<Line> joined;
    for (Line &line : lines) {
        QString separator;
        if (!joined.isEmpty() && shouldJoin(joined.last(), line, blankLineParagraphs, &separator))
            joined.last().append(line, separator);
        else
            joined.append(std::move(line));
    }
    return joined;
}

void Cleaner::dropMatchingLines(QList<Line> &lines, QList<RemovedRange> &removed) const
{
    lines.removeIf([&](const Line &line) {
        for (const CleaningPattern &p : m_rules.dropLines) {
            if (p.regex.match(line.text).hasMatch()) {
                removed.append(line.range(p.rule));
                return true;
            }
        }
        return false;
    });
}

void Cleaner::dropInlineChrome(QList<Line> &lines, QList<RemovedRange> &removed) const
{
    for (const CleaningPattern &p : m_rules.inlineChrome) {
        QList<QList<std::pair<qsizetype, qsizetype>>> spans(lines.size());
        qsizetype count = 0;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            auto it = p.regex.globalMatch(lines[l].text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                spans[l].append({m.capturedStart(), m.capturedLength()});
                ++count;
            }
        }
        if (count < p.minimumInText)
            continue;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            Line &line = lines[l];
            for (auto s = spans[l].crbegin(); s != spans[l].crend(); ++s) {
                removed.append({line.origin[s->first], line.origin[s->first + s->second - 1] + 1, p.rule});
                line.text.remove(s->first, s->second);
                line.origin.remove(s->first, s->second);
            }
        }
    }
}

void Cleaner::dropLineEndWatermarks(QList<Line> &lines, QList<RemovedRange> &removed) const
{
    auto isAsciiAlnum = [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); };
    // The token at the end of a line: 2-4 ASCII letters or digits (a letter among them) glued to
    // what comes before it (a word of its own would stand after a space).
    auto tokenOf = [&](const Line &line) -> QStringView {
        const QStringView text(line.text);
        qsizetype start = text.size();
        while (start > 0 && text.size() - start < 5 && isAsciiAlnum(text[start - 1]))
            --start;
        const QStringView token = text.mid(start);
        if (token.size() < 2 || token.size() > 4 || start == 0 || text[start - 1].isSpace()
            || std::none_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); }))
            return {};
        return token;
    };
    QHash<QString, int> counts;
    for (const Line &line : lines)
        if (const QStringView token = tokenOf(line); !token.isEmpty())
            ++counts[token.toString()];
    for (Line &line : lines) {
        const QStringView token = tokenOf(line);
        if (token.isEmpty() || counts.value(token.toString()) < m_rules.limits.watermarkMinRepeats)
            continue;
        const qsizetype start = line.text.size() - token.size();
        removed.append({line.origin[start], line.origin.last() + 1, QStringLiteral("site-watermark")});
        line.text.truncate(start);
        line.origin.resize(start);
    }
}

void Cleaner::dropHeadChrome(QList<Line> &lines, QList<RemovedRange> &removed) const
{
    // The report proper starts at its dateline or its salutation (各位代表), preceded by its title
    // and speaker lines. Whatever comes before that is site or forum chrome, unless it has prose.
    const qsizetype searchLimit = std::min<qsizetype>(lines.size(), m_rules.limits.headSearchLines);
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < searchLimit && anchor < 0; ++i)
        for (const QRegularExpression &regex : m_rules.headAnchors)
            if (regex.match(lines[i].text).hasMatch()) {
                anchor = i;
                break;
            }
    if (anchor <= 0)
        return;
    qsizetype start = anchor;
    while (start > 0 && anchor - start < m_rules.limits.headerLinesBeforeAnchor) {
        const QString &previous = lines[start - 1].text;
        const bool sentence = endsSentence(previous);
        if (previous.size() > m_rules.limits.headerLineMaxLength || sentence
            || !m_rules.headerLine.match(previous).hasMatch())
            break;
        --start;
    }
    for (qsizetype i = 0; i < start; ++i)
        if (isProse(lines[i].text))
            return;
    for (qsizetype i = 0; i < start; ++i)
        removed.append(lines[i].range(QStringLiteral("head-chrome")));
    lines.remove(0, start);
}

void Cleaner::dropTailChrome(QList<Line> &lines, QList<RemovedRange> &removed) const
{
    // Walk back over the trailing block of chrome-like lines: ones that match a tail rule, or short
    // lines without a full stop (menu items, phone numbers, opening hours). Drop from the first rule
    // match in that block on; short lines before it (a sign-off) stay.
    qsizetype firstMatch = -1;
    QString firstRule;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString &text = lines[i].text;
        QString rule;
        for (const CleaningPattern &p : m_rules.tailChrome)
            if (p.regex.match(text).hasMatch()) {
                rule = p.rule;
                break;
            }
        if (!rule.isEmpty()) {
            firstMatch = i;
            firstRule = rule;
            continue;
        }
        const bool shortFragment = text.size() <= m_rules.limits.tailFragmentMaxLength && !endsSentence(text);
        if (!shortFragment)
            break;
    }
    if (firstMatch < 0)
        return;
    for (qsizetype i = firstMatch; i < lines.size(); ++i)
        removed.append(lines[i].range(QStringLiteral("tail-chrome:") + firstRule));
    lines.remove(firstMatch, lines.size() - firstMatch);
}

void Cleaner::normaliseSpaces(Line &line)
{
    // Whitespace inside a paragraph: letter-spaced words (李　强, 名 词 解 释) and spaces next to
    // CJK punctuation or between a Han character and a digit (2022年 1月6日) go; a space between
    // two longer Chinese phrases (实干为锚 担当作帆) is a separator and stays, as one ASCII space.
    const QString &t = line.text;
    auto tokenLengthBefore = [&](qsizetype i) {
        qsizetype n = 0;
        while (i - n - 1 >= 0 && !isSpace(t[i - n - 1]))
            ++n;
        return n;
    };
    auto tokenLengthAfter = [&](qsizetype i) {
        qsizetype n = 0;
        while (i + n < t.size() && !isSpace(t[i + n]))
            ++n;
        return n;
    };
    auto isCjkPunct = [](QChar c) {
        return c.unicode() >= 0x3000 && c.unicode() <= 0x303F
            ? true
            : (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF && c.isPunct()) || c == u'“' || c == u'”' || c == u'‘'
                || c == u'’' || c == u'—' || c == u'…';
    };
    Line out;
    out.blankBefore = line.blankBefore;
    qsizetype i = 0;
    while (i < t.size()) {
        if (!isSpace(t[i])) {
            out.text.append(t[i]);
            out.origin.append(line.origin[i]);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < t.size() && isSpace(t[end]))
            ++end;
        const QChar before = i > 0 ? t[i - 1] : QChar();
        const QChar after = end < t.size() ? t[end] : QChar();
        const bool hanBefore = isHan(before), hanAfter = isHan(after);
        // Letter-spaced characters: 李　强, 名 词 解 释, and digits "7 4 7 7 2 亿元".
        auto digitRun = [&](qsizetype from, int step) {
            qsizetype n = 0;
            for (qsizetype k = from; k >= 0 && k < t.size() && t[k].isDigit(); k += step)
                ++n;
            return n;
        };
        const bool spacedDigits =
            before.isDigit() && after.isDigit() && digitRun(i - 1, -1) == 1 && digitRun(end, 1) == 1;
        const bool letterSpaced =
            spacedDigits || (hanBefore && hanAfter && tokenLengthBefore(i) == 1 && tokenLengthAfter(end) == 1);
        const bool nextToPunct = isCjkPunct(before) || isCjkPunct(after);
        auto isDigit = [](QChar c) { return c.isDigit() || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19); };
        // Between Chinese and a number or a Latin word, a space is typographic (LibreOffice and
        // many sites set one): 5G 规模化 is 5G规模化.
        auto isAsciiLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
        const bool hanDigit = (hanBefore && (isDigit(after) || isAsciiLetter(after)))
            || (hanAfter && (isDigit(before) || isAsciiLetter(before)));
        if (!(letterSpaced || nextToPunct || hanDigit)) {
            out.text.append(u' ');
            out.origin.append(line.origin[i]);
        }
        i = end;
    }
    line = out;
}

CleanText Cleaner::clean(const QString &original, const LineHints &hints) const
{
    CleanText result;
    QList<Line> lines = splitLines(original);
    if (hints.layoutDecided) {
        m_reflow->applyLayout(lines, hints, result.removed);
    } else {
        dropLineEndWatermarks(lines, result.removed);
        m_reflow->splitRunOnLines(lines, result.repairs);
        m_reflow->dropTextFurniture(lines, result.removed, result.repairs);
        m_reflow->joinHardWrapped(lines, result.repairs);
    }
    lines = joinSoftBreaks(std::move(lines));
    dropMatchingLines(lines, result.removed);
    dropHeadChrome(lines, result.removed);
    dropTailChrome(lines, result.removed);

    dropInlineChrome(lines, result.removed);
    for (Line &line : lines) {
        normaliseSpaces(line);
        if (!result.text.isEmpty())
            result.text.append(u'\n');
        qsizetype expectedOrigin = -1;
        for (qsizetype i = 0; i < line.text.size(); ++i) {
            if (line.origin[i] != expectedOrigin)
                result.anchors.append({result.text.size(), line.origin[i]});
            result.text.append(line.text[i]);
            expectedOrigin = line.origin[i] + 1;
        }
    }
    std::sort(result.removed.begin(), result.removed.end(),
              [](const RemovedRange &a, const RemovedRange &b) { return a.start < b.start; });
    return result;
}

} // namespace ReportLens
