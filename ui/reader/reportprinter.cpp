#include "reportprinter.h"

#include "readerview.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace ReportLens::ReportPrinter {

namespace {
void styleHeadings(QTextDocument *document, const QList<Section> &sections)
{
    for (const Section &s : sections) {
        QTextCursor cursor(document);
        cursor.setPosition(int(s.start));
        cursor.setPosition(int(s.titleEnd), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (s.kind == Section::Kind::Numbered && s.level == 1)
            format.setFontPointSize(document->defaultFont().pointSizeF() * 1.3);
        cursor.mergeCharFormat(format);
        styleHeadings(document, s.children);
    }
}
} // namespace

QTextDocument *document(const Report &report, const QList<Annotation> &annotations)
{
    auto *doc = new QTextDocument;
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(11);
    doc->setDefaultFont(font);
    doc->setPlainText(report.cleanText);
    styleHeadings(doc, report.sections);
    // Highlights become real backgrounds on paper; each note gets a superscript number.
    int noteNumber = 0;
    QStringList notes;
    QList<std::pair<qsizetype, int>> markers;
    for (const Annotation &a : annotations) {
        QTextCursor cursor(doc);
        cursor.setPosition(int(std::min<qsizetype>(a.anchor.start, report.cleanText.size())));
        cursor.setPosition(int(std::min<qsizetype>(a.anchor.end, report.cleanText.size())), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        QColor color = ReaderView::highlightColor(a.color);
        color.setAlpha(160);
        format.setBackground(color);
        cursor.mergeCharFormat(format);
        if (!a.note.isEmpty() || !a.tags.isEmpty()) {
            ++noteNumber;
            markers.append({a.anchor.end, noteNumber});
            notes.append(QStringLiteral("[%1] %2%3").arg(noteNumber).arg(a.note,
                a.tags.isEmpty() ? QString() : QStringLiteral("（%1）").arg(a.tags.join(QStringLiteral("，")))));
        }
    }
    // Insert note markers from the end so earlier positions stay valid.
    std::sort(markers.begin(), markers.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &[position, number] : markers) {
        QTextCursor cursor(doc);
        cursor.setPosition(int(std::min<qsizetype>(position, doc->characterCount() - 1)));
        QTextCharFormat superscript;
        superscript.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        cursor.insertText(QStringLiteral("[%1]").arg(number), superscript);
    }
    if (!notes.isEmpty()) {
        QTextCursor end(doc);
        end.movePosition(QTextCursor::End);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        end.insertBlock();
        end.insertText(QObject::tr("Notes"), bold);
        for (const QString &note : notes) {
            end.insertBlock();
            end.insertText(note, QTextCharFormat());
        }
    }
    return doc;
}

void print(const Report &report, const QList<Annotation> &annotations, QPagedPaintDevice *device)
{
    std::unique_ptr<QTextDocument> doc(document(report, annotations));
    doc->print(device);
}

} // namespace ReportLens::ReportPrinter
