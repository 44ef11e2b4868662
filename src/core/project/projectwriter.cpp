// Writing format 1. QJsonDocument sorts keys alphabetically, which buries a
// table's name among its keys; projects live in version control and are read
// by people, so keys are written in the documented order instead.

#include "project/projectfile.h"

#include "newfile.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QVarLengthArray>

namespace sw {

namespace {

const QStringList &keyOrder()
{
    static const QStringList order = {
        "schemawright", "x", "y", "id", "name", "schema", "kind", "values", "replace", "base", "type", "nullable", "default", "fill", "identity", "generated", "collation", "storage", "compression", "sequence", "start", "increment", "min", "max", "cache", "cycle", "owned_by", "comment", "unlogged", "with", "partition_by", "partition_of", "partition_bound", "history", "history_mode",
        "columns", "primary_key", "primary_key_deferrable", "primary_key_comment", "indexes", "unique", "nulls_not_distinct", "constraint", "method", "include", "where", "references", "ref_columns", "on_delete",
        "on_update", "external", "match_full", "deferrable", "initially_deferred", "index", "expression", "not_valid", "foreign_keys", "checks", "definition", "exclusions", "attributes", "extensions", "types", "sequences", "schema_comments", "arguments", "table", "depends_on", "sql_objects", "tables", "host", "port", "database", "user",
        "sslmode", "service", "conninfo", "connections", "revision", "baseline", "lock_timeout", "statement_timeout", "production_safe", "layout",
    };
    return order;
}

int keyRank(const QString &key)
{
    static const QHash<QString, int> rank = [] {
        QHash<QString, int> r;
        for (int i = 0; i < keyOrder().size(); ++i)
            r.insert(keyOrder().at(i), i);
        return r;
    }();
    return rank.value(key, int(keyOrder().size()));
}

// As QJsonDocument writes a value, straight into `out`: saving 2,000 tables
// through a document per value spent most of its time there. What is rarely
// written (a control character, a fraction) still goes through one.
void writeScalar(QString &out, const QJsonValue &value)
{
    if (value.isBool()) {
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    }
    if (value.isNull()) {
        out += QLatin1String("null");
        return;
    }
    if (value.isDouble() && qAbs(value.toDouble()) < double(qint64(1) << 53) && value.toDouble() == double(qint64(value.toDouble()))) {
        out += QString::number(qint64(value.toDouble()));
        return;
    }
    if (value.isString()) {
        const QString text = value.toString();
        const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r'; });
        if (plain) {
            out += QLatin1Char('"');
            for (const QChar c : text) {
                switch (c.unicode()) {
                case '"': out += QLatin1String("\\\""); break;
                case '\\': out += QLatin1String("\\\\"); break;
                case '\n': out += QLatin1String("\\n"); break;
                case '\t': out += QLatin1String("\\t"); break;
                case '\r': out += QLatin1String("\\r"); break;
                default: out += c;
                }
            }
            out += QLatin1Char('"');
            return;
        }
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

bool isFlat(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (v.isArray() || v.isObject())
                return false;
        return true;
    }
    return !value.isObject();
}

// Columns, indexes, keys and checks stay on one line each, as in the format's example.
bool isOneLineObject(const QJsonObject &object)
{
    for (const QJsonValue &v : object)
        if (!isFlat(v))
            return false;
    return true;
}

void write(QString &out, const QJsonValue &value, int depth);

void writeObject(QString &out, const QJsonObject &object, int depth)
{
    if (object.isEmpty()) {
        out += QLatin1String("{}");
        return;
    }
    struct Member {
        int rank;
        QJsonObject::const_iterator at;
    };
    QVarLengthArray<Member, 32> members;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        members.append({keyRank(it.key()), it});
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.rank < b.rank; });
    const bool oneLine = isOneLineObject(object);
    out += oneLine ? QLatin1String("{ ") : QLatin1String("{\n");
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (!oneLine)
            out += QString(2 * (depth + 1), QLatin1Char(' '));
        writeScalar(out, members.at(i).at.key());
        out += QLatin1String(": ");
        write(out, members.at(i).at.value(), depth + 1);
        if (i + 1 < members.size())
            out += oneLine ? QLatin1String(", ") : QLatin1String(",\n");
    }
    if (oneLine) {
        out += QLatin1String(" }");
    } else {
        out += QLatin1Char('\n');
        out += QString(2 * depth, QLatin1Char(' '));
        out += QLatin1Char('}');
    }
}

