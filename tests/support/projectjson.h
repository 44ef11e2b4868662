#pragma once
// A table of a project file edited in its JSON, as a teammate's editor
// leaves it (for the team workflow tests, which need two sides' files).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace sw::test {

enum class TablesOf { Design, Baseline };

inline void editTableInFile(const QString &projectFile, const QString &tableName, const std::function<void(QJsonObject &table)> &edit,
                            TablesOf of = TablesOf::Design)
{
    QFile file(projectFile);
    file.open(QIODevice::ReadOnly);
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject baseline = document.value(QLatin1String("baseline")).toObject();
    QJsonObject &root = of == TablesOf::Design ? document : baseline;
    QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        if (table.value(QLatin1String("name")).toString() != tableName)
            continue;
        edit(table);
        tables.replace(i, table);
    }
    root.insert(QStringLiteral("tables"), tables);
    if (of == TablesOf::Baseline)
        document.insert(QStringLiteral("baseline"), baseline);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(document).toJson());
}

inline void addColumnTo(QJsonObject &table, const QString &id, const QString &name, const QString &type)
{
    QJsonArray columns = table.value(QLatin1String("columns")).toArray();
    columns.append(QJsonObject{{"id", id}, {"name", name}, {"type", type}, {"nullable", true}});
    table.insert(QStringLiteral("columns"), columns);
}

} // namespace sw::test
