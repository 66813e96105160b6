#include "schema.h"

namespace ReportLens::Schema {

const QList<QStringList> &migrations(Engine engine)
{
    return engine == Engine::PostgreSQL ? postgresqlMigrations() : sqliteMigrations();
}

const QList<QStringList> &sqliteMigrations()
{
    // Format 10's triggers take a text out of both search indexes, unless it is still queued
    // (then it is not in them yet).
    static const QString unindexOldText = QStringLiteral(R"(
        INSERT INTO search_index (search_index, rowid, clean_text)
            SELECT 'delete', old.search_key, reportlens_decompress_text(old.clean_zstd)
            WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE search_key = old.search_key);
        INSERT INTO search_characters (search_characters, rowid, clean_text)
            SELECT 'delete', old.search_key, reportlens_decompress_text(old.clean_zstd)
            WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE search_key = old.search_key);
        DELETE FROM search_queue WHERE search_key = old.search_key;)");
    // Format 11's triggers take a report's listed fields out of the library pane's index...
    static const QString unlistOldReport = QStringLiteral(R"(
        INSERT INTO report_listing (report_listing, rowid, region, title, year, meeting_date, speaker, speaker_role)
            VALUES ('delete', old.id, old.region, old.title, old.year, old.meeting_date, old.speaker,
                    old.speaker_role);)");
    // ... and put them in again.
    static const QString listNewReport = QStringLiteral(R"(
        INSERT INTO report_listing (rowid, region, title, year, meeting_date, speaker, speaker_role)
            VALUES (new.id, new.region, new.title, new.year, new.meeting_date, new.speaker, new.speaker_role);)");
    static const QList<QStringList> list = {
        // 0 → 1: reports, outline, glossary, search, annotations, indicators.
        {
            QStringLiteral(R"(CREATE TABLE reports (
                id INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                source_path TEXT NOT NULL,
                source_format TEXT NOT NULL,
                encoding TEXT NOT NULL,
                original_text TEXT NOT NULL,
                clean_text TEXT NOT NULL,
                page_starts TEXT NOT NULL DEFAULT '',
                removed_ranges TEXT NOT NULL DEFAULT '[]',
                title TEXT, title_source TEXT NOT NULL DEFAULT 'none',
                region TEXT, region_source TEXT NOT NULL DEFAULT 'none',
                level TEXT, level_source TEXT NOT NULL DEFAULT 'none',
                year INTEGER, year_source TEXT NOT NULL DEFAULT 'none',
                meeting_date TEXT, meeting_date_source TEXT NOT NULL DEFAULT 'none',
                session TEXT, session_source TEXT NOT NULL DEFAULT 'none',
                speaker TEXT, speaker_source TEXT NOT NULL DEFAULT 'none',
                speaker_role TEXT, speaker_role_source TEXT NOT NULL DEFAULT 'none',
                char_count INTEGER NOT NULL,
                imported_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX reports_region_year ON reports(region, year)"),
            QStringLiteral(R"(CREATE TABLE sections (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                level INTEGER NOT NULL,
                kind TEXT NOT NULL,
                label TEXT NOT NULL,
                title TEXT NOT NULL,
                start INTEGER NOT NULL,
                title_end INTEGER NOT NULL,
                end INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX sections_report ON sections(report_id, ordinal)"),
            QStringLiteral("CREATE INDEX sections_parent ON sections(parent_id)"),
            QStringLiteral(R"(CREATE TABLE glossary (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                term TEXT NOT NULL,
                definition TEXT NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX glossary_report ON glossary(report_id, ordinal)"),
            // One row per paragraph; its id is the rowid of its full-text entry.
            QStringLiteral(R"(CREATE TABLE paragraphs (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX paragraphs_report ON paragraphs(report_id)"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize='reportlens_cjk', detail='full')"),
            QStringLiteral(R"(CREATE TRIGGER paragraphs_unindex AFTER DELETE ON paragraphs BEGIN
                DELETE FROM search_index WHERE rowid = old.id;
            END)"),
            QStringLiteral(R"(CREATE TABLE annotations (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                quote TEXT NOT NULL,
                prefix TEXT NOT NULL,
                suffix TEXT NOT NULL,
                color INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'needs_review')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX annotations_report ON annotations(report_id, start)"),
            QStringLiteral(R"(CREATE TABLE annotation_tags (
                annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                tag TEXT NOT NULL,
                PRIMARY KEY (annotation_id, tag)))"),
            QStringLiteral(R"(CREATE TABLE indicator_catalog (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                metrics TEXT NOT NULL,
                unit TEXT NOT NULL,
                user_defined INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TABLE indicator_aliases (
                indicator_id TEXT NOT NULL REFERENCES indicator_catalog(id) ON DELETE CASCADE,
                alias TEXT NOT NULL,
                metric TEXT,
                PRIMARY KEY (indicator_id, alias)))"),
            QStringLiteral(R"(CREATE TABLE indicators (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                indicator_id TEXT NOT NULL,
                metric TEXT NOT NULL CHECK (metric IN ('level', 'growth', 'rate')),
                kind TEXT NOT NULL CHECK (kind IN ('actual', 'target', 'plan')),
                period_start INTEGER,
                period_end INTEGER,
                value REAL,
                value_high REAL,
                value_in_catalog_unit REAL,
                unit TEXT NOT NULL DEFAULT '',
                qualifier TEXT NOT NULL DEFAULT '',
                number_start INTEGER NOT NULL,
                number_end INTEGER NOT NULL,
                sentence_start INTEGER NOT NULL,
                sentence_end INTEGER NOT NULL,
                section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
                user_edited INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX indicators_report ON indicators(report_id)"),
            QStringLiteral("CREATE INDEX indicators_series ON indicators(indicator_id, metric, period_start)"),
        },
        // 1 → 2: phrases naming several indicators at once (城乡常住居民人均可支配收入分别…).
        {
            QStringLiteral(R"(CREATE TABLE indicator_distributions (
                alias TEXT PRIMARY KEY,
                indicator_ids TEXT NOT NULL))"),
            QStringLiteral("ALTER TABLE indicator_catalog ADD COLUMN level_over_span TEXT NOT NULL DEFAULT 'end'"),
        },
        // 2 → 3, for libraries of thousands of reports: the texts move out of the reports row
        // (listing reports no longer reads through them), each figure keeps its sentence, and the
        // full-text index has one row per report over report_texts.clean_text (external content:
        // no third copy of the text) with one token per character instead of two.
        {
            QStringLiteral(R"(CREATE TABLE report_texts (
                report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
                original_text TEXT NOT NULL,
                clean_text TEXT NOT NULL,
                page_starts TEXT NOT NULL DEFAULT '',
                removed_ranges TEXT NOT NULL DEFAULT '[]'))"),
            QStringLiteral("INSERT INTO report_texts SELECT id, original_text, clean_text, page_starts, removed_ranges "
                           "FROM reports"),
            QStringLiteral("ALTER TABLE indicators ADD COLUMN sentence TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE indicators SET sentence = (SELECT substr(t.clean_text, indicators.sentence_start + 1, "
                "indicators.sentence_end - indicators.sentence_start) FROM report_texts t "
                "WHERE t.report_id = indicators.report_id)"),
            QStringLiteral("DROP TRIGGER paragraphs_unindex"),
            QStringLiteral("DROP TABLE search_index"),
            QStringLiteral("DROP TABLE paragraphs"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN original_text"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN clean_text"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN page_starts"),
            QStringLiteral("ALTER TABLE reports DROP COLUMN removed_ranges"),
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(clean_text, content='report_texts', "
                           "content_rowid='report_id', tokenize='reportlens_cjk', detail='full')"),
            QStringLiteral(R"(CREATE TRIGGER report_texts_index AFTER INSERT ON report_texts BEGIN
                INSERT INTO search_index (rowid, clean_text) VALUES (new.report_id, new.clean_text);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER report_texts_unindex AFTER DELETE ON report_texts BEGIN
                INSERT INTO search_index (search_index, rowid, clean_text) VALUES ('delete', old.report_id, old.clean_text);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER report_texts_reindex AFTER UPDATE OF clean_text ON report_texts BEGIN
                INSERT INTO search_index (search_index, rowid, clean_text) VALUES ('delete', old.report_id, old.clean_text);
                INSERT INTO search_index (rowid, clean_text) VALUES (new.report_id, new.clean_text);
            END)"),
            QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        },
        // 3 → 4: a one-character query no longer merges the postings of every bigram that starts
        // with it (党 begins hundreds): FTS5 keeps an index of one-character prefixes. It costs
        // about a tenth more insert time, which merging segments eight at a time instead of four
        // gives back (measured in bench/: docs/PERFORMANCE.md).
        {
            QStringLiteral("DROP TABLE search_index"),
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(clean_text, content='report_texts', "
                           "content_rowid='report_id', tokenize='reportlens_cjk', detail='full', prefix='1')"),
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8)"),
            QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        },
        // 4 → 5: what the import repaired in a file (lines rejoined, page furniture dropped, a
        // format converted) and the script the text is written in are kept with the text. The
        // tokenizer folds Traditional characters to Simplified (ScriptFolding), so that a query in
        // either script finds both; the index is rebuilt with it from the stored texts (minutes at
        // 10,000 reports: the upgrade notice says so; the backup is made first).
        {
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN repairs TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN script TEXT NOT NULL DEFAULT 'simplified'"),
            QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        },
        // 5 → 6: each figure says how sure the extractor is (confidence 0 low, 1 medium, 2 high, and
        // the rule that dated it), whether it is an estimate (预计), and whether the user marked it
        // wrong (kept, so that re-extraction does not bring it back). library_settings remembers
        // which rules read the stored figures: a library read with older ones is offered re-extraction.
        {
            QStringLiteral("ALTER TABLE indicators ADD COLUMN confidence INTEGER NOT NULL DEFAULT 2"),
            QStringLiteral("ALTER TABLE indicators ADD COLUMN rule TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE indicators ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE indicators ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 6 → 7: annotations as a team library keeps them, so that a personal library can be
        // pushed to one and pulled back: a UUID made where the annotation was made (pushing twice
        // adds nothing), its author, whether the team sees it, whether an administrator hid it,
        // and a revision that every change raises (a change based on an older one is refused).
        {
            QStringLiteral("ALTER TABLE annotations ADD COLUMN uuid TEXT"),
            QStringLiteral("UPDATE annotations SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || "
                           "'-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) "
                           "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"),
            QStringLiteral("CREATE UNIQUE INDEX annotations_uuid ON annotations(uuid)"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private' "
                           "CHECK (visibility IN ('private', 'team'))"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN rev INTEGER NOT NULL DEFAULT 1"),
        },
        // 7 → 8: a report's decoded original, which the reader never shows, is kept compressed
        // (zstd, Compression::compressText, through the SQL function Library registers): it was
        // half of the texts' size, and the library file 3.7 times its input at 100,000 reports.
        {
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN original_zstd BLOB NOT NULL DEFAULT x''"),
            QStringLiteral("UPDATE report_texts SET original_zstd = reportlens_compress_text(original_text)"),
            QStringLiteral("ALTER TABLE report_texts DROP COLUMN original_text"),
        },
        // 8 → 9: the original is kept as what differs from the clean text (zstd with the clean text
        // as prefix): mostly the same text, it then costs a fiftieth of the clean text instead of
        // two fifths.
        {
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN original_delta BLOB NOT NULL DEFAULT x''"),
            QStringLiteral("UPDATE report_texts SET original_delta = "
                           "reportlens_compress_text(reportlens_decompress_text(original_zstd), clean_text)"),
            QStringLiteral("ALTER TABLE report_texts DROP COLUMN original_zstd"),
        },
        // 9 → 10, for libraries of 100,000 reports (docs/PERFORMANCE.md has the measurements):
        // - the clean text is kept compressed (zstd), the original still as its difference from
        //   it; the view report_clean_texts reads it as text;
        // - the search index is ordered by a search key, the report's year above its id (unknown
        //   years 0), so that the newest matching reports come first from the index without
        //   reading the others; a change of year moves the report's entries;
        // - the one-character prefix index is gone (a third of the index), and one-character
        //   queries read the index of characters (search_characters: which reports hold each
        //   character and how often, Fts5Extensions).
        {
            QStringLiteral("DROP TRIGGER report_texts_index"),
            QStringLiteral("DROP TRIGGER report_texts_unindex"),
            QStringLiteral("DROP TRIGGER report_texts_reindex"),
            QStringLiteral("DROP TABLE search_index"),
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN clean_zstd BLOB NOT NULL DEFAULT x''"),
            QStringLiteral("ALTER TABLE report_texts ADD COLUMN search_key INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE report_texts SET clean_zstd = reportlens_compress_text(clean_text), "
                           "search_key = (ifnull((SELECT year FROM reports WHERE id = report_id), 0) << 32) "
                           "| report_id"),
            QStringLiteral("ALTER TABLE report_texts DROP COLUMN clean_text"),
            QStringLiteral("CREATE VIEW report_clean_texts AS SELECT report_id, search_key, "
                           "reportlens_decompress_text(clean_zstd) AS clean_text FROM report_texts"),
            QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(clean_text, content='report_clean_texts', "
                           "content_rowid='search_key', tokenize='reportlens_cjk', detail='full')"),
            QStringLiteral("CREATE VIRTUAL TABLE search_characters USING fts5(clean_text, "
                           "content='report_clean_texts', content_rowid='search_key', "
                           "tokenize='reportlens_counts', detail='full')"),
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8)"),
            QStringLiteral("CREATE INDEX report_texts_search_key ON report_texts(search_key)"),
            // FTS5 writes what it holds as a new segment whenever a row comes with a lower rowid
            // than the one before: texts stored in any order of years would make a segment each.
            // So the triggers queue texts to index, and every commit indexes the queue in key
            // order (Library::indexQueuedTexts). A text still queued has nothing in the index to
            // take out.
            QStringLiteral("CREATE TABLE search_queue (search_key INTEGER PRIMARY KEY)"),
            QStringLiteral(R"(CREATE TRIGGER report_texts_index AFTER INSERT ON report_texts BEGIN
                INSERT OR IGNORE INTO search_queue VALUES (new.search_key);
            END)"),
            QStringLiteral("CREATE TRIGGER report_texts_unindex AFTER DELETE ON report_texts BEGIN %1 END")
                .arg(unindexOldText),
            QStringLiteral("CREATE TRIGGER report_texts_reindex AFTER UPDATE OF clean_zstd, search_key ON report_texts "
                           "BEGIN %1 INSERT OR IGNORE INTO search_queue VALUES (new.search_key); END")
                .arg(unindexOldText),
            QStringLiteral(R"(CREATE TRIGGER reports_year_moves_search_key AFTER UPDATE OF year ON reports BEGIN
                UPDATE report_texts SET search_key = (ifnull(new.year, 0) << 32) | new.id
                    WHERE report_id = new.id AND search_key != ((ifnull(new.year, 0) << 32) | new.id);
            END)"),
            QStringLiteral("INSERT INTO search_queue SELECT search_key FROM report_texts"),
        },
        // 10 → 11, for the window at 100,000 reports:
        // - the library pane's filter reads an FTS5 index of the listed fields (report_listing,
        //   external content: the reports table) with the search's tokenizer, instead of six
        //   LIKEs over every row (310 ms at 100,000 reports);
        // - a report's figures are found by report and indicator, so that a chart of a few regions
        //   reads their reports' figures of one indicator only;
        // - the reports' index by region and year holds their lengths, for keyword trends.
        {
            QStringLiteral("CREATE VIRTUAL TABLE report_listing USING fts5(region, title, year, meeting_date, speaker, "
                           "speaker_role, content='reports', content_rowid='id', tokenize='reportlens_cjk')"),
            QStringLiteral("CREATE TRIGGER reports_listing_insert AFTER INSERT ON reports BEGIN %1 END")
                .arg(listNewReport),
            QStringLiteral("CREATE TRIGGER reports_listing_delete AFTER DELETE ON reports BEGIN %1 END")
                .arg(unlistOldReport),
            QStringLiteral("CREATE TRIGGER reports_listing_update AFTER UPDATE OF region, title, year, meeting_date, "
                           "speaker, speaker_role ON reports BEGIN %1 %2 END")
                .arg(unlistOldReport, listNewReport),
            QStringLiteral("INSERT INTO report_listing (report_listing) VALUES ('rebuild')"),
            QStringLiteral("DROP INDEX indicators_report"),
            QStringLiteral("CREATE INDEX indicators_report ON indicators(report_id, indicator_id)"),
            // Keyword trends add up characters per region and year from the index alone.
            QStringLiteral("DROP INDEX reports_region_year"),
            QStringLiteral("CREATE INDEX reports_region_year ON reports(region, year, char_count)"),
        },
        // 11 → 12: FTS5 keeps up to 32 MB of new entries in memory (its default is 1 MB) before it
        // writes them as a segment, so that an import's batch of reports becomes one segment, not
        // a dozen that are merged again at once. At 10,000 reports an import wrote 13.2 GB to
        // disk for a library of 1 GB with 1 MB; every merge level less is a rewrite of the index
        // less (docs/PERFORMANCE.md).
        {
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 33554432)"),
            QStringLiteral("INSERT INTO search_characters (search_characters, rank) VALUES ('hashsize', 33554432)"),
        },
    };
    return list;
}

} // namespace ReportLens::Schema
