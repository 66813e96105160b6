#pragma once

#include <QString>

namespace ReportLens {

/// The database engine behind a library: an SQLite file (a person's library, the default) or a
/// PostgreSQL database (a team's shared library).
enum class Engine { SQLite, PostgreSQL };

/// One statement as each engine spells it, written side by side where the dialects differ, so
/// that a store keeps both in one place instead of branching on the engine across its code.
struct Spelling
{
    QString sqlite;
    QString postgresql;

    const QString &in(Engine engine) const { return engine == Engine::PostgreSQL ? postgresql : sqlite; }
};

} // namespace ReportLens
