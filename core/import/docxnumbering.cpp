#include "docxnumbering.h"

#include <QXmlStreamReader>

namespace ReportLens {

namespace {

// An attribute by its local name: w:val is in the transitional or the strict namespace, and
// nothing else in these parts shares a local name with the attributes read here.
QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

std::optional<int> intAttribute(const QXmlStreamReader &xml, QLatin1String name)
{
    bool ok = false;
    const int value = attribute(xml, name).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// On/off properties (w:isLgl) are on when present unless their w:val says otherwise.
bool isOn(const QXmlStreamReader &xml)
{
    const QString value = attribute(xml, QLatin1String("val"));
    return value != QLatin1String("false") && value != QLatin1String("0") && value != QLatin1String("off");
}

QString chineseCount(int value, QStringView digits, QStringView units, bool dropLeadingOne)
{
    // 10 → 十, 11 → 十一, 101 → 一百零一, 110 → 一百一十: one 零 for any run of empty places.
    if (value == 0)
        return digits.left(1).toString();
    QString out;
    bool gap = false;
    const int places[] = {10000, 1000, 100, 10, 1};
    for (int i = 0; i < 5; ++i) {
        const int digit = value / places[i] % 10;
        if (digit == 0) {
            gap = !out.isEmpty();
            continue;
        }
        if (gap)
            out.append(digits[0]);
        gap = false;
        out.append(digits[digit]);
        if (i < 4)
            out.append(units[3 - i]);
    }
    if (dropLeadingOne && value >= 10 && value < 20)
        out.remove(0, 1);
    return out;
}

QString roman(int value, bool upper)
{
    static const std::pair<int, const char *> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                         {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                         {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &[amount, letters] : table)
        for (; value >= amount; value -= amount)
            out += QLatin1String(letters);
    return upper ? out.toUpper() : out;
}

// Word allows start values up to 32767; a larger one is a damaged file, and counting on from it must not overflow.
constexpr int MaxStart = 32767;

} // namespace

QString DocxNumbering::format(int value, const QString &numFmt)
{
    const QString decimal = QString::number(value);
    if (value < 0 || value >= 100000)
        return decimal;
    auto is = [&](const char *name) { return numFmt == QLatin1String(name); };
    if (is("chineseCounting") || is("chineseCountingThousand") || is("japaneseCounting") || is("taiwaneseCounting")
        || is("taiwaneseCountingThousand") || is("koreanCounting"))
        return value == 0 ? QStringLiteral("〇") : chineseCount(value, u"零一二三四五六七八九", u"十百千万", true);
    if (is("chineseLegalSimplified") || is("japaneseLegal"))
        return chineseCount(value, u"零壹贰叁肆伍陆柒捌玖", u"拾佰仟万", false);
    if (value == 0)
        return decimal;
    if (is("ideographTraditional"))
        return QString(QStringView(u"甲乙丙丁戊己庚辛壬癸")[(value - 1) % 10]);
    if (is("ideographZodiac"))
        return QString(QStringView(u"子丑寅卯辰巳午未申酉戌亥")[(value - 1) % 12]);
    if (is("decimalZero"))
        return value < 10 ? QStringLiteral("0") + decimal : decimal;
    if (is("upperRoman") || is("lowerRoman"))
        return value < 4000 ? roman(value, is("upperRoman")) : decimal;
    if (is("upperLetter") || is("lowerLetter")) // Word repeats the letter: 27 → AA, 28 → BB
        return QString((value - 1) / 26 + 1, QChar(char16_t((is("upperLetter") ? u'A' : u'a') + (value - 1) % 26)));
    if (is("decimalFullWidth") || is("decimalFullWidth2")) {
        QString out;
        for (QChar c : decimal)
            out.append(QChar(char16_t(0xFF10 + c.digitValue())));
        return out;
    }
    if ((is("decimalEnclosedCircle") || is("decimalEnclosedCircleChinese")) && value <= 20)
        return QString(QChar(char16_t(0x2460 + value - 1))); // ①
    if (is("decimalEnclosedParen") && value <= 20)
        return QString(QChar(char16_t(0x2474 + value - 1))); // ⑴
    if (is("decimalEnclosedFullstop") && value <= 20)
        return QString(QChar(char16_t(0x2488 + value - 1))); // ⒈
    return decimal; // decimal, ordinal, cardinalText and formats without a Chinese reading
}

DocxNumbering::DocxNumbering(const QByteArray &numberingXml, const QByteArray &stylesXml)
{
    readNumbering(numberingXml);
    readStyles(stylesXml);
}

void DocxNumbering::readNumbering(const QByteArray &bytes)
{
    // Read flat, by element name: mc:AlternateContent wraps some w:numFmt in a w14 choice and a
    // plain fallback, and the fallback, read last, is the one understood here.
    QXmlStreamReader xml(bytes);
    AbstractNumbering *abstract = nullptr;
    Instance *instance = nullptr;
    int overrideLevel = -1; // inside a w:lvlOverride when >= 0
    Level level;
    int levelIndex = -1; // inside a w:lvl when >= 0
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("lvl") && levelIndex >= 0) {
                if (instance && overrideLevel >= 0)
                    instance->levelOverride.insert(levelIndex, level);
                else if (abstract)
                    abstract->levels.insert(levelIndex, level);
                levelIndex = -1;
            } else if (name == QLatin1String("abstractNum")) {
                abstract = nullptr;
            } else if (name == QLatin1String("num")) {
                instance = nullptr;
            } else if (name == QLatin1String("lvlOverride")) {
                overrideLevel = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("abstractNum")) {
            abstract = &m_abstracts[attribute(xml, QLatin1String("abstractNumId"))];
        } else if (name == QLatin1String("num")) {
            if (const auto id = intAttribute(xml, QLatin1String("numId")))
                instance = &m_instances[*id];
        } else if (name == QLatin1String("abstractNumId") && instance) {
            instance->abstractId = attribute(xml, QLatin1String("val"));
        } else if (name == QLatin1String("lvlOverride") && instance) {
            overrideLevel = intAttribute(xml, QLatin1String("ilvl")).value_or(-1);
        } else if (name == QLatin1String("startOverride") && instance && overrideLevel >= 0) {
            instance->startOverride.insert(
                overrideLevel, std::clamp(intAttribute(xml, QLatin1String("val")).value_or(1), 0, MaxStart));
        } else if (name == QLatin1String("lvl")) {
            level = Level();
            levelIndex =
                instance && overrideLevel >= 0 ? overrideLevel : intAttribute(xml, QLatin1String("ilvl")).value_or(-1);
        } else if (levelIndex >= 0) {
            const QString value = attribute(xml, QLatin1String("val"));
            if (name == QLatin1String("start"))
                level.start = std::clamp(value.toInt(), 0, MaxStart);
            else if (name == QLatin1String("numFmt"))
                level.format = value;
            else if (name == QLatin1String("lvlText"))
                level.text = value;
            else if (name == QLatin1String("suff"))
                level.suffix = value;
            else if (name == QLatin1String("isLgl"))
                level.legal = isOn(xml);
            else if (name == QLatin1String("pStyle"))
                level.styleId = value;
        } else if (name == QLatin1String("numStyleLink") && abstract) {
            abstract->numStyleLink = attribute(xml, QLatin1String("val"));
        }
    }
}

void DocxNumbering::readStyles(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    Style *style = nullptr;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("style"))
            style = nullptr;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("style"))
            style = attribute(xml, QLatin1String("type")) == QLatin1String("paragraph")
                ? &m_styles[attribute(xml, QLatin1String("styleId"))]
                : nullptr;
        else if (style && name == QLatin1String("basedOn"))
            style->basedOn = attribute(xml, QLatin1String("val"));
        else if (style && name == QLatin1String("numId"))
            style->numId = intAttribute(xml, QLatin1String("val"));
        else if (style && name == QLatin1String("ilvl"))
            style->level = intAttribute(xml, QLatin1String("val"));
    }
}

