#include "catalogvalues.h"

namespace sw::db {

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str(), qsizetype(f.size()));
}

std::string notAnExtensions(const char *catalog, const char *oid)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = %1::regclass AND e.objid = %2 AND e.deptype = 'e')")
        .arg(QLatin1String(catalog), QLatin1String(oid))
        .toStdString();
}

std::string textArray(const QStringList &values)
{
    std::string array = "{";
    for (const QString &v : values) {
        array += array.size() > 1 ? ",\"" : "\"";
        for (const char c : v.toUtf8()) {
            if (c == '\\' || c == '"')
                array += '\\';
            array += c;
        }
        array += '"';
    }
    return array + '}';
}

} // namespace sw::db
