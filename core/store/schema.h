#pragma once

#include "dialect.h"

#include <QStringList>

namespace ReportLens::Schema {

/// Migration N brings a library of @p engine from format N to N+1 (SQLite: PRAGMA user_version;
/// PostgreSQL: the reportlens_schema table); each entry is a list of statements. The engines
/// number their formats separately: the PostgreSQL schema began at what SQLite's format 7 holds.
/// Never edit a released migration: append a new one.
const QList<QStringList> &migrations(Engine engine);

const QList<QStringList> &sqliteMigrations();
const QList<QStringList> &postgresqlMigrations();

} // namespace ReportLens::Schema
