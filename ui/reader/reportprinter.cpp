#include "reportprinter.h"

#include "readerview.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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
    // AR PL UMing first: Noto CJK draws 工 and the Kangxi radical ⼯ with one glyph, and Qt's PDF
    // writer maps a glyph back to the lowest code point it has, so text copied or searched in the
    // PDF would read ⼯作, ⼤⼒. UMing keeps them apart (Debian's fonts-arphic-uming).
    QFont font;
    font.setFamilies({QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")});
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
            notes.append(QStringLiteral("[%1] %2%3")
                             .arg(noteNumber)
                             .arg(a.note,
                                  a.tags.isEmpty() ? QString()
                                                   : QStringLiteral("（%1）").arg(a.tags.join(QStringLiteral("，")))));
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
        end.insertText(QCoreApplication::translate("ReportPrinter", "Notes"), bold);
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

bool exportPdf(const Report &report, const QList<Annotation> &annotations, const QString &path, QString *error)
{
    // Written whole or not at all: an existing file is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ReportPrinter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        const ReportMetadata &m = report.meta;
        writer.setTitle(displayTitle(m));
        writer.setCreator(QStringLiteral("ReportLens"));
        writer.setResolution(600);
        print(report, annotations, &writer);
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ReportPrinter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ReportLens::ReportPrinter
