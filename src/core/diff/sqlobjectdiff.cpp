#include "diff/sqlobjectdiff.h"

#include "sql/sqlobjectsql.h"
#include "sql/sqlreader.h"

#include <QHash>

#include <optional>

namespace sw {

namespace {

// The names a text of SQL uses (words and quoted identifiers), those inside
// its strings and dollar-quoted bodies too: a function's body reads tables.
QSet<QString> namesIn(const QString &sql)
{
    QSet<QString> names;
    for (const sql::Token &t : sql::tokenize(sql))
        if (t.isName())
            names << t.text;
        else if (t.kind == sql::Token::Kind::String || t.kind == sql::Token::Kind::DollarString)
            names.unite(namesIn(t.text));
    return names;
}

// The functions a design's tables call (in a default, generated column,
// check, index or exclusion): those of the design are made before the
// tables and dropped after them.
QSet<QString> functionsCalledByTables(const Project &project)
{
    QSet<QString> called;
    const auto calls = [&](const QString &sql) {
        const QList<sql::Token> tokens = sql::tokenize(sql);
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
            if (tokens.at(i).isName() && tokens.at(i + 1).isSymbol("("))
                called << tokens.at(i).text;
    };
    for (const Table &t : project.tables) {
        for (const Column &c : t.columns) {
            calls(c.defaultExpr.value_or(QString()));
            calls(c.generatedExpr.value_or(QString()));
        }
        for (const Check &c : t.checks)
            calls(c.expression);
        for (const Index &i : t.indexes) {
            calls(i.columns.join(QLatin1Char(',')));
            calls(i.where.value_or(QString()));
        }
        for (const Exclusion &e : t.exclusions)
            calls(e.definition);
    }
    return called;
}

// The keys of what the object reads (see sqlObjectDependencies), `names` being
// those its definition uses. `tablesByName`, when given, is the design's tables
// by their names: a plan asks for every object, and a view names a few words
// where a design has thousands of tables; a single ask goes through the tables.
QSet<QString> dependencies(const SqlObject &object, const Project &project, const QSet<QString> &names,
                           const QMultiHash<QString, const Table *> *tablesByName = nullptr)
{
    QSet<QString> keys(object.dependsOn.begin(), object.dependsOn.end());
    if (!object.table.isEmpty())
        keys << object.schema + QLatin1Char('.') + object.table;
    for (const SqlObject &other : project.sqlObjects)
        if (&other != &object && names.contains(other.name) && other.key() != object.key())
            keys << other.key();
    if (!tablesByName) {
        for (const Table &t : project.tables)
            if (names.contains(t.name))
                keys << t.qualifiedName();
        return keys;
    }
    for (const QString &name : names)
        for (auto it = tablesByName->constFind(name); it != tablesByName->cend() && it.key() == name; ++it)
            keys << (*it)->qualifiedName();
    return keys;
}

// What each object of a design reads, worked out once per plan.
class Reads {
public:
    explicit Reads(const Project &project) : m_project(project) {}

