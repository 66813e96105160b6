#include "metadatadetector.h"

#include "util/chinesetext.h"

#include <QFileInfo>
#include <QHash>

namespace ReportLens {

using namespace ChineseText;

namespace {

// A year a government work report can be delivered in: from the founding of the People's Republic
// to next year (a report may be published ahead of the new year). Anything else is a misprint or
// a misread digit, and a wrong year would misplace the report in every list and trend.
bool isPlausibleReportYear(int year)
{
    return year >= 1949 && year <= QDate::currentDate().year() + 1;
}

} // namespace

MetadataDetector::MetadataDetector(const MetadataRules &rules)
    : m_rules(rules)
{ }

AdminLevel MetadataDetector::levelOfRegion(const QString &region) const
{
    if (isNationalRegion(region))
        return AdminLevel::National;
    if (m_rules.provinceLevel.contains(region))
        return AdminLevel::Province;
    for (const auto &[suffix, level] : m_rules.levelBySuffix)
        if (region.endsWith(suffix))
            return level;
    return AdminLevel::Unknown;
}

void MetadataDetector::detectDateline(const QStringList &head, ReportMetadata &meta, QString *place) const
{
    for (const QString &line : head) {
        const QRegularExpressionMatch m = m_rules.dateline.match(line);
        if (!m.hasMatch())
            continue;
        const int year = parseNumber(m.captured(u"year"));
        const int month = parseNumber(m.captured(u"month"));
        const int day = parseNumber(m.captured(u"day"));
        const QDate date(year, month, day);
        if (date.isValid() && isPlausibleReportYear(year)) {
            meta.meetingDate.detect(date);
            meta.year.detect(year);
        }
        QString session = m.captured(u"session");
        session.replace(u'會', u'会').replace(u'議', u'议');
        meta.session.detect(session);
        *place = m.captured(u"place").trimmed();
        if (m.captured(u"congress").startsWith(u'全'))
            *place = NationalRegion.toString();
        return;
    }
}

void MetadataDetector::detectSpeaker(const QStringList &head, ReportMetadata &meta, QString *organisation) const
{
    for (const QString &line : head) {
        if (line.size() > m_rules.limits.speakerLineMaxLength)
            continue;
        QString compact = line;
        compact.remove(u' ');
        const QRegularExpressionMatch m = m_rules.speaker.match(compact);
        if (!m.hasMatch())
            continue;
        meta.speaker.detect(m.captured(u"name"));
        meta.speakerRole.detect(m.captured(u"role"));
        *organisation = m.captured(u"org");
        return;
    }
}

void MetadataDetector::detectTitle(const QStringList &head, const QString &text, const MetadataContext &context,
                                   ReportMetadata &meta) const
{
    for (const QString &line : head.mid(0, m_rules.limits.titleLines)) {
        const bool sentence = line.endsWith(u'。') || line.contains(u'，') || line.contains(u',');
        if (line.size() <= m_rules.limits.titleMaxLength && !sentence && m_rules.title.match(line).hasMatch()
            && !m_rules.dateline.match(line).hasMatch()) {
            QString title = line;
            title.remove(m_rules.titleDecorations);
            meta.title.detect(title.trimmed());
            return;
        }
    }
    // An article with a headline: a short first line without a full stop.
    if (!head.isEmpty()) {
        const QString &first = head.first();
        const bool salutation = first.startsWith(m_rules.salutation);
        if (!salutation && first.size() <= m_rules.limits.headlineMaxLength && !first.endsWith(u'。')
            && !m_rules.dateline.match(first).hasMatch()) {
            meta.title.detect(first);
            return;
        }
    }
    // No title line: a report delivered to a people's congress is a 政府工作报告 whatever its theme.
    if (std::any_of(m_rules.reportMarkers.cbegin(), m_rules.reportMarkers.cend(),
                    [&](const QString &marker) { return text.contains(marker); }))
        meta.title.detect(m_rules.defaultTitle);
    else if (!context.fileName.isEmpty())
        meta.title.detect(QFileInfo(context.fileName).completeBaseName());
}

QString MetadataDetector::stripLeadingFunctionChars(const QString &name) const
{
    QString result = name;
    while (result.size() > 3 && m_rules.leadingFunctionChars.contains(result.front()))
        result.remove(0, 1);
    return result;
}

QString MetadataDetector::completeRegion(const QString &region, const QString &text,
                                         const MetadataContext &context) const
{
    const AdminLevel level = levelOfRegion(region);
    if (level != AdminLevel::District && level != AdminLevel::County)
        return region;
    // Already qualified by its city (呼和浩特市新城区)?
    const QRegularExpressionMatch own = m_rules.regionName.match(region);
    if (own.hasMatch() && own.capturedLength() < region.size())
        return region;

    // 1. Stated in full somewhere: "呼和浩特市玉泉区".
    const QString sources[] = {text, context.originalText};
    for (const QString &source : sources) {
        QRegularExpression qualified(QStringLiteral("([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]{2,6}?(?:市|州|盟))")
                                         + QRegularExpression::escape(region),
                                     QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = qualified.match(source);
        if (m.hasMatch())
            return stripLeadingFunctionChars(m.captured(1)) + region;
    }
    // 2. A region already in the library that ends with this name.
    if (context.consultedKnownRegions)
        *context.consultedKnownRegions = true;
    for (const QString &known : context.knownRegions)
        if (known.endsWith(region) && known.size() > region.size())
            return known;
    // 3. The city the report names most often: "乌兰察布市委、市政府", "呼和浩特市第一家". Words come
    // from ICU's dictionary segmentation, so "在市委" or "城市" are not taken for a city name.
    QHash<QString, int> votes;
    for (const QString &source : sources) {
        const QList<QStringView> tokens = words(source);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QString city;
            const QStringView w = tokens[i];
            if (w.size() >= 3 && (w.endsWith(u'市') || w.endsWith(u'盟'))) {
                city = w.toString(); // the dictionary knows the city: 呼和浩特市
            } else if (i + 1 < tokens.size() && w.data() + w.size() == tokens[i + 1].data()
                       && m_rules.cityOrgans.contains(tokens[i + 1].toString())) {
                // 乌兰察布 + 市委: a name the dictionary does not know comes out as short pieces
                // (乌兰|察|布); gather them back to the previous function word or punctuation.
                QString name;
                for (qsizetype j = i; j >= 0; --j) {
                    const QStringView piece = tokens[j];
                    const bool adjacent = j == i || piece.data() + piece.size() == tokens[j + 1].data();
                    if (!adjacent || m_rules.leadingFunctionChars.contains(piece.back())
                        || name.size() + piece.size() > 5)
                        break;
                    name.prepend(piece.toString());
                }
                if (name.size() >= 2)
                    city = name + u'市';
            }
            if (city.isEmpty() || m_rules.cityStopWords.contains(city) || region.contains(city)
                || !std::all_of(city.cbegin(), city.cend(), isHan))
                continue;
            ++votes[city];
        }
    }
    QString best;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (best.isEmpty() || it.value() > votes.value(best))
            best = it.key();
    return best.isEmpty() ? region : best + region;
}

void MetadataDetector::detectRegion(const QString &text, const QStringList &candidates, const MetadataContext &context,
                                    ReportMetadata &meta) const
{
    QString region;
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        if (isNationalRegion(candidate)) {
            region = candidate;
            break;
        }
        // Prefer the most qualified of consistent names (新城区 < 呼和浩特市新城区).
        if (region.isEmpty() || (candidate.endsWith(region) && candidate.size() > region.size()))
            region = candidate;
    }
    if (region.isEmpty() && m_rules.nationalMarker.match(text.left(m_rules.limits.scopeWindow)).hasMatch())
        region = NationalRegion.toString();
    if (region.isEmpty()) {
        // A report speaks of its own scope: 我国/全国 in a national one, 全市/全县 in a local one.
        auto count = [&](const QStringList &words) {
            qsizetype n = 0;
            for (const QString &w : words)
                n += text.count(w);
            return n;
        };
        const qsizetype national = count(m_rules.nationalScope);
        if (national >= m_rules.limits.nationalScopeMinCount
            && national > m_rules.limits.nationalScopeRatio * count(m_rules.localScope))
            region = NationalRegion.toString();
    }
    if (region.isEmpty()) {
        // An article without a header: the region it names most often in its first paragraphs.
        QHash<QString, int> votes;
        auto it = m_rules.regionName.globalMatch(text.left(m_rules.limits.scopeWindow));
        while (it.hasNext()) {
            const QString name = stripLeadingFunctionChars(it.next().captured());
            const AdminLevel level = levelOfRegion(name);
            // "多快好省" ends in 省 too: a province must be one we know.
            const bool plausible = level != AdminLevel::Unknown && level != AdminLevel::National
                && (level != AdminLevel::Province || m_rules.provinceLevel.contains(name));
            if (plausible && name.size() >= 3)
                ++votes[name];
        }
        int bestVotes = 1; // one mention is not evidence
        for (auto v = votes.cbegin(); v != votes.cend(); ++v)
            if (v.value() > bestVotes) {
                bestVotes = v.value();
                region = v.key();
            }
    }
    if (region.isEmpty())
        return;
    region = completeRegion(region, text, context);
    meta.region.detect(region);
    AdminLevel level = levelOfRegion(region);
    if (level == AdminLevel::Unknown && meta.speakerRole.isSet())
        for (const auto &[role, roleLevel] : m_rules.levelByRole)
            if (meta.speakerRole.value.endsWith(role))
                level = roleLevel;
    if (level != AdminLevel::Unknown)
        meta.level.detect(level);
}