void writeArray(QString &out, const QJsonArray &array, int depth)
{
    if (isFlat(array)) {  // on one line, a space after the comma between two strings
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += array.at(i - 1).isString() && array.at(i).isString() ? QLatin1String(", ") : QLatin1String(",");
            writeScalar(out, array.at(i));
        }
        out += QLatin1Char(']');
        return;
    }
    out += QLatin1String("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += QString(2 * (depth + 1), QLatin1Char(' '));
        write(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += QString(2 * depth, QLatin1Char(' '));
    out += QLatin1Char(']');
}

void write(QString &out, const QJsonValue &value, int depth)
{
    if (value.isObject())
        writeObject(out, value.toObject(), depth);
    else if (value.isArray())
        writeArray(out, value.toArray(), depth);
    else
        writeScalar(out, value);
}

QString actionName(ReferentialAction action)
{
    return referentialActionSql(action).toLower();
}

QJsonObject withUnknown(QJsonObject object, const QJsonObject &unknown)
{
    for (auto it = unknown.begin(); it != unknown.end(); ++it)
        if (!object.contains(it.key()))
            object.insert(it.key(), it.value());
    return object;
}

// Whole numbers a JSON number holds exactly; a string of digits past that.
QJsonValue wholeNumber(qint64 value)
{
    return qAbs(value) < (qint64(1) << 53) ? QJsonValue(double(value)) : QJsonValue(QString::number(value));
}

QJsonObject toJson(const SequenceOptions &s)
{
    QJsonObject o;
    const QList<QPair<const char *, std::optional<qint64>>> numbers = {
        {"start", s.start}, {"increment", s.increment}, {"min", s.minValue}, {"max", s.maxValue}, {"cache", s.cache}};
    for (const auto &[key, value] : numbers)
        if (value)
            o.insert(QLatin1String(key), wholeNumber(*value));
    if (s.cycle)
        o.insert(QStringLiteral("cycle"), true);
    return o;
}

QJsonObject toJson(const Column &c)
{
    QJsonObject o;
    if (!c.id.isEmpty())
        o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("type"), c.type);
    o.insert(QStringLiteral("nullable"), c.nullable);
    if (c.defaultExpr)
        o.insert(QStringLiteral("default"), *c.defaultExpr);
    if (c.fillExpr)
        o.insert(QStringLiteral("fill"), *c.fillExpr);
    if (!c.identity.isEmpty())
        o.insert(QStringLiteral("identity"), c.identity);
    if (c.generatedExpr)
        o.insert(QStringLiteral("generated"), *c.generatedExpr);
    if (!c.comment.isEmpty())
        o.insert(QStringLiteral("comment"), c.comment);
    if (!c.collation.isEmpty())
        o.insert(QStringLiteral("collation"), c.collation);
    if (!c.storage.isEmpty())
        o.insert(QStringLiteral("storage"), c.storage);
    if (!c.compression.isEmpty())
        o.insert(QStringLiteral("compression"), c.compression);
    if (!c.sequence.isDefault())
        o.insert(QStringLiteral("sequence"), toJson(c.sequence));
    return withUnknown(o, c.unknownKeys);
}