    const QSet<QString> &names(const SqlObject &o)
    {
        if (!m_names.contains(&o))
            m_names.insert(&o, namesIn(o.definition));
        return m_names[&o];
    }
    const QSet<QString> &of(const SqlObject &o)
    {
        if (m_tablesByName.isEmpty())
            for (const Table &t : m_project.tables)
                m_tablesByName.insert(t.name, &t);
        if (!m_reads.contains(&o))
            m_reads.insert(&o, dependencies(o, m_project, names(o), &m_tablesByName));
        return m_reads[&o];
    }
    bool calledByTables(const SqlObject &o)
    {
        if (!o.isRoutine())
            return false;
        if (!m_called)  // read from every table's expressions only when a routine asks
            m_called = functionsCalledByTables(m_project);
        return m_called->contains(o.name);
    }

private:
    const Project &m_project;
    std::optional<QSet<QString>> m_called;
    QMultiHash<QString, const Table *> m_tablesByName;  // made when an object is first asked about
    QHash<const SqlObject *, QSet<QString>> m_names, m_reads;
};

// `objects` so that each comes after what it reads among them; among those
// free to go, routines first, then views, materialized views, indexes and
// triggers (the kinds' order), then the design's order. A cycle (names in
// strings can look like reads) is broken by the kinds' order, then the design's:
// a routine before the aggregate or view that calls it.
QList<const SqlObject *> dependencyOrder(const QList<const SqlObject *> &objects, Reads &reads)
{
    QList<const SqlObject *> remaining = objects, order;
    while (!remaining.isEmpty()) {
        const auto waits = [&](const SqlObject *o) {
            return std::any_of(remaining.begin(), remaining.end(), [&](const SqlObject *other) { return other != o && reads.of(*o).contains(other->key()); });
        };
        auto next = remaining.end();
        for (auto it = remaining.begin(); it != remaining.end(); ++it)
            if (!waits(*it) && (next == remaining.end() || int((*it)->kind) < int((*next)->kind)))
                next = it;
        if (next == remaining.end())
            next = std::min_element(remaining.begin(), remaining.end(), [](const SqlObject *a, const SqlObject *b) { return int(a->kind) < int(b->kind); });
        order << *next;
        remaining.erase(next);
    }
    return order;
}

QString title(const SqlObject &o)
{
    QString t = sqlObjectKindTitle(o.kind) + QLatin1Char(' ') + o.label();
    t[0] = t[0].toUpper();
    return t;
}

void append(MigrationPlan &plan, const QString &comment, const QString &up, const QString &down, bool verbatim)
{
    plan.append(MigrationPlan{{MigrationStep{comment, up, verbatim}}, {MigrationStep{comment, down, verbatim}}, {}});
}

// Routines are written exactly as given: spaces in their bodies are part of them.
void create(MigrationPlan &plan, const SqlObject &o)
{
    append(plan, title(o), sql::createSqlObject(o), sql::dropSqlObject(o), o.isRoutine());
}

void drop(MigrationPlan &plan, const SqlObject &o, const QString &why)
{
    append(plan, title(o) + why, sql::dropSqlObject(o), sql::createSqlObject(o), o.isRoutine());
}

} // namespace

// CREATE OR REPLACE both ways: a routine with the same header (parameters,
// result, attributes); a view with the same SELECT list over the same
// relations, so that each column keeps its name and type (PostgreSQL refuses
// a replace that changes them, and one that drops a column on the way down).
bool replaceableInPlace(const SqlObject &before, const SqlObject &after, const Project &from, const Project &to)
{
    if (before.kind == SqlObject::Kind::Function || before.kind == SqlObject::Kind::Procedure) {
        const QString header = sql::routineHeader(before.definition);
        return !header.isEmpty() && header == sql::routineHeader(after.definition);
    }
    if (before.kind != SqlObject::Kind::View)
        return false;
    const QList<QStringList> columns = sql::selectList(before.definition);
    return !columns.isEmpty() && columns == sql::selectList(after.definition) && sqlObjectDependencies(before, from) == sqlObjectDependencies(after, to);
}

QSet<QString> sqlObjectDependencies(const SqlObject &object, const Project &project)
{
    return dependencies(object, project, namesIn(object.definition));
}

QStringList staleTableMentions(const QList<QPair<const Table *, const Table *>> &keptTables, const Project &to)
{
    QStringList notes;
    for (const auto &[before, after] : keptTables) {
        if (before->name == after->name && before->schema == after->schema)
            continue;
        for (const SqlObject &o : to.sqlObjects)
            if (namesIn(o.definition).contains(before->name) && !(before->name == after->name && o.definition.contains(after->qualifiedName())))
                notes << QStringLiteral("%1 still names %2, which becomes %3: check its definition").arg(o.title(), before->qualifiedName(), after->qualifiedName());
    }
    return notes;
}

namespace {

// What goes (dropped or made again) and why; what is replaced in place.
struct Changes {
    QHash<const SqlObject *, QString> going;
    QList<const SqlObject *> replaced;
};

Changes sqlObjectChanges(const Project &from, const Project &to, const QHash<QString, const SqlObject *> &after, Reads &readsBefore,
                         const ReshapedTables &reshaped)
{
    Changes changes;
    QHash<const SqlObject *, QString> &going = changes.going;
    QList<const SqlObject *> &replaced = changes.replaced;
    for (const SqlObject &o : from.sqlObjects) {
        const SqlObject *now = after.value(o.identity());
        const QSet<QString> &reads = readsBefore.of(o);
        const auto readsChangedColumn = [&](const QString &table) {
            const QStringList columns = reshaped.value(table);
            return reshaped.contains(table)
                && (o.definition.contains(QLatin1Char('*'))
                    || std::any_of(columns.begin(), columns.end(), [&](const QString &c) { return readsBefore.names(o).contains(c); }));
        };
        if (!now)
            going.insert(&o, QString());
        else if (o.isRelation() && std::any_of(reads.begin(), reads.end(), readsChangedColumn))
            going.insert(&o, QStringLiteral(" (a column it reads changes; made again below)"));
        else if (now->definition != o.definition && replaceableInPlace(o, *now, from, to))
            replaced << &o;
        else if (now->definition != o.definition)
            going.insert(&o, QStringLiteral(" (its definition changes)"));
    }
    // What reads something that goes goes too, and comes back.
    for (bool grew = true; grew;) {
        grew = false;
        for (const SqlObject &o : from.sqlObjects) {
            if (going.contains(&o))
                continue;
            const QSet<QString> &reads = readsBefore.of(o);
            for (auto it = going.begin(); it != going.end(); ++it)
                if (reads.contains(it.key()->key())) {
                    going.insert(&o, QStringLiteral(" (it depends on %1; made again below)").arg(it.key()->name));
                    grew = true;
                    break;
                }
        }
    }
    replaced.removeIf([&](const SqlObject *o) { return going.contains(o); });  // made again after all
    return changes;
}

} // namespace

SqlObjectPlan planSqlObjectChanges(const Project &from, const Project &to, const ReshapedTables &reshaped)
{
    QHash<QString, const SqlObject *> before, after;
    for (const SqlObject &o : from.sqlObjects)
        before.insert(o.identity(), &o);
    for (const SqlObject &o : to.sqlObjects)
        after.insert(o.identity(), &o);

    Reads readsBefore(from), readsAfter(to);
    const Changes changes = sqlObjectChanges(from, to, after, readsBefore, reshaped);
    const QHash<const SqlObject *, QString> &going = changes.going;
    const QList<const SqlObject *> &replaced = changes.replaced;

    SqlObjectPlan plan;
    QList<const SqlObject *> drops;
    for (const SqlObject &o : from.sqlObjects)
        if (going.contains(&o))
            drops << &o;
    QList<const SqlObject *> dropOrder = dependencyOrder(drops, readsBefore);
    std::reverse(dropOrder.begin(), dropOrder.end());
    for (const SqlObject *o : dropOrder)
        drop(after.contains(o->identity()) || !readsBefore.calledByTables(*o) ? plan.dropBefore : plan.dropAfter, *o, going.value(o));

    QList<const SqlObject *> creates;
    for (const SqlObject &o : to.sqlObjects) {
        const SqlObject *was = before.value(o.identity());
        if (!was || going.contains(was))
            creates << &o;
    }
    for (const SqlObject *o : dependencyOrder(creates, readsAfter)) {
        if (!before.contains(o->identity()) && readsAfter.calledByTables(*o))
            create(plan.routinesBefore, *o);
        else
            create(plan.createAfter, *o);
    }
    // The new body once the tables are as the design says; the old one back once they are as they were
    // (a body naming a renamed table only works on its side of the rename).
    for (const SqlObject *was : replaced) {
        const SqlObject *now = after.value(was->identity());
        const QString comment = title(*now) + QStringLiteral(" (replaced)");
        const auto replace = [](const SqlObject &o) { return o.isRoutine() ? sql::replaceRoutine(o) : sql::replaceView(o); };
        plan.createAfter.append(MigrationPlan{{MigrationStep{comment, replace(*now), now->isRoutine()}}, {}, {}});
        plan.dropBefore.append(MigrationPlan{{}, {MigrationStep{comment, replace(*was), was->isRoutine()}}, {}});
    }
    // Comments of what stays.
    for (const SqlObject &o : to.sqlObjects)
        if (const SqlObject *was = before.value(o.identity()); was && !going.contains(was) && was->comment != o.comment)
            append(plan.createAfter, QStringLiteral("Comment on %1").arg(o.title()), sql::commentOnSqlObject(o, o.comment),
                   sql::commentOnSqlObject(o, was->comment), false);
    return plan;
}

} // namespace sw
