#include "importlimits.h"

#include "columntype.h"

namespace sw::db {

void leaveOutUnknownTypes(Project &project, QStringList &warnings)
{
    const auto unknown = [&](const QString &written) {
        const auto type = parseColumnType(written);
        return !type || (type->userDefined && !project.findType(written) && !project.extensionProviding(written));
    };
    // A type built on one left out goes too, until none is.
    for (bool removed = true; removed;) {
        removed = false;
        for (qsizetype i = 0; i < project.types.size(); ++i) {
            const TypeDefinition &t = project.types.at(i);
            QStringList uses{t.base};
            for (const Column &a : t.attributes)
                uses << a.type;
            const auto it = std::find_if(uses.begin(), uses.end(), [&](const QString &u) { return !u.isEmpty() && unknown(u); });
            if (it == uses.end())
                continue;
            warnings << QStringLiteral("type %1 is built on %2, which a design cannot hold yet: left out").arg(t.name, *it);
            project.types.removeAt(i);
            removed = true;
            break;
        }
    }
    for (Table &t : project.tables) {
        QStringList gone;
        for (const Column &c : t.columns)
            if (unknown(c.type)) {
                gone << c.name;
                warnings << QStringLiteral("%1.%2 has type %3, which a design cannot hold yet: left out").arg(t.name, c.name, c.type);
            }
        if (gone.isEmpty())
            continue;
        // Free SQL (a generation, an index expression or predicate, a check) names
        // its columns in text: any mention is enough to leave it out.
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
        t.columns.removeIf([&](const Column &c) { return gone.contains(c.name); });
        if (uses(t.primaryKey)) {
            warnings << QStringLiteral("the primary key of %1 uses %2: left out").arg(t.name, gone.join(QStringLiteral(", ")));
            t.primaryKey.clear();
        }
        t.indexes.removeIf([&](const Index &i) {
            const bool out = uses(i.columns) || uses(i.include) || (i.where && mentions(*i.where));
            if (out)
                warnings << QStringLiteral("index %1 of %2 uses %3: left out").arg(i.name, t.name, gone.join(QStringLiteral(", ")));
            return out;
        });
        t.foreignKeys.removeIf([&](const ForeignKey &fk) {
            const bool out = uses(fk.columns);
            if (out)
                warnings << QStringLiteral("foreign key %1 of %2 uses %3: left out").arg(fk.name, t.name, gone.join(QStringLiteral(", ")));
            return out;
        });
        t.checks.removeIf([&](const Check &check) {
            const bool out = mentions(check.expression);
            if (out)
                warnings << QStringLiteral("check %1 of %2 uses %3: left out").arg(check.name, t.name, gone.join(QStringLiteral(", ")));
            return out;
        });
        t.exclusions.removeIf([&](const Exclusion &exclusion) {
            const bool out = mentions(exclusion.definition);
            if (out)
                warnings << QStringLiteral("exclusion constraint %1 of %2 uses %3: left out").arg(exclusion.name, t.name, gone.join(QStringLiteral(", ")));
            return out;
        });
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