// `defaultHistoryMode`: the mode the table takes when it does not say its own.
QJsonObject toJson(const Table &t, const QString &defaultHistoryMode = {})
{
    QJsonObject o;
    if (!t.id.isEmpty())
        o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("schema"), t.schema);
    if (!t.comment.isEmpty())
        o.insert(QStringLiteral("comment"), t.comment);
    o.insert(QStringLiteral("history"), t.history);
    if (!t.partitionBy.isEmpty())
        o.insert(QStringLiteral("partition_by"), t.partitionBy);
    if (t.isPartition()) {
        o.insert(QStringLiteral("partition_of"), t.partitionOf);
        o.insert(QStringLiteral("partition_bound"), t.partitionBound);
    }
    QJsonArray columns;
    for (const Column &c : t.columns)
        columns << toJson(c);
    o.insert(QStringLiteral("columns"), columns);
    o.insert(QStringLiteral("primary_key"), QJsonArray::fromStringList(t.primaryKey));
    if (!t.primaryKeyDeferrable.isEmpty())
        o.insert(QStringLiteral("primary_key_deferrable"), t.primaryKeyDeferrable);
    if (!t.primaryKeyComment.isEmpty())
        o.insert(QStringLiteral("primary_key_comment"), t.primaryKeyComment);
    if (t.historyModeSet || t.historyMode != defaultHistoryMode)
        o.insert(QStringLiteral("history_mode"), t.historyPerStatement() ? t.historyMode : QStringLiteral("row"));
    QJsonArray indexes;
    for (const Index &i : t.indexes) {
        QJsonObject io{{"columns", QJsonArray::fromStringList(i.columns)}, {"unique", i.unique}};
        if (!i.name.isEmpty())
            io.insert(QStringLiteral("name"), i.name);
        if (!i.method.isEmpty())
            io.insert(QStringLiteral("method"), i.method);
        if (!i.include.isEmpty())
            io.insert(QStringLiteral("include"), QJsonArray::fromStringList(i.include));
        if (i.where)
            io.insert(QStringLiteral("where"), *i.where);
        if (i.constraint)
            io.insert(QStringLiteral("constraint"), true);
        if (i.nullsNotDistinct)
            io.insert(QStringLiteral("nulls_not_distinct"), true);
        if (!i.deferrable.isEmpty())
            io.insert(QStringLiteral("deferrable"), i.deferrable);
        if (!i.comment.isEmpty())
            io.insert(QStringLiteral("comment"), i.comment);
        indexes << withUnknown(io, i.unknownKeys);
    }
    o.insert(QStringLiteral("indexes"), indexes);
    QJsonArray fks;
    for (const ForeignKey &fk : t.foreignKeys) {
        QJsonObject fo{{"columns", QJsonArray::fromStringList(fk.columns)},
                       {"references", fk.references},
                       {"ref_columns", QJsonArray::fromStringList(fk.refColumns)},
                       {"on_delete", actionName(fk.onDelete)},
                       {"on_update", actionName(fk.onUpdate)}};
        if (!fk.name.isEmpty())
            fo.insert(QStringLiteral("name"), fk.name);
        if (fk.external)
            fo.insert(QStringLiteral("external"), true);
        if (fk.matchFull)
            fo.insert(QStringLiteral("match_full"), true);
        if (fk.deferrable)
            fo.insert(QStringLiteral("deferrable"), true);
        if (fk.initiallyDeferred)
            fo.insert(QStringLiteral("initially_deferred"), true);
        if (fk.notValid)
            fo.insert(QStringLiteral("not_valid"), true);
        if (!fk.indexed)
            fo.insert(QStringLiteral("index"), false);
        if (!fk.comment.isEmpty())
            fo.insert(QStringLiteral("comment"), fk.comment);
        fks << withUnknown(fo, fk.unknownKeys);
    }
    o.insert(QStringLiteral("foreign_keys"), fks);
    QJsonArray checks;
    for (const Check &c : t.checks) {
        QJsonObject co{{"expression", c.expression}};
        if (c.notValid)
            co.insert(QStringLiteral("not_valid"), true);
        if (!c.name.isEmpty())
            co.insert(QStringLiteral("name"), c.name);
        if (!c.comment.isEmpty())
            co.insert(QStringLiteral("comment"), c.comment);
        checks << withUnknown(co, c.unknownKeys);
    }
    o.insert(QStringLiteral("checks"), checks);
    QJsonArray exclusions;
    for (const Exclusion &e : t.exclusions) {
        QJsonObject eo{{"name", e.name}, {"definition", e.definition}};
        if (!e.comment.isEmpty())
            eo.insert(QStringLiteral("comment"), e.comment);
        exclusions << withUnknown(eo, e.unknownKeys);
    }
    if (!exclusions.isEmpty())
        o.insert(QStringLiteral("exclusions"), exclusions);
    if (t.unlogged)
        o.insert(QStringLiteral("unlogged"), true);
    if (!t.storageParameters.isEmpty())
        o.insert(QStringLiteral("with"), QJsonArray::fromStringList(t.storageParameters));
    return withUnknown(o, t.unknownKeys);
}

