// Reading format 1: every value is checked for its JSON type, and every error
// names the file, the table and the column it was found in.

#include "project/projectfile.h"

#include "identifiers.h"
#include "model/validation.h"
#include "sql/tablesql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sw {

namespace {

class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    Project project(const QJsonObject &root);

private:
    [[noreturn]] void fail(const QString &code, const QString &message) const
    {
        throw SchemaError(Problem{Problem::Severity::Error, code, message, m_file, m_schema, m_table, m_column, 0});
    }

    QJsonObject unknownKeys(const QJsonObject &object, const QSet<QString> &known) const;
    QString string(const QJsonObject &o, const QString &key, bool required, const QString &what) const;
    bool boolean(const QJsonObject &o, const QString &key, bool fallback) const;
    QStringList names(const QJsonObject &o, const QString &key, bool required, const QString &what) const;
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &what) const;
    QJsonObject object(const QJsonValue &v, const QString &what) const;
    ReferentialAction action(const QJsonObject &o, const QString &key) const;
    QString deferrable(const QJsonObject &o, const QString &key) const;

    Table table(const QJsonObject &o, int position);
    Column column(const QJsonObject &o, int position);
    Index index(const QJsonObject &o) const;
    ForeignKey foreignKey(const QJsonObject &o) const;
    Check check(const QJsonObject &o) const;
    TypeDefinition typeDefinition(const QJsonObject &o, int position);
    SequenceOptions sequenceOptions(const QJsonObject &o, const QString &what) const;
    Sequence sequence(const QJsonObject &o, int position) const;
    Extension extension(const QJsonObject &o, int position) const;
    QList<SqlObject> sqlObjects(const QJsonObject &o, const QString &what);
    void readTypes(const QJsonObject &o, QList<TypeDefinition> &types, QList<Extension> &extensions, QList<Sequence> &sequences, const QString &what);
    QMap<QString, QString> schemaComments(const QJsonObject &o) const;
    QMap<QString, QPointF> layout(const QJsonObject &o) const;
    std::optional<ProductionSafety> productionSafety(const QJsonObject &o) const;
    MergeConflict mergeConflict(const QJsonObject &o) const;
    QString historyMode(const QJsonObject &o, const QString &what) const;  // "" (row) or "statement"
    QString m_defaultHistoryMode;  // for the tables being read that do not say theirs
    ConnectionProfile connection(const QJsonObject &o) const;

    QString m_file;
    QString m_schema;
    QString m_table;
    QString m_column;
};

QJsonObject Reader::unknownKeys(const QJsonObject &object, const QSet<QString> &known) const
{
    QJsonObject unknown;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    return unknown;
}

QString Reader::string(const QJsonObject &o, const QString &key, bool required, const QString &what) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("missing-key"), QStringLiteral("%1 has no \"%2\"").arg(what, key));
        return {};
    }
    if (!v.isString())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"%1\" of %2 must be a string").arg(key, what));
    return v.toString();
}

bool Reader::boolean(const QJsonObject &o, const QString &key, bool fallback) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"%1\" must be true or false").arg(key));
    return v.toBool();
}

QJsonArray Reader::array(const QJsonObject &o, const QString &key, const QString &what) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"%1\" of %2 must be an array").arg(key, what));
    return v.toArray();
}

QJsonObject Reader::object(const QJsonValue &v, const QString &what) const
{
    if (!v.isObject())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("%1 must be a JSON object").arg(what));
    return v.toObject();
}

QStringList Reader::names(const QJsonObject &o, const QString &key, bool required, const QString &what) const
{
    if (required && !o.contains(key))
        fail(QStringLiteral("missing-key"), QStringLiteral("%1 has no \"%2\"").arg(what, key));
    QStringList result;
    for (const QJsonValue &v : array(o, key, what)) {
        if (!v.isString())
            fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"%1\" of %2 must list names as strings").arg(key, what));
        result << v.toString();
    }
    if (required && result.isEmpty())
        fail(QStringLiteral("empty-column-list"), QStringLiteral("\"%1\" of %2 is empty").arg(key, what));
    return result;
}

