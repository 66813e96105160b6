#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace ReportLens {

class AnnotationFilterProxy;
class AnnotationModel;
class Document;
class LibraryReader;
struct AnnotationExportItem;

/// All annotations of the library or of the current report, filtered by colour, tag and text;
/// double-click jumps to the passage; export to Markdown, CSV or W3C Web Annotation JSON.
class AnnotationBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationBrowser(Document *document, QWidget *parent = nullptr);

    /// The report "current report only" refers to.
    void setCurrentReport(qint64 reportId);
    /// Reads the annotations again on a worker; loaded() when they are shown.
    void reload();

    QTableView *view() const { return m_view; }
    AnnotationModel *model() const { return m_model; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }

    /// The annotation ids selected (all visible rows when @p allIfNone and nothing is selected).
    QList<qint64> selectedIds(bool allIfNone) const;

public Q_SLOTS:
    void exportAnnotations();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void annotationActivated(qint64 reportId, qsizetype start, qsizetype end);
    /// The latest reload() is shown.
    void loaded();

private:
    void applyScope();
    void showLoaded(const QList<AnnotationExportItem> &items, const QStringList &tags);

    Document *m_document;
    LibraryReader *m_reader;
    AnnotationModel *m_model;
    AnnotationFilterProxy *m_proxy;
    QComboBox *m_scope;
    QComboBox *m_color;
    QComboBox *m_tag;
    QComboBox *m_author;
    QLineEdit *m_text;
    QCheckBox *m_needsReview;
    QTableView *m_view;
    qint64 m_currentReport = 0;
};

} // namespace ReportLens
