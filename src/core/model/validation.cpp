#include "model/validation.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "sql/tablesql.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace sw {

namespace {

// Another table a table's checks read (a key's target, a partition's parent), as it was then.
struct Lookup {
    QString reference;
    QString schema;
    std::optional<Table> found;
};

// What the checks of one table found, kept between runs: the designer
// validates the whole design on every edit, and most tables did not change.
// A verdict holds while the table, the tables it read, and the design's types
// and extensions are as they were.
struct TableVerdict {
    Table table;
    QList<Lookup> lookups;
    QList<conventions::DerivedName> derived;
    QList<Problem> problems;
};

struct VerdictCache {
    QMutex mutex;
    QList<TypeDefinition> types;
    QList<Extension> extensions;
    QHash<QString, TableVerdict> byTable;  // schema.name
};

VerdictCache &verdictCache()
{
    static VerdictCache cache;
    return cache;
}

class Validator {
public:
    explicit Validator(const Project &project) : m_project(project), m_tables(project) {}

    // `remember`: take and keep verdicts in verdictCache(); without, the cache is not touched.
    QList<Problem> run(bool remember)
    {
        VerdictCache *cache = remember ? &verdictCache() : nullptr;
        std::optional<QMutexLocker<QMutex>> locker;
        if (cache) {
            locker.emplace(&cache->mutex);
            if (cache->types != m_project.types || cache->extensions != m_project.extensions) {
                cache->byTable.clear();
                cache->types = m_project.types;
                cache->extensions = m_project.extensions;
            }
        }
        QSet<QString> tableNames;
        for (const Table &t : m_project.tables) {
            const QString name = t.qualifiedName();
            const TableVerdict *known = nullptr;
            if (cache)
                if (const auto it = cache->byTable.constFind(name); it != cache->byTable.constEnd())
                    known = &*it;
            if (known && known->table == t && stillHold(known->lookups)) {
                m_derived.insert(&t, known->derived);
                m_problems += known->problems;
            } else {
                m_lookups.clear();
                const qsizetype first = m_problems.size();
                m_derived.insert(&t, conventions::derivedNames(t));
                checkTable(t);
                if (cache)
                    cache->byTable.insert(name, TableVerdict{t, m_lookups, m_derived.value(&t), m_problems.mid(first)});
            }
            if (tableNames.contains(name))
                add(t, {}, QStringLiteral("duplicate-name"), QStringLiteral("the project has two tables named %1").arg(t.name));
            tableNames.insert(name);
        }
        // Tables renamed or removed since: forget them rather than grow with every keystroke of a name.
        if (cache && cache->byTable.size() > 2 * tableNames.size() + 100)
            cache->byTable.removeIf([&](const auto &entry) { return !tableNames.contains(entry.key()); });
        checkRelationNames();
        checkTypes();
        checkSqlObjects();
        return m_problems;
    }

private:
    void add(const Table &t, const QString &column, const QString &code, const QString &message)
    {
        m_problems.append(Problem{Problem::Severity::Error, code, message, {}, t.schema, t.name, column, 0});
    }

    void checkName(const Table &t, const QString &column, const QString &what, const QString &name)
    {
        const QString problem = identifierProblem(name);
        if (!problem.isEmpty())
            add(t, column, name.toUtf8().size() > kMaxIdentifierBytes ? QStringLiteral("identifier-too-long")
                                                                       : QStringLiteral("invalid-identifier"),
                QStringLiteral("%1: %2").arg(what, problem));
    }

    void checkColumnsExist(const Table &t, const QStringList &columns, const QString &what)
    {
        QSet<QString> seen;
        for (const QString &c : columns) {
            if (!t.hasColumn(c))
                add(t, c, QStringLiteral("unknown-column"), QStringLiteral("%1 names column %2, which the table does not have").arg(what, c));
            else if (seen.contains(c))
                add(t, c, QStringLiteral("duplicate-name"), QStringLiteral("%1 lists column %2 twice").arg(what, c));
            seen.insert(c);
        }
    }