ReferentialAction Reader::action(const QJsonObject &o, const QString &key) const
{
    static const QHash<QString, ReferentialAction> actions = {
        {"no action", ReferentialAction::NoAction}, {"restrict", ReferentialAction::Restrict},
        {"cascade", ReferentialAction::Cascade},    {"set null", ReferentialAction::SetNull},
        {"set default", ReferentialAction::SetDefault},
    };
    const QString text = string(o, key, false, QStringLiteral("the foreign key"));
    if (text.isEmpty())
        return ReferentialAction::NoAction;
    const auto it = actions.constFind(text.simplified().toLower());
    if (it == actions.cend())
        fail(QStringLiteral("unknown-action"),
             QStringLiteral("\"%1\": \"%2\" is not one of restrict, cascade, set null, set default, no action").arg(key, text));
    return *it;
}

QString Reader::deferrable(const QJsonObject &o, const QString &key) const
{
    const QString value = string(o, key, false, QStringLiteral("the constraint"));
    if (!value.isEmpty() && value != QLatin1String("immediate") && value != QLatin1String("deferred"))
        fail(QStringLiteral("bad-deferrable"), QStringLiteral("\"%1\" must be \"immediate\" or \"deferred\", not \"%2\"").arg(key, value));
    return value;
}

Project Reader::project(const QJsonObject &root)
{
    const QJsonValue version = root.value(QStringLiteral("schemawright"));
    if (version.isUndefined())
        fail(QStringLiteral("not-a-project"), QStringLiteral("not a Schemawright project: the key \"schemawright\" is missing"));
    if (!version.isDouble() || version.toDouble() != kProjectFormatVersion)
        fail(QStringLiteral("unsupported-version"),
             QStringLiteral("format version %1 is not supported; this Schemawright reads version %2")
                 .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                 .arg(kProjectFormatVersion));
    if (!root.value(QStringLiteral("tables")).isArray())
        fail(QStringLiteral("missing-key"), QStringLiteral("the key \"tables\" must be an array of tables"));

    Project project;
    project.unknownKeys = unknownKeys(root, {QStringLiteral("schemawright"), QStringLiteral("tables"), QStringLiteral("connections"),
                                             QStringLiteral("baseline"), QStringLiteral("types"), QStringLiteral("extensions"),
                                             QStringLiteral("sequences"), QStringLiteral("schema_comments"), QStringLiteral("history_mode"),
                                             QStringLiteral("sql_objects"), QStringLiteral("layout"),
                                             QStringLiteral("production_safe"), QStringLiteral("merge_conflicts")});
    for (const QJsonValue &v : array(root, QStringLiteral("connections"), QStringLiteral("the project")))
        project.connections << connection(object(v, QStringLiteral("a connection")));
    if (root.contains(QStringLiteral("baseline"))) {
        const QJsonObject baseline = object(root.value(QStringLiteral("baseline")), QStringLiteral("the baseline"));
        project.baseline = Baseline{string(baseline, QStringLiteral("revision"), false, QStringLiteral("the baseline")), {}};
        const QJsonArray baselineTables = array(baseline, QStringLiteral("tables"), QStringLiteral("the baseline"));
        for (int i = 0; i < baselineTables.size(); ++i)
            project.baseline->tables << table(object(baselineTables.at(i), QStringLiteral("baseline table #%1").arg(i + 1)), i);
        readTypes(baseline, project.baseline->types, project.baseline->extensions, project.baseline->sequences, QStringLiteral("the baseline"));
        project.baseline->schemaComments = schemaComments(baseline);
        project.baseline->sqlObjects = sqlObjects(baseline, QStringLiteral("the baseline"));
        m_table.clear();
        m_column.clear();
    }
    readTypes(root, project.types, project.extensions, project.sequences, QStringLiteral("the project"));
    project.schemaComments = schemaComments(root);
    project.layout = layout(root);
    project.productionSafe = productionSafety(root);
    for (const QJsonValue &v : array(root, QStringLiteral("merge_conflicts"), QStringLiteral("the project")))
        project.mergeConflicts << mergeConflict(object(v, QStringLiteral("a merge conflict")));
    project.sqlObjects = sqlObjects(root, QStringLiteral("the project"));
    project.historyMode = m_defaultHistoryMode = historyMode(root, QStringLiteral("the project"));
    const QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i)
        project.tables << table(object(tables.at(i), QStringLiteral("table #%1").arg(i + 1)), i);
    return project;
}

