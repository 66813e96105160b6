#pragma once

#include <QStringList>

namespace ReportLens::Schema {

/// Migration N brings a database from user_version N to N+1; each entry is a list of statements
/// run in one transaction. Never edit a released migration: append a new one.
const QList<QStringList> &migrations();

} // namespace ReportLens::Schema
