#include "htmlreader.h"

#include "textdecoder.h"
#include "rules/cleaningrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ReportLens {

namespace {

const QSet<QString> &droppedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("noscript"), QStringLiteral("template"),
        QStringLiteral("head"),   QStringLiteral("nav"),    QStringLiteral("header"),   QStringLiteral("footer"),
        QStringLiteral("aside"),  QStringLiteral("form"),   QStringLiteral("iframe"),   QStringLiteral("frame"),
        QStringLiteral("object"), QStringLiteral("embed"),  QStringLiteral("svg"),      QStringLiteral("math"),
        QStringLiteral("select"), QStringLiteral("button"), QStringLiteral("textarea"), QStringLiteral("canvas"),
        QStringLiteral("video"),  QStringLiteral("audio"),  QStringLiteral("map")};
    return set;
}

// Elements whose content is not markup: skip to their end tag without tokenizing.
const QSet<QString> &rawTextElements()
{
    static const QSet<QString> set = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("textarea"),
                                      QStringLiteral("template"), QStringLiteral("noscript")};
    return set;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> set = {
        QStringLiteral("p"),      QStringLiteral("div"),        QStringLiteral("br"),      QStringLiteral("li"),
        QStringLiteral("ul"),     QStringLiteral("ol"),         QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),     QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("tr"),     QStringLiteral("table"),      QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"),   QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("hr"),
        QStringLiteral("dd"),     QStringLiteral("dt"),         QStringLiteral("dl"),      QStringLiteral("center"),
        QStringLiteral("td"),     QStringLiteral("th"),         QStringLiteral("body"),    QStringLiteral("title"),
        QStringLiteral("figure"), QStringLiteral("figcaption")};
    return set;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> set = {QStringLiteral("br"),    QStringLiteral("img"),    QStringLiteral("hr"),
                                      QStringLiteral("meta"),  QStringLiteral("link"),   QStringLiteral("input"),
                                      QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("col"),
                                      QStringLiteral("embed"), QStringLiteral("source"), QStringLiteral("track"),
                                      QStringLiteral("wbr"),   QStringLiteral("param")};
    return set;
}

// Whether a class or id attribute names site chrome rather than content (cleaning.json "htmlChromeClasses").
bool isChromeAttribute(const QString &attributes)
{
    static const QRegularExpression chrome = [] {
        QStringList words;
        for (const QString &word : CleaningRules::shipped().htmlChromeClasses)
            words.append(QRegularExpression::escape(word));
        return QRegularExpression(QStringLiteral("\\b(?:class|id)\\s*=\\s*[\"']?[^\"'>]*\\b(") + words.join(u'|')
                                      + QStringLiteral(")\\b"),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return chrome.match(attributes).hasMatch();
}

// How far an entity's name is looked for after &: the named entities decodeEntity knows and the
// numeric ones (&#x2014;) are shorter.
constexpr qsizetype EntityScanLength = 12;

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},         {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},          {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},        {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("ensp"), QStringLiteral("\u2002")},   {QStringLiteral("emsp"), QStringLiteral("\u2003")},
        {QStringLiteral("thinsp"), QStringLiteral("\u2009")}, {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},  {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},  {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},  {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")}, {QStringLiteral("times"), QStringLiteral("\u00D7")},
        {QStringLiteral("divide"), QStringLiteral("\u00F7")}, {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")},    {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("permil"), QStringLiteral("\u2030")}, {QStringLiteral("plusmn"), QStringLiteral("\u00B1")},
        {QStringLiteral("shy"), QStringLiteral("\u00AD")},    {QStringLiteral("zwj"), QStringLiteral("\u200D")},
        {QStringLiteral("zwnj"), QStringLiteral("\u200C")}};
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                  : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QStringLiteral("\uFFFD");
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name);
}

} // namespace

