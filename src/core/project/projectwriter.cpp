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

#include <numeric>

namespace sw {

namespace {

const QStringList &keyOrder()
{
    static const QStringList order = {
        "schemawright", "x", "y", "id", "name", "schema", "kind", "values", "replace", "base", "range_options", "type", "nullable", "default", "fill", "identity", "generated", "collation", "storage", "compression", "sequence", "start", "increment", "min", "max", "cache", "cycle", "owned_by", "comment", "unlogged", "with", "partition_by", "partition_of", "partition_bound", "history", "history_mode", "updated_at_trigger",
        "columns", "primary_key", "primary_key_name", "primary_key_deferrable", "primary_key_comment", "indexes", "unique", "nulls_not_distinct", "constraint", "method", "include", "where", "references", "ref_columns", "on_delete",
        "on_update", "external", "match_full", "deferrable", "initially_deferred", "index", "expression", "not_valid", "foreign_keys", "checks", "definition", "exclusions", "attributes", "extensions", "types", "sequences", "schema_comments", "arguments", "table", "depends_on", "sql_objects", "tables", "host", "port", "database", "user",
        "sslmode", "service", "conninfo", "connections", "revision", "baseline", "lock_timeout", "statement_timeout", "production_safe", "layout", "merge_conflicts", "path", "ours", "theirs",
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

// A string as QJsonDocument writes it, straight into `out`; false (nothing
// written) for one with a control character other than \n, \t and \r.
bool writePlainString(QString &out, const QString &text)
{
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r'; }))
        return false;
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
    return true;
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
    if (value.isString() && writePlainString(out, value.toString()))
        return;
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void writeString(QString &out, const QString &text)
{
    if (!writePlainString(out, text))
        writeScalar(out, text);
}

// Arrays and objects are flat when they fit on one line: no array or object inside.
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

void write(QString &out, const QJsonValue &value, int depth);

void indent(QString &out, int depth)
{
    out.resize(out.size() + 2 * depth, QLatin1Char(' '));
}

// `count` elements, one per line, as an array at `depth`: `writeElement(i, out, depth + 1)` writes the i-th.
template <typename WriteElement>
void writeLines(QString &out, qsizetype count, int depth, WriteElement writeElement)
{
    if (count == 0) {
        out += QLatin1String("[]");
        return;
    }
    out += QLatin1String("[\n");
    for (qsizetype i = 0; i < count; ++i) {
        indent(out, depth + 1);
        writeElement(i, out, depth + 1);
        out += i + 1 < count ? QLatin1String(",\n") : QLatin1String("\n");
    }
    indent(out, depth);
    out += QLatin1Char(']');
}

// One object as it is written: each value written when its member is added,
// at the depth it will have, into one buffer; the members then laid out in
// the documented order, on one line when every value is flat (columns,
// indexes, keys and checks, as in the format's example). The design's parts
// are written straight from the model through it, other objects through
// writeObject(). One buffer, not a string per value: a 2,000-table design
// has 100,000 values.
class ObjectText {
public:
    explicit ObjectText(int depth) : m_depth(depth) {}

    void add(const QString &key, const QJsonValue &value)
    {
        const qsizetype from = m_values.size();
        write(m_values, value, m_depth + 1);
        added(key, from, isFlat(value));
    }
    void add(const QString &key, const QString &value)
    {
        const qsizetype from = m_values.size();
        writeString(m_values, value);
        added(key, from, true);
    }
    void add(const QString &key, const char *value) { add(key, QString::fromUtf8(value)); }
    void add(const QString &key, bool value)
    {
        const qsizetype from = m_values.size();
        m_values += value ? QLatin1String("true") : QLatin1String("false");
        added(key, from, true);
    }
    void add(const QString &key, const QStringList &values)  // on one line, a space after each comma
    {
        const qsizetype from = m_values.size();
        m_values += QLatin1Char('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_values += QLatin1String(", ");
            writeString(m_values, values.at(i));
        }
        m_values += QLatin1Char(']');
        added(key, from, true);
    }
    // `parts`, each written by `writePart(out, part, depth)` at depth() + 2, as the elements of an array.
    template <typename Part, typename WritePart>
    void addObjects(const QString &key, const QList<Part> &parts, WritePart writePart)
    {
        addLines(key, parts.size(), [&](qsizetype i, QString &out, int depth) { writePart(out, parts.at(i), depth); });
    }
    // The same, of `count` elements, the i-th written by `writeElement(i, out, depth)`.
    template <typename WriteElement>
    void addLines(const QString &key, qsizetype count, WriteElement writeElement)
    {
        const qsizetype from = m_values.size();
        writeLines(m_values, count, m_depth + 1, writeElement);
        added(key, from, count == 0);
    }
    void addWritten(const QString &key, QStringView text, bool flat)
    {
        const qsizetype from = m_values.size();
        m_values += text;
        added(key, from, flat);
    }
    // What the reader kept of keys it did not know, where the object has no such key of its own.
    void addUnknown(const QJsonObject &unknown)
    {
        for (auto it = unknown.begin(); it != unknown.end(); ++it)
            if (std::none_of(m_members.begin(), m_members.end(), [&](const Member &m) { return m.key == it.key(); }))
                add(it.key(), it.value());
    }

    int depth() const { return m_depth; }
    void reserve(qsizetype valuesSize) { m_values.reserve(valuesSize); }

    void writeTo(QString &out) const
    {
        if (m_members.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        QVarLengthArray<const Member *, 16> members;
        for (const Member &m : m_members)
            members.append(&m);
        std::stable_sort(members.begin(), members.end(), [](const Member *a, const Member *b) { return a->rank < b->rank; });
        const bool oneLine = std::all_of(m_members.begin(), m_members.end(), [](const Member &m) { return m.flat; });
        out += oneLine ? QLatin1String("{ ") : QLatin1String("{\n");
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (!oneLine)
                indent(out, m_depth + 1);
            writeString(out, members.at(i)->key);
            out += QLatin1String(": ");
            out += QStringView(m_values).sliced(members.at(i)->from, members.at(i)->to - members.at(i)->from);
            if (i + 1 < members.size())
                out += oneLine ? QLatin1String(", ") : QLatin1String(",\n");
        }
        if (oneLine) {
            out += QLatin1String(" }");
            return;
        }
        out += QLatin1Char('\n');
        indent(out, m_depth);
        out += QLatin1Char('}');
    }
    QString text() const
    {
        QString out;
        out.reserve(writtenSize());
        writeTo(out);
        return out;
    }
    // At least what writeTo() appends: room for it at once, not by doubling (megabytes for a whole design).
    qsizetype writtenSize() const
    {
        qsizetype size = m_values.size() + 2 * m_depth + 8;
        for (const Member &m : m_members)
            size += m.key.size() + 2 * m_depth + 10;
        return size;
    }

private:
    struct Member {
        int rank;
        QString key;
        qsizetype from, to;  // the value, in m_values
        bool flat;
    };
    void added(const QString &key, qsizetype from, bool flat) { m_members.append({keyRank(key), key, from, m_values.size(), flat}); }

    int m_depth;
    QString m_values;
    QList<Member> m_members;
};

void writeObject(QString &out, const QJsonObject &object, int depth)
{
    ObjectText text(depth);
    for (auto it = object.begin(); it != object.end(); ++it)
        text.add(it.key(), it.value());
    text.writeTo(out);
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
    writeLines(out, array.size(), depth, [&](qsizetype i, QString &element, int elementDepth) { write(element, array.at(i), elementDepth); });
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

// Whole numbers a JSON number holds exactly; a string of digits past that.
QJsonValue wholeNumber(qint64 value)
{
    return qAbs(value) < (qint64(1) << 53) ? QJsonValue(double(value)) : QJsonValue(QString::number(value));
}

void addSequenceOptions(ObjectText &o, const SequenceOptions &s)
{
    const QList<QPair<const char *, std::optional<qint64>>> numbers = {
        {"start", s.start}, {"increment", s.increment}, {"min", s.minValue}, {"max", s.maxValue}, {"cache", s.cache}};
    for (const auto &[key, value] : numbers)
        if (value)
            o.add(QLatin1String(key), wholeNumber(*value));
    if (s.cycle)
        o.add(QStringLiteral("cycle"), true);
}

void writeColumn(QString &out, const Column &c, int depth)
{
    ObjectText o(depth);
    if (!c.id.isEmpty())
        o.add(QStringLiteral("id"), c.id);
    o.add(QStringLiteral("name"), c.name);
    o.add(QStringLiteral("type"), c.type);
    o.add(QStringLiteral("nullable"), c.nullable);
    if (c.defaultExpr)
        o.add(QStringLiteral("default"), *c.defaultExpr);
    if (c.fillExpr)
        o.add(QStringLiteral("fill"), *c.fillExpr);
    if (!c.identity.isEmpty())
        o.add(QStringLiteral("identity"), c.identity);
    if (c.generatedExpr)
        o.add(QStringLiteral("generated"), *c.generatedExpr);
    if (!c.comment.isEmpty())
        o.add(QStringLiteral("comment"), c.comment);
    if (!c.collation.isEmpty())
        o.add(QStringLiteral("collation"), c.collation);
    if (!c.storage.isEmpty())
        o.add(QStringLiteral("storage"), c.storage);
    if (!c.compression.isEmpty())
        o.add(QStringLiteral("compression"), c.compression);
    if (!c.sequence.isDefault()) {
        ObjectText sequence(depth + 1);
        addSequenceOptions(sequence, c.sequence);
        o.addWritten(QStringLiteral("sequence"), sequence.text(), false);
    }
    o.addUnknown(c.unknownKeys);
    o.writeTo(out);
}

void writeIndex(QString &out, const Index &i, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("columns"), i.columns);
    o.add(QStringLiteral("unique"), i.unique);
    if (!i.name.isEmpty())
        o.add(QStringLiteral("name"), i.name);
    if (!i.method.isEmpty())
        o.add(QStringLiteral("method"), i.method);
    if (!i.include.isEmpty())
        o.add(QStringLiteral("include"), i.include);
    if (i.where)
        o.add(QStringLiteral("where"), *i.where);
    if (i.constraint)
        o.add(QStringLiteral("constraint"), true);
    if (i.nullsNotDistinct)
        o.add(QStringLiteral("nulls_not_distinct"), true);
    if (!i.deferrable.isEmpty())
        o.add(QStringLiteral("deferrable"), i.deferrable);
    if (!i.comment.isEmpty())
        o.add(QStringLiteral("comment"), i.comment);
    o.addUnknown(i.unknownKeys);
    o.writeTo(out);
}

void writeForeignKey(QString &out, const ForeignKey &fk, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("columns"), fk.columns);
    o.add(QStringLiteral("references"), fk.references);
    o.add(QStringLiteral("ref_columns"), fk.refColumns);
    o.add(QStringLiteral("on_delete"), actionName(fk.onDelete));
    o.add(QStringLiteral("on_update"), actionName(fk.onUpdate));
    if (!fk.name.isEmpty())
        o.add(QStringLiteral("name"), fk.name);
    const QList<QPair<const char *, bool>> flags = {{"external", fk.external}, {"match_full", fk.matchFull}, {"deferrable", fk.deferrable},
                                                    {"initially_deferred", fk.initiallyDeferred}, {"not_valid", fk.notValid}};
    for (const auto &[key, set] : flags)
        if (set)
            o.add(QLatin1String(key), true);
    if (!fk.indexed)
        o.add(QStringLiteral("index"), false);
    if (!fk.comment.isEmpty())
        o.add(QStringLiteral("comment"), fk.comment);
    o.addUnknown(fk.unknownKeys);
    o.writeTo(out);
}

void writeCheck(QString &out, const Check &c, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("expression"), c.expression);
    if (c.notValid)
        o.add(QStringLiteral("not_valid"), true);
    if (!c.name.isEmpty())
        o.add(QStringLiteral("name"), c.name);
    if (!c.comment.isEmpty())
        o.add(QStringLiteral("comment"), c.comment);
    o.addUnknown(c.unknownKeys);
    o.writeTo(out);
}

void writeExclusion(QString &out, const Exclusion &e, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("name"), e.name);
    o.add(QStringLiteral("definition"), e.definition);
    if (!e.comment.isEmpty())
        o.add(QStringLiteral("comment"), e.comment);
    o.addUnknown(e.unknownKeys);
    o.writeTo(out);
}

// `defaultHistoryMode`: the mode the table takes when it does not say its own.
void writeTable(QString &out, const Table &t, const QString &defaultHistoryMode, int depth)
{
    ObjectText o(depth);
    if (!t.id.isEmpty())
        o.add(QStringLiteral("id"), t.id);
    o.add(QStringLiteral("name"), t.name);
    o.add(QStringLiteral("schema"), t.schema);
    if (!t.comment.isEmpty())
        o.add(QStringLiteral("comment"), t.comment);
    o.add(QStringLiteral("history"), t.history);
    if (!t.partitionBy.isEmpty())
        o.add(QStringLiteral("partition_by"), t.partitionBy);
    if (t.isPartition()) {
        o.add(QStringLiteral("partition_of"), t.partitionOf);
        o.add(QStringLiteral("partition_bound"), t.partitionBound);
    }
    o.addObjects(QStringLiteral("columns"), t.columns, writeColumn);
    o.add(QStringLiteral("primary_key"), t.primaryKey);
    if (!t.primaryKeyName.isEmpty())
        o.add(QStringLiteral("primary_key_name"), t.primaryKeyName);
    if (!t.primaryKeyDeferrable.isEmpty())
        o.add(QStringLiteral("primary_key_deferrable"), t.primaryKeyDeferrable);
    if (!t.primaryKeyComment.isEmpty())
        o.add(QStringLiteral("primary_key_comment"), t.primaryKeyComment);
    if (t.historyModeSet || t.historyMode != defaultHistoryMode)
        o.add(QStringLiteral("history_mode"), t.historyPerStatement() ? t.historyMode : QStringLiteral("row"));
    if (!t.updatedAtTrigger)
        o.add(QStringLiteral("updated_at_trigger"), false);
    o.addObjects(QStringLiteral("indexes"), t.indexes, writeIndex);
    o.addObjects(QStringLiteral("foreign_keys"), t.foreignKeys, writeForeignKey);
    o.addObjects(QStringLiteral("checks"), t.checks, writeCheck);
    if (!t.exclusions.isEmpty())
        o.addObjects(QStringLiteral("exclusions"), t.exclusions, writeExclusion);
    if (t.unlogged)
        o.add(QStringLiteral("unlogged"), true);
    if (!t.storageParameters.isEmpty())
        o.add(QStringLiteral("with"), t.storageParameters);
    o.addUnknown(t.unknownKeys);
    o.writeTo(out);
}

// A domain's check or a composite type's attribute: two members and what the reader kept.
template <typename Part>
void writePair(QString &out, const Part &part, const QString &key, const QString &value, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("name"), part.name);
    o.add(key, value);
    o.addUnknown(part.unknownKeys);
    o.writeTo(out);
}

void writeType(QString &out, const TypeDefinition &t, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("name"), t.name);
    o.add(QStringLiteral("schema"), t.schema);
    o.add(QStringLiteral("kind"), typeKindName(t.kind));
    switch (t.kind) {
    case TypeDefinition::Kind::Enum: {
        o.add(QStringLiteral("values"), t.values);
        QJsonObject replace;
        for (auto it = t.replace.begin(); it != t.replace.end(); ++it)
            replace.insert(it.key(), it.value());
        if (!replace.isEmpty())
            o.add(QStringLiteral("replace"), replace);
        break;
    }
    case TypeDefinition::Kind::Domain:
        o.add(QStringLiteral("base"), t.base);
        o.add(QStringLiteral("nullable"), t.nullable);
        if (t.defaultExpr)
            o.add(QStringLiteral("default"), *t.defaultExpr);
        o.addObjects(QStringLiteral("checks"), t.checks,
                     [](QString &out, const Check &c, int d) { writePair(out, c, QStringLiteral("expression"), c.expression, d); });
        break;
    case TypeDefinition::Kind::Composite:
        o.addObjects(QStringLiteral("attributes"), t.attributes,
                     [](QString &out, const Column &c, int d) { writePair(out, c, QStringLiteral("type"), c.type, d); });
        break;
    case TypeDefinition::Kind::Range:
        o.add(QStringLiteral("base"), t.base);
        if (!t.rangeOptions.isEmpty())
            o.add(QStringLiteral("range_options"), t.rangeOptions);
        break;
    }
    if (!t.comment.isEmpty())
        o.add(QStringLiteral("comment"), t.comment);
    o.addUnknown(t.unknownKeys);
    o.writeTo(out);
}

