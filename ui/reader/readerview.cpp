#include "readerview.h"

#include "extract/figuretext.h"
#include "indicators/indicatormodel.h"
#include "settings.h"
#include "util/scriptfolding.h"

#include <QHelpEvent>
#include <cmath>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace ReportLens {

ReaderView::ReaderView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    QFont font(Settings::readingFont.value());
    font.setStyleHint(QFont::Serif);
    m_basePointSize = Settings::readingPointSize.value();
    font.setPointSizeF(m_basePointSize);
    document()->setDefaultFont(font);
    document()->setDocumentMargin(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { Q_EMIT topPositionChanged(topPosition()); });
}

QColor ReaderView::highlightColor(int index)
{
    // Yellow, green, blue, pink, orange — translucent so they work on dark palettes too.
    static const QList<QColor> colors = {QColor(255, 221, 0, 110), QColor(0, 200, 83, 90), QColor(41, 121, 255, 80),
                                         QColor(255, 64, 129, 80), QColor(255, 145, 0, 100)};
    return colors[std::clamp(index, 0, int(colors.size()) - 1)];
}

void ReaderView::clearReport()
{
    m_report = Report();
    m_annotations.clear();
    m_indicators.clear();
    m_glossaryRanges.clear();
    m_glossaryIndex.clear();
    m_findMatches.clear();
    clear();
}

void ReaderView::setReport(const Report &report)
{
    m_report = report;
    m_findMatches.clear();
    m_changeMarks.clear();
    m_pendingTop = -1;
    // The text and its formats go into a document no view shows yet, so it is laid out once,
    // when it is shown, instead of again after every heading's format (half the time to open).
    auto *text = new QTextDocument(this);
    text->setUndoRedoEnabled(false);
    text->setDefaultFont(document()->defaultFont());
    text->setDocumentMargin(document()->documentMargin());
    text->setPlainText(report.cleanText);
    // Paragraph spacing and line height for comfortable reading of long Chinese paragraphs.
    QTextCursor all(text);
    all.select(QTextCursor::Document);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(8);
    paragraph.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(paragraph);
    layoutHeadings(text, report.sections);
    setDocument(text); // the previous document was this view's child: deleted

    // Glossary terms wherever they occur before the glossary itself.
    m_glossaryRanges.clear();
    m_glossaryIndex.clear();
    const qsizetype glossaryStart = report.glossary.isEmpty() ? report.cleanText.size() : report.glossary.first().start;
    for (qsizetype g = 0; g < report.glossary.size(); ++g) {
        const QString &term = report.glossary[g].term;
        if (term.size() < 2)
            continue;
        for (qsizetype at = report.cleanText.indexOf(term); at >= 0 && at < glossaryStart;
             at = report.cleanText.indexOf(term, at + term.size())) {
            m_glossaryRanges.append({at, at + term.size()});
            m_glossaryIndex.append(g);
        }
    }
    refreshSelections();
    verticalScrollBar()->setValue(0);
}

void ReaderView::layoutHeadings(QTextDocument *text, const QList<Section> &sections)
{
    const qreal base = text->defaultFont().pointSizeF();
    for (const Section &s : sections) {
        QTextCursor cursor = cursorFor(text, s.start, s.titleEnd);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        const bool heading = s.kind == Section::Kind::Numbered || s.kind == Section::Kind::Glossary
            || s.kind == Section::Kind::SubHeading;
        if (heading) {
            format.setFontPointSize(base * (s.level == 1 ? 1.35 : s.level == 2 ? 1.15 : 1.0));
            format.setFontFamilies({QStringLiteral("Noto Sans CJK SC")});
            QTextBlockFormat block;
            block.setTopMargin(s.level == 1 ? 18 : 10);
            cursor.mergeBlockFormat(block);
        }
        cursor.mergeCharFormat(format);
        layoutHeadings(text, s.children);
    }
}

QTextCursor ReaderView::cursorFor(qsizetype start, qsizetype end) const
{
    return cursorFor(document(), start, end);
}

QTextCursor ReaderView::cursorFor(QTextDocument *text, qsizetype start, qsizetype end)
{
    QTextCursor cursor(text);
    const int last = text->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qsizetype>(start, 0, last)));
    cursor.setPosition(int(std::clamp<qsizetype>(end, 0, last)), QTextCursor::KeepAnchor);
    return cursor;
}

void ReaderView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    refreshSelections();
}

void ReaderView::setIndicators(const QList<Indicator> &indicators, const QHash<QString, QString> &names)
{
    m_indicators = indicators;
    m_indicatorNames = names;
    refreshSelections();
}

