#pragma once
// A git repository in a temporary folder, for tests of the team workflow:
// the real git, with an identity and no system or user configuration, and the
// built schemawright-cli first on PATH (as a merge driver git runs finds it).

#include "processes.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace sw::test {

class GitRepository {
public:
    GitRepository()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("PATH"), QFileInfo(qEnvironmentVariable("SW_CLI")).absolutePath() + QLatin1Char(':') + qEnvironmentVariable("PATH"));
        m_environment.insert(QStringLiteral("HOME"), m_dir.path());
        m_environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("dev@example.org")});
        git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Dev")});
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProcessResult git(const QStringList &arguments) const { return runProcess(QStringLiteral("git"), arguments, m_dir.path(), m_environment); }
    ProcessResult cli(const QStringList &arguments) const { return runProcess(qEnvironmentVariable("SW_CLI"), arguments, m_dir.path(), m_environment); }
    void commit(const QString &message) const
    {
        git({QStringLiteral("add"), QStringLiteral("-A")});
        git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

} // namespace sw::test