void writeExtension(QString &out, const Extension &e, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("name"), e.name);
    o.add(QStringLiteral("schema"), e.schema);
    if (!e.types.isEmpty())
        o.add(QStringLiteral("types"), e.types);
    if (e.comment)
        o.add(QStringLiteral("comment"), *e.comment);
    o.addUnknown(e.unknownKeys);
    o.writeTo(out);
}

void writeSequence(QString &out, const Sequence &s, int depth)
{
    ObjectText o(depth);
    addSequenceOptions(o, s.options);
    o.add(QStringLiteral("name"), s.name);
    o.add(QStringLiteral("schema"), s.schema);
    o.add(QStringLiteral("type"), s.type);
    if (!s.ownedBy.isEmpty())
        o.add(QStringLiteral("owned_by"), s.ownedBy);
    if (!s.comment.isEmpty())
        o.add(QStringLiteral("comment"), s.comment);
    o.addUnknown(s.unknownKeys);
    o.writeTo(out);
}

void writeSqlObject(QString &out, const SqlObject &object, int depth)
{
    ObjectText o(depth);
    o.add(QStringLiteral("kind"), sqlObjectKindName(object.kind));
    o.add(QStringLiteral("schema"), object.schema);
    o.add(QStringLiteral("name"), object.name);
    if (object.hasArguments())
        o.add(QStringLiteral("arguments"), object.arguments);
    if (!object.table.isEmpty())
        o.add(QStringLiteral("table"), object.table);
    o.add(QStringLiteral("definition"), object.definition);
    if (!object.comment.isEmpty())
        o.add(QStringLiteral("comment"), object.comment);
    if (!object.dependsOn.isEmpty())
        o.add(QStringLiteral("depends_on"), object.dependsOn);
    o.addUnknown(object.unknownKeys);
    o.writeTo(out);
}

