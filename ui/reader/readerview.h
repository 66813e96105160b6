#pragma once

#include "compare/textdiff.h"
#include "model/annotation.h"
#include "model/report.h"

#include <QHash>
#include <QTextEdit>

namespace ReportLens {

/// A report's clean text laid out for reading: headings by level, spaced paragraphs, a CJK font,
/// page markers for PDFs, highlights in five colours, glossary terms and extracted figures marked
/// with their explanation on hover. The text itself is never altered, so document positions are
/// the clean-text offsets stored everywhere else.
class ReaderView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    void setAnnotations(const QList<Annotation> &annotations);
    /// The report's figures, marked in the text; @p names: the catalog's name of each indicator id.
    void setIndicators(const QList<Indicator> &indicators, const QHash<QString, QString> &names = {});
    void clearReport();
    qint64 reportId() const { return m_report.id; }
    const Report &report() const { return m_report; }

    /// Scrolls so that @p position is at the top; @p length > 0 also selects that span.
    void scrollToPosition(qsizetype position, qsizetype length = 0);
    /// The clean-text offset at the top of the view.
    qsizetype topPosition() const;
    /// What the viewport shows: how far into the text its bottom is, and the figures and
    /// annotations that start in it.
    struct InView
    {
        int percent = 0;
        int figures = 0;
        int annotations = 0;
    };
    InView inView() const;

    /// Marks every occurrence of @p text (case-insensitive); returns how many there are.
    int setFindText(const QString &text);
    /// Moves to the next (or previous) occurrence after the cursor; false when there is none.
    bool findNext(bool backwards = false);
    /// The match the cursor is on (0-based, in text order); -1 when it is on none.
    int currentFindMatch() const;

    void zoomBy(int steps);
    /// Takes the reading font and size from the preferences.
    void applyReadingFont();
    /// Marks what changed against another report (TextDiff ranges of this text) in @p color; an
    /// empty list clears the marks. Another report shown clears them too.
    void setChangeMarks(const QList<TextDiff::Range> &marks, const QColor &color);
    QList<TextDiff::Range> changeMarks() const { return m_changeMarks; }
    /// Selects the next (or previous) change after the cursor, or after the reading position when
    /// the cursor is out of view; false when there is none.
    bool goToChange(bool backwards);
    int zoomSteps() const { return m_zoomSteps; }

    /// The five highlight colours (light enough for text on top, in light and dark palettes).
    static QColor highlightColor(int index);

Q_SIGNALS:
    /// The user asked to highlight the selection (keys 1–5) in colour @p color.
    void highlightRequested(qsizetype start, qsizetype end, int color);
    /// The text in view changed (scrolling, resizing); @p position is the offset at the top.
    void topPositionChanged(qsizetype position);
    /// An annotation was clicked.
    void annotationActivated(qint64 annotationId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void layoutHeadings(QTextDocument *text, const QList<Section> &sections);
    /// Lays the text out again in the reading font at the zoomed size, keeping the reading position.
    void relayout();
    void refreshSelections();
    QString toolTipAt(qsizetype position) const;
    QTextCursor cursorFor(qsizetype start, qsizetype end) const;
    static QTextCursor cursorFor(QTextDocument *text, qsizetype start, qsizetype end);

    Report m_report;
    QList<Annotation> m_annotations;
    QList<Indicator> m_indicators;
    qsizetype m_pendingTop = -1; ///< A position to scroll to once the view is shown.
    QList<TextDiff::Range> m_changeMarks;
    QColor m_changeColor;
    QHash<QString, QString> m_indicatorNames;
    QList<std::pair<qsizetype, qsizetype>> m_glossaryRanges; ///< term occurrences, index into glossary
    QList<qsizetype> m_glossaryIndex;
    QString m_findText;
    QList<qsizetype> m_findMatches;
    int m_zoomSteps = 0;
    qreal m_basePointSize = 13;
};

} // namespace ReportLens
