#pragma once
// The open project: the design, its baseline, the file it lives in, and the
// undo stack every edit goes through. Views listen to changed(); nothing
// edits the design except the undo commands.

#include "model/schema.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace sw::app {

class DesignDocument : public QObject {
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    QString path() const { return m_path; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }

    // Throws SchemaError; the document stays as it was.
    void load(const QString &path);
    void save(const QString &path);  // atomic; clears the modified mark and the autosave
    void reset();                    // a new, empty, unsaved project
    void resetTo(const Project &project);  // a new unsaved project holding `project` (an import)

    // The project as the last export left the database (empty when none).
    Project baseline() const { return m_project.baselineProject(); }
    // After an export: the design becomes the new baseline.
    void markExported(const QString &revision);
    // Through baselineCommand only.
    void setBaseline(const std::optional<Baseline> &baseline);
    void setConnections(const QList<ConnectionProfile> &connections);
    // Used by SetTypesCommand only.
    void setTypes(const QList<TypeDefinition> &types, const QList<Extension> &extensions);
    void setSchemaComments(const QMap<QString, QString> &comments);
    void setSqlObjects(const QList<SqlObject> &objects);  // through sqlObjectsCommand only
    // Diagram positions, by Table::layoutKey / SqlObject::key; used by SetLayoutCommand only.
    // Emits layoutChanged(), not changed(): a box moved needs no new migration.
    void setLayout(const QMap<QString, QPointF> &layout);
    void setProductionSafe(const std::optional<ProductionSafety> &safety);  // through productionSafeCommand only
    // The project's history mode, taken by every table that does not say its own.
    void setDefaultHistoryMode(const QString &mode);

    // Used by the undo commands only.
    void replaceProject(const Project &project);  // a merge conflict decided: anything may change
    int tableIndex(const QString &tableId) const;
    void replaceTable(int index, const Table &table);
    void insertTable(int index, const Table &table);
    void removeTable(int index);

    // A side file next to the project, written while there are unsaved edits.
    static QString autosavePath(const QString &projectPath);
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }  // 30 s by default
    bool hasNewerAutosave(const QString &projectPath) const;
    void recoverAutosave(const QString &projectPath);
    // Why the last autosave could not be written; empty once one or a save is.
    QString autosaveProblem() const { return m_autosaveProblem; }

signals:
    void changed();        // any edit, undo or redo
    void reloaded();       // a different project or file
    void layoutChanged();  // boxes moved on the diagram
    void autosaveProblemChanged();

private:
    void writeAutosave();
    void setAutosaveProblem(const QString &problem);

    Project m_project;
    QString m_path;
    QUndoStack m_undo;
    QTimer m_autosave;
    QString m_autosaveProblem;
};

// A fresh stable id ("t-…", "c-…") for a new table or column.
QString newId(const QString &prefix);

} // namespace sw::app