Table Reader::table(const QJsonObject &o, int position)
{
    m_table.clear();
    m_schema.clear();
    m_column.clear();
    Table t;
    t.name = string(o, QStringLiteral("name"), true, QStringLiteral("table #%1").arg(position + 1));
    m_table = t.name;
    t.id = string(o, QStringLiteral("id"), false, QStringLiteral("the table"));
    const QString schema = string(o, QStringLiteral("schema"), false, QStringLiteral("the table"));
    if (!schema.isEmpty())
        t.schema = schema;
    m_schema = t.schema;
    t.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("the table"));
    t.partitionBy = string(o, QStringLiteral("partition_by"), false, QStringLiteral("the table"));
    t.partitionOf = string(o, QStringLiteral("partition_of"), false, QStringLiteral("the table"));
    t.partitionBound = string(o, QStringLiteral("partition_bound"), t.isPartition(), QStringLiteral("the partition"));
    // A partition's rows reach history through its parent's triggers.
    t.history = boolean(o, QStringLiteral("history"), !t.isPartition());
    t.updatedAtTrigger = boolean(o, QStringLiteral("updated_at_trigger"), true);
    if (!o.value(QStringLiteral("columns")).isArray() && !t.isPartition())
        fail(QStringLiteral("missing-key"), QStringLiteral("the table has no \"columns\" array"));
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    for (int i = 0; i < columns.size(); ++i)
        t.columns << column(object(columns.at(i), QStringLiteral("column #%1").arg(i + 1)), i);
    m_column.clear();
    t.primaryKey = names(o, QStringLiteral("primary_key"), false, QStringLiteral("the table"));
    t.primaryKeyName = string(o, QStringLiteral("primary_key_name"), false, QStringLiteral("the table"));
    t.primaryKeyDeferrable = deferrable(o, QStringLiteral("primary_key_deferrable"));
    t.primaryKeyComment = string(o, QStringLiteral("primary_key_comment"), false, QStringLiteral("the table"));
    t.historyModeSet = o.contains(QStringLiteral("history_mode"));
    t.historyMode = t.historyModeSet ? historyMode(o, QStringLiteral("the table")) : m_defaultHistoryMode;
    for (const QJsonValue &v : array(o, QStringLiteral("indexes"), QStringLiteral("the table")))
        t.indexes << index(object(v, QStringLiteral("an index")));
    for (const QJsonValue &v : array(o, QStringLiteral("foreign_keys"), QStringLiteral("the table")))
        t.foreignKeys << foreignKey(object(v, QStringLiteral("a foreign key")));
    for (const QJsonValue &v : array(o, QStringLiteral("checks"), QStringLiteral("the table")))
        t.checks << check(object(v, QStringLiteral("a check")));
    for (const QJsonValue &v : array(o, QStringLiteral("exclusions"), QStringLiteral("the table"))) {
        const QJsonObject e = object(v, QStringLiteral("an exclusion constraint"));
        Exclusion exclusion{string(e, QStringLiteral("name"), true, QStringLiteral("an exclusion constraint")),
                            string(e, QStringLiteral("definition"), true, QStringLiteral("an exclusion constraint")), {}};
        exclusion.comment = string(e, QStringLiteral("comment"), false, QStringLiteral("an exclusion constraint"));
        exclusion.unknownKeys = unknownKeys(e, {"name", "definition", "comment"});
        t.exclusions << exclusion;
    }
    t.unlogged = boolean(o, QStringLiteral("unlogged"), false);
    t.storageParameters = names(o, QStringLiteral("with"), false, QStringLiteral("the table"));
    for (const QString &parameter : t.storageParameters)
        if (!sql::isStorageParameter(parameter))
            fail(QStringLiteral("bad-storage-parameter"), QStringLiteral("\"with\": \"%1\" is not name=value with a plain name").arg(parameter));
    t.unknownKeys = unknownKeys(o, {"id", "name", "schema", "comment", "history", "updated_at_trigger", "columns", "primary_key",
                                    "indexes", "foreign_keys", "checks", "exclusions", "unlogged", "with", "partition_by", "primary_key_deferrable", "primary_key_comment", "history_mode",
                                    "partition_of", "partition_bound"});
    return t;
}