QJsonObject toJson(const TypeDefinition &t)
{
    QJsonObject o{{"name", t.name}, {"schema", t.schema}, {"kind", typeKindName(t.kind)}};
    switch (t.kind) {
    case TypeDefinition::Kind::Enum: {
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(t.values));
        QJsonObject replace;
        for (auto it = t.replace.begin(); it != t.replace.end(); ++it)
            replace.insert(it.key(), it.value());
        if (!replace.isEmpty())
            o.insert(QStringLiteral("replace"), replace);
        break;
    }
    case TypeDefinition::Kind::Domain: {
        o.insert(QStringLiteral("base"), t.base);
        o.insert(QStringLiteral("nullable"), t.nullable);
        if (t.defaultExpr)
            o.insert(QStringLiteral("default"), *t.defaultExpr);
        QJsonArray checks;
        for (const Check &c : t.checks)
            checks << withUnknown(QJsonObject{{"name", c.name}, {"expression", c.expression}}, c.unknownKeys);
        o.insert(QStringLiteral("checks"), checks);
        break;
    }
    case TypeDefinition::Kind::Composite: {
        QJsonArray attributes;
        for (const Column &c : t.attributes)
            attributes << withUnknown(QJsonObject{{"name", c.name}, {"type", c.type}}, c.unknownKeys);
        o.insert(QStringLiteral("attributes"), attributes);
        break;
    }
    }
    if (!t.comment.isEmpty())
        o.insert(QStringLiteral("comment"), t.comment);
    return withUnknown(o, t.unknownKeys);
}

QJsonObject toJson(const Extension &e)
{
    QJsonObject o{{"name", e.name}, {"schema", e.schema}};
    if (!e.types.isEmpty())
        o.insert(QStringLiteral("types"), QJsonArray::fromStringList(e.types));
    return withUnknown(o, e.unknownKeys);
}

void insertSchemaComments(QJsonObject &o, const QMap<QString, QString> &comments)
{
    QJsonObject byName;
    for (auto it = comments.begin(); it != comments.end(); ++it)
        byName.insert(it.key(), it.value());
    if (!byName.isEmpty())
        o.insert(QStringLiteral("schema_comments"), byName);
}

// "types", "extensions" and "sequences", each written only when the design has some.
void insertTypes(QJsonObject &o, const QList<TypeDefinition> &types, const QList<Extension> &extensions, const QList<Sequence> &sequences)
{
    QJsonArray sequenceArray;
    for (const Sequence &s : sequences) {
        QJsonObject so = toJson(s.options);
        so.insert(QStringLiteral("name"), s.name);
        so.insert(QStringLiteral("schema"), s.schema);
        so.insert(QStringLiteral("type"), s.type);
        if (!s.ownedBy.isEmpty())
            so.insert(QStringLiteral("owned_by"), s.ownedBy);
        if (!s.comment.isEmpty())
            so.insert(QStringLiteral("comment"), s.comment);
        sequenceArray << withUnknown(so, s.unknownKeys);
    }
    if (!sequenceArray.isEmpty())
        o.insert(QStringLiteral("sequences"), sequenceArray);
    QJsonArray typeArray, extensionArray;
    for (const TypeDefinition &t : types)
        typeArray << toJson(t);
    for (const Extension &e : extensions)
        extensionArray << toJson(e);
    if (!typeArray.isEmpty())
        o.insert(QStringLiteral("types"), typeArray);
    if (!extensionArray.isEmpty())
        o.insert(QStringLiteral("extensions"), extensionArray);
}

