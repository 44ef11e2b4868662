#include "importlimits.h"

#include "columntype.h"

namespace sw::db {

namespace {

bool unknownType(const Project &project, const QString &written)
{
    const auto type = parseColumnType(written);
    return !type || (type->userDefined && !project.findType(written) && !project.extensionProviding(written) && !project.rowTypeTable(written));
}

// A type built on one left out goes too, until none is.
void leaveOutTypesBuiltOnUnknownOnes(Project &project, QStringList &warnings)
{
    for (bool removed = true; removed;) {
        removed = false;
        for (qsizetype i = 0; i < project.types.size(); ++i) {
            const TypeDefinition &t = project.types.at(i);
            QStringList uses{t.base};
            for (const Column &a : t.attributes)
                uses << a.type;
            const auto it = std::find_if(uses.begin(), uses.end(), [&](const QString &u) { return !u.isEmpty() && unknownType(project, u); });
            if (it == uses.end())
                continue;
            warnings << QStringLiteral("type %1 is built on %2, which a design cannot hold yet: left out").arg(t.name, *it);
            project.types.removeAt(i);
            removed = true;
            break;
        }
    }
}

// What names the columns `gone` of `t` goes with them. Free SQL (a generation,
// an index expression or predicate, a check) names its columns in text: any
// mention is enough to leave it out.
void leaveOutWhatUses(Table &t, QStringList gone, QStringList &warnings)
{
    const auto mentions = [&](const QString &sql) {
        return std::any_of(gone.begin(), gone.end(), [&](const QString &c) { return sql.contains(c); });
    };
    for (const Column &c : t.columns)
        if (c.generatedExpr && !gone.contains(c.name) && mentions(*c.generatedExpr)) {
            gone << c.name;
            warnings << QStringLiteral("%1.%2 is generated from a column left out: left out").arg(t.name, c.name);
        }
    const auto uses = [&](const QStringList &columns) {
        return std::any_of(columns.begin(), columns.end(), [&](const QString &c) { return gone.contains(c) || mentions(c); });
    };
    const auto leaveOut = [&](bool out, const QString &what) {
        if (out)
            warnings << QStringLiteral("%1 uses %2: left out").arg(what, gone.join(QStringLiteral(", ")));
        return out;
    };
    t.columns.removeIf([&](const Column &c) { return gone.contains(c.name); });
    if (leaveOut(uses(t.primaryKey), QStringLiteral("the primary key of %1").arg(t.name)))
        t.primaryKey.clear();
    t.indexes.removeIf([&](const Index &i) {
        return leaveOut(uses(i.columns) || uses(i.include) || (i.where && mentions(*i.where)), QStringLiteral("index %1 of %2").arg(i.name, t.name));
    });
    t.foreignKeys.removeIf([&](const ForeignKey &fk) { return leaveOut(uses(fk.columns), QStringLiteral("foreign key %1 of %2").arg(fk.name, t.name)); });
    t.checks.removeIf([&](const Check &check) { return leaveOut(mentions(check.expression), QStringLiteral("check %1 of %2").arg(check.name, t.name)); });
    t.exclusions.removeIf([&](const Exclusion &exclusion) {
        return leaveOut(mentions(exclusion.definition), QStringLiteral("exclusion constraint %1 of %2").arg(exclusion.name, t.name));
    });
}

} // namespace

void leaveOutUnknownTypes(Project &project, QStringList &warnings)
{
    leaveOutTypesBuiltOnUnknownOnes(project, warnings);
    for (Table &t : project.tables) {
        QStringList gone;
        for (const Column &c : t.columns)
            if (unknownType(project, c.type)) {
                gone << c.name;
                warnings << QStringLiteral("%1.%2 has type %3, which a design cannot hold yet: left out").arg(t.name, c.name, c.type);
            }
        if (!gone.isEmpty())
            leaveOutWhatUses(t, gone, warnings);
    }
    // Keys that pointed at a column left out elsewhere go too.
    for (Table &t : project.tables)
        t.foreignKeys.removeIf([&](const ForeignKey &fk) {
            const Table *target = project.findTable(fk.references, t.schema);
            const bool out = target && std::any_of(fk.refColumns.begin(), fk.refColumns.end(), [&](const QString &c) { return !target->hasColumn(c); });
            if (out)
                warnings << QStringLiteral("foreign key %1 of %2 references a column of %3 that was left out: left out").arg(fk.name, t.name, fk.references);
            return out;
        });
}

} // namespace sw::db