Column Reader::column(const QJsonObject &o, int position)
{
    m_column.clear();
    Column c;
    c.name = string(o, QStringLiteral("name"), true, QStringLiteral("column #%1").arg(position + 1));
    m_column = c.name;
    c.id = string(o, QStringLiteral("id"), false, QStringLiteral("the column"));
    c.type = string(o, QStringLiteral("type"), true, QStringLiteral("the column"));
    c.nullable = boolean(o, QStringLiteral("nullable"), true);
    const QJsonValue defaultValue = o.value(QStringLiteral("default"));
    if (defaultValue.isString())
        c.defaultExpr = defaultValue.toString();
    else if (defaultValue.isDouble())  // a bare number is a friendly way to write a numeric default
        c.defaultExpr = QString::number(defaultValue.toDouble(), 'g', 17);
    else if (defaultValue.isBool())
        c.defaultExpr = defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (!defaultValue.isUndefined() && !defaultValue.isNull())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"default\" must be an SQL expression written as a string"));
    const QString fill = string(o, QStringLiteral("fill"), false, QStringLiteral("the column"));
    if (!fill.isEmpty())
        c.fillExpr = fill;
    c.identity = string(o, QStringLiteral("identity"), false, QStringLiteral("the column"));
    if (!c.identity.isEmpty() && c.identity != QLatin1String("always") && c.identity != QLatin1String("by default"))
        fail(QStringLiteral("bad-identity"), QStringLiteral("\"identity\" must be \"always\" or \"by default\", not \"%1\"").arg(c.identity));
    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    if (!sequence.isUndefined() && !sequence.isNull())
        c.sequence = sequenceOptions(object(sequence, QStringLiteral("\"sequence\"")), QStringLiteral("the column's sequence"));
    const QString generated = string(o, QStringLiteral("generated"), false, QStringLiteral("the column"));
    if (!generated.isEmpty())
        c.generatedExpr = generated;
    c.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("the column"));
    c.collation = string(o, QStringLiteral("collation"), false, QStringLiteral("the column"));
    c.storage = string(o, QStringLiteral("storage"), false, QStringLiteral("the column")).toLower();
    if (!QStringList{QString(), "plain", "external", "extended", "main"}.contains(c.storage))
        fail(QStringLiteral("bad-storage"), QStringLiteral("\"storage\" must be plain, external, extended or main, not \"%1\"").arg(c.storage));
    c.compression = string(o, QStringLiteral("compression"), false, QStringLiteral("the column")).toLower();
    if (!QStringList{QString(), "pglz", "lz4"}.contains(c.compression))
        fail(QStringLiteral("bad-compression"), QStringLiteral("\"compression\" must be pglz or lz4, not \"%1\"").arg(c.compression));
    c.unknownKeys = unknownKeys(o, {"id", "name", "type", "nullable", "default", "fill", "identity", "generated", "comment", "collation", "storage", "compression", "sequence"});
    return c;
}

Index Reader::index(const QJsonObject &o) const
{
    Index index;
    index.name = string(o, QStringLiteral("name"), false, QStringLiteral("an index"));
    index.columns = names(o, QStringLiteral("columns"), true, QStringLiteral("index %1").arg(index.name));
    index.unique = boolean(o, QStringLiteral("unique"), false);
    index.method = string(o, QStringLiteral("method"), false, QStringLiteral("index %1").arg(index.name)).toLower();
    if (index.method == QLatin1String("btree"))
        index.method.clear();
    index.include = names(o, QStringLiteral("include"), false, QStringLiteral("index %1").arg(index.name));
    const QString where = string(o, QStringLiteral("where"), false, QStringLiteral("index %1").arg(index.name));
    if (!where.trimmed().isEmpty())
        index.where = where;
    index.constraint = boolean(o, QStringLiteral("constraint"), false);
    index.nullsNotDistinct = boolean(o, QStringLiteral("nulls_not_distinct"), false);
    index.deferrable = deferrable(o, QStringLiteral("deferrable"));
    index.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("index %1").arg(index.name));
    index.unknownKeys = unknownKeys(o, {"name", "columns", "unique", "method", "include", "where", "constraint", "nulls_not_distinct", "deferrable", "comment"});
    return index;
}

