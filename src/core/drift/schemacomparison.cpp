#include "drift/schemacomparison.h"

#include "columntype.h"
#include "conventions.h"
#include "drift/consistencycheck.h"
#include "sql/expressionform.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"

namespace sw {

namespace {

class Comparer {
public:
    QList<DriftItem> run(const Project &design, const Project &actual)
    {
        for (const Table &expected : design.tables) {
            const Table *found = actual.findTable(expected.name, expected.schema);
            if (!found)
                add(DriftState::Missing, QStringLiteral("table"), expected, {}, expected.name, {}, QStringLiteral("table-missing"),
                    QStringLiteral("table %1 is in the design but not in the database").arg(expected.name));
            else
                compareTable(expected, *found);
        }
        for (const Table &t : actual.tables)
            if (!design.findTable(t.name, t.schema))
                add(DriftState::Unexpected, QStringLiteral("table"), t, {}, {}, t.name, QStringLiteral("table-unexpected"),
                    QStringLiteral("table %1 is in the database but not in the design").arg(t.name));
        compareTypes(design, actual);
        compareSqlObjects(design, actual);
        return m_items;
    }

private:
    // Types and extensions: items without a table, named by kind and name.
    void addObject(DriftState state, const QString &category, const QString &schema, const QString &name, const QString &expected,
                   const QString &actual, const QString &code, const QString &message)
    {
        m_items.append(DriftItem{state, category, schema, {}, name, expected, actual,
                                 Problem{Problem::Severity::Error, code, message, {}, schema, QStringLiteral("%1 %2").arg(category, name), {}, 0}});
    }
    void compareTypes(const Project &design, const Project &actual);
    void compareSqlObjects(const Project &design, const Project &actual);

    // Objects of the whole database (extensions, types, sequences), paired by `key`.
    template <typename T, typename Key, typename Describe>
    void compareObjects(const QString &category, const QList<T> &expected, const QList<T> &actual, Key key, Describe describe)
    {
        const auto find = [&](const QList<T> &list, const T &item) -> const T * {
            const auto it = std::find_if(list.begin(), list.end(), [&](const T &candidate) { return key(candidate) == key(item); });
            return it == list.end() ? nullptr : &*it;
        };
        for (const T &e : expected) {
            const T *found = find(actual, e);
            if (!found)
                addObject(DriftState::Missing, category, e.schema, e.name, describe(e), {}, category + QStringLiteral("-missing"),
                          QStringLiteral("%1 %2 is in the design but not in the database").arg(category, e.name));
            else if (describe(e) != describe(*found))
                addObject(DriftState::Different, category, e.schema, e.name, describe(e), describe(*found), category + QStringLiteral("-different"),
                          QStringLiteral("%1 %2 is %3 in the database; the design says %4").arg(category, e.name, describe(*found), describe(e)));
        }
        for (const T &a : actual)
            if (!find(expected, a))
                addObject(DriftState::Unexpected, category, a.schema, a.name, {}, describe(a), category + QStringLiteral("-unexpected"),
                          QStringLiteral("%1 %2 is in the database but not in the design").arg(category, a.name));
    }

    void add(DriftState state, const QString &category, const Table &t, const QString &name, const QString &expected,
             const QString &actual, const QString &code, const QString &message, Problem::Severity severity = Problem::Severity::Error)
    {
        const bool isColumn = category == QLatin1String("column");
        m_items.append(DriftItem{state, category, t.schema, t.name, name, expected, actual,
                                 Problem{severity, code, message, {}, t.schema, t.name, isColumn ? name : QString(), 0}});
    }

    template <typename T, typename Name, typename Describe>
    void compareNamed(const Table &table, const QString &category, const QString &codeStem, const QList<T> &expected, const QList<T> &actual,
                      Name nameOf, Describe describe)
    {
        for (const T &e : expected) {
            const auto found = std::find_if(actual.begin(), actual.end(), [&](const T &a) { return nameOf(a) == nameOf(e); });
            if (found == actual.end())
                add(DriftState::Missing, category, table, nameOf(e), describe(e), {}, codeStem + QStringLiteral("-missing"),
                    QStringLiteral("%1 %2 of %3 is missing in the database").arg(category, nameOf(e), table.name));
            else if (describe(*found) != describe(e))
                add(DriftState::Different, category, table, nameOf(e), describe(e), describe(*found), codeStem + QStringLiteral("-different"),
                    QStringLiteral("%1 %2 of %3 is %4 in the database; the design says %5").arg(category, nameOf(e), table.name, describe(*found), describe(e)));
        }
        for (const T &a : actual)
            if (std::none_of(expected.begin(), expected.end(), [&](const T &e) { return nameOf(e) == nameOf(a); }))
                add(DriftState::Unexpected, category, table, nameOf(a), {}, describe(a), codeStem + QStringLiteral("-unexpected"),
                    QStringLiteral("%1 %2 of %3 is in the database but not in the design").arg(category, nameOf(a), table.name));
    }

