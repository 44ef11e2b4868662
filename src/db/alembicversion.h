#pragma once
// alembic_version exactly as Alembic keeps it: one column version_num
// varchar(32) NOT NULL, primary key alembic_version_pkc, one row per head,
// no row at base.

#include <QString>
#include <QStringList>

#include "pqxxnames.h"

#include <optional>

namespace sw::db {

class Connection;

bool versionTableExists(pqxx::transaction_base &tx);
// The revisions recorded (several when the database has several heads).
QStringList recordedRevisions(pqxx::transaction_base &tx);
// The same, read in a transaction of its own.
QStringList recordedRevisions(Connection &connection);
// The one revision, nullopt at base; throws SchemaError for several heads.
std::optional<QString> currentRevision(pqxx::transaction_base &tx);

QString createVersionTableSql();
// The statement Alembic runs to move alembic_version from one revision to another.
QString versionUpdateSql(const std::optional<QString> &from, const std::optional<QString> &to);

} // namespace sw::db
