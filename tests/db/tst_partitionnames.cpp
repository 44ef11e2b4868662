// A partition detached or attached in place is planned from what PostgreSQL
// leaves behind a DETACH; that holds only if we name its indexes as the
// server does. Each case builds a parent and a partition on real PostgreSQL
// and compares the server's names with detachedPartition()'s.

#include "diff/partitionmembership.h"
#include "identifiers.h"
#include "sql/tablesql.h"
#include "testdatabase.h"

#include <QTest>

using namespace sw;
using namespace sw::test;

class TestPartitionNames : public QObject {
    Q_OBJECT
private slots:
    void indexesOfAPartitionAreNamedAsTheServerNamesThem_data()
    {
        QTest::addColumn<QString>("partitionName");
        QTest::newRow("short") << QStringLiteral("r_2025");
        QTest::newRow("long, truncated to 63 bytes") << QStringLiteral("readings_with_a_name_long_enough_to_be_cut_short_by_the_server_x");
        QTest::newRow("multibyte, cut between characters") << QStringLiteral("målinger_før_året_som_kom_etter_det_året_som_var_før_dét_år");
    }
    void indexesOfAPartitionAreNamedAsTheServerNamesThem()
    {
        QFETCH(QString, partitionName);
        Table parent;
        parent.name = QStringLiteral("r");
        parent.history = false;
        parent.partitionBy = QStringLiteral("RANGE (taken_on)");
        parent.columns = {Column{{}, QStringLiteral("id"), QStringLiteral("bigint"), false},
                          Column{{}, QStringLiteral("taken_on"), QStringLiteral("date"), false},
                          Column{{}, QStringLiteral("a"), QStringLiteral("text"), true},
                          Column{{}, QStringLiteral("b"), QStringLiteral("text"), true},
                          Column{{}, QStringLiteral("c_id"), QStringLiteral("integer"), true}};
        parent.primaryKey = QStringList{QStringLiteral("id"), QStringLiteral("taken_on")};
        Index constraint{QStringLiteral("uq_r_a"), {QStringLiteral("a"), QStringLiteral("taken_on")}, true, {}};
        constraint.constraint = true;
        constraint.include = QStringList{QStringLiteral("b")};
        Index expressions{QStringLiteral("ix_r_expr"), {QStringLiteral("lower(a)"), QStringLiteral("upper(b)"), QStringLiteral("a DESC"),
                                                       QStringLiteral("a"), QStringLiteral("(a || b)"), QStringLiteral("b text_pattern_ops")}, false, {}};
        Index partial{QStringLiteral("ix_r_partial"), {QStringLiteral("taken_on"), QStringLiteral("coalesce(a, b)")}, true, {}};
        partial.where = QStringLiteral("b IS NOT NULL");
        parent.indexes = {constraint, expressions, partial};
        Table referenced;
        referenced.name = QStringLiteral("c");
        referenced.history = false;
        referenced.columns = {Column{{}, QStringLiteral("id"), QStringLiteral("integer"), false}};
        referenced.primaryKey = QStringList{QStringLiteral("id")};
        parent.foreignKeys << ForeignKey{{}, {QStringLiteral("c_id")}, QStringLiteral("c"), {QStringLiteral("id")}};  // with the conventions' index
        Table partition;
        partition.name = partitionName;
        partition.history = false;
        partition.partitionOf = QStringLiteral("r");
        partition.partitionBound = QStringLiteral("FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");

        TestDatabase db;
        db.exec(sql::createTable(referenced));
        db.exec(sql::createTable(parent) + sql::createIndexes(parent));
        db.exec(sql::createTable(partition));
        QStringList server;
        for (const QStringList &row : db.rows(QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                                             "WHERE i.indrelid = %1::regclass ORDER BY 1").arg(quoteLiteral(sql::tableRef(partition)))))
            server << row.first();

        const Table detached = detachedPartition(partition, parent);
        QStringList predicted{serverIndexName(partitionName, {}, QStringLiteral("pkey"))};
        for (const Index &index : detached.indexes)
            predicted << index.name;
        std::sort(predicted.begin(), predicted.end(), [](const QString &x, const QString &y) { return x.toUtf8() < y.toUtf8(); });
        QCOMPARE(predicted, server);
    }
};

QTEST_GUILESS_MAIN(TestPartitionNames)
#include "tst_partitionnames.moc"
