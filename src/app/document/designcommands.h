#pragma once
// One QUndoCommand per user action, storing stable ids and before/after
// values, never pointers into the model.

#include "document/designdocument.h"

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

// One value of the project replaced by another through the document's
// setter, which announces the change: every project-wide setting is edited
// this way. With a merge key, edits one after the other with the same key
// (typing into one field) are one undo step.
template <typename Value>
class SetProjectValueCommand : public QUndoCommand {
public:
    using Setter = void (DesignDocument::*)(const Value &);
    SetProjectValueCommand(DesignDocument *document, Value Project::*field, Setter set, Value after, const QString &text,
                           const QString &mergeKey = {})
        : m_document(document), m_set(set), m_before(document->project().*field), m_after(std::move(after)), m_mergeKey(mergeKey)
    {
        setText(text);
    }
    void undo() override { (m_document->*m_set)(m_before); }
    void redo() override { (m_document->*m_set)(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 2; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SetProjectValueCommand *>(other);
        if (!next || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    DesignDocument *m_document;
    Setter m_set;
    Value m_before, m_after;
    QString m_mergeKey;
};

// The whole project, before and after: a merge conflict decided or a rebase
// may change any part of it.
QUndoCommand *wholeProjectCommand(DesignDocument *document, const Project &after, const QString &text);

// The project-wide settings, each one such command:
// the baseline taken from a live database (the preview then shows the migration from it)
QUndoCommand *baselineCommand(DesignDocument *document, const Baseline &baseline, const QString &databaseName);
// the connection profiles the project keeps (without passwords)
QUndoCommand *connectionsCommand(DesignDocument *document, const QList<ConnectionProfile> &connections);
// the views, routines and triggers, after one edit of them
QUndoCommand *sqlObjectsCommand(DesignDocument *document, const QList<SqlObject> &objects, const QString &text);
// the history mode of tables that do not say their own
QUndoCommand *defaultHistoryModeCommand(DesignDocument *document, const QString &mode);
// production-safe migrations on (with the project's timeouts, or the defaults) or off
QUndoCommand *productionSafeCommand(DesignDocument *document, const std::optional<ProductionSafety> &safety, const QString &text);
// the comment on one schema; typing into the field is one step
QUndoCommand *schemaCommentCommand(DesignDocument *document, const QString &schema, const QString &comment);

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

} // namespace sw::app
