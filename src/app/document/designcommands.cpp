#include "document/designcommands.h"

#include <QCoreApplication>

namespace sw::app {

EditTableCommand::EditTableCommand(DesignDocument *document, const Table &before, const Table &after, const QString &text,
                                   const QString &mergeKey)
    : m_document(document), m_tableId(before.id), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
    setText(text);
}

void EditTableCommand::undo()
{
    m_document->replaceTable(m_document->tableIndex(m_tableId), m_before);
}

void EditTableCommand::redo()
{
    m_document->replaceTable(m_document->tableIndex(m_tableId), m_after);
}

bool EditTableCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTableCommand *>(other);
    if (next->m_tableId != m_tableId || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setText(next->text());  // "Rename table to payments", not to its first letter
    return true;
}

AddTableCommand::AddTableCommand(DesignDocument *document, const Table &table, int position)
    : m_document(document), m_table(table), m_position(position)
{
    setText(QCoreApplication::translate("DesignCommands", "Add table %1").arg(table.name));
}

void AddTableCommand::undo() { m_document->removeTable(m_position); }
void AddTableCommand::redo() { m_document->insertTable(m_position, m_table); }

RemoveTableCommand::RemoveTableCommand(DesignDocument *document, const QString &tableId)
    : m_document(document), m_position(document->tableIndex(tableId))
{
    m_table = document->project().tables.at(m_position);
    setText(QCoreApplication::translate("DesignCommands", "Remove table %1").arg(m_table.name));
}

void RemoveTableCommand::undo() { m_document->insertTable(m_position, m_table); }
void RemoveTableCommand::redo() { m_document->removeTable(m_position); }

QUndoCommand *baselineCommand(DesignDocument *document, const Baseline &baseline, const QString &databaseName)
{
    return new SetProjectValueCommand<std::optional<Baseline>>(
        document, &Project::baseline, &DesignDocument::setBaseline, baseline,
        QCoreApplication::translate("DesignCommands", "Take the baseline from database %1").arg(databaseName));
}

namespace {

class WholeProjectCommand : public QUndoCommand {
public:
    WholeProjectCommand(DesignDocument *document, const Project &after, const QString &text)
        : m_document(document), m_before(document->project()), m_after(after)
    {
        setText(text);
    }
    void undo() override { m_document->replaceProject(m_before); }
    void redo() override { m_document->replaceProject(m_after); }

private:
    DesignDocument *m_document;
    Project m_before;
    Project m_after;
};

} // namespace

QUndoCommand *wholeProjectCommand(DesignDocument *document, const Project &after, const QString &text)
{
    return new WholeProjectCommand(document, after, text);
}

QUndoCommand *connectionsCommand(DesignDocument *document, const QList<ConnectionProfile> &connections)
{
    return new SetProjectValueCommand<QList<ConnectionProfile>>(document, &Project::connections, &DesignDocument::setConnections, connections,
                                                                QCoreApplication::translate("DesignCommands", "Change the project's connections"));
}

QUndoCommand *sqlObjectsCommand(DesignDocument *document, const QList<SqlObject> &objects, const QString &text)
{
    return new SetProjectValueCommand<QList<SqlObject>>(document, &Project::sqlObjects, &DesignDocument::setSqlObjects, objects, text);
}

QUndoCommand *defaultHistoryModeCommand(DesignDocument *document, const QString &mode)
{
    return new SetProjectValueCommand<QString>(document, &Project::historyMode, &DesignDocument::setDefaultHistoryMode, mode,
                                               mode.isEmpty() ? QCoreApplication::translate("DesignCommands", "Write history row by row by default")
                                                              : QCoreApplication::translate("DesignCommands", "Write history once per statement by default"));
}

QUndoCommand *productionSafeCommand(DesignDocument *document, const std::optional<ProductionSafety> &safety, const QString &text)
{
    return new SetProjectValueCommand<std::optional<ProductionSafety>>(document, &Project::productionSafe, &DesignDocument::setProductionSafe,
                                                                       safety, text);
}

QUndoCommand *schemaCommentCommand(DesignDocument *document, const QString &schema, const QString &comment)
{
    QMap<QString, QString> comments = document->project().schemaComments;
    comments.insert(schema, comment);
    if (comment.isEmpty() && schema != QLatin1String("public"))  // no comment: nothing to keep
        comments.remove(schema);
    return new SetProjectValueCommand<QMap<QString, QString>>(document, &Project::schemaComments, &DesignDocument::setSchemaComments, comments,
                                                              QCoreApplication::translate("DesignCommands", "Change comment of schema %1").arg(schema),
                                                              QStringLiteral("schema comment ") + schema);
}

SetTypesCommand::SetTypesCommand(DesignDocument *document, const QList<TypeDefinition> &types, const QList<Extension> &extensions, const QString &text)
    : m_document(document), m_typesBefore(document->project().types), m_typesAfter(types), m_extensionsBefore(document->project().extensions),
      m_extensionsAfter(extensions)
{
    setText(text);
}

void SetTypesCommand::undo() { m_document->setTypes(m_typesBefore, m_extensionsBefore); }
void SetTypesCommand::redo() { m_document->setTypes(m_typesAfter, m_extensionsAfter); }

SetLayoutCommand::SetLayoutCommand(DesignDocument *document, const QMap<QString, QPointF> &positions, const QString &text)
    : m_document(document), m_after(positions)
{
    setText(text);
    for (auto it = positions.begin(); it != positions.end(); ++it)
        if (document->project().layout.contains(it.key()))
            m_before.insert(it.key(), document->project().layout.value(it.key()));
}

void SetLayoutCommand::undo()
{
    // A box that had no position gets none again: the automatic layout places it.
    QMap<QString, QPointF> layout = m_document->project().layout;
    for (auto it = m_after.begin(); it != m_after.end(); ++it)
        layout.remove(it.key());
    layout.insert(m_before);
    m_document->setLayout(layout);
}

void SetLayoutCommand::redo()
{
    QMap<QString, QPointF> layout = m_document->project().layout;
    layout.insert(m_after);
    m_document->setLayout(layout);
}

} // namespace sw::app
