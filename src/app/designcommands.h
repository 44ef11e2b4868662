#pragma once
// One QUndoCommand per user action, storing stable ids and before/after
// values, never pointers into the model.

#include "designdocument.h"

#include <QUndoCommand>

namespace sw::app {

// Replaces one table by a new version of itself. Edits of the same field of
// the same table that follow each other (typing) merge into one command.
class EditTableCommand : public QUndoCommand {
public:
    EditTableCommand(DesignDocument *document, const Table &before, const Table &after, const QString &text, const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_document;
    QString m_tableId;
    Table m_before;
    Table m_after;
    QString m_mergeKey;
};

class AddTableCommand : public QUndoCommand {
public:
    AddTableCommand(DesignDocument *document, const Table &table, int position);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    Table m_table;
    int m_position;
};

class RemoveTableCommand : public QUndoCommand {
public:
    RemoveTableCommand(DesignDocument *document, const QString &tableId);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    Table m_table;
    int m_position;
};

// The baseline taken from a live database: the preview then shows the
// migration from that database to the design.
class SetBaselineCommand : public QUndoCommand {
public:
    SetBaselineCommand(DesignDocument *document, const Baseline &baseline, const QString &databaseName);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    std::optional<Baseline> m_before;
    Baseline m_after;
};

// The connection profiles the project keeps (without passwords).
class SetConnectionsCommand : public QUndoCommand {
public:
    SetConnectionsCommand(DesignDocument *document, const QList<ConnectionProfile> &connections);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    QList<ConnectionProfile> m_before, m_after;
};

// The design's types and extensions, all replaced in one step.
class SetTypesCommand : public QUndoCommand {
public:
    SetTypesCommand(DesignDocument *document, const QList<TypeDefinition> &types, const QList<Extension> &extensions, const QString &text);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    QList<TypeDefinition> m_typesBefore, m_typesAfter;
    QList<Extension> m_extensionsBefore, m_extensionsAfter;
};

// The design's views, routines and triggers, after one edit of them.
class SetSqlObjectsCommand : public QUndoCommand {
public:
    SetSqlObjectsCommand(DesignDocument *document, const QList<SqlObject> &objects, const QString &text)
        : m_document(document), m_before(document->project().sqlObjects), m_after(objects)
    {
        setText(text);
    }
    void undo() override { m_document->setSqlObjects(m_before); }
    void redo() override { m_document->setSqlObjects(m_after); }

private:
    DesignDocument *m_document;
    QList<SqlObject> m_before, m_after;
};

// Boxes moved on the diagram (or arranged): their positions before and after.
class SetLayoutCommand : public QUndoCommand {
public:
    SetLayoutCommand(DesignDocument *document, const QMap<QString, QPointF> &positions, const QString &text);
    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    QMap<QString, QPointF> m_before, m_after;  // m_before: only the keys that had a position
};

// The project's history mode (tables that say their own keep it).
class SetDefaultHistoryModeCommand : public QUndoCommand {
public:
    SetDefaultHistoryModeCommand(DesignDocument *document, const QString &mode);
    void undo() override { m_document->setDefaultHistoryMode(m_before); }
    void redo() override { m_document->setDefaultHistoryMode(m_after); }

private:
    DesignDocument *m_document;
    QString m_before, m_after;
};

// Production-safe migrations on (with the project's timeouts, or the defaults) or off.
class SetProductionSafeCommand : public QUndoCommand {
public:
    SetProductionSafeCommand(DesignDocument *document, const std::optional<ProductionSafety> &safety, const QString &text)
        : m_document(document), m_before(document->project().productionSafe), m_after(safety)
    {
        setText(text);
    }
    void undo() override { m_document->setProductionSafe(m_before); }
    void redo() override { m_document->setProductionSafe(m_after); }

private:
    DesignDocument *m_document;
    std::optional<ProductionSafety> m_before, m_after;
};

// The comment on one schema; typing into the field is one step.
class SetSchemaCommentCommand : public QUndoCommand {
public:
    SetSchemaCommentCommand(DesignDocument *document, const QString &schema, const QString &comment);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_document;
    QString m_schema;
    QMap<QString, QString> m_before, m_after;
};

} // namespace sw::app