void insertSchemaComments(ObjectText &o, const QMap<QString, QString> &comments)
{
    QJsonObject byName;
    for (auto it = comments.begin(); it != comments.end(); ++it)
        byName.insert(it.key(), it.value());
    if (!byName.isEmpty())
        o.add(QStringLiteral("schema_comments"), byName);
}

// "types", "extensions" and "sequences", each written only when the design has some.
void insertTypes(ObjectText &o, const QList<TypeDefinition> &types, const QList<Extension> &extensions, const QList<Sequence> &sequences)
{
    if (!sequences.isEmpty())
        o.addObjects(QStringLiteral("sequences"), sequences, writeSequence);
    if (!types.isEmpty())
        o.addObjects(QStringLiteral("types"), types, writeType);
    if (!extensions.isEmpty())
        o.addObjects(QStringLiteral("extensions"), extensions, writeExtension);
}

void insertSqlObjects(ObjectText &o, const QList<SqlObject> &objects)
{
    if (!objects.isEmpty())
        o.addObjects(QStringLiteral("sql_objects"), objects, writeSqlObject);
}

constexpr int kTableDepth = 2;  // of a table, in the root's "tables"

// Positions of what the design still holds, in whole pixels (diffs stay quiet).
void insertLayout(ObjectText &o, const Project &project)
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
        o.add(QStringLiteral("layout"), byKey);
}

} // namespace

