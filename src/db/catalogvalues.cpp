#include "catalogvalues.h"

namespace sw::db {

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str(), qsizetype(f.size()));
}

std::string textArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('"') + QString(v).replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
    return (QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}')).toStdString();
}

} // namespace sw::db