ForeignKey Reader::foreignKey(const QJsonObject &o) const
{
    ForeignKey fk;
    fk.name = string(o, QStringLiteral("name"), false, QStringLiteral("a foreign key"));
    const QString what = QStringLiteral("foreign key %1").arg(fk.name);
    fk.columns = names(o, QStringLiteral("columns"), true, what);
    fk.references = string(o, QStringLiteral("references"), true, what);
    fk.refColumns = names(o, QStringLiteral("ref_columns"), true, what);
    fk.onDelete = action(o, QStringLiteral("on_delete"));
    fk.onUpdate = action(o, QStringLiteral("on_update"));
    fk.external = boolean(o, QStringLiteral("external"), false);
    fk.matchFull = boolean(o, QStringLiteral("match_full"), false);
    fk.deferrable = boolean(o, QStringLiteral("deferrable"), false);
    fk.initiallyDeferred = boolean(o, QStringLiteral("initially_deferred"), false);
    fk.notValid = boolean(o, QStringLiteral("not_valid"), false);
    fk.indexed = boolean(o, QStringLiteral("index"), true);
    fk.comment = string(o, QStringLiteral("comment"), false, what);
    fk.unknownKeys = unknownKeys(o, {"name", "columns", "references", "ref_columns", "on_delete", "on_update", "external", "match_full",
                                     "deferrable", "initially_deferred", "not_valid", "index", "comment"});
    return fk;
}

Check Reader::check(const QJsonObject &o) const
{
    Check check;
    check.name = string(o, QStringLiteral("name"), false, QStringLiteral("a check"));
    check.expression = string(o, QStringLiteral("expression"), true, QStringLiteral("check %1").arg(check.name));
    check.notValid = boolean(o, QStringLiteral("not_valid"), false);
    check.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("check %1").arg(check.name));
    check.unknownKeys = unknownKeys(o, {"name", "expression", "not_valid", "comment"});
    return check;
}

QString Reader::historyMode(const QJsonObject &o, const QString &what) const
{
    const QString mode = string(o, QStringLiteral("history_mode"), false, what);
    if (mode != QLatin1String("row") && mode != QLatin1String("statement") && !mode.isEmpty())
        fail(QStringLiteral("bad-value"), QStringLiteral("\"history_mode\" of %1 is \"%2\"; it must be \"row\" or \"statement\"").arg(what, mode));
    return mode == QLatin1String("statement") ? mode : QString();
}

// true, false, or {"lock_timeout": "5s", "statement_timeout": "10min"}: durations PostgreSQL reads.
MergeConflict Reader::mergeConflict(const QJsonObject &o) const
{
    MergeConflict conflict;
    conflict.where = string(o, QStringLiteral("where"), true, QStringLiteral("a merge conflict"));
    conflict.path = o.value(QStringLiteral("path")).toArray();
    const bool pathOfStrings = !conflict.path.isEmpty()
        && std::all_of(conflict.path.begin(), conflict.path.end(), [](const QJsonValue &step) { return step.isString(); });
    if (!pathOfStrings)
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"merge_conflicts\": the path of %1 must be a list of keys").arg(conflict.where));
    conflict.ours = o.value(QStringLiteral("ours"));
    conflict.theirs = o.value(QStringLiteral("theirs"));
    return conflict;
}

std::optional<ProductionSafety> Reader::productionSafety(const QJsonObject &o) const
{
    const QJsonValue value = o.value(QStringLiteral("production_safe"));
    if (value.isUndefined() || (value.isBool() && !value.toBool()))
        return std::nullopt;
    ProductionSafety safety;
    if (value.isBool())
        return safety;
    if (!value.isObject())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"production_safe\" must be true, false or {\"lock_timeout\": \"5s\", \"statement_timeout\": \"10min\"}"));
    static const QRegularExpression duration(QStringLiteral("^[0-9]+ ?(us|ms|s|min|h|d)?$"));
    for (const auto &[key, target] : {std::pair{QStringLiteral("lock_timeout"), &safety.lockTimeout}, std::pair{QStringLiteral("statement_timeout"), &safety.statementTimeout}}) {
        const QJsonValue v = value.toObject().value(key);
        if (v.isUndefined())
            continue;
        if (!v.isString() || !duration.match(v.toString()).hasMatch())
            fail(QStringLiteral("bad-value"), QStringLiteral("\"production_safe\": %1 must be a duration such as \"5s\" or \"10min\"").arg(key));
        *target = v.toString();
    }
    return safety;
}