    void compareTable(const Table &expected, const Table &actual);
    void compareConstraints(const Table &expected, const Table &actual);
    void compareTableOptions(const Table &expected, const Table &actual);
    void compareConstraintComments(const Table &expected, const Table &actual);
    void compareColumns(const Table &expected, const Table &actual);

    QList<DriftItem> m_items;
};

QString typeOf(const Column &c)
{
    const auto t = parseColumnType(c.type);
    return t ? t->canonical() : c.type;
}

void Comparer::compareColumns(const Table &expected, const Table &actual)
{
    QStringList expectedOrder, actualOrder;
    for (const Column &e : expected.columns) {
        const Column *a = actual.column(e.name);
        if (!a) {
            add(DriftState::Missing, QStringLiteral("column"), expected, e.name, typeOf(e), {}, QStringLiteral("column-missing"),
                QStringLiteral("%1.%2 is in the design but not in the database").arg(expected.name, e.name));
            continue;
        }
        expectedOrder << e.name;
        if (typeOf(e) != typeOf(*a))
            add(DriftState::Different, QStringLiteral("column"), expected, e.name, typeOf(e), typeOf(*a), QStringLiteral("column-type"),
                QStringLiteral("%1.%2 is %3 in the database; the design says %4").arg(expected.name, e.name, typeOf(*a), typeOf(e)));
        if (expected.isNullable(e) != actual.isNullable(*a))
            add(DriftState::Different, QStringLiteral("column"), expected, e.name, expected.isNullable(e) ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"),
                actual.isNullable(*a) ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"), QStringLiteral("column-nullable"),
                QStringLiteral("%1.%2 is %3 in the database; the design says %4").arg(expected.name, e.name,
                    actual.isNullable(*a) ? QStringLiteral("nullable") : QStringLiteral("NOT NULL"),
                    expected.isNullable(e) ? QStringLiteral("nullable") : QStringLiteral("NOT NULL")));
        if (!sameExpression(e.defaultExpr, a->defaultExpr))
            add(DriftState::Different, QStringLiteral("column"), expected, e.name, e.defaultExpr.value_or(QStringLiteral("no default")),
                a->defaultExpr.value_or(QStringLiteral("no default")), QStringLiteral("column-default"),
                QStringLiteral("the default of %1.%2 is %3 in the database; the design says %4")
                    .arg(expected.name, e.name, a->defaultExpr.value_or(QStringLiteral("none")), e.defaultExpr.value_or(QStringLiteral("none"))));
        if (e.identity != a->identity) {
            const auto said = [](const QString &identity) { return identity.isEmpty() ? QStringLiteral("no identity") : QStringLiteral("identity %1").arg(identity); };
            add(DriftState::Different, QStringLiteral("column"), expected, e.name, said(e.identity), said(a->identity), QStringLiteral("column-identity"),
                QStringLiteral("%1.%2 has %3 in the database; the design says %4").arg(expected.name, e.name, said(a->identity), said(e.identity)));
        }
        if (!sameExpression(e.generatedExpr, a->generatedExpr))
            add(DriftState::Different, QStringLiteral("column"), expected, e.name, e.generatedExpr.value_or(QStringLiteral("not generated")),
                a->generatedExpr.value_or(QStringLiteral("not generated")), QStringLiteral("column-generated"),
                QStringLiteral("%1.%2 is generated from %3 in the database; the design says %4")
                    .arg(expected.name, e.name, a->generatedExpr.value_or(QStringLiteral("nothing")), e.generatedExpr.value_or(QStringLiteral("nothing"))));
        if (e.comment != a->comment)
            add(DriftState::Different, QStringLiteral("comment"), expected, e.name, e.comment, a->comment, QStringLiteral("comment-different"),
                QStringLiteral("the comment on %1.%2 differs").arg(expected.name, e.name));
        // Collation, storage and compression: empty is the type's (or server's) own.
        const QList<std::tuple<QString, QString, QString>> physical = {
            {QStringLiteral("collation"), e.collation, a->collation}, {QStringLiteral("storage"), e.storage, a->storage},
            {QStringLiteral("compression"), e.compression, a->compression},
            {QStringLiteral("sequence"), sql::sequenceOptions(e.sequence), sql::sequenceOptions(a->sequence)}};
        for (const auto &[what, mine, theirs] : physical)
            if (mine != theirs)
                add(DriftState::Different, QStringLiteral("column"), expected, e.name, mine.isEmpty() ? QStringLiteral("default") : mine,
                    theirs.isEmpty() ? QStringLiteral("default") : theirs, QStringLiteral("column-%1").arg(what),
                    QStringLiteral("the %1 of %2.%3 is %4 in the database; the design says %5")
                        .arg(what, expected.name, e.name, theirs.isEmpty() ? QStringLiteral("the default") : theirs, mine.isEmpty() ? QStringLiteral("the default") : mine));
    }
    for (const Column &a : actual.columns) {
        if (!expected.hasColumn(a.name))
            add(DriftState::Unexpected, QStringLiteral("column"), expected, a.name, {}, typeOf(a), QStringLiteral("column-unexpected"),
                QStringLiteral("%1.%2 is in the database but not in the design").arg(expected.name, a.name));
        else
            actualOrder << a.name;
    }
    // Information, not a problem: PostgreSQL appends an added column, wherever the design puts it.
    if (expectedOrder != actualOrder)
        add(DriftState::Information, QStringLiteral("column order"), expected, {}, expectedOrder.join(QStringLiteral(", ")),
            actualOrder.join(QStringLiteral(", ")), QStringLiteral("column-order"),
            QStringLiteral("the columns of %1 come in another order in the database (PostgreSQL appends an added column)").arg(expected.name),
            Problem::Severity::Info);
}

// Comments on the indexes and constraints both sides have (the others are reported missing or unexpected).
void Comparer::compareConstraintComments(const Table &expected, const Table &actual)
{
    const auto comments = [](const Table &t) {
        QHash<QString, QString> byName;
        if (!t.primaryKey.isEmpty())
            byName.insert(conventions::primaryKeyName(t), t.primaryKeyComment);
        for (const Index &index : t.indexes)
            byName.insert(conventions::indexName(t, index), index.comment);
        for (int i = 0; i < t.checks.size(); ++i)
            byName.insert(conventions::checkName(t, i), t.checks.at(i).comment);
        for (const ForeignKey &fk : t.foreignKeys)
            byName.insert(conventions::foreignKeyName(t, fk), fk.comment);
        for (const Exclusion &e : t.exclusions)
            byName.insert(e.name, e.comment);
        return byName;
    };
    const QHash<QString, QString> mine = comments(expected), theirs = comments(actual);
    QStringList names = mine.keys();
    names.sort();
    for (const QString &name : names)
        if (theirs.contains(name) && theirs.value(name) != mine.value(name))
            add(DriftState::Different, QStringLiteral("comment"), expected, name, mine.value(name), theirs.value(name), QStringLiteral("comment-different"),
                QStringLiteral("the comment on %1 of %2 differs").arg(name, expected.name));
}

void Comparer::compareTable(const Table &expected, const Table &actual)
{
    compareColumns(expected, actual);
    if (!expected.primaryKey.isEmpty() && !actual.primaryKey.isEmpty()
        && conventions::primaryKeyName(expected) != conventions::primaryKeyName(actual))
        add(DriftState::Different, QStringLiteral("primary key"), expected, conventions::primaryKeyName(expected), conventions::primaryKeyName(expected),
            conventions::primaryKeyName(actual), QStringLiteral("primary-key-different"),
            QStringLiteral("the primary key of %1 is named %2 in the database; the design says %3")
                .arg(expected.name, conventions::primaryKeyName(actual), conventions::primaryKeyName(expected)));
    if (expected.primaryKey != actual.primaryKey || expected.primaryKeyDeferrable != actual.primaryKeyDeferrable)
        add(DriftState::Different, QStringLiteral("primary key"), expected, conventions::primaryKeyName(expected),
            expected.primaryKey.join(QStringLiteral(", ")), actual.primaryKey.join(QStringLiteral(", ")), QStringLiteral("primary-key-different"),
            QStringLiteral("the primary key of %1 is (%2) in the database; the design says (%3)")
                .arg(expected.name, actual.primaryKey.join(QStringLiteral(", ")), expected.primaryKey.join(QStringLiteral(", "))));
    compareConstraints(expected, actual);
    if (expected.comment != actual.comment)
        add(DriftState::Different, QStringLiteral("comment"), expected, {}, expected.comment, actual.comment, QStringLiteral("comment-different"),
            QStringLiteral("the comment on %1 differs").arg(expected.name));
    compareConstraintComments(expected, actual);
    compareTableOptions(expected, actual);
}

// Indexes, foreign keys, checks and exclusion constraints, by name.
void Comparer::compareConstraints(const Table &expected, const Table &actual)
{
    using Idx = sql::IndexDefinition;
    QList<Idx> actualIndexes;
    for (const Index &i : actual.indexes)
        actualIndexes.append({i.name, i.columns, i.unique, i.method, i.include, i.where, i.constraint, i.nullsNotDistinct, i.deferrable, i.comment});
    compareNamed<Idx>(expected, QStringLiteral("index"), QStringLiteral("index"), sql::indexDefinitions(expected), actualIndexes,
                      [](const Idx &i) { return i.name; }, [](const Idx &i) { return sql::indexSignature(i); });
    const auto fks = [](const Table &t) {
        QList<QPair<QString, QString>> list;
        for (const ForeignKey &fk : t.foreignKeys) {
            const QString target = fk.references.contains(QLatin1Char('.')) ? fk.references : t.schema + QLatin1Char('.') + fk.references;
            list.append({conventions::foreignKeyName(t, fk),
                         QStringLiteral("(%1) REFERENCES %2 (%3)%4 ON DELETE %5 ON UPDATE %6%7")
                             .arg(fk.columns.join(QStringLiteral(", ")), target, fk.refColumns.join(QStringLiteral(", ")),
                                  fk.matchFull ? QStringLiteral(" MATCH FULL") : QString(), referentialActionSql(fk.onDelete),
                                  referentialActionSql(fk.onUpdate),
                                  (fk.deferrable ? (fk.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE"))
                                                 : QString()) + (fk.notValid ? QStringLiteral(" NOT VALID") : QString()))});
        }
        return list;
    };
    using Named = QPair<QString, QString>;
    compareNamed<Named>(expected, QStringLiteral("foreign key"), QStringLiteral("foreign-key"), fks(expected), fks(actual),
                        [](const Named &n) { return n.first; }, [](const Named &n) { return n.second; });
    const auto checks = [](const Table &t) {
        QList<Named> list;
        for (int i = 0; i < t.checks.size(); ++i)
            list.append({conventions::checkName(t, i), t.checks.at(i).expression + (t.checks.at(i).notValid ? QStringLiteral("\n NOT VALID") : QString())});
        return list;
    };
    const auto comparable = [](const Named &n) {
        const QString expression = n.second.section(QStringLiteral("\n NOT VALID"), 0, 0);
        return comparableExpression(expression) + (expression.size() < n.second.size() ? QStringLiteral(" NOT VALID") : QString());
    };
    compareNamed<Named>(expected, QStringLiteral("check"), QStringLiteral("check"), checks(expected), checks(actual),
                        [](const Named &n) { return n.first; }, comparable);
    compareNamed<Exclusion>(expected, QStringLiteral("exclusion constraint"), QStringLiteral("exclusion"), expected.exclusions, actual.exclusions,
                            [](const Exclusion &e) { return e.name; }, [](const Exclusion &e) { return comparableExpression(e.definition); });
}

// How the table is stored and partitioned, and how its history is written.
void Comparer::compareTableOptions(const Table &expected, const Table &actual)
{
    const auto partitioning = [](const Table &t) {
        QStringList said;
        if (!t.partitionBy.isEmpty())
            said << QStringLiteral("PARTITION BY %1").arg(t.partitionBy);
        if (t.isPartition())
            said << QStringLiteral("PARTITION OF %1 %2").arg(t.partitionOf, comparableExpression(t.partitionBound));
        return said.join(QLatin1Char(' '));
    };
    if (partitioning(expected) != partitioning(actual))
        add(DriftState::Different, QStringLiteral("table"), expected, {}, partitioning(expected), partitioning(actual), QStringLiteral("table-partitioning"),
            QStringLiteral("%1 is %2 in the database; the design says %3")
                .arg(expected.name, partitioning(actual).isEmpty() ? QStringLiteral("not partitioned") : partitioning(actual),
                     partitioning(expected).isEmpty() ? QStringLiteral("not partitioned") : partitioning(expected)));
    const auto persistence = [](const Table &t) { return t.unlogged ? QStringLiteral("UNLOGGED") : QStringLiteral("LOGGED"); };
    if (expected.unlogged != actual.unlogged)
        add(DriftState::Different, QStringLiteral("table"), expected, {}, persistence(expected), persistence(actual), QStringLiteral("table-persistence"),
            QStringLiteral("%1 is %2 in the database; the design says %3").arg(expected.name, persistence(actual), persistence(expected)));
    QStringList mine = expected.storageParameters, theirs = actual.storageParameters;
    mine.sort();
    theirs.sort();
    if (mine != theirs)
        add(DriftState::Different, QStringLiteral("table"), expected, {}, mine.join(QStringLiteral(", ")), theirs.join(QStringLiteral(", ")),
            QStringLiteral("table-storage-parameters"),
            QStringLiteral("the storage parameters of %1 are (%2) in the database; the design says (%3)")
                .arg(expected.name, theirs.join(QStringLiteral(", ")), mine.join(QStringLiteral(", "))));
    const auto mode = [](const Table &t) { return t.historyPerStatement() ? QStringLiteral("per statement") : QStringLiteral("per row"); };
    if (expected.history && actual.history && expected.historyPerStatement() != actual.historyPerStatement())
        add(DriftState::Different, QStringLiteral("history table"), expected, conventions::historyTableName(expected.name), mode(expected), mode(actual),
            QStringLiteral("history-mode-different"),
            QStringLiteral("the history triggers of %1 fire %2 in the database; the design says %3").arg(expected.name, mode(actual), mode(expected)));
    if (expected.history != actual.history)
        add(expected.history ? DriftState::Missing : DriftState::Unexpected, QStringLiteral("history table"), expected,
            conventions::historyTableName(expected.name), expected.history ? QStringLiteral("history") : QString(),
            actual.history ? QStringLiteral("history") : QString(), expected.history ? QStringLiteral("history-table-missing") : QStringLiteral("history-table-unexpected"),
            expected.history ? QStringLiteral("%1 has no history table, but the design keeps history").arg(expected.name)
                             : QStringLiteral("%1 has a history table, but the design keeps none").arg(expected.name));
}

// What makes two types the same type, in PostgreSQL's words where it has a say.
QString typeDescription(const TypeDefinition &t)
{
    const auto canonical = [](const QString &written) {
        const auto type = parseColumnType(written);
        return type ? type->canonical() : written;
    };
    switch (t.kind) {
    case TypeDefinition::Kind::Enum:
        return QStringLiteral("enum ('%1')").arg(t.values.join(QStringLiteral("', '")));
    case TypeDefinition::Kind::Domain: {
        QString text = QStringLiteral("domain over %1").arg(canonical(t.base));
        if (!t.nullable)
            text += QStringLiteral(" NOT NULL");
        if (t.defaultExpr)
            text += QStringLiteral(" DEFAULT %1").arg(comparableExpression(*t.defaultExpr));
        for (const Check &c : t.checks)
            text += QStringLiteral(" CONSTRAINT %1 CHECK (%2)").arg(c.name, comparableExpression(c.expression));
        return text;
    }
    case TypeDefinition::Kind::Composite: {
        QStringList attributes;
        for (const Column &a : t.attributes)
            attributes << a.name + QLatin1Char(' ') + canonical(a.type);
        return QStringLiteral("composite (%1)").arg(attributes.join(QStringLiteral(", ")));
    }
    case TypeDefinition::Kind::Range:
        return QStringLiteral("range of %1 (%2)").arg(canonical(t.base), t.rangeOptions.join(QStringLiteral(", ")));
    }
    return {};
}

QString sequenceDescription(const Sequence &s)
{
    QString text = QStringLiteral("%1 %2").arg(s.type, sql::sequenceOptions(s.options)).trimmed();
    if (!s.ownedBy.isEmpty())
        text += QStringLiteral(" OWNED BY %1").arg(s.ownedBy);
    if (!s.comment.isEmpty())
        text += QStringLiteral(" COMMENT %1").arg(s.comment);
    return text;
}

void Comparer::compareTypes(const Project &design, const Project &actual)
{
    compareObjects(QStringLiteral("extension"), design.extensions, actual.extensions, [](const Extension &e) { return e.name; },
                   [](const Extension &e) { return QStringLiteral("in schema %1").arg(e.schema) + (e.comment ? QStringLiteral(" COMMENT %1").arg(*e.comment) : QString()); });
    compareObjects(QStringLiteral("type"), design.types, actual.types, [](const TypeDefinition &t) { return t.qualifiedName(); },
                   [](const TypeDefinition &t) { return typeDescription(t) + (t.comment.isEmpty() ? QString() : QStringLiteral(" COMMENT %1").arg(t.comment)); });
    compareObjects(QStringLiteral("sequence"), design.sequences, actual.sequences, [](const Sequence &s) { return s.qualifiedName(); }, sequenceDescription);
    for (const QString &schema : design.schemas())
        if (design.schemaComment(schema) != actual.schemaComment(schema))
            addObject(DriftState::Different, QStringLiteral("schema"), schema, schema, design.schemaComment(schema), actual.schemaComment(schema),
                      QStringLiteral("schema-comment-different"), QStringLiteral("the comment on schema %1 differs").arg(schema));
}

// Paired by kind, name (a routine's with its arguments) and table. What the
// conventions make for the design's tables is theirs to check, not an object's.
void Comparer::compareSqlObjects(const Project &design, const Project &actual)
{
    const auto find = [](const QList<SqlObject> &list, const SqlObject &o) -> const SqlObject * {
        const auto it = std::find_if(list.begin(), list.end(), [&](const SqlObject &c) { return c.identity() == o.identity(); });
        return it == list.end() ? nullptr : &*it;
    };
    const auto item = [&](DriftState state, const SqlObject &o, const QString &expected, const QString &actualText, const QString &code, const QString &message) {
        m_items.append(DriftItem{state, sqlObjectKindTitle(o.kind), o.schema, {}, o.label(), expected, actualText,
                                 Problem{Problem::Severity::Error, code, message, {}, o.schema, o.title(), {}, 0}});
    };
    for (const SqlObject &e : design.sqlObjects) {
        const SqlObject *a = find(actual.sqlObjects, e);
        if (!a)
            item(DriftState::Missing, e, e.definition, {}, QStringLiteral("sql-object-missing"), QStringLiteral("%1 is in the design but not in the database").arg(e.title()));
        else if (a->definition != e.definition)
            item(DriftState::Different, e, e.definition, a->definition, QStringLiteral("sql-object-different"),
                 QStringLiteral("%1 is defined otherwise in the database than in the design").arg(e.title()));
        else if (a->comment != e.comment)
            item(DriftState::Different, e, e.comment, a->comment, QStringLiteral("sql-object-comment-different"),
                 QStringLiteral("the comment on %1 differs").arg(e.title()));
    }
    const QSet<QString> derived = conventions::derivedObjectIdentities(design.tables);
    for (const SqlObject &a : actual.sqlObjects)
        if (!find(design.sqlObjects, a) && !derived.contains(a.identity()))
            item(DriftState::Unexpected, a, {}, a.definition, QStringLiteral("sql-object-unexpected"),
                 QStringLiteral("%1 is in the database but not in the design").arg(a.title()));
}

QString categoryOf(const QString &code)
{
    if (code.startsWith(QLatin1String("trigger-")) || code.startsWith(QLatin1String("history-function")))
        return QStringLiteral("history trigger function");
    if (code.startsWith(QLatin1String("history-trigger")) || code.startsWith(QLatin1String("updated-at")))
        return QStringLiteral("trigger");
    return QStringLiteral("history table");
}

} // namespace

QList<DriftItem> compareSchemas(const Project &design, const Project &actual)
{
    return Comparer().run(design, actual);
}

QList<DriftItem> consistencyItems(const LiveSchema &live)
{
    QList<DriftItem> items;
    for (const Problem &p : checkConsistency(live))
        items.append(DriftItem{p.isInfo() ? DriftState::Information : DriftState::Inconsistent, categoryOf(p.code), p.schema, p.table, p.column, {}, {}, p});
    return items;
}

} // namespace sw
