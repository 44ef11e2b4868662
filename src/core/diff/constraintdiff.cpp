#include "diff/constraintdiff.h"

#include "conventions.h"
#include "sql/expressionform.h"

namespace sw {

namespace {

// Items match by name; an item whose name is new but whose definition (in the
// new design's words) equals a vanished item's is a rename.
template <typename T, typename Signature>
NamedChanges<T> matchNamed(const QList<T> &before, const QList<T> &after, Signature signatureBefore, Signature signatureAfter)
{
    NamedChanges<T> changes;
    QList<T> vanished;
    QList<T> appeared;
    for (const T &old : before) {
        const auto it = std::find_if(after.begin(), after.end(), [&](const T &n) { return n.name == old.name; });
        if (it == after.end()) {
            vanished << old;
        } else if (signatureBefore(old) != signatureAfter(*it)) {
            changes.dropped << old;
            changes.added << *it;
        } else {
            changes.kept.append(qMakePair(old, *it));
        }
    }
    for (const T &n : after)
        if (std::none_of(before.begin(), before.end(), [&](const T &old) { return old.name == n.name; }))
            appeared << n;
    for (const T &old : vanished) {
        const auto it = std::find_if(appeared.begin(), appeared.end(), [&](const T &n) { return signatureBefore(old) == signatureAfter(n); });
        if (it == appeared.end()) {
            changes.dropped << old;
        } else {
            changes.renamed.append(qMakePair(old, *it));
            appeared.erase(it);
        }
    }
    changes.added += appeared;
    return changes;
}

QList<NamedCheck> namedChecks(const Table &table)
{
    QList<NamedCheck> checks;
    for (int i = 0; i < table.checks.size(); ++i)
        checks.append({conventions::checkName(table, i), table.checks.at(i).expression.simplified(), i, table.checks.at(i).notValid,
                       table.checks.at(i).comment});
    return checks;
}

QList<NamedForeignKey> namedForeignKeys(const Table &table)
{
    QList<NamedForeignKey> keys;
    for (const ForeignKey &fk : table.foreignKeys)
        keys.append({conventions::foreignKeyName(table, fk), fk});
    return keys;
}

QString foreignKeySignature(const ForeignKey &fk, const QString &references, const QStringList &columns, const QStringList &refColumns)
{
    return QStringList{columns.join(QLatin1Char(',')), references, refColumns.join(QLatin1Char(',')),
                       QString::number(int(fk.onDelete)), QString::number(int(fk.onUpdate)), QString::number(fk.matchFull),
                       QString::number(fk.deferrable), QString::number(fk.initiallyDeferred), QString::number(fk.notValid)}
        .join(QLatin1Char('|'));
}

// `reference` as (schema, table) of the design it was written in.
QPair<QString, QString> splitReference(const QString &fromSchema, const QString &reference)
{
    const qsizetype dot = reference.indexOf(QLatin1Char('.'));
    return dot > 0 ? qMakePair(reference.left(dot), reference.mid(dot + 1)) : qMakePair(fromSchema, reference);
}

// Moves out of `changes` the items dropped and added again under one name
// only to become valid: `same(old, new)` compares them but for NOT VALID.
template <typename T, typename NotValid, typename Same>
QList<QPair<T, T>> takeValidated(NamedChanges<T> &changes, NotValid notValid, Same same)
{
    QList<QPair<T, T>> validated;
    for (qsizetype i = 0; i < changes.dropped.size();) {
        const T old = changes.dropped.at(i);
        const auto now = std::find_if(changes.added.begin(), changes.added.end(), [&](const T &n) { return n.name == old.name; });
        if (now != changes.added.end() && notValid(old) && !notValid(*now) && same(old, *now)) {
            validated.append(qMakePair(old, *now));
            changes.added.erase(now);
            changes.dropped.removeAt(i);
        } else {
            ++i;
        }
    }
    return validated;
}

} // namespace

ConstraintChanges diffConstraints(const Table &before, const Table &after, const RenameMap &renames)
{
    const auto mapped = [&](const QStringList &columns) { return renames.columnNames(before.schema, before.name, columns); };
    ConstraintChanges changes;
    changes.primaryKeyChanged = mapped(before.primaryKey) != after.primaryKey || before.primaryKeyDeferrable != after.primaryKeyDeferrable;

    using Idx = sql::IndexDefinition;
    changes.indexes = matchNamed<Idx>(
        sql::indexDefinitions(before), sql::indexDefinitions(after),
        std::function<QString(const Idx &)>([&](const Idx &i) {
            Idx renamed = i;
            renamed.columns = mapped(i.columns);
            renamed.include = mapped(i.include);
            return sql::indexSignature(renamed);
        }),
        std::function<QString(const Idx &)>([](const Idx &i) { return sql::indexSignature(i); }));

    changes.checks = matchNamed<NamedCheck>(
        namedChecks(before), namedChecks(after),
        std::function<QString(const NamedCheck &)>([](const NamedCheck &c) { return comparableExpression(c.expression) + (c.notValid ? QStringLiteral(" NOT VALID") : QString()); }),
        std::function<QString(const NamedCheck &)>([](const NamedCheck &c) { return comparableExpression(c.expression) + (c.notValid ? QStringLiteral(" NOT VALID") : QString()); }));

    changes.foreignKeys = matchNamed<NamedForeignKey>(
        namedForeignKeys(before), namedForeignKeys(after),
        std::function<QString(const NamedForeignKey &)>([&](const NamedForeignKey &k) {
            const auto [schema, table] = splitReference(before.schema, k.key.references);
            const QString target = schema + QLatin1Char('.') + renames.tableName(schema, table);
            return foreignKeySignature(k.key, target, mapped(k.key.columns), renames.columnNames(schema, table, k.key.refColumns));
        }),
        std::function<QString(const NamedForeignKey &)>([&](const NamedForeignKey &k) {
            const auto [schema, table] = splitReference(after.schema, k.key.references);
            return foreignKeySignature(k.key, schema + QLatin1Char('.') + table, k.key.columns, k.key.refColumns);
        }));
    changes.validatedChecks = takeValidated(
        changes.checks, [](const NamedCheck &c) { return c.notValid; },
        [](const NamedCheck &a, const NamedCheck &b) { return comparableExpression(a.expression) == comparableExpression(b.expression); });
    changes.validatedForeignKeys = takeValidated(
        changes.foreignKeys, [](const NamedForeignKey &k) { return k.key.notValid; },
        [&](const NamedForeignKey &old, const NamedForeignKey &now) {
            NamedForeignKey a = old, b = now;
            a.key.notValid = b.key.notValid = false;
            const auto [schema, table] = splitReference(before.schema, a.key.references);
            const auto [toSchema, toTable] = splitReference(after.schema, b.key.references);
            return foreignKeySignature(a.key, schema + QLatin1Char('.') + renames.tableName(schema, table), mapped(a.key.columns),
                                       renames.columnNames(schema, table, a.key.refColumns))
                == foreignKeySignature(b.key, toSchema + QLatin1Char('.') + toTable, b.key.columns, b.key.refColumns);
        });
    // Free SQL that names columns: compared as written, in the server's words where it had a say.
    const std::function<QString(const Exclusion &)> exclusionSignature = [](const Exclusion &e) { return comparableExpression(e.definition); };
    changes.exclusions = matchNamed<Exclusion>(before.exclusions, after.exclusions, exclusionSignature, exclusionSignature);
    return changes;
}

} // namespace sw