// The diagram's positions: {"KEY": {"x": 40, "y": 120}}, numbers, finite.
QMap<QString, QPointF> Reader::layout(const QJsonObject &o) const
{
    QMap<QString, QPointF> positions;
    const QJsonValue value = o.value(QStringLiteral("layout"));
    if (value.isUndefined())
        return positions;
    if (!value.isObject())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"layout\" must be an object of positions by table id"));
    const QJsonObject byKey = value.toObject();
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        const QJsonObject at = it.value().toObject();
        const QJsonValue x = at.value(QStringLiteral("x")), y = at.value(QStringLiteral("y"));
        if (!it.value().isObject() || !x.isDouble() || !y.isDouble() || !qIsFinite(x.toDouble()) || !qIsFinite(y.toDouble()))
            fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"layout\": the position of %1 must be {\"x\": number, \"y\": number}").arg(it.key()));
        positions.insert(it.key(), QPointF(x.toDouble(), y.toDouble()));
    }
    return positions;
}

QMap<QString, QString> Reader::schemaComments(const QJsonObject &o) const
{
    QMap<QString, QString> comments;
    const QJsonValue value = o.value(QStringLiteral("schema_comments"));
    if (value.isUndefined())
        return comments;
    if (!value.isObject())
        fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"schema_comments\" must be an object of schema names and comments"));
    const QJsonObject byName = value.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        if (!it.value().isString())
            fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"schema_comments\": the comment on schema %1 must be a string").arg(it.key()));
        if (const QString problem = identifierProblem(it.key()); !problem.isEmpty())
            fail(QStringLiteral("bad-name"), QStringLiteral("\"schema_comments\": schema name %1: %2").arg(it.key(), problem));
        comments.insert(it.key(), it.value().toString());
    }
    return comments;
}

void Reader::readTypes(const QJsonObject &o, QList<TypeDefinition> &types, QList<Extension> &extensions, QList<Sequence> &sequences, const QString &what)
{
    const QJsonArray typeArray = array(o, QStringLiteral("types"), what);
    for (int i = 0; i < typeArray.size(); ++i)
        types << typeDefinition(object(typeArray.at(i), QStringLiteral("type #%1").arg(i + 1)), i);
    const QJsonArray extensionArray = array(o, QStringLiteral("extensions"), what);
    for (int i = 0; i < extensionArray.size(); ++i)
        extensions << extension(object(extensionArray.at(i), QStringLiteral("extension #%1").arg(i + 1)), i);
    const QJsonArray sequenceArray = array(o, QStringLiteral("sequences"), what);
    for (int i = 0; i < sequenceArray.size(); ++i)
        sequences << sequence(object(sequenceArray.at(i), QStringLiteral("sequence #%1").arg(i + 1)), i);
    m_schema.clear();
    m_table.clear();
    m_column.clear();
}

// An object's problems name it where a table's would: "view active_orders".
QList<SqlObject> Reader::sqlObjects(const QJsonObject &o, const QString &what)
{
    QList<SqlObject> objects;
    const QJsonArray array = this->array(o, QStringLiteral("sql_objects"), what);
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject so = object(array.at(i), QStringLiteral("SQL object #%1").arg(i + 1));
        m_schema.clear();
        m_column.clear();
        m_table = QStringLiteral("SQL object #%1").arg(i + 1);
        SqlObject object;
        const QString kind = string(so, QStringLiteral("kind"), true, m_table);
        const auto parsed = sqlObjectKind(kind);
        if (!parsed)
            fail(QStringLiteral("unknown-kind"),
                 QStringLiteral("\"kind\" must be view, materialized_view, function, procedure, aggregate, operator, operator_family, cast, "
                                "index, trigger or rule, not \"%1\"").arg(kind));
        object.kind = *parsed;
        object.name = string(so, QStringLiteral("name"), true, m_table);
        m_table = QStringLiteral("%1 %2").arg(sqlObjectKindTitle(object.kind), object.name);
        if (const QString schema = string(so, QStringLiteral("schema"), false, m_table); !schema.isEmpty())
            object.schema = schema;
        m_schema = object.schema;
        object.arguments = string(so, QStringLiteral("arguments"), false, m_table);
        object.table = string(so, QStringLiteral("table"), object.isOnTable(), m_table);
        object.definition = string(so, QStringLiteral("definition"), true, m_table).trimmed();
        if (object.definition.endsWith(QLatin1Char(';')))
            object.definition = object.definition.chopped(1).trimmed();
        object.comment = string(so, QStringLiteral("comment"), false, m_table);
        object.dependsOn = names(so, QStringLiteral("depends_on"), false, m_table);
        object.unknownKeys = unknownKeys(so, {"kind", "name", "schema", "arguments", "table", "definition", "comment", "depends_on"});
        objects << object;
    }
    m_schema.clear();
    m_table.clear();
    return objects;
}

