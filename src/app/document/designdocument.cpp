#include "document/designdocument.h"

#include "problem.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace sw::app {

QString newId(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

DesignDocument::DesignDocument(QObject *parent) : QObject(parent)
{
    m_autosave.setInterval(30000);
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &DesignDocument::writeAutosave);
    // At most one interval after the first unsaved edit, however long the
    // editing goes on: a running timer is not restarted.
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (isModified() && !m_path.isEmpty() && !m_autosave.isActive())
            m_autosave.start();
    });
}

void DesignDocument::load(const QString &path)
{
    Project loaded = loadProject(path);
    m_project = std::move(loaded);
    m_path = path;
    m_undo.clear();
    emit reloaded();
    emit changed();
}

void DesignDocument::save(const QString &path)
{
    saveProject(m_project, path);
    m_path = path;
    m_undo.setClean();
    QFile::remove(autosavePath(path));
    setAutosaveProblem({});
}

void DesignDocument::reset()
{
    m_project = Project{};
    m_path.clear();
    m_undo.clear();
    emit reloaded();
    emit changed();
}

void DesignDocument::resetTo(const Project &project)
{
    m_project = project;
    m_path.clear();
    m_undo.clear();
    m_undo.resetClean();  // unsaved until it is saved
    emit reloaded();
    emit changed();
}

void DesignDocument::markExported(const QString &revision)
{
    m_project.baseline = m_project.asBaseline(revision);
    // The baseline lives in the project file: write it now, so it never lags the migration.
    // The edits stay undoable: undone, they are the next migration from this baseline.
    if (!m_path.isEmpty()) {
        saveProject(m_project, m_path);
        m_undo.setClean();
    }
    emit changed();
}

void DesignDocument::setBaseline(const std::optional<Baseline> &baseline)
{
    m_project.baseline = baseline;
    emit changed();
}

void DesignDocument::replaceProject(const Project &project)
{
    m_project = project;
    emit changed();
}

void DesignDocument::setConnections(const QList<ConnectionProfile> &connections)
{
    m_project.connections = connections;
    emit changed();
}

void DesignDocument::setTypes(const QList<TypeDefinition> &types, const QList<Extension> &extensions)
{
    m_project.types = types;
    m_project.extensions = extensions;
    emit changed();
}

void DesignDocument::setSchemaComments(const QMap<QString, QString> &comments)
{
    m_project.schemaComments = comments;
    emit changed();
}

void DesignDocument::setSqlObjects(const QList<SqlObject> &objects)
{
    m_project.sqlObjects = objects;
    emit changed();
}

void DesignDocument::setLayout(const QMap<QString, QPointF> &layout)
{
    m_project.layout = layout;
    emit layoutChanged();
}

void DesignDocument::setProductionSafe(const std::optional<ProductionSafety> &safety)
{
    m_project.productionSafe = safety;
    emit changed();
}

void DesignDocument::setDefaultHistoryMode(const QString &mode)
{
    m_project.historyMode = mode;
    for (Table &t : m_project.tables)
        if (!t.historyModeSet)
            t.historyMode = mode;
    emit changed();
}

int DesignDocument::tableIndex(const QString &tableId) const
{
    for (int i = 0; i < m_project.tables.size(); ++i)
        if (m_project.tables.at(i).id == tableId)
            return i;
    return -1;
}

void DesignDocument::replaceTable(int index, const Table &table)
{
    m_project.tables[index] = table;
    emit changed();
}

void DesignDocument::insertTable(int index, const Table &table)
{
    m_project.tables.insert(index, table);
    emit changed();
}

void DesignDocument::removeTable(int index)
{
    m_project.tables.removeAt(index);
    emit changed();
}

QString DesignDocument::autosavePath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".autosave"));
}

bool DesignDocument::hasNewerAutosave(const QString &projectPath) const
{
    const QFileInfo autosave(autosavePath(projectPath));
    return autosave.exists() && autosave.lastModified() >= QFileInfo(projectPath).lastModified();
}

void DesignDocument::recoverAutosave(const QString &projectPath)
{
    const Project recovered = loadProject(autosavePath(projectPath));
    m_project = recovered;
    m_path = projectPath;
    m_undo.clear();
    m_undo.resetClean();  // recovered edits are unsaved
    emit reloaded();
    emit changed();
}

void DesignDocument::writeAutosave()
{
    if (!isModified() || m_path.isEmpty())
        return;
    try {
        saveProject(m_project, autosavePath(m_path));
        setAutosaveProblem({});
    } catch (const SchemaError &e) {
        // A read-only folder, a full disk: shown until a save succeeds, tried again at the next edit.
        setAutosaveProblem(e.problem().text());
    }
}

void DesignDocument::setAutosaveProblem(const QString &problem)
{
    if (problem == m_autosaveProblem)
        return;
    m_autosaveProblem = problem;
    emit autosaveProblemChanged();
}

} // namespace sw::app