void ReaderView::refreshSelections()
{
    // Extra selections draw over the text without changing it: marks, highlights, find matches.
    QList<QTextEdit::ExtraSelection> selections;
    // What changed against another report, under everything else.
    for (const TextDiff::Range &r : std::as_const(m_changeMarks)) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(r.start, r.end);
        s.format.setBackground(m_changeColor);
        selections.append(s);
    }
    const QColor accent = palette().color(QPalette::Highlight);
    for (const auto &[start, end] : m_glossaryRanges) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(start, end);
        s.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        s.format.setUnderlineColor(accent);
        selections.append(s);
    }
    for (const Indicator &i : m_indicators) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(i.numberStart, i.numberEnd);
        s.format.setUnderlineStyle(QTextCharFormat::DotLine);
        s.format.setUnderlineColor(QColor(0, 150, 136));
        selections.append(s);
    }
    for (const Annotation &a : m_annotations) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(a.anchor.start, a.anchor.end);
        s.format.setBackground(highlightColor(a.color));
        if (a.status == Annotation::Status::NeedsReview) {
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(Qt::red);
        }
        selections.append(s);
    }
    for (qsizetype at : m_findMatches) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(at, at + m_findText.size());
        s.format.setBackground(QColor(255, 150, 0, 150));
        selections.append(s);
    }
    setExtraSelections(selections);
}

void ReaderView::setChangeMarks(const QList<TextDiff::Range> &marks, const QColor &color)
{
    m_changeMarks = marks;
    m_changeColor = color;
    refreshSelections();
}

bool ReaderView::goToChange(bool backwards)
{
    if (m_changeMarks.isEmpty())
        return false;
    // From the cursor when it is in view, else from the reading position.
    const qsizetype top = topPosition();
    const qsizetype cursor = textCursor().selectionStart();
    const qsizetype from = cursorRect().intersects(viewport()->rect()) ? cursor : top;
    const TextDiff::Range *target = nullptr;
    if (backwards) {
        for (auto it = m_changeMarks.crbegin(); it != m_changeMarks.crend() && !target; ++it)
            if (it->start < from)
                target = &*it;
    } else {
        for (const TextDiff::Range &r : std::as_const(m_changeMarks))
            if (r.start > from) {
                target = &r;
                break;
            }
    }
    if (!target)
        return false;
    scrollToPosition(target->start, target->end - target->start);
    return true;
}

void ReaderView::scrollToPosition(qsizetype position, qsizetype length)
{
    QTextCursor cursor = cursorFor(position, position + length);
    setTextCursor(cursor);
    // Before the view is shown its width (so the layout) is not final: scroll when it is shown.
    if (!isVisible()) {
        m_pendingTop = position;
        return;
    }
    m_pendingTop = -1;
    // Put the position at the top of the view, not merely somewhere visible.
    QTextCursor start = cursorFor(position, position);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(start).top() - 8);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    // Another width lays the text out again: what is in view changed without scrolling.
    Q_EMIT topPositionChanged(topPosition());
}

void ReaderView::showEvent(QShowEvent *event)
{
    QTextEdit::showEvent(event);
    // After the window's layout has settled this view's width.
    QTimer::singleShot(0, this, [this] {
        if (m_pendingTop >= 0)
            scrollToPosition(m_pendingTop, textCursor().selectionEnd() - textCursor().selectionStart());
    });
}

qsizetype ReaderView::topPosition() const
{
    return cursorForPosition(QPoint(4, 4)).position();
}

ReaderView::InView ReaderView::inView() const
{
    InView shown;
    const qsizetype top = topPosition();
    const qsizetype bottom = cursorForPosition(QPoint(viewport()->width() - 4, viewport()->height() - 4)).position();
    shown.percent = m_report.cleanText.isEmpty() ? 0 : int(100 * bottom / m_report.cleanText.size());
    const auto within = [&](qsizetype at) { return top <= at && at <= bottom; };
    shown.figures = int(std::count_if(m_indicators.cbegin(), m_indicators.cend(),
                                      [&](const Indicator &i) { return within(i.numberStart); }));
    shown.annotations = int(std::count_if(m_annotations.cbegin(), m_annotations.cend(),
                                          [&](const Annotation &a) { return within(a.anchor.start); }));
    return shown;
}

int ReaderView::setFindText(const QString &text)
{
    m_findText = text;
    m_findMatches.clear();
    // Found in either script, as search finds it: the folding keeps every offset.
    const QString folded = ScriptFolding::fold(text);
    const QString foldedText = ScriptFolding::fold(m_report.cleanText);
    if (!text.isEmpty())
        for (qsizetype at = foldedText.indexOf(folded, 0, Qt::CaseInsensitive); at >= 0;
             at = foldedText.indexOf(folded, at + folded.size(), Qt::CaseInsensitive))
            m_findMatches.append(at);
    refreshSelections();
    return int(m_findMatches.size());
}

int ReaderView::currentFindMatch() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.selectionEnd() - cursor.selectionStart() != m_findText.size())
        return -1;
    const auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), qsizetype(cursor.selectionStart()));
    return it != m_findMatches.cend() && *it == cursor.selectionStart() ? int(it - m_findMatches.cbegin()) : -1;
}