// A type's problems name it where a table's would: "type mood".
TypeDefinition Reader::typeDefinition(const QJsonObject &o, int position)
{
    m_schema.clear();
    m_column.clear();
    TypeDefinition t;
    t.name = string(o, QStringLiteral("name"), true, QStringLiteral("type #%1").arg(position + 1));
    m_table = QStringLiteral("type %1").arg(t.name);
    const QString schema = string(o, QStringLiteral("schema"), false, QStringLiteral("the type"));
    if (!schema.isEmpty())
        t.schema = schema;
    m_schema = t.schema;
    const QString kind = string(o, QStringLiteral("kind"), true, QStringLiteral("the type"));
    if (kind == QLatin1String("enum"))
        t.kind = TypeDefinition::Kind::Enum;
    else if (kind == QLatin1String("domain"))
        t.kind = TypeDefinition::Kind::Domain;
    else if (kind == QLatin1String("composite"))
        t.kind = TypeDefinition::Kind::Composite;
    else if (kind == QLatin1String("range"))
        t.kind = TypeDefinition::Kind::Range;
    else
        fail(QStringLiteral("unknown-kind"), QStringLiteral("\"kind\" must be \"enum\", \"domain\", \"composite\" or \"range\", not \"%1\"").arg(kind));
    for (const QJsonValue &v : array(o, QStringLiteral("values"), QStringLiteral("the type"))) {
        if (!v.isString())
            fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"values\" must list the enum's labels as strings"));
        t.values << v.toString();
    }
    const QJsonValue replace = o.value(QStringLiteral("replace"));
    if (!replace.isUndefined() && !replace.isNull()) {
        const QJsonObject map = object(replace, QStringLiteral("\"replace\" (removed value to the value rows get)"));
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"replace\": the value for %1 must be a string").arg(it.key()));
            t.replace.insert(it.key(), it.value().toString());
        }
    }
    const bool hasBase = t.kind == TypeDefinition::Kind::Domain || t.kind == TypeDefinition::Kind::Range;
    t.base = string(o, QStringLiteral("base"), hasBase, t.kind == TypeDefinition::Kind::Range ? QStringLiteral("the range") : QStringLiteral("the domain"));
    t.rangeOptions = names(o, QStringLiteral("range_options"), false, QStringLiteral("the range"));
    t.nullable = boolean(o, QStringLiteral("nullable"), true);
    const QString defaultExpr = string(o, QStringLiteral("default"), false, QStringLiteral("the type"));
    if (!defaultExpr.isEmpty())
        t.defaultExpr = defaultExpr;
    for (const QJsonValue &v : array(o, QStringLiteral("checks"), QStringLiteral("the type")))
        t.checks << check(object(v, QStringLiteral("a check")));
    const QJsonArray attributes = array(o, QStringLiteral("attributes"), QStringLiteral("the type"));
    for (int i = 0; i < attributes.size(); ++i)
        t.attributes << column(object(attributes.at(i), QStringLiteral("attribute #%1").arg(i + 1)), i);
    m_column.clear();
    t.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("the type"));
    t.unknownKeys = unknownKeys(o, {"name", "schema", "kind", "values", "replace", "base", "nullable", "default", "checks", "attributes", "comment", "range_options"});
    return t;
}

// Numbers, or strings of digits for values past what a JSON number holds exactly.
SequenceOptions Reader::sequenceOptions(const QJsonObject &o, const QString &what) const
{
    SequenceOptions options;
    const auto number = [&](const QString &key) -> std::optional<qint64> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        // Exact past 2^53 too: Qt keeps a whole JSON number as an integer; either default
        // back says it is not one (a fraction, or beyond a bigint).
        bool ok = v.isDouble() && v.toInteger(0) == v.toInteger(1);
        qint64 value = v.toInteger(0);
        if (v.isString())
            value = v.toString().toLongLong(&ok);
        if (!ok)
            fail(QStringLiteral("wrong-json-type"), QStringLiteral("\"%1\" of %2 must be a whole number").arg(key, what));
        return value;
    };
    options.start = number(QStringLiteral("start"));
    options.increment = number(QStringLiteral("increment"));
    options.minValue = number(QStringLiteral("min"));
    options.maxValue = number(QStringLiteral("max"));
    options.cache = number(QStringLiteral("cache"));
    options.cycle = boolean(o, QStringLiteral("cycle"), false);
    if (options.increment == 0)
        fail(QStringLiteral("bad-sequence"), QStringLiteral("\"increment\" of %1 cannot be 0").arg(what));
    return options;
}

