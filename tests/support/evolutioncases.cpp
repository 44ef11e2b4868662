#include "evolutioncases.h"

#include "processes.h"
#include "project/projectfile.h"

namespace sw::test {

namespace {

Table &table(Project &p, const QString &name)
{
    for (Table &t : p.tables)
        if (t.name == name)
            return t;
    qFatal("evolution case: no table %s", qPrintable(name));
}

Column &column(Project &p, const QString &tableName, const QString &name)
{
    for (Column &c : table(p, tableName).columns)
        if (c.name == name)
            return c;
    qFatal("evolution case: no column %s", qPrintable(name));
}

Column newColumn(const QString &name, const QString &type, bool nullable, std::optional<QString> defaultExpr = std::nullopt,
                 std::optional<QString> fill = std::nullopt)
{
    return Column{QStringLiteral("c-new-") + name, name, type, nullable, defaultExpr, fill, {}, {}};
}

const QString kCustomerDml = QStringLiteral(
    "INSERT INTO customers (email) VALUES ('z@x.io');"
    "UPDATE customers SET email = 'y@x.io' WHERE email = 'z@x.io';"
    "DELETE FROM customers WHERE email = 'y@x.io';");

const QString kTagDml = QStringLiteral(
    "INSERT INTO tags (label) VALUES ('new');"
    "UPDATE tags SET label = 'newer' WHERE label = 'new';"
    "DELETE FROM tags WHERE label = 'newer';");

const QString kOrderDml = QStringLiteral(
    "INSERT INTO orders (customer_id, amount) SELECT min(id), 5 FROM customers;"
    "UPDATE orders SET amount = 6 WHERE amount = 5;"
    "DELETE FROM orders WHERE amount = 6;");

const QString kReadingDml = QStringLiteral(
    "INSERT INTO readings (id, taken_on, value) VALUES (99, '2026-05-01', 1);"
    "UPDATE readings SET value = 2 WHERE id = 99;"
    "DELETE FROM readings WHERE id = 99;");

const QString kParcelDml = QStringLiteral(
    "INSERT INTO parcels (trail, recipient) VALUES ('{packed}', 'Ann@X.io');"
    "UPDATE parcels SET carrier = 'ups' WHERE recipient = 'ann@x.io';"
    "DELETE FROM parcels WHERE recipient = 'ANN@x.io';");

SqlObject &sqlObject(Project &p, const QString &name)
{
    for (SqlObject &o : p.sqlObjects)
        if (o.name == name)
            return o;
    qFatal("evolution case: no SQL object %s", qPrintable(name));
}

SqlObject newSqlObject(SqlObject::Kind kind, const QString &name, const QString &definition, const QString &table = {})
{
    SqlObject o;
    o.kind = kind;
    o.name = name;
    o.table = table;
    o.definition = definition;
    return o;
}

TypeDefinition &type(Project &p, const QString &name)
{
    for (TypeDefinition &t : p.types)
        if (t.name == name)
            return t;
    qFatal("evolution case: no type %s", qPrintable(name));
}

} // namespace

Project evolutionBase()
{
    return loadProject(sourceDir() + QStringLiteral("/tests/data/evolution/base.json"));
}

QString evolutionSeedSql()
{
    return QStringLiteral(
        "INSERT INTO customers (email, name, reference) VALUES ('a@x.io', 'Ann', '101'), ('b@x.io', 'Bob', '202');"
        "UPDATE customers SET name = name || '!' WHERE email = 'a@x.io';"
        "INSERT INTO orders (customer_id, amount, note) SELECT id, 10, 'first' FROM customers;"
        "UPDATE orders SET amount = 11 WHERE note = 'first';"
        "INSERT INTO tags (label) VALUES ('red'), ('blue');"
        "INSERT INTO parcels (status, trail, carrier, recipient, address) VALUES"
        " ('packed', NULL, 'dhl', 'a@x.io', NULL),"
        " ('shipped', '{packed,shipped}', 'ups', 'b@x.io', ROW('Quay 2', 'Bergen')),"
        " ('delivered', '{packed,shipped,delivered}', 'dhl', NULL, ROW('Dock 3', 'Tromsø'));"
        "UPDATE parcels SET carrier = 'ups' WHERE status = 'delivered';"
        "INSERT INTO readings (id, taken_on, value) VALUES (1, '2025-03-01', 10), (2, '2025-09-01', 20), (3, '2030-01-01', 30);"
        "UPDATE readings SET value = 11 WHERE id = 1;"
        "INSERT INTO readings_archive (id, taken_on, value) VALUES (1, '2020-06-01', 5);");
}

QList<EvolutionCase> evolutionCases()
{
    const QString customers = QStringLiteral("customers"), orders = QStringLiteral("orders"), tags = QStringLiteral("tags");
    return {
        {QStringLiteral("add_column_with_default"),
         [](Project &p) { table(p, QStringLiteral("customers")).columns << newColumn(QStringLiteral("tier"), QStringLiteral("varchar(10)"), false, QStringLiteral("'BASIC'")); },
         customers, kCustomerDml},
        {QStringLiteral("add_not_null_column_with_fill"),
         [](Project &p) { table(p, QStringLiteral("customers")).columns << newColumn(QStringLiteral("status"), QStringLiteral("varchar(20)"), false, std::nullopt, QStringLiteral("'ACTIVE'")); },
         customers,
         QStringLiteral("INSERT INTO customers (email, status) VALUES ('z@x.io', 'NEW');"
                        "UPDATE customers SET status = 'OLD' WHERE email = 'z@x.io';"
                        "DELETE FROM customers WHERE email = 'z@x.io';")},
        {QStringLiteral("add_nullable_column_in_the_middle"),
         [](Project &p) { table(p, QStringLiteral("orders")).columns.insert(3, newColumn(QStringLiteral("paid_at"), QStringLiteral("timestamptz"), true)); },
         orders, kOrderDml},
        {QStringLiteral("drop_column"),
         [](Project &p) { table(p, QStringLiteral("orders")).columns.removeLast(); }, orders, kOrderDml},
        {QStringLiteral("rename_column"),
         [](Project &p) { column(p, QStringLiteral("customers"), QStringLiteral("name")).name = QStringLiteral("full_name"); }, customers, kCustomerDml},
        {QStringLiteral("widen_type"),
         [](Project &p) { column(p, QStringLiteral("customers"), QStringLiteral("email")).type = QStringLiteral("varchar(200)"); }, customers, kCustomerDml},
        {QStringLiteral("change_type_with_cast"),
         [](Project &p) { column(p, QStringLiteral("customers"), QStringLiteral("reference")).type = QStringLiteral("integer"); }, customers, kCustomerDml},
        {QStringLiteral("set_not_null_with_fill"),
         [](Project &p) {
             Column &c = column(p, QStringLiteral("customers"), QStringLiteral("name"));
             c.nullable = false;
             c.fillExpr = QStringLiteral("'unknown'");
         },
         customers,
         QStringLiteral("INSERT INTO customers (email, name) VALUES ('z@x.io', 'Zed');"
                        "UPDATE customers SET name = 'Zoe' WHERE email = 'z@x.io';"
                        "DELETE FROM customers WHERE email = 'z@x.io';")},
        {QStringLiteral("drop_not_null"),
         [](Project &p) { column(p, QStringLiteral("orders"), QStringLiteral("amount")).nullable = true; }, orders, kOrderDml},
        {QStringLiteral("change_default"),
         [](Project &p) { column(p, QStringLiteral("orders"), QStringLiteral("amount")).defaultExpr = QStringLiteral("1"); }, orders, kOrderDml},
        {QStringLiteral("drop_default"),
         [](Project &p) { column(p, QStringLiteral("orders"), QStringLiteral("note")).defaultExpr.reset(); },
         orders,
         QStringLiteral("INSERT INTO orders (customer_id, amount, note) SELECT min(id), 5, 'x' FROM customers;"
                        "UPDATE orders SET amount = 6 WHERE amount = 5;"
                        "DELETE FROM orders WHERE amount = 6;")},
        {QStringLiteral("add_index"),
         [](Project &p) { table(p, QStringLiteral("orders")).indexes << Index{{}, {QStringLiteral("created_at")}, false, {}}; }, orders, kOrderDml},
        {QStringLiteral("drop_index"),
         [](Project &p) { table(p, QStringLiteral("customers")).indexes.clear(); }, customers, kCustomerDml},
        {QStringLiteral("rename_index"),
         [](Project &p) { table(p, QStringLiteral("customers")).indexes.first().name = QStringLiteral("uq_customers_mail"); }, customers, kCustomerDml},
        {QStringLiteral("add_expression_partial_index"),
         [](Project &p) {
             table(p, QStringLiteral("orders")).indexes
                 << Index{QStringLiteral("ix_orders_open_notes"), {QStringLiteral("lower(note)"), QStringLiteral("created_at DESC")}, false, {}, {}, {},
                          QStringLiteral("amount > 0")};
         },
         orders, kOrderDml},
        {QStringLiteral("add_covering_index"),  // it covers the foreign key, so the conventions' own index goes
         [](Project &p) {
             table(p, QStringLiteral("orders")).indexes
                 << Index{QStringLiteral("ix_orders_customer_amount"), {QStringLiteral("customer_id")}, false, {}, {}, {QStringLiteral("amount")}, {}};
         },
         orders, kOrderDml},
        {QStringLiteral("add_brin_index"),
         [](Project &p) { table(p, QStringLiteral("orders")).indexes << Index{{}, {QStringLiteral("created_at")}, false, {}, QStringLiteral("brin"), {}, {}}; },
         orders, kOrderDml},
        {QStringLiteral("add_unique_index"),
         [](Project &p) { table(p, QStringLiteral("tags")).indexes << Index{{}, {QStringLiteral("label")}, true, {}}; }, tags, kTagDml, true,
         QStringLiteral("INSERT INTO tags (label) VALUES ('twice'), ('twice')"), {}},
        {QStringLiteral("add_unique_constraint"),
         [](Project &p) {
             Index unique{QStringLiteral("uq_tags_label"), {QStringLiteral("label")}, true, {}};
             unique.constraint = true;
             table(p, QStringLiteral("tags")).indexes << unique;
         },
         tags, kTagDml, true, QStringLiteral("INSERT INTO tags (label) VALUES ('twice'), ('twice')"), {}},
        {QStringLiteral("change_foreign_key"),
         [](Project &p) { table(p, QStringLiteral("orders")).foreignKeys.first().onDelete = ReferentialAction::Cascade; }, orders, kOrderDml},
        {QStringLiteral("make_foreign_key_deferrable"),
         [](Project &p) {
             ForeignKey &fk = table(p, QStringLiteral("orders")).foreignKeys.first();
             fk.deferrable = fk.initiallyDeferred = fk.matchFull = true;
         },
         orders, kOrderDml},
        {QStringLiteral("drop_foreign_key"),
         [](Project &p) { table(p, QStringLiteral("orders")).foreignKeys.clear(); }, orders, kOrderDml},
        {QStringLiteral("add_check"),
         [](Project &p) { table(p, QStringLiteral("orders")).checks << Check{{}, QStringLiteral("amount >= 0"), {}}; }, orders, kOrderDml},
        {QStringLiteral("add_check_not_valid"),  // existing rows are not scanned; new ones are checked
         [](Project &p) {
             Check check{QStringLiteral("ck_orders_amount_small"), QStringLiteral("amount < 1000"), {}};
             check.notValid = true;
             table(p, QStringLiteral("orders")).checks << check;
         },
         orders, kOrderDml, true, QStringLiteral("UPDATE orders SET amount = 5000"), {}},
        {QStringLiteral("drop_check"),
         [](Project &p) { table(p, QStringLiteral("customers")).checks.clear(); }, customers, kCustomerDml},
        {QStringLiteral("rename_check"),
         [](Project &p) { table(p, QStringLiteral("customers")).checks.first().name = QStringLiteral("ck_customers_has_at"); }, customers, kCustomerDml},
        {QStringLiteral("change_check"),
         [](Project &p) { table(p, QStringLiteral("customers")).checks.first().expression = QStringLiteral("email LIKE '%_@_%'"); }, customers, kCustomerDml},
        {QStringLiteral("comments"),
         [](Project &p) {
             table(p, QStringLiteral("customers")).comment = QStringLiteral("People who buy from us");
             column(p, QStringLiteral("customers"), QStringLiteral("email")).comment = QStringLiteral("Where receipts go");
         },
         customers, kCustomerDml},
        {QStringLiteral("rename_table"),
         [](Project &p) {
             table(p, QStringLiteral("orders")).name = QStringLiteral("purchases");
             for (SqlObject &o : p.sqlObjects)  // as the team would: the views and functions that name it
                 o.definition.replace(QStringLiteral(" orders "), QStringLiteral(" purchases "));
         },
         QStringLiteral("purchases"), QString(kOrderDml).replace(QStringLiteral("orders"), QStringLiteral("purchases"))},
        {QStringLiteral("history_off"),
         [](Project &p) { table(p, QStringLiteral("orders")).history = false; }, customers, kCustomerDml, false},
        {QStringLiteral("add_identity_column"),
         [](Project &p) {
             Column c = newColumn(QStringLiteral("seq_no"), QStringLiteral("bigint"), false);
             c.identity = QStringLiteral("always");
             table(p, QStringLiteral("orders")).columns << c;
         },
         orders, kOrderDml},
        {QStringLiteral("add_generated_column"),
         [](Project &p) {
             Column c = newColumn(QStringLiteral("amount_with_tax"), QStringLiteral("numeric(12,2)"), true);
             c.generatedExpr = QStringLiteral("amount * 1.2");
             table(p, QStringLiteral("orders")).columns << c;
         },
         orders, kOrderDml},
        // A populated column becomes an identity: its sequence starts past the values it holds.
        {QStringLiteral("make_column_identity"),
         [](Project &p) { column(p, QStringLiteral("orders"), QStringLiteral("customer_id")).identity = QStringLiteral("by default"); },
         orders, kOrderDml, true, {},
         QStringLiteral("PERFORM 1 / coalesce((nextval(pg_get_serial_sequence('orders', 'customer_id')) > (SELECT max(customer_id) FROM orders))::int, 0)")},
        {QStringLiteral("history_on"),
         [](Project &p) { table(p, QStringLiteral("tags")).history = true; },
         QStringLiteral("tags"),
         QStringLiteral("INSERT INTO tags (label) VALUES ('green'); UPDATE tags SET label = 'lime' WHERE label = 'green';"
                        "DELETE FROM tags WHERE label = 'lime';")},
        {QStringLiteral("drop_updated_at"),
         [](Project &p) {
             table(p, QStringLiteral("customers")).columns.removeIf([](const Column &c) { return c.name == QLatin1String("updated_at"); });
         },
         customers, kCustomerDml},
        {QStringLiteral("add_updated_at_and_history"),
         [](Project &p) {
             table(p, QStringLiteral("tags")).history = true;
             table(p, QStringLiteral("tags")).columns << newColumn(QStringLiteral("updated_at"), QStringLiteral("timestamptz"), false, QStringLiteral("now()"));
         },
         QStringLiteral("tags"),
         QStringLiteral("INSERT INTO tags (label) VALUES ('green'); UPDATE tags SET label = 'lime' WHERE label = 'green';"
                        "DELETE FROM tags WHERE label = 'lime';")},
        {QStringLiteral("change_primary_key"),
         [](Project &p) { table(p, QStringLiteral("tags")).primaryKey = QStringList{QStringLiteral("id"), QStringLiteral("label")}; },
         tags, kTagDml, true, {}, QStringLiteral("INSERT INTO tags (id, label) VALUES (100, 'a'), (100, 'b')")},
        // Types (issue 11): enums gain, rename, lose and reorder labels on a populated table.
        {QStringLiteral("enum_add_values"),
         [](Project &p) { type(p, QStringLiteral("parcel_status")).values = QStringList{"packed", "weighed", "shipped", "delivered", "lost"}; },
         QStringLiteral("parcels"), kParcelDml, true, {}, QStringLiteral("PERFORM 'weighed'::parcel_status, 'lost'::parcel_status")},
        {QStringLiteral("enum_rename_value"),
         [](Project &p) {
             type(p, QStringLiteral("parcel_status")).values[1] = QStringLiteral("in_transit");
         },
         QStringLiteral("parcels"), kParcelDml, true, QStringLiteral("PERFORM 'shipped'::parcel_status")},
        // A label goes: rows holding it (also inside arrays) get the one "replace" names;
        // the check and the partial index that name the column survive the move.
        {QStringLiteral("enum_remove_value_with_replace"),
         [](Project &p) {
             TypeDefinition &status = type(p, QStringLiteral("parcel_status"));
             status.values.removeAll(QStringLiteral("shipped"));
             status.replace.insert(QStringLiteral("shipped"), QStringLiteral("delivered"));
         },
         QStringLiteral("parcels"), kParcelDml, true,
         QStringLiteral("PERFORM 'shipped'::parcel_status")},
        {QStringLiteral("enum_reorder_values"),
         [](Project &p) { type(p, QStringLiteral("parcel_status")).values = QStringList{"delivered", "shipped", "packed"}; },
         QStringLiteral("parcels"), kParcelDml, true,
         QStringLiteral("PERFORM 1 / (('delivered'::parcel_status < 'packed'::parcel_status)::int - 1)")},
        {QStringLiteral("domain_changes"),
         [](Project &p) {
             TypeDefinition &email = type(p, QStringLiteral("email_address"));
             email.checks << Check{QStringLiteral("email_address_short"), QStringLiteral("length(VALUE) <= 40"), {}};
             email.defaultExpr = QStringLiteral("'nobody@x.io'");
             email.comment = QStringLiteral("An address mail can reach");
         },
         QStringLiteral("parcels"), kParcelDml, true, QStringLiteral("PERFORM (repeat('a', 50) || '@x.io')::email_address")},
        {QStringLiteral("composite_add_attribute"),
         [](Project &p) { type(p, QStringLiteral("address")).attributes << newColumn(QStringLiteral("zip"), QStringLiteral("varchar(10)"), true); },
         QStringLiteral("parcels"), kParcelDml, true, {}, QStringLiteral("PERFORM (ROW('a', 'b', '1')::places.address).zip")},
        {QStringLiteral("column_text_to_new_enum"),
         [](Project &p) {
             p.types << TypeDefinition{QStringLiteral("carrier"), QStringLiteral("public"), TypeDefinition::Kind::Enum, {"dhl", "ups", "post"}};
             column(p, QStringLiteral("parcels"), QStringLiteral("carrier")).type = QStringLiteral("carrier");
         },
         QStringLiteral("parcels"), kParcelDml, true, QStringLiteral("INSERT INTO parcels (carrier) VALUES ('fedex')")},
        {QStringLiteral("drop_type_and_its_column"),
         [](Project &p) {
             p.types.removeIf([](const TypeDefinition &t) { return t.name == QLatin1String("address"); });
             table(p, QStringLiteral("parcels")).columns.removeIf([](const Column &c) { return c.name == QLatin1String("address"); });
         },
         QStringLiteral("parcels"),
         QStringLiteral("INSERT INTO parcels (recipient) VALUES ('c@x.io'); UPDATE parcels SET carrier = 'ups' WHERE recipient = 'c@x.io';"
                        "DELETE FROM parcels WHERE recipient = 'c@x.io';"),
         true, QStringLiteral("PERFORM NULL::places.address")},
        {QStringLiteral("new_extension_type_column"),
         [](Project &p) {
             p.extensions << Extension{QStringLiteral("hstore")};
             table(p, QStringLiteral("parcels")).columns << newColumn(QStringLiteral("labels"), QStringLiteral("hstore"), true);
         },
         QStringLiteral("parcels"), kParcelDml, true, {}, QStringLiteral("PERFORM 'a=>1'::hstore")},
        // One delivered parcel per carrier at a time (gist exclusions are in the import fixture).
        {QStringLiteral("add_exclusion_constraint"),
         [](Project &p) {
             table(p, QStringLiteral("parcels")).exclusions << Exclusion{QStringLiteral("ex_parcels_delivered"),
                                                                       QStringLiteral("USING btree (carrier WITH =) WHERE (status = 'delivered')"), {}};
         },
         QStringLiteral("parcels"), kParcelDml, true,
         QStringLiteral("INSERT INTO parcels (status, carrier, trail) VALUES ('delivered', 'dhl', '{packed}'), ('delivered', 'dhl', '{packed}')")},
        // What pg_dump shows of the storage: unlogged, a fill factor, a collation, column storage and compression.
        {QStringLiteral("physical_settings"),
         [](Project &p) {
             Table &parcels = table(p, QStringLiteral("parcels"));
             parcels.unlogged = true;
             parcels.storageParameters = QStringList{QStringLiteral("fillfactor=70")};
             column(p, QStringLiteral("parcels"), QStringLiteral("carrier")).collation = QStringLiteral("C");
             column(p, QStringLiteral("parcels"), QStringLiteral("recipient")).storage = QStringLiteral("external");
             column(p, QStringLiteral("parcels"), QStringLiteral("trail")).compression = QStringLiteral("lz4");
         },
         QStringLiteral("parcels"), kParcelDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT (relpersistence = 'u' AND reloptions = '{fillfactor=70}')::int FROM pg_class WHERE relname = 'parcels')")},
        // Partitions (issue 11): history lives on the partitioned table, its triggers cloned to every partition.
        {QStringLiteral("add_partition"),
         [](Project &p) {
             Table partition;
             partition.id = QStringLiteral("t-readings-2026");
             partition.name = QStringLiteral("readings_2026");
             partition.history = false;
             partition.partitionOf = QStringLiteral("readings");
             partition.partitionBound = QStringLiteral("FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
             p.tables << partition;
         },
         QStringLiteral("readings"), kReadingDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_class WHERE relname = 'readings_2026')")},
        {QStringLiteral("change_partition_bound"),
         [](Project &p) { table(p, QStringLiteral("readings_2025")).partitionBound = QStringLiteral("FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')"); },
         QStringLiteral("readings"), kReadingDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT (pg_get_expr(relpartbound, oid) LIKE '%2024%')::int FROM pg_class WHERE relname = 'readings_2025')")},
        {QStringLiteral("add_column_to_partitioned_table"),
         [](Project &p) { table(p, QStringLiteral("readings")).columns << newColumn(QStringLiteral("unit"), QStringLiteral("varchar(10)"), false, QStringLiteral("'kWh'")); },
         QStringLiteral("readings"), kReadingDml},
        {QStringLiteral("drop_partition"),
         [](Project &p) { p.tables.removeIf([](const Table &t) { return t.name == QLatin1String("readings_rest"); }); },
         QStringLiteral("readings"),
         QStringLiteral("INSERT INTO readings (id, taken_on, value) VALUES (99, '2025-05-01', 1); UPDATE readings SET value = 2 WHERE id = 99;"
                        "DELETE FROM readings WHERE id = 99;"),
         false, QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_class WHERE relname = 'readings_rest')")},
        // Comments on an index, a check, a foreign key and a primary key that stay, and on a check that comes.
        {QStringLiteral("constraint_comments"),
         [](Project &p) {
             table(p, QStringLiteral("customers")).indexes.first().comment = QStringLiteral("One account per address");
             table(p, QStringLiteral("customers")).checks.first().comment = QStringLiteral("Only a rough check");
             table(p, QStringLiteral("orders")).foreignKeys.first().comment = QStringLiteral("Customers with orders stay");
             table(p, QStringLiteral("orders")).primaryKeyComment = QStringLiteral("Numbered by the shop");
             Check positive{QStringLiteral("ck_orders_amount_positive"), QStringLiteral("amount >= 0"), {}};
             positive.comment = QStringLiteral("Refunds are orders of their own");
             table(p, QStringLiteral("orders")).checks << positive;
         },
         QStringLiteral("orders"), kOrderDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_description WHERE description LIKE 'Refunds%')")},
        // Comments on public (initdb gave it one) and on a schema a type lives in.
        {QStringLiteral("schema_comments"),
         [](Project &p) {
             p.schemaComments.insert(QStringLiteral("public"), QStringLiteral("The shop"));
             p.schemaComments.insert(QStringLiteral("places"), QStringLiteral("Where parcels go"));
         },
         QStringLiteral("orders"), kOrderDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_description WHERE description = 'The shop')")},
        // History written once per statement (issue 15), on a plain and on a partitioned table.
        {QStringLiteral("history_per_statement"),
         [](Project &p) {
             table(p, QStringLiteral("orders")).historyMode = QStringLiteral("statement");
             table(p, QStringLiteral("readings")).historyMode = QStringLiteral("statement");
         },
         QStringLiteral("orders"), kOrderDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_trigger WHERE tgname = 'orders_history_insert' AND tgnewtable IS NOT NULL)")},
        // SQL objects (issue 12): a function's body changes, its header stays: replaced in place.
        {QStringLiteral("replace_function"),
         [](Project &p) {
             sqlObject(p, QStringLiteral("order_total")).definition.replace(QStringLiteral("WHERE customer_id = p_customer"),
                                                                             QStringLiteral("WHERE customer_id = p_customer AND amount > 0"));
         },
         QStringLiteral("orders"), kOrderDml, true,
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_proc WHERE proname = 'order_total' AND prosrc NOT LIKE '%amount > 0%')"),
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_proc WHERE proname = 'order_total' AND prosrc LIKE '%amount > 0%')")},
        // A view gains a column: it and the view reading it are dropped and made again.
        {QStringLiteral("change_view"),
         [](Project &p) {
             sqlObject(p, QStringLiteral("customer_totals")).definition.replace(QStringLiteral(" AS total"), QStringLiteral(" AS total, count(o.id) AS orders"));
         },
         QStringLiteral("orders"), kOrderDml, true,
         QStringLiteral("PERFORM 1 / (1 - (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'customer_totals' AND column_name = 'orders'))"),
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'customer_totals' AND column_name = 'orders')")},
        // A view's filter changes, its columns stay: replaced in place, the view reading it untouched.
        {QStringLiteral("change_view_filter"),
         [](Project &p) {
             sqlObject(p, QStringLiteral("customer_totals")).definition.replace(QStringLiteral("ON o.customer_id = c.id"),
                                                                                QStringLiteral("ON o.customer_id = c.id AND o.amount > 0"));
         },
         QStringLiteral("orders"), kOrderDml, true,
         QStringLiteral("PERFORM 1 / (1 - (SELECT count(*)::int FROM pg_views WHERE viewname = 'customer_totals' AND definition LIKE '%o.amount >%'))"),
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_views WHERE viewname = 'customer_totals' AND definition LIKE '%o.amount >%')")},
        // A trigger of the team's own beside the history triggers, and a materialized view with its index.
        {QStringLiteral("add_sql_objects"),
         [](Project &p) {
             p.sqlObjects << newSqlObject(SqlObject::Kind::Function, QStringLiteral("lower_label"),
                                          QStringLiteral("CREATE FUNCTION lower_label() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                                                         "    NEW.label := lower(NEW.label);\n    RETURN NEW;\nEND\n$$"));
             p.sqlObjects << newSqlObject(SqlObject::Kind::Trigger, QStringLiteral("tags_lower_label"),
                                          QStringLiteral("CREATE TRIGGER tags_lower_label BEFORE INSERT OR UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION lower_label()"),
                                          QStringLiteral("tags"));
             p.sqlObjects << newSqlObject(SqlObject::Kind::MaterializedView, QStringLiteral("customer_order_counts"),
                                          QStringLiteral("SELECT customer_id, count(*) AS orders FROM orders GROUP BY customer_id"));
             p.sqlObjects << newSqlObject(SqlObject::Kind::Index, QStringLiteral("customer_order_counts_customer"),
                                          QStringLiteral("CREATE UNIQUE INDEX customer_order_counts_customer ON customer_order_counts (customer_id)"),
                                          QStringLiteral("customer_order_counts"));
             p.sqlObjects.last().comment = QStringLiteral("For REFRESH … CONCURRENTLY");
         },
         tags, kTagDml, true,
         QStringLiteral("INSERT INTO tags (label) VALUES ('LOUD'); PERFORM 1 / (SELECT count(*)::int FROM tags WHERE label = 'LOUD')"),
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_matviews WHERE matviewname = 'customer_order_counts')")},
        {QStringLiteral("drop_sql_objects"),
         [](Project &p) {
             p.sqlObjects.removeIf([](const SqlObject &o) { return o.name != QLatin1String("customer_totals"); });
         },
         QStringLiteral("orders"), kOrderDml, true, QStringLiteral("PERFORM order_total(1)"), {}},
        // A partition leaving its table, and a table joining one, rows kept (DETACH / ATTACH PARTITION).
        {QStringLiteral("detach_partition"),
         [](Project &p) {
             Table &partition = table(p, QStringLiteral("readings_2025"));
             partition.partitionOf.clear();
             partition.partitionBound.clear();
             partition.history = true;
             partition.columns = {newColumn(QStringLiteral("id"), QStringLiteral("bigint"), false),
                                  newColumn(QStringLiteral("taken_on"), QStringLiteral("date"), false),
                                  newColumn(QStringLiteral("value"), QStringLiteral("numeric(8,2)"), true),
                                  newColumn(QStringLiteral("updated_at"), QStringLiteral("timestamptz"), false, QStringLiteral("now()"))};
             partition.primaryKey = QStringList{QStringLiteral("id"), QStringLiteral("taken_on")};
             partition.indexes = {Index{QStringLiteral("ix_readings_2025_value"), {QStringLiteral("value")}, false, {}}};
         },
         QStringLiteral("readings_2025"),
         QStringLiteral("INSERT INTO readings_2025 (id, taken_on, value) VALUES (99, '2025-05-01', 1);"
                        "UPDATE readings_2025 SET value = 2 WHERE id = 99;"
                        "DELETE FROM readings_2025 WHERE id = 99;"),
         true, QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM pg_inherits WHERE inhrelid = 'readings_2025'::regclass)")},
        {QStringLiteral("attach_table_as_partition"),
         [](Project &p) {
             Table &archive = table(p, QStringLiteral("readings_archive"));
             archive.partitionOf = QStringLiteral("readings");
             archive.partitionBound = QStringLiteral("FOR VALUES FROM ('2000-01-01') TO ('2025-01-01')");
             archive.history = false;
             archive.columns.clear();
             archive.primaryKey.clear();
             archive.indexes = {Index{QStringLiteral("ix_readings_archive_recent"), {QStringLiteral("taken_on DESC")}, false, {}}};
         },
         QStringLiteral("readings"),
         QStringLiteral("INSERT INTO readings (id, taken_on, value) VALUES (99, '2020-05-01', 1);"
                        "UPDATE readings SET value = 2 WHERE id = 99;"
                        "DELETE FROM readings WHERE id = 99;"),
         false,  // its own history goes: the parent's records it from now on
         QStringLiteral("INSERT INTO readings_archive (id, taken_on) VALUES (7, '2030-01-01')")},
        // Sequences (issue 11): a serial's options, and a sequence of its own that a new column draws from.
        {QStringLiteral("serial_sequence_options"),
         [](Project &p) {
             Column &id = column(p, QStringLiteral("parcels"), QStringLiteral("id"));
             id.sequence.increment = 5;
             id.sequence.start = 100;
         },
         QStringLiteral("parcels"), kParcelDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT (increment_by = 5 AND start_value = 100)::int FROM pg_sequences WHERE sequencename = 'parcels_id_seq')")},
        {QStringLiteral("standalone_sequence_owned_by_a_column"),
         [](Project &p) {
             Sequence labels{QStringLiteral("parcel_labels"), QStringLiteral("public"), QStringLiteral("bigint"), {}};
             labels.options.start = 500;
             labels.ownedBy = QStringLiteral("parcels.label_no");
             p.sequences << labels;
             table(p, QStringLiteral("parcels")).columns << newColumn(QStringLiteral("label_no"), QStringLiteral("bigint"), false,
                                                                      QStringLiteral("nextval('parcel_labels')"));
         },
         QStringLiteral("parcels"), kParcelDml, true, {},
         QStringLiteral("PERFORM 1 / (SELECT count(*)::int FROM parcels WHERE label_no >= 500) + 1 / (SELECT count(*)::int FROM pg_depend "
                        "WHERE objid = 'parcel_labels'::regclass AND deptype = 'a')")},
        // A table moves to another schema with its history table, triggers and keys; the
        // key that points at it follows (schemas are created by the migration).
        {QStringLiteral("move_table_to_schema"),
         [](Project &p) {
             Table &orders = table(p, QStringLiteral("orders"));
             orders.schema = QStringLiteral("sales");
             orders.foreignKeys[0].references = QStringLiteral("public.customers");
             for (SqlObject &o : p.sqlObjects)
                 o.definition.replace(QStringLiteral(" orders "), QStringLiteral(" sales.orders "));
         },
         QStringLiteral("sales.orders"),
         QStringLiteral("INSERT INTO sales.orders (customer_id, amount) SELECT min(id), 5 FROM customers;"
                        "UPDATE sales.orders SET amount = 6 WHERE amount = 5;"
                        "DELETE FROM sales.orders WHERE amount = 6;"),
         true, QStringLiteral("PERFORM 1 FROM public.orders")},
        // serial becomes an identity on a populated table: the identity's sequence goes on past the values held.
        {QStringLiteral("serial_to_identity"),
         [](Project &p) {
             Column &id = column(p, QStringLiteral("parcels"), QStringLiteral("id"));
             id.type = QStringLiteral("integer");
             id.identity = QStringLiteral("always");
         },
         QStringLiteral("parcels"), kParcelDml, true,
         QStringLiteral("INSERT INTO parcels (id) VALUES (1000)")},
        {QStringLiteral("unique_nulls_not_distinct"),
         [](Project &p) {
             Index once{QStringLiteral("ux_parcels_recipient"), {QStringLiteral("recipient")}, true, {}};
             once.nullsNotDistinct = true;
             table(p, QStringLiteral("parcels")).indexes << once;
         },
         QStringLiteral("parcels"), kParcelDml, true, QStringLiteral("INSERT INTO parcels (recipient) VALUES (NULL)")},
        // Seats swap within one transaction: the key is checked at its end.
        {QStringLiteral("deferrable_primary_key"),
         [](Project &p) { table(p, QStringLiteral("tags")).primaryKeyDeferrable = QStringLiteral("deferred"); },
         tags, kTagDml, true, {},
         QStringLiteral("UPDATE tags SET id = id + 1")},
        {QStringLiteral("create_and_drop_tables_with_changes"),
         [](Project &p) {
             p.tables.removeIf([](const Table &t) { return t.name == QLatin1String("tags"); });
             Table payments;
             payments.id = QStringLiteral("t-payments");
             payments.name = QStringLiteral("payments");
             payments.columns = {newColumn(QStringLiteral("id"), QStringLiteral("bigserial"), false),
                                 newColumn(QStringLiteral("order_id"), QStringLiteral("bigint"), false),
                                 newColumn(QStringLiteral("paid"), QStringLiteral("numeric(10,2)"), false)};
             payments.primaryKey = QStringList{QStringLiteral("id")};
             payments.foreignKeys << ForeignKey{{}, {QStringLiteral("order_id")}, QStringLiteral("orders"), {QStringLiteral("id")}, ReferentialAction::Cascade, {}, false, {}};
             p.tables << payments;
             table(p, QStringLiteral("customers")).columns << newColumn(QStringLiteral("vip"), QStringLiteral("boolean"), false, QStringLiteral("false"));
         },
         QStringLiteral("payments"),
         QStringLiteral("INSERT INTO payments (order_id, paid) SELECT min(id), 3 FROM orders; UPDATE payments SET paid = 4;"
                        "DELETE FROM payments;"),
         false},
    };
}

Project evolvedDesign(const QStringList &caseNames)
{
    Project design = evolutionBase();
    const QList<EvolutionCase> cases = evolutionCases();
    for (const QString &name : caseNames) {
        const auto it = std::find_if(cases.begin(), cases.end(), [&](const EvolutionCase &c) { return c.name == name; });
        if (it == cases.end())
            qFatal("no evolution case %s", qPrintable(name));
        it->change(design);
    }
    return design;
}

} // namespace sw::test
