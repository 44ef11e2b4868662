#pragma once
// A migration proven before it joins the chain: the migration folder is
// copied, with the new file, to a temporary place and verified there
// (verifyworkflow.h) on a throwaway PostgreSQL; the folder itself and every
// real database stay untouched whatever the outcome.

#include "migration/migrationscript.h"
#include "verifyworkflow.h"

#include <QByteArray>
#include <QStringList>

namespace sw::db {

class QueryCanceller;

struct ChainProof {
    bool passed = false;
    QStringList lines;   // one per verify step: outcome, step, file, detail
};

// The guide's test workflow on a PostgreSQL of its own (verify wipes the
// database it works on); a cancel stops that server.
ChainProof verifyOnThrowawayServer(const QList<MigrationScript> &scripts, const VerifyOptions &options, QueryCanceller *canceller = nullptr);

// `folder` is the migration folder (Alembic's versions/, or the folder
// holding it); `fileName` and `content` the new migration. Throws SchemaError
// when the copy or the server cannot be made.
ChainProof proveNewMigration(const QString &folder, const QString &fileName, const QByteArray &content, QueryCanceller *canceller = nullptr);

} // namespace sw::db
