// Enums, domains, composites and extensions between two designs. Every step
// carries its exact reverse. An enum can gain values and rename them in
// place; anything else (a value removed, an order changed) recreates it and
// moves every column that uses it over, with the values `replace` maps.

#include "diff/typediff.h"

#include "columntype.h"
#include "conventions.h"
#include "identifiers.h"
#include "problem.h"
#include "sql/altersql.h"
#include "sql/expressionform.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"
#include "sql/typesql.h"

#include <QRegularExpression>

namespace sw {

namespace {

[[noreturn]] void refuse(const TypeDefinition &type, const QString &code, const QString &message)
{
    throw SchemaError(Problem{Problem::Severity::Error, code, message, {}, type.schema, QStringLiteral("type %1").arg(type.name), {}, 0});
}

void step(MigrationPlan &plan, const QString &comment, const QString &up, const QString &down)
{
    if (up.isEmpty())
        return;
    plan.upgrade << MigrationStep{comment, up};
    if (!down.isEmpty())
        plan.downgrade.prepend(MigrationStep{comment, down});
}

QString joined(const QStringList &statements) { return statements.join(QLatin1Char('\n')); }

// "Enum mood", "Domain email", "Type address": the comment of a step.
QString title(const TypeDefinition &type)
{
    switch (type.kind) {
    case TypeDefinition::Kind::Enum: return QStringLiteral("Enum %1").arg(type.name);
    case TypeDefinition::Kind::Domain: return QStringLiteral("Domain %1").arg(type.name);
    case TypeDefinition::Kind::Composite: return QStringLiteral("Type %1").arg(type.name);
    case TypeDefinition::Kind::Range: return QStringLiteral("Range %1").arg(type.name);
    }
    return {};
}


// The types `type` is built on, as the design names them.
QStringList typesUsedBy(const TypeDefinition &type)
{
    if (type.kind == TypeDefinition::Kind::Domain || type.kind == TypeDefinition::Kind::Range)
        return {type.base};
    QStringList used;
    for (const Column &a : type.attributes)
        used << a.type;
    return used;
}

const TypeDefinition *sameType(const QList<TypeDefinition> &types, const TypeDefinition &type)
{
    for (const TypeDefinition &t : types)
        if (t.qualifiedName() == type.qualifiedName())
            return &t;
    return nullptr;
}

bool mentions(const QString &sql, const QString &column)
{
    return sql.contains(QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_$])%1(?![A-Za-z0-9_$])").arg(QRegularExpression::escape(column))))
        || sql.contains(quoteIdentifier(column));
}

// ---- enums ----------------------------------------------------------------

// `to` is `from` with labels inserted, the others in their order.
bool onlyAddsValues(const QStringList &from, const QStringList &to)
{
    qsizetype next = 0;
    for (const QString &v : to)
        if (next < from.size() && from.at(next) == v)
            ++next;
    return next == from.size() && to.size() >= from.size();
}

// Same length, and every label that differs is new on one side and gone on the other.
bool onlyRenamesValues(const QStringList &from, const QStringList &to)
{
    if (from.size() != to.size())
        return false;
    for (qsizetype i = 0; i < from.size(); ++i)
        if (from.at(i) != to.at(i) && (to.contains(from.at(i)) || from.contains(to.at(i))))
            return false;
    return true;
}

// The value a column holding `old`'s labels gets in the new enum's type.
QString convertedValue(const QString &column, int arrayDepth, const QMap<QString, QString> &replace, const QString &type)
{
    const QString name = quoteIdentifier(column);
    if (arrayDepth > 0) {
        QString value = name + QStringLiteral("::text[]");
        for (auto it = replace.begin(); it != replace.end(); ++it)
            value = QStringLiteral("array_replace(%1, %2, %3)").arg(value, quoteLiteral(it.key()), quoteLiteral(it.value()));
        return value + QStringLiteral("::") + type + QStringLiteral("[]");
    }
    if (replace.isEmpty())
        return QStringLiteral("%1::text::%2").arg(name, type);
    QString cases;
    for (auto it = replace.begin(); it != replace.end(); ++it)
        cases += QStringLiteral(" WHEN %1 THEN %2").arg(quoteLiteral(it.key()), quoteLiteral(it.value()));
    return QStringLiteral("(CASE %1::text%2 ELSE %1::text END)::%3").arg(name, cases, type);
}

// Renames the old enum aside, creates the new one, moves every column of
// `tables` (and its history copy) over, drops the old one. A default, check
// or index that names such a column holds the old type in its expression:
// each is taken off first and put back after.
QString recreateEnum(const Project &design, const TypeDefinition &from, const TypeDefinition &to, const QMap<QString, QString> &replace)
{
    for (const TypeDefinition &other : design.types)
        for (const QString &used : typesUsedBy(other))
            if (design.findType(used) && design.findType(used)->qualifiedName() == from.qualifiedName())
                refuse(from, QStringLiteral("enum-in-use"),
                       QStringLiteral("the change recreates enum %1 (a value removed or moved), but %2 %3 is built on it; "
                                      "PostgreSQL cannot move a type over: change %3 first").arg(from.name, typeKindName(other.kind), other.name));
    const QString aside = from.name.left(kMaxIdentifierBytes - 12) + QStringLiteral("_before_sw");
    TypeDefinition asideType = from;
    asideType.name = aside;
    QStringList statements{QStringLiteral("ALTER TYPE %1 RENAME TO %2;").arg(sql::typeRef(from), quoteIdentifier(aside)), sql::createType(to)};
    if (!to.comment.isEmpty())
        statements << sql::typeComment(to, to.comment);
    for (const Table &t : design.tables) {
        QStringList moved;
        for (const Column &c : t.columns)
            if (const TypeDefinition *used = design.findType(c.type); used && used->qualifiedName() == from.qualifiedName())
                moved << c.name;
        if (moved.isEmpty())
            continue;
        const auto mentionsMoved = [&](const QString &sql) {
            return std::any_of(moved.begin(), moved.end(), [&](const QString &c) { return sql != c && mentions(sql, c); });
        };
        QStringList before, after;
        for (const QString &name : moved)
            if (const Column *c = t.column(name); c->defaultExpr) {
                before << sql::setDefault(t, name, std::nullopt);
                after << sql::setDefault(t, name, c->defaultExpr);
            }
        for (int i = 0; i < t.checks.size(); ++i)
            if (mentionsMoved(t.checks.at(i).expression)) {
                before << sql::dropConstraint(t, conventions::checkName(t, i));
                after << sql::withConstraintComment(t, sql::addCheck(t, i), conventions::checkName(t, i), t.checks.at(i).comment);
            }
        for (const sql::IndexDefinition &index : sql::indexDefinitions(t))
            if (std::any_of(index.columns.begin(), index.columns.end(), mentionsMoved) || (index.where && mentionsMoved(*index.where))) {
                before << sql::dropIndex(t, index);
                after << sql::createIndexWithComment(t, index);
            }
        statements << before;
        for (const QString &name : moved) {
            const int depth = parseColumnType(t.column(name)->type)->arrayDepth;
            const QString type = sql::typeRef(to) + QString(QStringLiteral("[]")).repeated(depth);
            const QString using_ = convertedValue(name, depth, replace, sql::typeRef(to));
            statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %4;").arg(sql::tableRef(t), quoteIdentifier(name), type, using_);
            if (t.history)
                statements << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %4;")
                                  .arg(qualifiedIdentifier(t.schema, conventions::historyTableName(t.name)), quoteIdentifier(name), type, using_);
        }
        statements << after;
    }
    statements << sql::dropType(asideType);
    return joined(statements);
}

void planEnumChange(MigrationPlan &plan, const Project &from, const TypeDefinition &before, const TypeDefinition &after)
{
    const QString comment = title(after);
    if (before.values == after.values)
        return;
    if (onlyRenamesValues(before.values, after.values)) {
        QStringList up, down;
        for (qsizetype i = 0; i < before.values.size(); ++i)
            if (before.values.at(i) != after.values.at(i)) {
                up << QStringLiteral("ALTER TYPE %1 RENAME VALUE %2 TO %3;").arg(sql::typeRef(after), quoteLiteral(before.values.at(i)), quoteLiteral(after.values.at(i)));
                down << QStringLiteral("ALTER TYPE %1 RENAME VALUE %2 TO %3;").arg(sql::typeRef(after), quoteLiteral(after.values.at(i)), quoteLiteral(before.values.at(i)));
            }
        step(plan, comment, joined(up), joined(down));
        return;
    }
    // PostgreSQL can add a label but never take one away: the way down recreates.
    const QString down = recreateEnum(from, after, before, {});
    if (onlyAddsValues(before.values, after.values)) {
        QStringList up;
        for (qsizetype i = 0; i < after.values.size(); ++i)
            if (!before.values.contains(after.values.at(i)))
                up << (i + 1 < after.values.size()
                           ? QStringLiteral("ALTER TYPE %1 ADD VALUE %2 BEFORE %3;").arg(sql::typeRef(after), quoteLiteral(after.values.at(i)), quoteLiteral(after.values.at(i + 1)))
                           : QStringLiteral("ALTER TYPE %1 ADD VALUE %2;").arg(sql::typeRef(after), quoteLiteral(after.values.at(i))));
        // Statements run backwards from the end, so each BEFORE names a label already there.
        std::reverse(up.begin(), up.end());
        step(plan, comment, joined(up), down);
        plan.warnings << QStringLiteral("The downgrade recreates enum %1 without its new values; it fails if rows hold one of them.").arg(after.name);
        return;
    }
    step(plan, comment, recreateEnum(from, before, after, after.replace), down);
    QStringList removed;
    for (const QString &v : before.values)
        if (!after.values.contains(v) && !after.replace.contains(v))
            removed << v;
    if (!removed.isEmpty())
        plan.warnings << QStringLiteral("Enum %1 loses %2: rows holding one make the upgrade fail (nothing changes); map them with \"replace\".")
                             .arg(after.name, removed.join(QStringLiteral(", ")));
}

// ---- domains and composites ------------------------------------------------

void planDomainChange(MigrationPlan &plan, const TypeDefinition &before, const TypeDefinition &after)
{
    const QString ref = sql::typeRef(after);
    const QString comment = title(after);
    const auto parsedBase = [](const TypeDefinition &t) { return parseColumnType(t.base).value_or(ColumnType{}).canonical(); };
    if (parsedBase(before) != parsedBase(after))
        refuse(after, QStringLiteral("domain-base-change"),
               QStringLiteral("PostgreSQL cannot change the base type of domain %1 (%2 to %3): create a new domain, move the columns to it, "
                              "then remove this one").arg(after.name, before.base, after.base));
    const auto defaultClause = [&](const std::optional<QString> &d) {
        return d ? QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2;").arg(ref, *d) : QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT;").arg(ref);
    };
    if (!sameExpression(before.defaultExpr, after.defaultExpr))
        step(plan, comment, defaultClause(after.defaultExpr), defaultClause(before.defaultExpr));
    const auto notNull = [&](bool nullable) { return QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL;").arg(ref, nullable ? QStringLiteral("DROP") : QStringLiteral("SET")); };
    if (before.nullable != after.nullable)
        step(plan, comment, notNull(after.nullable), notNull(before.nullable));
    const auto find = [](const QList<Check> &checks, const QString &name) -> const Check * {
        for (const Check &c : checks)
            if (c.name == name)
                return &c;
        return nullptr;
    };
    const auto drop = [&](const Check &c) { return QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2;").arg(ref, quoteIdentifier(c.name)); };
    const auto add = [&](const Check &c) { return QStringLiteral("ALTER DOMAIN %1 ADD %2;").arg(ref, sql::domainCheckClause(c)); };
    for (const Check &c : before.checks)
        if (const Check *now = find(after.checks, c.name); !now || !sameExpression(now->expression, c.expression))
            step(plan, comment, drop(c), add(c));
    for (const Check &c : after.checks)
        if (const Check *was = find(before.checks, c.name); !was || !sameExpression(was->expression, c.expression))
            step(plan, comment, add(c), drop(c));
}

void planCompositeChange(MigrationPlan &plan, const TypeDefinition &before, const TypeDefinition &after)
{
    const QString ref = sql::typeRef(after);
    const QString comment = title(after);
    const auto find = [](const QList<Column> &attributes, const QString &name) -> const Column * {
        for (const Column &a : attributes)
            if (a.name == name)
                return &a;
        return nullptr;
    };
    const auto typeSql = [](const QString &t) { return parseColumnType(t).value_or(ColumnType{}).sql(); };
    const auto add = [&](const Column &a) { return QStringLiteral("ALTER TYPE %1 ADD ATTRIBUTE %2 %3;").arg(ref, quoteIdentifier(a.name), typeSql(a.type)); };
    const auto drop = [&](const Column &a) { return QStringLiteral("ALTER TYPE %1 DROP ATTRIBUTE %2;").arg(ref, quoteIdentifier(a.name)); };
    const auto alter = [&](const Column &a) { return QStringLiteral("ALTER TYPE %1 ALTER ATTRIBUTE %2 TYPE %3;").arg(ref, quoteIdentifier(a.name), typeSql(a.type)); };
    for (const Column &a : before.attributes)
        if (!find(after.attributes, a.name))
            step(plan, comment, drop(a), add(a));
    for (const Column &a : after.attributes) {
        const Column *was = find(before.attributes, a.name);
        if (!was)
            step(plan, comment, add(a), drop(a));
        else if (typeSql(was->type) != typeSql(a.type))
            step(plan, comment, alter(a), alter(*was));
    }
}

// `types` in the order given, each with its comment; the reverse drops them.
MigrationPlan planCreateTypes(const QList<const TypeDefinition *> &types)
{
    MigrationPlan plan;
    for (const TypeDefinition *t : types) {
        QString up = sql::createType(*t);
        if (!t->comment.isEmpty())
            up += QLatin1Char('\n') + sql::typeComment(*t, t->comment);
        step(plan, title(*t), up, sql::dropType(*t));
    }
    return plan;
}

// Standalone sequences: created before the tables whose defaults draw from
// them, dropped after. A sequence owned by a column is tied to it once the
// table exists, and untied before the table can go, so that a dropped table
// never takes along a sequence a step still names.
void planSequences(TypeChangePlan &plan, const Project &from, const Project &to)
{
    const auto find = [](const QList<Sequence> &list, const Sequence &s) -> const Sequence * {
        for (const Sequence &candidate : list)
            if (candidate.qualifiedName() == s.qualifiedName())
                return &candidate;
        return nullptr;
    };
    const auto owner = [](const Sequence &s, const QString &ownedBy) {
        const QString table = ownedBy.section(QLatin1Char('.'), 0, -2), column = ownedBy.section(QLatin1Char('.'), -1);
        return QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2;")
            .arg(sql::sequenceRef(s), ownedBy.isEmpty() ? QStringLiteral("NONE")
                                                        : qualifiedIdentifier(table.contains(QLatin1Char('.')) ? table.section(QLatin1Char('.'), 0, 0) : s.schema,
                                                                              table.section(QLatin1Char('.'), -1)) + QLatin1Char('.') + quoteIdentifier(column));
    };
    const auto create = [&](const Sequence &s) {
        QString sql = sql::createSequence(s);
        if (!s.comment.isEmpty())
            sql += QStringLiteral("\nCOMMENT ON SEQUENCE %1 IS %2;").arg(sql::sequenceRef(s), quoteLiteral(s.comment));
        return sql;
    };
    MigrationPlan drops;
    for (const Sequence &s : to.sequences) {
        const QString comment = QStringLiteral("Sequence %1").arg(s.name);
        const Sequence *was = find(from.sequences, s);
        if (!was) {
            step(plan.before, comment, create(s), sql::dropSequence(s));
        } else {
            if (was->type != s.type)
                step(plan.before, comment, QStringLiteral("ALTER SEQUENCE %1 AS %2;").arg(sql::sequenceRef(s), s.type.toUpper()),
                     QStringLiteral("ALTER SEQUENCE %1 AS %2;").arg(sql::sequenceRef(s), was->type.toUpper()));
            if (was->options != s.options)
                step(plan.before, comment, QStringLiteral("ALTER SEQUENCE %1 %2;").arg(sql::sequenceRef(s), sql::sequenceChanges(was->options, s.options, s.type)),
                     QStringLiteral("ALTER SEQUENCE %1 %2;").arg(sql::sequenceRef(s), sql::sequenceChanges(s.options, was->options, was->type)));
            if (was->comment != s.comment)
                step(plan.before, comment, QStringLiteral("COMMENT ON SEQUENCE %1 IS %2;").arg(sql::sequenceRef(s), s.comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(s.comment)),
                     QStringLiteral("COMMENT ON SEQUENCE %1 IS %2;").arg(sql::sequenceRef(s), was->comment.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(was->comment)));
        }
        const QString ownedBefore = was ? was->ownedBy : QString();
        if (ownedBefore != s.ownedBy) {
            if (!ownedBefore.isEmpty())
                step(plan.before, comment, owner(s, QString()), owner(s, ownedBefore));
            if (!s.ownedBy.isEmpty())
                step(plan.after, comment, owner(s, s.ownedBy), owner(s, QString()));
        }
    }
    for (const Sequence &s : from.sequences)
        if (!find(to.sequences, s)) {
            if (!s.ownedBy.isEmpty())
                step(plan.before, QStringLiteral("Sequence %1").arg(s.name), owner(s, QString()), owner(s, s.ownedBy));
            step(plan.after, QStringLiteral("Sequence %1").arg(s.name), sql::dropSequence(s), create(s));
        }
}

} // namespace

QList<const TypeDefinition *> orderByDependency(const Project &project, const QList<const TypeDefinition *> &types)
{
    QList<const TypeDefinition *> order, remaining = types;
    const auto waitsFor = [&](const TypeDefinition *t) {
        for (const QString &used : typesUsedBy(*t))
            if (const TypeDefinition *dependency = project.findType(used))
                for (const TypeDefinition *r : remaining)
                    if (r != t && r->qualifiedName() == dependency->qualifiedName())
                        return true;
        return false;
    };
    while (!remaining.isEmpty()) {
        const auto next = std::find_if(remaining.begin(), remaining.end(), [&](const TypeDefinition *t) { return !waitsFor(t); });
        if (next == remaining.end())
            refuse(*remaining.first(), QStringLiteral("type-cycle"),
                   QStringLiteral("types %1 are built on each other; PostgreSQL cannot create them").arg([&] {
                       QStringList names;
                       for (const TypeDefinition *t : remaining)
                           names << t->name;
                       return names.join(QStringLiteral(", "));
                   }()));
        order << *next;
        remaining.erase(next);
    }
    return order;
}

TypeChangePlan planTypeChanges(const Project &from, const Project &to)
{
    TypeChangePlan plan;
    for (const Extension &e : to.extensions) {
        const auto was = std::find_if(from.extensions.begin(), from.extensions.end(), [&](const Extension &o) { return o.name == e.name; });
        if (was == from.extensions.end())
            step(plan.before, QStringLiteral("Extension %1").arg(e.name),
                 e.comment ? sql::createExtension(e) + QLatin1Char('\n') + sql::extensionComment(e) : sql::createExtension(e), sql::dropExtension(e));
        else if (was->comment != e.comment)
            step(plan.before, QStringLiteral("Comment on extension %1").arg(e.name), sql::extensionComment(e), sql::extensionComment(*was));
        if (was != from.extensions.end() && was->schema != e.schema)
            step(plan.before, QStringLiteral("Extension %1").arg(e.name),
                 QStringLiteral("ALTER EXTENSION %1 SET SCHEMA %2;").arg(quoteIdentifier(e.name), quoteIdentifier(e.schema)),
                 QStringLiteral("ALTER EXTENSION %1 SET SCHEMA %2;").arg(quoteIdentifier(e.name), quoteIdentifier(was->schema)));
    }
    QList<const TypeDefinition *> created, dropped;
    for (const TypeDefinition &t : to.types)
        if (!sameType(from.types, t))
            created << &t;
    for (const TypeDefinition &t : from.types)
        if (!sameType(to.types, t))
            dropped << &t;
    const auto restsOnRows = [](const Project &project, QList<const TypeDefinition *> &types) {
        QList<const TypeDefinition *> onRows;
        for (bool moved = true; moved;) {  // a type built on one that rests on rows does too
            moved = false;
            for (qsizetype i = 0; i < types.size(); ++i) {
                const QStringList used = typesUsedBy(*types.at(i));
                if (std::any_of(used.begin(), used.end(), [&](const QString &u) {
                        const TypeDefinition *t = project.findType(u);
                        return project.rowTypeTable(u) || (t && onRows.contains(t));
                    })) {
                    onRows << types.takeAt(i);
                    moved = true;
                    break;
                }
            }
        }
        return onRows;
    };
    const QList<const TypeDefinition *> createdOnRows = restsOnRows(to, created), droppedOnRows = restsOnRows(from, dropped);
    plan.before.append(planCreateTypes(orderByDependency(from, droppedOnRows)).reversed());
    plan.before.append(planCreateTypes(orderByDependency(to, created)));
    plan.afterTables.append(planCreateTypes(orderByDependency(to, createdOnRows)));
    for (const TypeDefinition &after : to.types) {
        const TypeDefinition *before = sameType(from.types, after);
        if (!before)
            continue;
        if (before->kind != after.kind)
            refuse(after, QStringLiteral("type-kind-change"),
                   QStringLiteral("type %1 changes from %2 to %3, which PostgreSQL cannot do: give the new type another name, move the columns "
                                  "to it, then remove this one").arg(after.name, typeKindName(before->kind), typeKindName(after.kind)));
        switch (after.kind) {
        case TypeDefinition::Kind::Enum: planEnumChange(plan.before, from, *before, after); break;
        case TypeDefinition::Kind::Domain: planDomainChange(plan.before, *before, after); break;
        case TypeDefinition::Kind::Composite: planCompositeChange(plan.before, *before, after); break;
        case TypeDefinition::Kind::Range:
            if (before->base != after.base || before->rangeOptions != after.rangeOptions)
                refuse(after, QStringLiteral("range-change"),
                       QStringLiteral("range %1 changes its subtype or options, which PostgreSQL cannot alter: give the new range another name, "
                                      "move the columns to it, then remove this one").arg(after.name));
            break;
        }
        if (before->comment != after.comment)
            step(plan.before, QStringLiteral("Comment on %1").arg(title(after).toLower()), sql::typeComment(after, after.comment), sql::typeComment(*before, before->comment));
    }
    planSequences(plan, from, to);
    // Dropped after the tables, as the exact reverse of creating them.
    plan.after.append(planCreateTypes(orderByDependency(from, dropped)).reversed());
    for (const Extension &e : from.extensions)
        if (std::none_of(to.extensions.begin(), to.extensions.end(), [&](const Extension &o) { return o.name == e.name; }))
            step(plan.after, QStringLiteral("Extension %1").arg(e.name), sql::dropExtension(e),
                 e.comment ? sql::createExtension(e) + QLatin1Char('\n') + sql::extensionComment(e) : sql::createExtension(e));
    return plan;
}

} // namespace sw