    void addForType(const TypeDefinition &t, const QString &column, const QString &code, const QString &message)
    {
        m_problems.append(Problem{Problem::Severity::Error, code, message, {}, t.schema, QStringLiteral("type %1").arg(t.name), column, 0});
    }

    // m_tables.find(), noted for the table's verdict.
    const Table *lookup(const QString &reference, const QString &schema)
    {
        const Table *found = m_tables.find(reference, schema);
        m_lookups.append(Lookup{reference, schema, found ? std::optional<Table>(*found) : std::nullopt});
        return found;
    }
    bool stillHold(const QList<Lookup> &lookups) const
    {
        return std::all_of(lookups.begin(), lookups.end(), [&](const Lookup &l) {
            const Table *now = m_tables.find(l.reference, l.schema);
            return now ? l.found && *l.found == *now : !l.found;
        });
    }

    void checkTable(const Table &t);
    void checkTypes();
    void checkType(const TypeDefinition &t);
    // Why the design cannot use `type` (parsed from `text`); empty when it can.
    QString typeUseProblem(const QString &text, const std::optional<ColumnType> &type) const;
    void checkColumns(const Table &t);
    void checkGeneration(const Table &t, const Column &c, const std::optional<ColumnType> &type);
    void checkForeignKey(const Table &t, const ForeignKey &fk);
    void checkPartition(const Table &t);
    void checkRelationNames();
    void checkSqlObjects();

