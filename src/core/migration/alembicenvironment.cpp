#include "migration/alembicenvironment.h"

#include "problem.h"

#include "newfile.h"
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace sw {

QStringList alembicEnvironmentFiles()
{
    return {QStringLiteral("alembic.ini"), QStringLiteral("env.py"), QStringLiteral("script.py.mako")};
}

void writeAlembicEnvironment(const QString &dir)
{
    const auto fail = [&dir](const QString &code, const QString &message) {
        throw SchemaError(Problem{Problem::Severity::Error, code, message, dir, {}, {}, {}, 0});
    };
    QDir folder(dir);
    for (const QString &name : alembicEnvironmentFiles())
        if (folder.exists(name))
            fail(QStringLiteral("already-exists"), QStringLiteral("%1 already exists; init writes into a new or empty folder").arg(name));
    if (!folder.mkpath(QStringLiteral("versions")))
        fail(QStringLiteral("cannot-write"), QStringLiteral("cannot create the folder"));
    for (const QString &name : alembicEnvironmentFiles()) {
        QFile source(QStringLiteral(":/alembic-environment/") + name);
        if (!source.open(QIODevice::ReadOnly))
            fail(QStringLiteral("internal-error"), QStringLiteral("template %1 is missing from the build").arg(name));
        QSaveFile target(folder.filePath(name));
        const QByteArray bytes = source.readAll();
        if (!target.open(QIODevice::WriteOnly) || !writeWhole(target, bytes) || !target.commit())
            fail(QStringLiteral("cannot-write"), QStringLiteral("cannot write %1: %2").arg(name, target.errorString()));
    }
}

} // namespace sw