QByteArray HtmlReader::declaredCharset(const QByteArray &bytes)
{
    // The declaration must come early (HTML requires the first 1024 bytes); be generous.
    static const QRegularExpression meta(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(8192));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QString HtmlReader::extractText(const QString &html)
{
    QString out;
    bool pendingSpace = false;
    int dropDepth = 0; // > 0 while inside dropped content
    QString dropElement; // the element whose end closes the dropped content
    int preDepth = 0;
    auto breakParagraph = [&]() {
        while (!out.isEmpty() && out.back() == u' ')
            out.chop(1);
        if (!out.isEmpty() && out.back() != u'\n')
            out.append(u'\n');
        pendingSpace = false;
    };

    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.mid(i, 4) == QStringLiteral("<!--")) {
                const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
                const qsizetype end = html.indexOf(u'>', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            const bool closing = i + 1 < n && html[i + 1] == u'/';
            qsizetype nameStart = i + (closing ? 2 : 1);
            qsizetype nameEnd = nameStart;
            while (nameEnd < n && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
                ++nameEnd;
            if (nameEnd == nameStart) { // a lone '<' is text
                if (dropDepth == 0) {
                    out.append(c);
                }
                ++i;
                continue;
            }
            const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
            // Find the end of the tag, honouring quoted attribute values.
            qsizetype end = nameEnd;
            QChar quote;
            while (end < n) {
                const QChar e = html[end];
                if (!quote.isNull()) {
                    if (e == quote)
                        quote = QChar();
                } else if (e == u'"' || e == u'\'') {
                    quote = e;
                } else if (e == u'>') {
                    break;
                }
                ++end;
            }
            const QString attributes = html.mid(nameEnd, end - nameEnd);
            const bool selfClosing = attributes.endsWith(u'/');
            i = end < n ? end + 1 : n;

            if (!closing && rawTextElements().contains(name)) {
                const qsizetype close = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                i = closeEnd < 0 ? n : closeEnd + 1;
                continue;
            }
            if (dropDepth > 0) {
                if (name == dropElement && !voidElements().contains(name) && !selfClosing)
                    dropDepth += closing ? -1 : 1;
                continue;
            }
            if (!closing && !voidElements().contains(name) && !selfClosing
                && (droppedElements().contains(name) || isChromeAttribute(attributes))) {
                dropElement = name;
                dropDepth = 1;
                continue;
            }
            if (name == QStringLiteral("pre"))
                preDepth = std::max(0, preDepth + (closing ? -1 : 1));
            if (blockElements().contains(name))
                breakParagraph();
            else if (name == QStringLiteral("td") || name == QStringLiteral("th"))
                pendingSpace = true;
            continue;
        }
        if (dropDepth > 0) {
            ++i;
            continue;
        }
        QString text;
        if (c == u'&') {
            qsizetype end = i + 1;
            while (end < n && end - i < EntityScanLength && (html[end].isLetterOrNumber() || html[end] == u'#'))
                ++end;
            const QString decoded =
                end < n && html[end] == u';' ? decodeEntity(html.mid(i + 1, end - i - 1)) : QString();
            if (!decoded.isEmpty()) {
                text = decoded;
                i = end + 1;
            } else {
                text = c;
                ++i;
            }
        } else {
            text = c;
            ++i;
        }
        for (QChar t : text) {
            if (preDepth == 0 && (t == u'\n' || t == u'\r' || t == u'\t' || t == u' ')) {
                pendingSpace = !out.isEmpty() && out.back() != u'\n';
                continue;
            }
            if (preDepth > 0 && t == u'\n') {
                breakParagraph();
                continue;
            }
            if (pendingSpace)
                out.append(u' ');
            pendingSpace = false;
            out.append(t);
        }
    }
    breakParagraph();
    return out;
}

DecodeResult HtmlReader::read(const QByteArray &bytes)
{
    DecodeResult result = TextDecoder::decode(bytes, declaredCharset(bytes));
    if (!result.ok())
        return result;
    result.decoded.text = extractText(result.decoded.text);
    if (result.decoded.text.trimmed().isEmpty())
        return DecodeResult::failure(QStringLiteral("the web page has no text"));
    return result;
}

} // namespace ReportLens
