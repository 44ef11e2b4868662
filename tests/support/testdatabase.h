#pragma once
// A fresh database on the throwaway test server (tests/support/pg-test-server.sh):
// created for one test, dropped after it. Queries go through libpqxx directly,
// so what a test asserts is what PostgreSQL really holds.

#include <QList>
#include <QString>
#include <QStringList>

namespace sw::test {

class TestDatabase {
public:
    // Throws std::runtime_error when the test server is not running: a
    // database test without its server fails, it never skips.
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QString name() const { return m_name; }
    QString conninfo() const;        // libpq key=value
    QString sqlalchemyUrl() const;   // for alembic's DATABASE_URL

    void exec(const QString &sql) const;
    QString scalar(const QString &sql) const;          // first column of the first row; "" for NULL
    QList<QStringList> rows(const QString &sql) const; // NULL as "<null>"

    // Tables, views, sequences, indexes, functions and triggers of `public`
    // (alembic_version aside), one line each: what "nothing left" means.
    QStringList schemaObjects() const;
    // pg_dump --schema-only without alembic_version, comments, SET lines and blank lines.
    QString schemaDump() const;
    // Scratch databases (on this server) whose process has ended: their name
    // holds its pid. Those of a test running meanwhile are not left behind.
    QStringList scratchDatabasesLeftBehind() const;

    static QString serverConninfo(const QString &database);
    static QString serverLogPath();               // the test server's log (pg-test-server.sh)
    static QString literal(const QString &text);  // an SQL string literal

private:
    QString m_name;
};

} // namespace sw::test