void MetadataDetector::detectYear(const QString &text, const MetadataContext &context, ReportMetadata &meta) const
{
    if (meta.year.isSet())
        return;
    // A year in the title: "2020年呼和浩特市人民政府工作报告".
    if (meta.title.isSet()) {
        static const QRegularExpression titleYear(QStringLiteral("^\\D{0,12}?([0-9０-９]{4})年"));
        const QRegularExpressionMatch m = titleYear.match(meta.title.value);
        if (m.hasMatch() && m_rules.title.match(meta.title.value).hasMatch()
            && isPlausibleReportYear(parseNumber(m.captured(1)))) {
            meta.year.detect(parseNumber(m.captured(1)));
            return;
        }
    }
    // The review of the past year as the first part: "一、2019年工作回顾" → delivered in 2020.
    auto it = m_rules.reviewHeading.globalMatch(text.left(m_rules.limits.reviewHeadingWindow));
    if (it.hasNext()) {
        const int reviewed = parseNumber(it.next().captured(u"year"));
        if (isPlausibleReportYear(reviewed + 1)) {
            meta.year.detect(reviewed + 1);
            return;
        }
    }
    // The file name, as people name their downloads: "national-1980.txt", "2021年玉泉区报告.html".
    static const QRegularExpression fileYear(QStringLiteral("(?<!\\d)(19[4-9]\\d|20\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch m = fileYear.match(QFileInfo(context.fileName).fileName());
    if (m.hasMatch() && isPlausibleReportYear(m.captured(1).toInt()))
        meta.year.detect(m.captured(1).toInt());
}

ReportMetadata MetadataDetector::detect(const QString &cleanText, const MetadataContext &context) const
{
    ReportMetadata meta;
    QStringList head;
    for (const QStringView line : QStringView(cleanText).split(u'\n')) {
        if (head.size() >= m_rules.limits.headLines)
            break;
        head.append(line.toString());
    }

    QString place, organisation;
    detectDateline(head, meta, &place);
    detectSpeaker(head, meta, &organisation);
    detectTitle(head, cleanText, context, meta);

    QString titleRegion;
    if (meta.title.isSet()) {
        QRegularExpressionMatch m = m_rules.titleRegion.match(meta.title.value);
        if (m.hasMatch() && levelOfRegion(m.captured(u"region")) != AdminLevel::Unknown)
            titleRegion = m.captured(u"region");
        else if ((m = m_rules.regionName.match(meta.title.value)).hasMatch() && m.capturedStart() == 0)
            titleRegion = m.captured();
    }
    organisation.remove(m_rules.governmentSuffix);
    if (organisation == m_rules.nationalGovernment)
        organisation = NationalRegion.toString();
    detectRegion(cleanText, {place, titleRegion, organisation}, context, meta);
    detectYear(cleanText, context, meta);
    return meta;
}

} // namespace ReportLens