WrittenTables writeTables(const Project &project)
{
    WrittenTables written{project.tables, project.historyMode, {}};
    written.texts.reserve(project.tables.size());
    for (const Table &t : project.tables) {
        QString text;
        writeTable(text, t, project.historyMode, kTableDepth);
        written.texts << text;
    }
    return written;
}

QByteArray serializeProject(const Project &project, const WrittenTables &ahead)
{
    ObjectText root(0);
    root.add(QStringLiteral("schemawright"), QJsonValue(kProjectFormatVersion));
    const bool aheadHolds = ahead.historyMode == project.historyMode;
    if (aheadHolds)  // room for the tables at once: megabytes, not grown by doubling
        root.reserve(std::accumulate(ahead.texts.begin(), ahead.texts.end(), qsizetype(4096), [](qsizetype sum, const QString &text) { return sum + text.size() + 8; }));
    root.addLines(QStringLiteral("tables"), project.tables.size(), [&](qsizetype i, QString &out, int depth) {
        if (aheadHolds && depth == kTableDepth && i < ahead.tables.size() && ahead.tables.at(i) == project.tables.at(i))
            out += ahead.texts.at(i);
        else
            writeTable(out, project.tables.at(i), project.historyMode, depth);
    });
    insertTypes(root, project.types, project.extensions, project.sequences);
    insertSchemaComments(root, project.schemaComments);
    insertSqlObjects(root, project.sqlObjects);
    if (!project.historyMode.isEmpty())
        root.add(QStringLiteral("history_mode"), project.historyMode);
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
        root.add(QStringLiteral("connections"), connections);
    if (project.baseline) {
        ObjectText baseline(1);
        baseline.addObjects(QStringLiteral("tables"), project.baseline->tables, [](QString &out, const Table &t, int depth) { writeTable(out, t, {}, depth); });
        insertTypes(baseline, project.baseline->types, project.baseline->extensions, project.baseline->sequences);
        insertSchemaComments(baseline, project.baseline->schemaComments);
        insertSqlObjects(baseline, project.baseline->sqlObjects);
        if (!project.baseline->revision.isEmpty())
            baseline.add(QStringLiteral("revision"), project.baseline->revision);
        root.addWritten(QStringLiteral("baseline"), baseline.text(), false);
    }
    if (project.productionSafe) {
        QJsonObject safety{{"lock_timeout", project.productionSafe->lockTimeout}};
        if (!project.productionSafe->statementTimeout.isEmpty())
            safety.insert(QStringLiteral("statement_timeout"), project.productionSafe->statementTimeout);
        root.add(QStringLiteral("production_safe"), safety);
    }
    insertLayout(root, project);
    if (!project.mergeConflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const MergeConflict &c : project.mergeConflicts)  // an undefined side (absent there) is left out
            conflicts << QJsonObject{{"where", c.where}, {"path", c.path}, {"ours", c.ours}, {"theirs", c.theirs}};
        root.add(QStringLiteral("merge_conflicts"), conflicts);
    }
    root.addUnknown(project.unknownKeys);
    QString out;
    out.reserve(root.writtenSize() + 1);
    root.writeTo(out);
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
