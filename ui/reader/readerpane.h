#pragma once

#include "model/report.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace ReportLens {

class FindBar;
class Document;
class OutlineModel;
class ReaderView;

/// One report being read: its outline and its text, kept in step. The main window docks the
/// outline; side-by-side panes embed it above the text (hidden on request) under a one-line header
/// naming the report and the section in view.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    enum class OutlinePlacement { Embedded, Separate };

    ReaderPane(Document *document, OutlinePlacement placement, QWidget *parent = nullptr);
    ~ReaderPane() override;

    /// Shows report @p id at its remembered reading position; false if it does not exist.
    /// Shows report @p id; Again: it was read again, the reading position stays.
    enum class Reopen { Fresh, Again };
    bool openReport(qint64 id, Reopen reopen = Reopen::Fresh);
    qint64 reportId() const;
    /// Shows nothing (the report was deleted): text, outline and header cleared.
    void clearReport();
    const Report &report() const;

    ReaderView *reader() const { return m_reader; }
    QTreeView *outlineView() const { return m_outlineView; }
    OutlineModel *outlineModel() const { return m_outlineModel; }
    FindBar *findBar() const { return m_findBar; }

    /// Depth-first sections of the open report (the order SectionAligner uses).
    QList<Section> flatSections() const { return m_flatSections; }
    /// Scrolls to section @p flatIndex and selects it in the outline, without emitting sectionChosen.
    void showSection(qsizetype flatIndex);
    /// Scrolls to a clean-text range and selects it (a search hit, an annotation, a figure).
    void showRange(qsizetype start, qsizetype end);

    /// The title of the section at the reading position (the outline's one current section).
    QString currentSectionTitle() const;
    /// Shows or hides the embedded outline (a separate outline is the main window's dock).
    void setOutlineVisible(bool visible);

    /// Highlights the reader's selection in @p color (undoable); false without a selection.
    bool highlightSelection(int color);

Q_SIGNALS:
    /// The user chose a section in the outline (depth-first index).
    void sectionChosen(qsizetype flatIndex);
    /// The text in view changed (scrolling, another report).
    void readingPositionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeader();
    void reloadAnnotations();
    void followScrolling(qsizetype top);
    void rememberPosition();

    Document *m_document;
    OutlineModel *m_outlineModel;
    QTreeView *m_outlineView;
    ReaderView *m_reader;
    FindBar *m_findBar;
    OutlinePlacement m_placement;
    QLabel *m_header = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<Section> m_flatSections;
};

} // namespace ReportLens