bool ReaderView::findNext(bool backwards)
{
    if (m_findMatches.isEmpty())
        return false;
    const qsizetype from = textCursor().selectionStart();
    qsizetype target = -1;
    if (backwards) {
        for (auto it = m_findMatches.crbegin(); it != m_findMatches.crend(); ++it)
            if (*it < from) {
                target = *it;
                break;
            }
        if (target < 0)
            target = m_findMatches.last(); // wrap around
    } else {
        const qsizetype after = textCursor().hasSelection() ? from + 1 : from;
        for (qsizetype at : m_findMatches)
            if (at >= after) {
                target = at;
                break;
            }
        if (target < 0)
            target = m_findMatches.first();
    }
    QTextCursor cursor = cursorFor(target, target + m_findText.size());
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void ReaderView::zoomBy(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -6, 12);
    relayout();
}

void ReaderView::applyReadingFont()
{
    m_basePointSize = Settings::readingPointSize.value();
    relayout();
}

void ReaderView::relayout()
{
    QFont font = document()->defaultFont();
    font.setFamily(Settings::readingFont.value());
    font.setPointSizeF(m_basePointSize * std::pow(1.1, m_zoomSteps));
    const qsizetype top = topPosition();
    document()->setDefaultFont(font);
    if (m_report.id != 0) {
        // Heading sizes are relative to the default font: lay them out again.
        setReport(Report(m_report));
        scrollToPosition(top);
    }
}

QString ReaderView::toolTipAt(qsizetype position) const
{
    QStringList parts;
    for (const Annotation &a : m_annotations)
        if (a.anchor.start <= position && position < a.anchor.end) {
            QString text = a.note.isEmpty() ? tr("Highlight") : a.note.toHtmlEscaped();
            if (!a.tags.isEmpty())
                text += QStringLiteral("<br/><i>%1</i>").arg(a.tags.join(QStringLiteral(" · ")).toHtmlEscaped());
            if (a.status == Annotation::Status::NeedsReview)
                text += QStringLiteral("<br/><b>%1</b>").arg(tr("Needs review: the text changed here"));
            parts.append(text);
        }
    for (const Indicator &i : m_indicators)
        if (i.numberStart <= position && position < i.numberEnd) {
            // What the figure was read as, and how sure the extractor is of it.
            const QString kind = i.estimated
                ? IndicatorModel::tr("%1 (estimated)").arg(IndicatorModel::kindText(i.kind))
                : IndicatorModel::kindText(i.kind);
            parts.append(tr("<b>%1</b> %2 %3<br/>%4, %5")
                             .arg(m_indicatorNames.value(i.indicatorId, i.indicatorId),
                                  IndicatorModel::metricText(i.metric), FigureText::value(i), FigureText::period(i),
                                  kind)
                         + QStringLiteral("<br/><i>%1</i>")
                               .arg(IndicatorModel::confidenceNote(i.confidence, i.rule).toHtmlEscaped()));
        }
    for (qsizetype g = 0; g < m_glossaryRanges.size(); ++g)
        if (m_glossaryRanges[g].first <= position && position < m_glossaryRanges[g].second) {
            const GlossaryEntry &entry = m_report.glossary[m_glossaryIndex[g]];
            parts.append(
                QStringLiteral("<b>%1</b>：%2").arg(entry.term.toHtmlEscaped(), entry.definition.toHtmlEscaped()));
        }
    return parts.join(QStringLiteral("<hr/>"));
}

bool ReaderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QTextEdit::event(event);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // Keys 1–5 highlight the selection in one of the five colours.
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && event->modifiers() == Qt::NoModifier && textCursor().hasSelection()) {
        Q_EMIT highlightRequested(textCursor().selectionStart(), textCursor().selectionEnd(), key - Qt::Key_1);
        return;
    }
    // Ctrl+Home / Ctrl+End go to the very start or end even when the cursor is elsewhere than
    // the text in view (after scrolling, the cursor stays where it was put last).
    const bool toStart = event->matches(QKeySequence::MoveToStartOfDocument);
    if (toStart || event->matches(QKeySequence::MoveToEndOfDocument)) {
        QTextCursor cursor = textCursor();
        cursor.movePosition(toStart ? QTextCursor::Start : QTextCursor::End);
        setTextCursor(cursor);
        verticalScrollBar()->setValue(toStart ? verticalScrollBar()->minimum() : verticalScrollBar()->maximum());
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection())
        return;
    const qsizetype position = textCursor().position();
    for (const Annotation &a : m_annotations)
        if (a.anchor.start <= position && position < a.anchor.end) {
            Q_EMIT annotationActivated(a.id);
            return;
        }
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_report.pageStarts.size() < 2)
        return;
    // Page markers in the right margin, where each PDF page begins.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    for (qsizetype page = 0; page < m_report.pageStarts.size(); ++page) {
        const QRect rect = cursorRect(cursorFor(m_report.pageStarts[page], m_report.pageStarts[page]));
        if (rect.bottom() < 0 || rect.top() > viewport()->height())
            continue;
        const QString label = tr("p. %1").arg(page + 1);
        painter.drawLine(QPoint(viewport()->width() - 8, rect.top()), QPoint(viewport()->width() - 40, rect.top()));
        painter.drawText(QRect(viewport()->width() - 60, rect.top(), 56, rect.height()), Qt::AlignRight | Qt::AlignTop,
                         label);
    }
}

} // namespace ReportLens