    const Project &m_project;
    const TableIndex m_tables;
    QHash<const Table *, QList<conventions::DerivedName>> m_derived;  // computed once per table
    QList<Lookup> m_lookups;  // of the table being checked
    QList<Problem> m_problems;
};

void Validator::checkTable(const Table &t)
{
    checkName(t, {}, QStringLiteral("table name"), t.name);
    checkName(t, {}, QStringLiteral("schema name"), t.schema);
    if (t.name.isEmpty())
        return;
    checkColumns(t);
    checkColumnsExist(t, t.primaryKey, QStringLiteral("the primary key"));
    for (const QString &parameter : t.storageParameters)
        if (!sql::isStorageParameter(parameter))
            add(t, {}, QStringLiteral("bad-storage-parameter"),
                QStringLiteral("storage parameter \"%1\" is not name=value with a plain name, e.g. fillfactor=70").arg(parameter));
    for (const Index &index : t.indexes) {
        const QString what = QStringLiteral("index %1").arg(conventions::indexName(t, index));
        if (!index.name.isEmpty())
            checkName(t, {}, QStringLiteral("index name"), index.name);
        if (index.columns.isEmpty())
            add(t, {}, QStringLiteral("empty-column-list"), QStringLiteral("%1 has no columns").arg(what));
        // A word that could be a column must be one; anything else is SQL (an expression, an order).
        static const QRegularExpression word(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]*$"));
        QStringList named;
        for (const QString &element : index.columns)
            if (t.hasColumn(element) || word.match(element).hasMatch())
                named << element;
        checkColumnsExist(t, named, what);
        checkColumnsExist(t, index.include, what);
        static const QStringList methods{QString(), QStringLiteral("hash"), QStringLiteral("gin"), QStringLiteral("gist"), QStringLiteral("brin"),
                                         QStringLiteral("spgist")};
        if (index.constraint && (!index.unique || !index.method.isEmpty() || index.where || named.size() != index.columns.size()))
            add(t, {}, QStringLiteral("bad-unique-constraint"),
                QStringLiteral("%1 is a UNIQUE constraint: it takes unique columns only, no method, expression or predicate (make it an index instead)").arg(what));
        if (index.nullsNotDistinct && !index.unique)
            add(t, {}, QStringLiteral("bad-unique-constraint"), QStringLiteral("%1 treats NULLs as equal, which only a unique index does").arg(what));
        if (!methods.contains(index.method))
            add(t, {}, QStringLiteral("unknown-index-method"),
                QStringLiteral("%1 uses method %2; PostgreSQL has btree, hash, gin, gist, brin and spgist").arg(what, index.method));
    }
    for (const ForeignKey &fk : t.foreignKeys)
        checkForeignKey(t, fk);
    for (int i = 0; i < t.checks.size(); ++i) {
        if (!t.checks.at(i).name.isEmpty())
            checkName(t, {}, QStringLiteral("check name"), t.checks.at(i).name);
        if (t.checks.at(i).expression.trimmed().isEmpty())
            add(t, {}, QStringLiteral("empty-expression"), QStringLiteral("check %1 has an empty expression").arg(conventions::checkName(t, i)));
    }
    // Derived names fit by construction (conventions::fittedName); a declared one is checked as it is.
    if (!t.primaryKeyName.isEmpty())
        checkName(t, {}, QStringLiteral("primary key name"), t.primaryKeyName);
    QSet<QString> constraintNames;
    QStringList names;
    if (!t.primaryKey.isEmpty())
        names << conventions::primaryKeyName(t);
    for (const ForeignKey &fk : t.foreignKeys)
        names << conventions::foreignKeyName(t, fk);
    for (int i = 0; i < t.checks.size(); ++i)
        names << conventions::checkName(t, i);
    for (const Exclusion &e : t.exclusions) {
        names << e.name;
        checkName(t, {}, QStringLiteral("exclusion constraint name"), e.name);
        if (e.definition.trimmed().isEmpty())
            add(t, {}, QStringLiteral("empty-expression"), QStringLiteral("exclusion constraint %1 has an empty definition").arg(e.name));
    }
    for (const QString &name : names) {
        if (constraintNames.contains(name))
            add(t, {}, QStringLiteral("duplicate-name"), QStringLiteral("two constraints of the table are named %1").arg(name));
        constraintNames.insert(name);
    }
}

void Validator::checkColumns(const Table &t)
{
    if (!t.partitionBy.isEmpty() && !t.primaryKey.isEmpty()) {
        // PostgreSQL keeps a partitioned table's keys unique per partition only.
        static const QRegularExpression key(QStringLiteral("\\(([^()]*)\\)\\s*$"));
        for (const QString &element : key.match(t.partitionBy).captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (t.hasColumn(element.trimmed()) && !t.primaryKey.contains(element.trimmed()))
                add(t, element.trimmed(), QStringLiteral("partition-key-outside-primary-key"),
                    QStringLiteral("the primary key of a partitioned table must include its partition key column %1").arg(element.trimmed()));
    }
    if (t.isPartition())  // a table without columns is one PostgreSQL makes too (CREATE TABLE t ())
        checkPartition(t);
    QSet<QString> seen;
    for (const Column &c : t.columns) {
        checkName(t, c.name, QStringLiteral("column name"), c.name);
        if (seen.contains(c.name))
            add(t, c.name, QStringLiteral("duplicate-name"), QStringLiteral("the table has two columns named %1").arg(c.name));
        seen.insert(c.name);
        QString typeProblem;
        const auto type = parseColumnType(c.type, &typeProblem);
        if (type)
            typeProblem = typeUseProblem(c.type, type);
        if (!typeProblem.isEmpty())
            add(t, c.name, QStringLiteral("unknown-type"), typeProblem);
        checkGeneration(t, c, type);
        if (!c.sequence.isDefault() && c.identity.isEmpty() && !(type && type->isSerial()))
            add(t, c.name, QStringLiteral("bad-sequence"), QStringLiteral("only a serial or identity column has a sequence of its own: remove \"sequence\""));
        if (t.history && (c.name == conventions::kHistoryIdColumn || c.name == conventions::kOperationColumn
                          || c.name == conventions::kChangedAtColumn))
            add(t, c.name, QStringLiteral("reserved-column"),
                QStringLiteral("%1 is a column of every history table; rename the column or turn history off").arg(c.name));
    }
}

// What PostgreSQL refuses about identity and generated columns, said before it does.
void Validator::checkGeneration(const Table &t, const Column &c, const std::optional<ColumnType> &type)
{
    if (!c.identity.isEmpty()) {
        if (type && (type->arrayDepth > 0 || !QStringList{QStringLiteral("smallint"), QStringLiteral("integer"), QStringLiteral("bigint")}.contains(type->base)))
            add(t, c.name, QStringLiteral("bad-identity"),
                QStringLiteral("an identity column must be smallint, integer or bigint, not %1 (a serial column is its own sequence)").arg(c.type));
        if (c.defaultExpr)
            add(t, c.name, QStringLiteral("bad-identity"), QStringLiteral("an identity column takes its values from its sequence: remove the default"));
        if (c.generatedExpr)
            add(t, c.name, QStringLiteral("bad-generated"), QStringLiteral("a column is either an identity or generated, not both"));
    }
    if (c.generatedExpr) {
        if (c.defaultExpr)
            add(t, c.name, QStringLiteral("bad-generated"), QStringLiteral("a generated column computes its value: remove the default"));
        if (type && type->isSerial())
            add(t, c.name, QStringLiteral("bad-generated"), QStringLiteral("a generated column cannot be serial; give it the plain type"));
        if (c.generatedExpr->trimmed().isEmpty())
            add(t, c.name, QStringLiteral("bad-generated"), QStringLiteral("the generation expression is empty"));
    }
}

void Validator::checkPartition(const Table &t)
{
    const Table *parent = lookup(t.partitionOf, t.schema);
    if (!parent)
        add(t, {}, QStringLiteral("partition-without-parent"),
            QStringLiteral("the table is a partition of %1, which is not in the design").arg(t.partitionOf));
    else if (parent->partitionBy.isEmpty())
        add(t, {}, QStringLiteral("partition-without-parent"),
            QStringLiteral("the table is a partition of %1, which is not partitioned (it has no \"partition_by\")").arg(t.partitionOf));
    if (!t.columns.isEmpty() || !t.primaryKey.isEmpty())
        add(t, {}, QStringLiteral("partition-columns"), QStringLiteral("a partition has its parent's columns and key: leave \"columns\" and \"primary_key\" out"));
    if (t.history)
        add(t, {}, QStringLiteral("partition-history"), QStringLiteral("a partition's rows reach history through its parent's triggers: turn history off here"));
    if (t.partitionBound.trimmed().isEmpty())
        add(t, {}, QStringLiteral("missing-key"), QStringLiteral("the partition has no \"partition_bound\" (FOR VALUES …, or DEFAULT)"));
}

void Validator::checkForeignKey(const Table &t, const ForeignKey &fk)
{
    const QString what = QStringLiteral("foreign key %1").arg(conventions::foreignKeyName(t, fk));
    if (!fk.name.isEmpty())
        checkName(t, {}, QStringLiteral("foreign key name"), fk.name);
    // A row half filled in the designer: say what is missing, never render it.
    if (fk.columns.isEmpty() || fk.references.trimmed().isEmpty() || fk.refColumns.isEmpty()) {
        add(t, {}, QStringLiteral("foreign-key-incomplete"),
            QStringLiteral("%1 needs %2").arg(what, fk.columns.isEmpty() ? QStringLiteral("its columns")
                                                  : fk.references.trimmed().isEmpty() ? QStringLiteral("the table it references")
                                                                                      : QStringLiteral("the columns it references")));
        return;
    }
    checkColumnsExist(t, fk.columns, what);
    if (fk.initiallyDeferred && !fk.deferrable)
        add(t, {}, QStringLiteral("bad-deferrable"), QStringLiteral("%1 is initially deferred but not deferrable; add \"deferrable\": true").arg(what));
    const Table *target = lookup(fk.references, t.schema);
    if (!target) {
        // A project may describe part of a database, but only when it says so:
        // otherwise the migration would fail when applied.
        if (fk.external)
            m_problems.append(Problem{Problem::Severity::Warning, QStringLiteral("table-outside-project"),
                                      QStringLiteral("%1 references table %2, which lives outside the project (\"external\"): "
                                                     "it must exist in the database").arg(what, fk.references),
                                      {}, t.schema, t.name, {}, 0});
        else
            add(t, {}, QStringLiteral("table-outside-project"),
                QStringLiteral("%1 references table %2, which is not in the design: add %2, or mark the key \"external\": true "
                               "if %2 lives outside this project").arg(what, fk.references));
        return;
    }
    if (fk.columns.size() != fk.refColumns.size()) {
        add(t, {}, QStringLiteral("foreign-key-mismatch"),
            QStringLiteral("%1 has %2 column(s) but references %3").arg(what).arg(fk.columns.size()).arg(fk.refColumns.size()));
        return;
    }
    for (const QString &c : fk.refColumns)
        if (!target->hasColumn(c)) {
            add(t, {}, QStringLiteral("unknown-column"), QStringLiteral("%1 references %2.%3, which does not exist").arg(what, target->name, c));
            return;
        }
    const QSet<QString> wanted(fk.refColumns.begin(), fk.refColumns.end());
    bool unique = QSet<QString>(target->primaryKey.begin(), target->primaryKey.end()) == wanted;
    for (const Index &index : target->indexes)
        unique = unique || (index.unique && QSet<QString>(index.columns.begin(), index.columns.end()) == wanted);
    if (!unique)
        add(t, {}, QStringLiteral("foreign-key-not-unique"),
            QStringLiteral("%1 references %2 (%3), which is neither its primary key nor a unique index")
                .arg(what, target->name, fk.refColumns.join(QStringLiteral(", "))));
}

// Tables, indexes, sequences and key indexes share one namespace per schema.
void Validator::checkRelationNames()
{
    struct Owner {
        QString what;
        const Table *table = nullptr;
    };
    QHash<std::pair<QString, QString>, Owner> owners;  // (schema, name) -> what of which table
    owners.reserve(m_project.tables.size() * 6);
    for (const Table &t : m_project.tables) {
        const auto claim = [&](const QString &what, const QString &name) {
            Owner &owner = owners[{t.schema, name}];  // one look-up: claimed now, or by another before
            if (owner.table)
                add(t, {}, QStringLiteral("duplicate-name"),
                    QStringLiteral("the name %1 is used twice: by the %2 of table %3 and by the %4 of table %5").arg(name, owner.what, owner.table->name, what, t.name));
            else
                owner = Owner{what, &t};
        };
        claim(QStringLiteral("table"), t.name);
        const QList<conventions::DerivedName> derived = m_derived.value(&t);  // const: shared, not copied to iterate
        for (const conventions::DerivedName &d : derived)
            if (d.relation)
                claim(d.what, d.name);
    }
}

QString Validator::typeUseProblem(const QString &text, const std::optional<ColumnType> &type) const
{
    if (!type->userDefined)
        return {};
    if (const TypeDefinition *defined = m_project.findType(text))
        return type->modifiers.isEmpty() ? QString()
                                         : QStringLiteral("type \"%1\": the %2 %3 takes no modifiers").arg(text, typeKindName(defined->kind), defined->name);
    if (m_project.extensionProviding(text) || m_project.rowTypeTable(text))
        return {};
    return QStringLiteral("unknown type \"%1\": neither built into PostgreSQL, nor a type of the design, nor one of an extension it "
                          "lists (add the extension under \"extensions\", with its \"types\" when Schemawright does not know them)").arg(text);
}

void Validator::checkTypes()
{
    QSet<QString> seen;
    for (const TypeDefinition &t : m_project.types) {
        checkType(t);
        if (seen.contains(t.qualifiedName()))
            addForType(t, {}, QStringLiteral("duplicate-name"), QStringLiteral("the project has two types named %1").arg(t.name));
        seen.insert(t.qualifiedName());
        // A table's row type has the table's name, and its history table's too.
        for (const Table &table : m_project.tables)
            if (table.schema == t.schema && (table.name == t.name || (table.history && conventions::historyTableName(table.name) == t.name)))
                addForType(t, {}, QStringLiteral("duplicate-name"),
                           QStringLiteral("the name %1 is used twice: by a type and by table %2 (every table is also a type)").arg(t.name, table.name));
    }
    QSet<QString> sequences;
    for (const Sequence &s : m_project.sequences) {
        const auto problem = [&](const QString &code, const QString &message) {
            m_problems.append(Problem{Problem::Severity::Error, code, QStringLiteral("sequence %1: %2").arg(s.name, message), {}, s.schema, {}, {}, 0});
        };
        if (const QString why = identifierProblem(s.name); !why.isEmpty())
            problem(QStringLiteral("invalid-identifier"), why);
        if (sequences.contains(s.qualifiedName()))
            problem(QStringLiteral("duplicate-name"), QStringLiteral("the project has two sequences of that name"));
        sequences.insert(s.qualifiedName());
        if (m_tables.find(s.name, s.schema))
            problem(QStringLiteral("duplicate-name"), QStringLiteral("a table has the same name (they share one namespace)"));
        if (!s.ownedBy.isEmpty()) {
            const Table *owner = m_tables.find(s.ownedBy.section(QLatin1Char('.'), 0, -2), s.schema);
            if (!owner || !owner->hasColumn(s.ownedBy.section(QLatin1Char('.'), -1)))
                problem(QStringLiteral("unknown-column"), QStringLiteral("\"owned_by\" names %1, which the design does not have").arg(s.ownedBy));
        }
    }
    QSet<QString> extensions;
    for (const Extension &e : m_project.extensions) {
        const QString problem = identifierProblem(e.name);
        if (!problem.isEmpty())
            m_problems.append(Problem{Problem::Severity::Error, QStringLiteral("invalid-identifier"), QStringLiteral("extension name: %1").arg(problem),
                                      {}, e.schema, QStringLiteral("extension %1").arg(e.name), {}, 0});
        if (extensions.contains(e.name))
            m_problems.append(Problem{Problem::Severity::Error, QStringLiteral("duplicate-name"), QStringLiteral("the project lists extension %1 twice").arg(e.name),
                                      {}, e.schema, QStringLiteral("extension %1").arg(e.name), {}, 0});
        extensions.insert(e.name);
    }
}

void Validator::checkSqlObjects()
{
    if (m_project.sqlObjects.isEmpty())
        return;
    QSet<QString> seen;
    std::optional<QSet<QString>> derived;  // the conventions' functions and triggers: made when one of those is met
    QSet<QString> relations;  // views and materialized views a trigger or index may be on
    for (const SqlObject &o : m_project.sqlObjects)
        if (o.isRelation())
            relations << o.schema + QLatin1Char('.') + o.name;
    for (const SqlObject &o : m_project.sqlObjects) {
        const auto problem = [&](const QString &code, const QString &message) {
            m_problems.append(Problem{Problem::Severity::Error, code, QStringLiteral("%1: %2").arg(o.title(), message), {}, o.schema, o.name, {}, 0});
        };
        if (const QString why = identifierProblem(o.name); !why.isEmpty())
            problem(o.name.toUtf8().size() > kMaxIdentifierBytes ? QStringLiteral("identifier-too-long") : QStringLiteral("invalid-identifier"), why);
        if (o.definition.trimmed().isEmpty())
            problem(QStringLiteral("missing-key"), QStringLiteral("its definition is empty"));
        const QString identity = o.identity();
        if (seen.contains(identity))
            problem(QStringLiteral("duplicate-name"), QStringLiteral("the project holds it twice"));
        seen.insert(identity);
        if ((o.kind == SqlObject::Kind::Function || o.kind == SqlObject::Kind::Trigger) && !derived)
            derived = conventions::derivedObjectIdentities(m_project.tables);
        if (derived && derived->contains(identity))
            problem(QStringLiteral("duplicate-name"), QStringLiteral("the conventions make this one from its table; remove it from \"sql_objects\""));
        if (o.isRelation() && m_tables.find(o.name, o.schema))
            problem(QStringLiteral("duplicate-name"), QStringLiteral("a table has the same name (they share one namespace)"));
        if (!o.table.isEmpty()) {
            if (!relations.contains(o.schema + QLatin1Char('.') + o.table) && !m_tables.find(o.table, o.schema))
                problem(QStringLiteral("unknown-table"), QStringLiteral("it is on %1, which the design does not have").arg(o.table));
        }
    }
}

void Validator::checkType(const TypeDefinition &t)
{
    for (const auto &[what, name] : {std::pair{QStringLiteral("type name"), t.name}, std::pair{QStringLiteral("schema name"), t.schema}}) {
        const QString problem = identifierProblem(name);
        if (!problem.isEmpty())
            addForType(t, {}, name.toUtf8().size() > kMaxIdentifierBytes ? QStringLiteral("identifier-too-long") : QStringLiteral("invalid-identifier"),
                       QStringLiteral("%1: %2").arg(what, problem));
    }
    // A type used inside a type the same way a column uses one.
    const auto checkUse = [&](const QString &text, const QString &column) {
        QString problem;
        const auto type = parseColumnType(text, &problem);
        if (type)
            problem = typeUseProblem(text, type);
        if (problem.isEmpty() && type && type->isSerial())
            problem = QStringLiteral("a serial type makes a sequence, which only a table column can own; use %1").arg(type->withoutSerial().canonical());
        if (problem.isEmpty() && m_project.findType(text) == &t)
            problem = QStringLiteral("the type cannot contain itself");
        if (!problem.isEmpty())
            addForType(t, column, QStringLiteral("unknown-type"), problem);
    };
    switch (t.kind) {
    case TypeDefinition::Kind::Enum: {
        QSet<QString> labels;
        for (const QString &v : t.values) {
            if (v.isEmpty() || v.toUtf8().size() > kMaxIdentifierBytes)
                addForType(t, {}, QStringLiteral("bad-enum-value"),
                           QStringLiteral("enum value \"%1\" must be 1 to %2 bytes long").arg(v).arg(kMaxIdentifierBytes));
            if (labels.contains(v))
                addForType(t, {}, QStringLiteral("duplicate-name"), QStringLiteral("the enum lists value \"%1\" twice").arg(v));
            labels.insert(v);
        }
        for (auto it = t.replace.begin(); it != t.replace.end(); ++it)
            if (labels.contains(it.key()) || !labels.contains(it.value()))
                addForType(t, {}, QStringLiteral("bad-enum-replace"),
                           QStringLiteral("\"replace\" maps \"%1\" to \"%2\": it maps a value the enum no longer has to one it has")
                               .arg(it.key(), it.value()));
        break;
    }
    case TypeDefinition::Kind::Domain: {
        checkUse(t.base, {});
        QSet<QString> names;
        for (const Check &c : t.checks) {
            if (c.name.isEmpty())
                addForType(t, {}, QStringLiteral("missing-key"), QStringLiteral("every check of a domain needs a \"name\""));
            else if (names.contains(c.name))
                addForType(t, {}, QStringLiteral("duplicate-name"), QStringLiteral("two checks of the domain are named %1").arg(c.name));
            names.insert(c.name);
            if (c.expression.trimmed().isEmpty())
                addForType(t, {}, QStringLiteral("empty-expression"), QStringLiteral("check %1 has an empty expression").arg(c.name));
        }
        break;
    }
    case TypeDefinition::Kind::Range:
        checkUse(t.base, {});
        break;
    case TypeDefinition::Kind::Composite: {
        QSet<QString> names;
        for (const Column &a : t.attributes) {
            const QString problem = identifierProblem(a.name);
            if (!problem.isEmpty())
                addForType(t, a.name, QStringLiteral("invalid-identifier"), QStringLiteral("attribute name: %1").arg(problem));
            if (names.contains(a.name))
                addForType(t, a.name, QStringLiteral("duplicate-name"), QStringLiteral("the type has two attributes named %1").arg(a.name));
            names.insert(a.name);
            checkUse(a.type, a.name);
        }
        break;
    }
    }
}

} // namespace

QList<Problem> validateProject(const Project &project)
{
    return Validator(project).run(true);
}

QList<Problem> validateProjectAfresh(const Project &project)
{
    return Validator(project).run(false);
}

QString whyNoHistory(const Project &project, const Table &table)
{
    for (const QString &own : {conventions::kHistoryIdColumn, conventions::kOperationColumn, conventions::kChangedAtColumn})
        if (table.hasColumn(own))
            return QStringLiteral("it has a column %1, which every history table has of its own").arg(own);
    const QString history = conventions::historyTableName(table.name);
    for (const Table &other : project.tables)
        if (other.schema == table.schema && other.name == history)
            return QStringLiteral("a table of its own is named %1, its history table's name").arg(history);
    return {};
}

} // namespace sw
