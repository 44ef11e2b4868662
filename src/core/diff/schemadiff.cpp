#include "diff/schemadiff.h"

#include "diff/createtables.h"
#include "diff/tablematching.h"
#include "problem.h"

namespace sw {

namespace {

// Tables compare equal when everything that reaches SQL is equal.
bool sameDesign(Table a, Table b)
{
    a.id = b.id;
    a.unknownKeys = b.unknownKeys;
    for (qsizetype i = 0; i < qMin(a.columns.size(), b.columns.size()); ++i) {
        a.columns[i].id = b.columns[i].id;
        a.columns[i].unknownKeys = b.columns[i].unknownKeys;
    }
    return a == b;
}

} // namespace

MigrationPlan planMigration(const Project &from, const Project &to)
{
    const TableMatch match = matchTables(from, to);
    for (const auto &[oldTable, newTable] : match.kept)
        if (!sameDesign(*oldTable, *newTable))
            throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("unsupported-change"),
                                      QStringLiteral("changes inside an existing table are not supported yet; "
                                                     "only creating and dropping tables is"),
                                      {}, newTable->schema, newTable->name, {}, 0});
    MigrationPlan plan = planDropTables(match.dropped);
    plan.append(planCreateTables(match.created));
    return plan;
}

} // namespace sw
