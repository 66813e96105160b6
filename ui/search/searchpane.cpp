#include "searchpane.h"

#include "document/document.h"
#include "document/libraryreader.h"
#include "searchresultmodel.h"

#include "settings.h"

#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace ReportLens {

namespace {
// Reports whose hits are shown at once; the others open when expanded.
constexpr int ExpandedReports = 10;
} // namespace

SearchPane::SearchPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reader(new LibraryReader(document->library(), this))
    , m_query(new QLineEdit)
    , m_status(new QLabel)
    , m_results(new QTreeView)
    , m_model(new SearchResultModel(this))
    , m_delay(new QTimer(this))
    , m_order(new QComboBox)
{
    // Reports in the order a reader asks for: by year either way (the index gives the first page
    // of these without reading the rest, so they come first), or where the term is used most.
    m_order->addItem(tr("Newest first"), QStringLiteral("newest"));
    m_order->addItem(tr("Oldest first"), QStringLiteral("oldest"));
    m_order->addItem(tr("Most hits first"), QStringLiteral("hits"));
    m_order->setCurrentIndex(std::max(0, m_order->findData(Settings::searchOrder.value())));
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        Settings::searchOrder.setValue(m_order->currentData().toString());
        search();
    });
    m_query->setPlaceholderText(tr("Search all reports (就业, 高质量发展 …)"));
    m_query->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setWordWrap(true);
    m_results->setUniformRowHeights(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_order);
    layout->addLayout(statusLine);
    layout->addWidget(m_results);

    // Search as you type, but not on every keystroke of a word being typed.
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPane::search);
    connect(m_delay, &QTimer::timeout, this, &SearchPane::search);
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant start = index.data(SearchResultModel::StartRole);
        if (start.isValid())
            Q_EMIT hitActivated(index.data(SearchResultModel::ReportIdRole).toLongLong(), start.toLongLong(),
                                index.data(SearchResultModel::EndRole).toLongLong());
    });
    connect(m_results, &QTreeView::clicked, m_results, &QTreeView::activated);
}

/// What a search shows first: its first page of matching reports in the order chosen (every match
/// when the index cannot give the page alone), with the rows and hits of the first screen.
struct SearchPane::Found
{
    QList<SearchMatch> matches;
    bool counted = true; ///< matches holds every match, not only the first page
    SearchResultModel::FirstScreen first;
    QString error;
};

namespace {

SearchOrder searchOrder(const QString &name)
{
    if (name == QStringLiteral("hits"))
        return SearchOrder::MostHits;
    return name == QStringLiteral("oldest") ? SearchOrder::Oldest : SearchOrder::Newest;
}

} // namespace

void SearchPane::search()
{
    m_delay->stop();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_reader->cancel();
        showFound(query, {});
        return;
    }
    const SearchOrder order = searchOrder(m_order->currentData().toString());
    m_reader->read<Found>(
        [query, order](Library &library, const LibraryReader::Cancelled &) {
            Found found;
            const SearchIndex index(library);
            found.counted = !index.readsOnlyTheFirstPage(order);
            found.matches = index.firstMatches(
                query, order, found.counted ? std::numeric_limits<int>::max() : SearchResultModel::PageSize,
                &found.error);
            // A first page that is not full is every match.
            found.counted = found.counted || found.matches.size() < SearchResultModel::PageSize;
            // What the results show first, read here rather than on the GUI thread.
            QList<qint64> page;
            for (const SearchMatch &match : found.matches.mid(0, SearchResultModel::PageSize))
                page.append(match.reportId);
            found.first.summaries = ReportStore(library).summaries(page);
            found.first.hits = index.hitsIn(page.mid(0, ExpandedReports), query);
            return found;
        },
        [this, query, order](const Found &found) {
            showFound(query, found);
            if (!found.counted)
                count(query, order);
        });
}

void SearchPane::count(const QString &query, SearchOrder order)
{
    // Every match, for the count and the later pages; typing on cancels it with the next search.
    m_reader->read<QList<SearchMatch>>(
        [query, order](Library &library, const LibraryReader::Cancelled &) {
            // In the first page's order: an SQLite library's index gives them so, with no sort.
            return SearchIndex(library).firstMatches(query, order, std::numeric_limits<int>::max());
        },
        [this](const QList<SearchMatch> &matches) {
            m_model->setAllMatches(matches);
            showCount();
            Q_EMIT searched();
        });
}

void SearchPane::showFound(const QString &query, const Found &found)
{
    // Later pages, and the hits of reports further down, are read as the view shows them.
    m_model->setResults(&m_document->library(), query, found.matches, found.first, found.counted);
    for (int row = 0; row < std::min(ExpandedReports, m_model->rowCount()); ++row)
        m_results->expand(m_model->index(row, 0));
    if (!found.error.isEmpty())
        m_status->setText(tr("Search failed: %1").arg(found.error));
    else if (query.isEmpty())
        m_status->clear();
    else
        showCount();
    Q_EMIT firstPageShown();
    if (found.counted || !found.error.isEmpty())
        Q_EMIT searched();
}

void SearchPane::showCount()
{
    m_status->setText(m_model->isCounted()
                          ? tr("%Ln hit(s) in %1 report(s)", nullptr, int(m_model->hitCount()))
                                .arg(QLocale().toString(m_model->reportCount()))
                          : tr("The first %Ln report(s) found; counting the others…", nullptr, m_model->rowCount()));
}

} // namespace ReportLens
