#pragma once
// Hand-written migration files, as a team writes them, for the database tests.

#include <QFile>
#include <QString>
#include <QTest>

namespace sw::test {

// DIR/REVISION_NAME.py with the given Python bodies (indented, one statement a line).
inline void writeMigration(const QString &dir, const QString &revision, const QString &down, const QString &name,
                           const QString &upgradeBody, const QString &downgradeBody)
{
    QFile f(dir + QStringLiteral("/%1_%2.py").arg(revision, name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("\"\"\"%1\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"%2\"\ndown_revision = %3\n"
                           "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n%4\n\n\ndef downgrade():\n%5\n")
                .arg(name, revision, down.isEmpty() ? QStringLiteral("None") : QLatin1Char('"') + down + QLatin1Char('"'), upgradeBody, downgradeBody)
                .toUtf8());
}

// One body line: op.execute("""SQL""").
inline QString execute(const QString &sql) { return QStringLiteral("    op.execute(\"\"\"%1\"\"\")\n").arg(sql); }

} // namespace sw::test
