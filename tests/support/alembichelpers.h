#pragma once
// Shared by the database tests: an Alembic environment in a temp folder.

#include "processes.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace sw::test {

// Copies the bundled migrations/ environment (alembic.ini, env.py,
// script.py.mako, versions/) into `target`, so running it leaves the checkout clean.
inline void copyExampleEnvironment(const QString &target)
{
    const QDir from(sourceDir() + QStringLiteral("/migrations"));
    QDir().mkpath(target + QStringLiteral("/versions"));
    for (const QString &name : {QStringLiteral("alembic.ini"), QStringLiteral("env.py"), QStringLiteral("script.py.mako")})
        QFile::copy(from.filePath(name), target + QLatin1Char('/') + name);
    for (const QString &name : QDir(from.filePath(QStringLiteral("versions"))).entryList({QStringLiteral("*.py")}, QDir::Files))
        QFile::copy(from.filePath(QStringLiteral("versions/") + name), target + QStringLiteral("/versions/") + name);
}

} // namespace sw::test

// Runs alembic and fails the test with its output when it fails.
#define SW_ALEMBIC(dir, db, ...)                                                                     \
    do {                                                                                             \
        const sw::test::ProcessResult r_ = sw::test::runAlembic((dir), (db).sqlalchemyUrl(), {__VA_ARGS__}); \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.err + r_.out));                                     \
    } while (false)