void insertSqlObjects(QJsonObject &o, const QList<SqlObject> &objects)
{
    QJsonArray array;
    for (const SqlObject &object : objects) {
        QJsonObject so{{"kind", sqlObjectKindName(object.kind)}, {"schema", object.schema}, {"name", object.name}};
        if (object.isRoutine())
            so.insert(QStringLiteral("arguments"), object.arguments);
        if (!object.table.isEmpty())
            so.insert(QStringLiteral("table"), object.table);
        so.insert(QStringLiteral("definition"), object.definition);
        if (!object.comment.isEmpty())
            so.insert(QStringLiteral("comment"), object.comment);
        if (!object.dependsOn.isEmpty())
            so.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(object.dependsOn));
        array << withUnknown(so, object.unknownKeys);
    }
    if (!array.isEmpty())
        o.insert(QStringLiteral("sql_objects"), array);
}

// Positions of what the design still holds, in whole pixels (diffs stay quiet).
void insertLayout(QJsonObject &o, const Project &project)
{
    QSet<QString> present;
    for (const Table &t : project.tables)
        present.insert(t.layoutKey());
    for (const SqlObject &object : project.sqlObjects)
        present.insert(object.key());
    QJsonObject byKey;
    for (auto it = project.layout.begin(); it != project.layout.end(); ++it)
        if (present.contains(it.key()))
            byKey.insert(it.key(), QJsonObject{{"x", qRound(it.value().x())}, {"y", qRound(it.value().y())}});
    if (!byKey.isEmpty())
        o.insert(QStringLiteral("layout"), byKey);
}

} // namespace

QByteArray serializeProject(const Project &project)
{
    QJsonArray tables;
    for (const Table &t : project.tables)
        tables << toJson(t, project.historyMode);
    QJsonObject root{{"schemawright", kProjectFormatVersion}, {"tables", tables}};
    insertTypes(root, project.types, project.extensions, project.sequences);
    insertSchemaComments(root, project.schemaComments);
    insertSqlObjects(root, project.sqlObjects);
    if (!project.historyMode.isEmpty())
        root.insert(QStringLiteral("history_mode"), project.historyMode);
    QJsonArray connections;
    for (const ConnectionProfile &c : project.connections) {
        QJsonObject o{{"name", c.name}};
        const QList<QPair<const char *, QString>> fields = {{"host", c.host}, {"port", c.port}, {"database", c.database}, {"user", c.user},
                                                            {"sslmode", c.sslmode}, {"service", c.service}, {"conninfo", c.conninfo}};
        for (const auto &[key, value] : fields)
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        connections << o;
    }
    if (!connections.isEmpty())
        root.insert(QStringLiteral("connections"), connections);
    if (project.baseline) {
        QJsonArray baselineTables;
        for (const Table &t : project.baseline->tables)
            baselineTables << toJson(t);
        QJsonObject baseline{{"tables", baselineTables}};
        insertTypes(baseline, project.baseline->types, project.baseline->extensions, project.baseline->sequences);
        insertSchemaComments(baseline, project.baseline->schemaComments);
        insertSqlObjects(baseline, project.baseline->sqlObjects);
        if (!project.baseline->revision.isEmpty())
            baseline.insert(QStringLiteral("revision"), project.baseline->revision);
        root.insert(QStringLiteral("baseline"), baseline);
    }
    if (project.productionSafe) {
        QJsonObject safety{{"lock_timeout", project.productionSafe->lockTimeout}};
        if (!project.productionSafe->statementTimeout.isEmpty())
            safety.insert(QStringLiteral("statement_timeout"), project.productionSafe->statementTimeout);
        root.insert(QStringLiteral("production_safe"), safety);
    }
    insertLayout(root, project);
    root = withUnknown(root, project.unknownKeys);
    QString out;
    out.reserve(1 << 16);
    write(out, root, 0);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

void saveProject(const Project &project, const QString &path)
{
    saveSerializedProject(serializeProject(project), path);
}

void saveSerializedProject(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeWhole(file, bytes) || !file.commit())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("cannot-write"),
                                  QStringLiteral("cannot save the project: %1").arg(file.errorString()), path, {}, {}, {}, 0});
}

} // namespace sw