Sequence Reader::sequence(const QJsonObject &o, int position) const
{
    Sequence s;
    s.name = string(o, QStringLiteral("name"), true, QStringLiteral("sequence #%1").arg(position + 1));
    const QString what = QStringLiteral("sequence %1").arg(s.name);
    const QString schema = string(o, QStringLiteral("schema"), false, what);
    if (!schema.isEmpty())
        s.schema = schema;
    const QString type = string(o, QStringLiteral("type"), false, what).toLower();
    if (!type.isEmpty())
        s.type = type;
    if (!QStringList{"smallint", "integer", "bigint"}.contains(s.type))
        fail(QStringLiteral("bad-sequence"), QStringLiteral("%1: \"type\" must be smallint, integer or bigint, not \"%2\"").arg(what, s.type));
    s.options = sequenceOptions(o, what);
    s.ownedBy = string(o, QStringLiteral("owned_by"), false, what);
    s.comment = string(o, QStringLiteral("comment"), false, what);
    s.unknownKeys = unknownKeys(o, {"name", "schema", "type", "start", "increment", "min", "max", "cache", "cycle", "owned_by", "comment"});
    return s;
}

Extension Reader::extension(const QJsonObject &o, int position) const
{
    Extension e;
    e.name = string(o, QStringLiteral("name"), true, QStringLiteral("extension #%1").arg(position + 1));
    const QString schema = string(o, QStringLiteral("schema"), false, QStringLiteral("extension %1").arg(e.name));
    if (!schema.isEmpty())
        e.schema = schema;
    e.types = names(o, QStringLiteral("types"), false, QStringLiteral("extension %1").arg(e.name));
    if (o.contains(QStringLiteral("comment")))
        e.comment = string(o, QStringLiteral("comment"), false, QStringLiteral("extension %1").arg(e.name));
    e.unknownKeys = unknownKeys(o, {"name", "schema", "types", "comment"});
    return e;
}

ConnectionProfile Reader::connection(const QJsonObject &o) const
{
    const QString what = QStringLiteral("connection %1").arg(o.value(QStringLiteral("name")).toString());
    if (o.contains(QStringLiteral("password")))
        fail(QStringLiteral("password-in-project"),
             QStringLiteral("%1 stores a password; remove it: passwords belong in ~/.pgpass or a service file").arg(what));
    ConnectionProfile p{string(o, QStringLiteral("name"), true, what), string(o, QStringLiteral("host"), false, what),
                        string(o, QStringLiteral("port"), false, what), string(o, QStringLiteral("database"), false, what),
                        string(o, QStringLiteral("user"), false, what), string(o, QStringLiteral("sslmode"), false, what),
                        string(o, QStringLiteral("service"), false, what), string(o, QStringLiteral("conninfo"), false, what)};
    if (conninfoHasPassword(p.conninfo))
        fail(QStringLiteral("password-in-project"),
             QStringLiteral("%1: its connection string holds a password; remove it: passwords belong in ~/.pgpass or a service file").arg(what));
    return p;
}

int lineOfOffset(const QByteArray &text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

Project parseProject(const QByteArray &json, const QString &fileLabel)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("invalid-json"),
                                  QStringLiteral("not valid JSON: %1").arg(error.errorString()), fileLabel, {}, {}, {},
                                  lineOfOffset(json, error.offset)});
    if (!document.isObject())
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("not-a-project"),
                                  QStringLiteral("not a Schemawright project: the top level must be a JSON object"),
                                  fileLabel, {}, {}, {}, 0});
    Project project = Reader(fileLabel).project(document.object());
    for (Problem &p : validateProject(project)) {
        // A key to a table the file does not hold is a file still worth
        // opening (the format's own example has one); writing a migration
        // from it is refused until the key is marked "external".
        if (!p.isError() || p.code == QLatin1String("table-outside-project"))
            continue;
        p.file = fileLabel;
        throw SchemaError(p);
    }
    return project;
}

Project loadProject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SchemaError(Problem{Problem::Severity::Error, QStringLiteral("cannot-read"),
                                  QStringLiteral("cannot read the file: %1").arg(file.errorString()), path, {}, {}, {}, 0});
    return parseProject(file.readAll(), path);
}

} // namespace sw