DocxNumbering::Style DocxNumbering::styleNumbering(const QString &styleId) const
{
    Style result;
    QString id = styleId;
    for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) { // basedOn chains can loop in bad files
        const auto it = m_styles.constFind(id);
        if (it == m_styles.cend())
            break;
        if (!result.numId && it->numId)
            result.numId = it->numId;
        if (!result.level && it->level)
            result.level = it->level;
        id = it->basedOn;
    }
    return result;
}

const DocxNumbering::Instance *DocxNumbering::instance(int numId) const
{
    const auto it = m_instances.constFind(numId);
    return it == m_instances.cend() ? nullptr : &*it;
}

QString DocxNumbering::next(const QString &styleId, std::optional<int> numId, std::optional<int> level)
{
    const Style fromStyle = styleNumbering(styleId);
    const int id = numId.value_or(fromStyle.numId.value_or(0));
    const Instance *list = instance(id);
    if (id <= 0 || !list)
        return {};
    QString abstractId = list->abstractId;
    // A list defined by a numbering style (w:numStyleLink) takes its levels from that style's list.
    if (const auto it = m_abstracts.constFind(abstractId); it != m_abstracts.cend() && !it->numStyleLink.isEmpty())
        if (const Instance *linked = instance(styleNumbering(it->numStyleLink).numId.value_or(0)))
            abstractId = linked->abstractId;
    const AbstractNumbering abstract = m_abstracts.value(abstractId);

    int index = level.value_or(fromStyle.level.value_or(-1));
    if (index < 0) { // a heading style linked to a level by the level's w:pStyle
        index = 0;
        for (auto it = abstract.levels.cbegin(); it != abstract.levels.cend(); ++it)
            if (!styleId.isEmpty() && it->styleId == styleId)
                index = it.key();
    }
    if (index < 0 || index >= Levels)
        return {};
    auto levelOf = [&](int i) { return list->levelOverride.value(i, abstract.levels.value(i)); };
    auto startOf = [&](int i) { return list->startOverride.value(i, levelOf(i).start); };
    if (!abstract.levels.contains(index) && !list->levelOverride.contains(index))
        return {};

    // Lists that share an abstract numbering continue each other's numbers; a list that overrides
    // its start restarts them where it is first used (that is how Word's "restart numbering" works).
    auto &counters = m_counters[abstractId];
    if (!m_seenInstances.contains(id)) {
        m_seenInstances.insert(id);
        if (!list->startOverride.isEmpty())
            counters.fill(std::nullopt);
    }
    counters[index] = counters[index] ? *counters[index] + 1 : startOf(index);
    for (int i = index + 1; i < Levels; ++i)
        counters[i].reset();
    for (int i = 0; i < index; ++i)
        if (!counters[i])
            counters[i] = startOf(i);

    const Level current = levelOf(index);
    if (current.format == QLatin1String("bullet") || current.format == QLatin1String("none"))
        return {};
    QString label;
    const QString &text = current.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int referenced = i + 1 < text.size() && text[i] == u'%' ? text[i + 1].digitValue() : -1;
        if (referenced >= 1 && referenced <= Levels) {
            const int value = counters[referenced - 1].value_or(startOf(referenced - 1));
            label += format(value, current.legal ? QStringLiteral("decimal") : levelOf(referenced - 1).format);
            ++i;
        } else {
            label.append(text[i]);
        }
    }
    if (label.isEmpty())
        return {};
    if (current.suffix == QLatin1String("space"))
        return label + u' ';
    if (current.suffix == QLatin1String("nothing"))
        return label;
    return label + u'\t';
}

} // namespace ReportLens
