#include "tableeditor/tablepartspecs.h"

#include "conventions.h"
#include "sql/indexdefinition.h"
#include "sql/sequencesql.h"
#include "sql/tablesql.h"

#include <QCoreApplication>

namespace sw::app {

namespace {

QStringList splitNames(const QVariant &value)
{
    QStringList names;
    for (const QString &n : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << n.trimmed();
    return names;
}

QString joinNames(const QStringList &names) { return names.join(QStringLiteral(", ")); }

QString uniqueName(const QString &stem, const std::function<bool(const QString &)> &taken)
{
    for (int i = 1;; ++i) {
        const QString name = QStringLiteral("%1_%2").arg(stem).arg(i);
        if (!taken(name))
            return name;
    }
}

template <typename T>
void moveItem(QList<T> &list, int from, int to)
{
    list.move(from, to);
}

// A column renamed in place is renamed wherever the table names it.
void renameColumnEverywhere(Table &t, const QString &from, const QString &to)
{
    const auto rename = [&](QStringList &names) {
        for (QString &n : names)
            if (n == from)
                n = to;
    };
    rename(t.primaryKey);
    for (Index &i : t.indexes)
        rename(i.columns);
    for (ForeignKey &fk : t.foreignKeys)
        rename(fk.columns);
}

int singleColumnUniqueIndex(const Table &t, const QString &column)
{
    for (int i = 0; i < t.indexes.size(); ++i)
        if (t.indexes.at(i).unique && t.indexes.at(i).columns == QStringList{column})
            return i;
    return -1;
}

ReferentialAction actionNamed(const QString &name)
{
    const QStringList names = referentialActionNames();
    return ReferentialAction(qMax(0, int(names.indexOf(name.toLower()))));
}

bool messageNames(const Problem &p, const QString &name) { return !name.isEmpty() && p.message.contains(name); }

// How undo texts name an item of each grid.
QString columnName(const Table &t, int row) { return t.name + QLatin1Char('.') + t.columns.at(row).name; }
QString indexName(const Table &t, int row) { return conventions::indexName(t, t.indexes.at(row)); }
QString foreignKeyName(const Table &t, int row) { return conventions::foreignKeyName(t, t.foreignKeys.at(row)); }

// A free-text field of one kind of item: `member` of the item at the row, trimmed; `itemName` names the item in the undo text.
template <typename Item>
PartField textField(const QString &header, QList<Item> Table::*items, QString Item::*member, const std::function<QString(const Table &, int)> &itemName)
{
    return PartField{header, [items, member](const Table &t, int r) { return QVariant((t.*items).at(r).*member); },
                     [items, member, header, itemName](Table &t, int r, const QVariant &v) {
                         (t.*items)[r].*member = v.toString().trimmed();
                         return QCoreApplication::translate("TableParts", "Change %1 of %2").arg(header, itemName(t, r));
                     }};
}

template <typename Item>
PartField flagField(const QString &header, QList<Item> Table::*items, bool Item::*flag, const std::function<QString(const Table &, int)> &itemName)
{
    return PartField{header, [items, flag](const Table &t, int r) { return QVariant((t.*items).at(r).*flag); },
                     [items, flag, header, itemName](Table &t, int r, const QVariant &v) {
                         (t.*items)[r].*flag = v.toBool();
                         return QCoreApplication::translate("TableParts", "Change %1 of %2").arg(header, itemName(t, r));
                     },
                     true};
}

// The grid's columns for a column: what CREATE TABLE says of it first...
QList<PartField> columnDefinitionFields()
{
    return {
        {QCoreApplication::translate("TableParts", "Name"), [](const Table &t, int r) { return QVariant(t.columns.at(r).name); },
         [](Table &t, int r, const QVariant &v) {
             const QString from = t.columns.at(r).name, to = v.toString().trimmed();
             t.columns[r].name = to;
             renameColumnEverywhere(t, from, to);
             return QCoreApplication::translate("TableParts", "Rename column %1 to %2 in %3").arg(from, to, t.name);
         }},
        {QCoreApplication::translate("TableParts", "Type"), [](const Table &t, int r) { return QVariant(t.columns.at(r).type); },
         [](Table &t, int r, const QVariant &v) {
             t.columns[r].type = v.toString().trimmed();
             return QCoreApplication::translate("TableParts", "Change type of %1.%2 to %3").arg(t.name, t.columns.at(r).name, t.columns.at(r).type);
         }},
        {QCoreApplication::translate("TableParts", "Not null"), [](const Table &t, int r) { return QVariant(!t.isNullable(t.columns.at(r))); },
         [](Table &t, int r, const QVariant &v) {
             t.columns[r].nullable = !v.toBool();
             return v.toBool() ? QCoreApplication::translate("TableParts", "Make %1.%2 NOT NULL").arg(t.name, t.columns.at(r).name) : QCoreApplication::translate("TableParts", "Let %1.%2 be NULL").arg(t.name, t.columns.at(r).name);
         },
         true},
        {QCoreApplication::translate("TableParts", "Default"), [](const Table &t, int r) { return QVariant(t.columns.at(r).defaultExpr.value_or(QString())); },
         [](Table &t, int r, const QVariant &v) {
             const QString text = v.toString().trimmed();
             t.columns[r].defaultExpr = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
             return QCoreApplication::translate("TableParts", "Change default of %1.%2").arg(t.name, t.columns.at(r).name);
         }}
    };
}

// ... whether it is a key...
QList<PartField> columnKeyFields()
{
    return {
        {QCoreApplication::translate("TableParts", "Primary key"), [](const Table &t, int r) { return QVariant(t.isPrimaryKeyColumn(t.columns.at(r).name)); },
         [](Table &t, int r, const QVariant &v) {
             const QString name = t.columns.at(r).name;
             if (v.toBool())
                 t.primaryKey << name;
             else
                 t.primaryKey.removeAll(name);
             return v.toBool() ? QCoreApplication::translate("TableParts", "Add %1.%2 to the primary key").arg(t.name, name) : QCoreApplication::translate("TableParts", "Take %1.%2 out of the primary key").arg(t.name, name);
         },
         true},
        {QCoreApplication::translate("TableParts", "Unique"), [](const Table &t, int r) { return QVariant(singleColumnUniqueIndex(t, t.columns.at(r).name) >= 0); },
         [](Table &t, int r, const QVariant &v) {
             const QString name = t.columns.at(r).name;
             if (v.toBool())
                 t.indexes << Index{{}, {name}, true, {}};
             else
                 t.indexes.removeAt(singleColumnUniqueIndex(t, name));
             return v.toBool() ? QCoreApplication::translate("TableParts", "Make %1.%2 unique").arg(t.name, name) : QCoreApplication::translate("TableParts", "Let %1.%2 repeat").arg(t.name, name);
         },
         true}
    };
}

// ... and the rest, in the order the grid shows it.
QList<PartField> columnMoreFields()
{
    return {
        {QCoreApplication::translate("TableParts", "Fill existing rows"), [](const Table &t, int r) { return QVariant(t.columns.at(r).fillExpr.value_or(QString())); },
         [](Table &t, int r, const QVariant &v) {
             const QString text = v.toString().trimmed();
             t.columns[r].fillExpr = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
             return QCoreApplication::translate("TableParts", "Change fill value of %1.%2").arg(t.name, t.columns.at(r).name);
         }},
        {QCoreApplication::translate("TableParts", "Comment"), [](const Table &t, int r) { return QVariant(t.columns.at(r).comment); },
         [](Table &t, int r, const QVariant &v) {
             t.columns[r].comment = v.toString();
             return QCoreApplication::translate("TableParts", "Change comment of %1.%2").arg(t.name, t.columns.at(r).name);
         }},
        // Appended, so that the grid's other columns keep their places.
        {QCoreApplication::translate("TableParts", "Identity"), [](const Table &t, int r) { return QVariant(t.columns.at(r).identity); },
         [](Table &t, int r, const QVariant &v) {
             const QString mode = v.toString().trimmed().toLower();
             t.columns[r].identity = mode == QLatin1String("always") || mode == QLatin1String("by default") ? mode : QString();
             return QCoreApplication::translate("TableParts", "Change identity of %1.%2").arg(t.name, t.columns.at(r).name);
         }},
        {QCoreApplication::translate("TableParts", "Generated as"), [](const Table &t, int r) { return QVariant(t.columns.at(r).generatedExpr.value_or(QString())); },
         [](Table &t, int r, const QVariant &v) {
             const QString text = v.toString().trimmed();
             t.columns[r].generatedExpr = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
             return QCoreApplication::translate("TableParts", "Change generation of %1.%2").arg(t.name, t.columns.at(r).name);
         }},
        textField(QCoreApplication::translate("TableParts", "Collation"), &Table::columns, &Column::collation, columnName),
        textField(QCoreApplication::translate("TableParts", "Storage"), &Table::columns, &Column::storage, columnName),
        textField(QCoreApplication::translate("TableParts", "Compression"), &Table::columns, &Column::compression, columnName),
        // A serial's or identity's sequence, in CREATE SEQUENCE's words; text that is not is refused.
        {QCoreApplication::translate("TableParts", "Sequence"), [](const Table &t, int r) { return QVariant(sql::sequenceOptions(t.columns.at(r).sequence)); },
         [](Table &t, int r, const QVariant &v) {
             const std::optional<SequenceOptions> options = sql::parseSequenceOptions(v.toString());
             if (!options)
                 return QString();
             t.columns[r].sequence = *options;
             return QCoreApplication::translate("TableParts", "Change sequence of %1.%2").arg(t.name, t.columns.at(r).name);
         }}
    };
}

} // namespace

QStringList referentialActionNames()
{
    return {QStringLiteral("no action"), QStringLiteral("restrict"), QStringLiteral("cascade"), QStringLiteral("set null"), QStringLiteral("set default")};
}

PartSpec columnsSpec()
{
    PartSpec spec;
    spec.kind = QCoreApplication::translate("TableParts", "column");
    spec.count = [](const Table &t) { return int(t.columns.size()); };
    spec.itemName = [](const Table &t, int row) { return t.columns.at(row).name; };
    spec.insertNew = [](Table &t, int row) {
        const QString name = uniqueName(QStringLiteral("column"), [&](const QString &n) { return t.hasColumn(n); });
        t.columns.insert(row, Column{newId(QStringLiteral("c")), name, QStringLiteral("text"), true, std::nullopt, std::nullopt, {}, {}});
    };
    spec.remove = [](Table &t, int row) {
        const QString name = t.columns.takeAt(row).name;
        t.primaryKey.removeAll(name);
        t.indexes.removeIf([&](const Index &i) { return i.columns.contains(name); });
        t.foreignKeys.removeIf([&](const ForeignKey &fk) { return fk.columns.contains(name); });
    };
    spec.move = [](Table &t, int from, int to) { moveItem(t.columns, from, to); };
    spec.concerns = [](const Problem &p, const Table &t, int row) { return p.column == t.columns.at(row).name; };
    spec.fields = columnDefinitionFields() + columnKeyFields() + columnMoreFields();
    return spec;
}

QStringList identityChoices() { return {QString(), QStringLiteral("always"), QStringLiteral("by default")}; }

QStringList indexMethodChoices()
{
    return {QStringLiteral("btree"), QStringLiteral("hash"), QStringLiteral("gin"), QStringLiteral("gist"), QStringLiteral("brin"), QStringLiteral("spgist")};
}

PartSpec indexesSpec()
{
    // The grid lists the table's own indexes, then those the conventions add
    // for foreign keys (sql::indexDefinitions gives both, in that order).
    const auto shown = [](const Table &t, int row) { return sql::indexDefinitions(t).value(row); };
    PartSpec spec;
    spec.kind = QCoreApplication::translate("TableParts", "index");
    spec.count = [](const Table &t) { return int(sql::indexDefinitions(t).size()); };
    spec.ownCount = [](const Table &t) { return int(t.indexes.size()); };
    spec.derivedNote = [](const Table &t, int row) {
        const QList<ForeignKey> keys = conventions::foreignKeysNeedingIndex(t);
        const int key = row - int(t.indexes.size());
        return key >= 0 && key < keys.size()
            ? QCoreApplication::translate("TableParts", "Made by the conventions for foreign key %1; not editable. "
                                                        "Declare an index on the same columns to replace it.")
                  .arg(conventions::foreignKeyName(t, keys.at(key)))
            : QString();
    };
    spec.itemName = [shown](const Table &t, int row) { return shown(t, row).name; };
    spec.insertNew = [](Table &t, int row) {
        t.indexes.insert(row, Index{{}, t.columns.isEmpty() ? QStringList() : QStringList{t.columns.first().name}, false, {}});
    };
    spec.remove = [](Table &t, int row) { t.indexes.removeAt(row); };
    spec.move = [](Table &t, int from, int to) { moveItem(t.indexes, from, to); };
    spec.concerns = [shown](const Problem &p, const Table &t, int row) { return messageNames(p, shown(t, row).name); };
    spec.fields = {
        {QCoreApplication::translate("TableParts", "Name"), [shown](const Table &t, int r) { return QVariant(shown(t, r).name); },
         [](Table &t, int r, const QVariant &v) {
             t.indexes[r].name = v.toString().trimmed();
             return QCoreApplication::translate("TableParts", "Rename index of %1 to %2").arg(t.name, t.indexes.at(r).name);
         }},
        {QCoreApplication::translate("TableParts", "Columns"), [shown](const Table &t, int r) { return QVariant(joinNames(shown(t, r).columns)); },
         [](Table &t, int r, const QVariant &v) {
             t.indexes[r].columns = sql::splitElements(v.toString());
             return QCoreApplication::translate("TableParts", "Change columns of index %1").arg(conventions::indexName(t, t.indexes.at(r)));
         }},
        {QCoreApplication::translate("TableParts", "Unique"), [shown](const Table &t, int r) { return QVariant(shown(t, r).unique); },
         [](Table &t, int r, const QVariant &v) {
             t.indexes[r].unique = v.toBool();
             return QCoreApplication::translate("TableParts", "Change uniqueness of index %1").arg(conventions::indexName(t, t.indexes.at(r)));
         },
         true},
        {QCoreApplication::translate("TableParts", "Method"), [shown](const Table &t, int r) { return QVariant(shown(t, r).method); },
         [](Table &t, int r, const QVariant &v) {
             const QString method = v.toString().trimmed().toLower();
             t.indexes[r].method = method == QLatin1String("btree") ? QString() : method;
             return QCoreApplication::translate("TableParts", "Change method of index %1").arg(conventions::indexName(t, t.indexes.at(r)));
         }},
        {QCoreApplication::translate("TableParts", "Include"), [shown](const Table &t, int r) { return QVariant(joinNames(shown(t, r).include)); },
         [](Table &t, int r, const QVariant &v) {
             t.indexes[r].include = splitNames(v);
             return QCoreApplication::translate("TableParts", "Change included columns of index %1").arg(conventions::indexName(t, t.indexes.at(r)));
         }},
        {QCoreApplication::translate("TableParts", "Where"), [shown](const Table &t, int r) { return QVariant(shown(t, r).where.value_or(QString())); },
         [](Table &t, int r, const QVariant &v) {
             const QString text = v.toString().trimmed();
             t.indexes[r].where = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
             return QCoreApplication::translate("TableParts", "Change predicate of index %1").arg(conventions::indexName(t, t.indexes.at(r)));
         }},
        flagField(QCoreApplication::translate("TableParts", "Constraint"), &Table::indexes, &Index::constraint, indexName),
        flagField(QCoreApplication::translate("TableParts", "Nulls not distinct"), &Table::indexes, &Index::nullsNotDistinct, indexName),
        textField(QCoreApplication::translate("TableParts", "Deferrable"), &Table::indexes, &Index::deferrable, indexName),
        textField(QCoreApplication::translate("TableParts", "Comment"), &Table::indexes, &Index::comment, indexName),
    };
    return spec;
}

PartSpec foreignKeysSpec()
{
    PartSpec spec;
    spec.kind = QCoreApplication::translate("TableParts", "foreign key");
    spec.count = [](const Table &t) { return int(t.foreignKeys.size()); };
    spec.itemName = [](const Table &t, int row) { return conventions::foreignKeyName(t, t.foreignKeys.at(row)); };
    spec.insertNew = [](Table &t, int row) { t.foreignKeys.insert(row, ForeignKey{{}, {}, {}, {QStringLiteral("id")}, {}, {}, false, {}}); };
    spec.remove = [](Table &t, int row) { t.foreignKeys.removeAt(row); };
    spec.move = [](Table &t, int from, int to) { moveItem(t.foreignKeys, from, to); };
    spec.concerns = [](const Problem &p, const Table &t, int row) { return messageNames(p, conventions::foreignKeyName(t, t.foreignKeys.at(row))); };
    const auto actionField = [](const QString &header, bool onDelete) {
        return PartField{header,
                         [onDelete](const Table &t, int r) {
                             const ForeignKey &fk = t.foreignKeys.at(r);
                             return QVariant(referentialActionNames().at(int(onDelete ? fk.onDelete : fk.onUpdate)));
                         },
                         [onDelete](Table &t, int r, const QVariant &v) {
                             (onDelete ? t.foreignKeys[r].onDelete : t.foreignKeys[r].onUpdate) = actionNamed(v.toString());
                             return QCoreApplication::translate("TableParts", "Change action of foreign key %1").arg(conventions::foreignKeyName(t, t.foreignKeys.at(r)));
                         }};
    };
    spec.fields = {
        {QCoreApplication::translate("TableParts", "Name"), [](const Table &t, int r) { return QVariant(conventions::foreignKeyName(t, t.foreignKeys.at(r))); },
         [](Table &t, int r, const QVariant &v) {
             t.foreignKeys[r].name = v.toString().trimmed();
             return QCoreApplication::translate("TableParts", "Rename foreign key of %1 to %2").arg(t.name, t.foreignKeys.at(r).name);
         }},
        {QCoreApplication::translate("TableParts", "Columns"), [](const Table &t, int r) { return QVariant(joinNames(t.foreignKeys.at(r).columns)); },
         [](Table &t, int r, const QVariant &v) {
             t.foreignKeys[r].columns = splitNames(v);
             return QCoreApplication::translate("TableParts", "Change columns of foreign key %1").arg(conventions::foreignKeyName(t, t.foreignKeys.at(r)));
         }},
        {QCoreApplication::translate("TableParts", "References"), [](const Table &t, int r) { return QVariant(t.foreignKeys.at(r).references); },
         [](Table &t, int r, const QVariant &v) {
             t.foreignKeys[r].references = v.toString().trimmed();
             return QCoreApplication::translate("TableParts", "Point foreign key %1 to %2").arg(conventions::foreignKeyName(t, t.foreignKeys.at(r)), t.foreignKeys.at(r).references);
         }},
        {QCoreApplication::translate("TableParts", "Referenced columns"), [](const Table &t, int r) { return QVariant(joinNames(t.foreignKeys.at(r).refColumns)); },
         [](Table &t, int r, const QVariant &v) {
             t.foreignKeys[r].refColumns = splitNames(v);
             return QCoreApplication::translate("TableParts", "Change referenced columns of %1").arg(conventions::foreignKeyName(t, t.foreignKeys.at(r)));
         }},
        actionField(QCoreApplication::translate("TableParts", "On delete"), true),
        actionField(QCoreApplication::translate("TableParts", "On update"), false),
        flagField(QCoreApplication::translate("TableParts", "Match full"), &Table::foreignKeys, &ForeignKey::matchFull, foreignKeyName),
        flagField(QCoreApplication::translate("TableParts", "Deferrable"), &Table::foreignKeys, &ForeignKey::deferrable, foreignKeyName),
        flagField(QCoreApplication::translate("TableParts", "Initially deferred"), &Table::foreignKeys, &ForeignKey::initiallyDeferred, foreignKeyName),
        flagField(QCoreApplication::translate("TableParts", "Not valid"), &Table::foreignKeys, &ForeignKey::notValid, foreignKeyName),
        flagField(QCoreApplication::translate("TableParts", "Indexed"), &Table::foreignKeys, &ForeignKey::indexed, foreignKeyName),
        textField(QCoreApplication::translate("TableParts", "Comment"), &Table::foreignKeys, &ForeignKey::comment, foreignKeyName),
    };
    return spec;
}

PartSpec checksSpec()
{
    PartSpec spec;
    spec.kind = QCoreApplication::translate("TableParts", "check");
    spec.count = [](const Table &t) { return int(t.checks.size()); };
    spec.itemName = [](const Table &t, int row) { return conventions::checkName(t, row); };
    spec.insertNew = [](Table &t, int row) { t.checks.insert(row, Check{{}, QStringLiteral("true"), {}}); };
    spec.remove = [](Table &t, int row) { t.checks.removeAt(row); };
    spec.move = [](Table &t, int from, int to) { moveItem(t.checks, from, to); };
    spec.concerns = [](const Problem &p, const Table &t, int row) { return messageNames(p, conventions::checkName(t, row)); };
    spec.fields = {
        {QCoreApplication::translate("TableParts", "Name"), [](const Table &t, int r) { return QVariant(conventions::checkName(t, r)); },
         [](Table &t, int r, const QVariant &v) {
             t.checks[r].name = v.toString().trimmed();
             return QCoreApplication::translate("TableParts", "Rename check of %1 to %2").arg(t.name, t.checks.at(r).name);
         }},
        {QCoreApplication::translate("TableParts", "Expression"), [](const Table &t, int r) { return QVariant(t.checks.at(r).expression); },
         [](Table &t, int r, const QVariant &v) {
             t.checks[r].expression = v.toString();
             return QCoreApplication::translate("TableParts", "Change check %1").arg(conventions::checkName(t, r));
         }},
        flagField(QCoreApplication::translate("TableParts", "Not valid"), &Table::checks, &Check::notValid, conventions::checkName),
        textField(QCoreApplication::translate("TableParts", "Comment"), &Table::checks, &Check::comment, conventions::checkName),
    };
    return spec;
}

PartSpec exclusionsSpec()
{
    const auto name = [](const Table &t, int row) { return t.exclusions.at(row).name; };
    PartSpec spec;
    spec.kind = QCoreApplication::translate("TableParts", "exclusion constraint");
    spec.count = [](const Table &t) { return int(t.exclusions.size()); };
    spec.itemName = name;
    spec.insertNew = [](Table &t, int row) {
        const QString name = uniqueName(t.name + QStringLiteral("_excl"), [&](const QString &n) {
            return std::any_of(t.exclusions.begin(), t.exclusions.end(), [&](const Exclusion &e) { return e.name == n; });
        });
        t.exclusions.insert(row, Exclusion{name, QStringLiteral("USING gist (%1 WITH &&)").arg(t.columns.isEmpty() ? QStringLiteral("during") : t.columns.last().name), {}});
    };
    spec.remove = [](Table &t, int row) { t.exclusions.removeAt(row); };
    spec.move = [](Table &t, int from, int to) { moveItem(t.exclusions, from, to); };
    spec.concerns = [name](const Problem &p, const Table &t, int row) { return messageNames(p, name(t, row)); };
    spec.fields = {
        textField(QCoreApplication::translate("TableParts", "Name"), &Table::exclusions, &Exclusion::name, name),
        textField(QCoreApplication::translate("TableParts", "Definition"), &Table::exclusions, &Exclusion::definition, name),
        textField(QCoreApplication::translate("TableParts", "Comment"), &Table::exclusions, &Exclusion::comment, name),
    };
    return spec;
}

QStringList storageChoices() { return {QString(), QStringLiteral("plain"), QStringLiteral("external"), QStringLiteral("extended"), QStringLiteral("main")}; }
QStringList compressionChoices() { return {QString(), QStringLiteral("pglz"), QStringLiteral("lz4")}; }
QStringList deferrableChoices() { return {QString(), QStringLiteral("immediate"), QStringLiteral("deferred")}; }

} // namespace sw::app
