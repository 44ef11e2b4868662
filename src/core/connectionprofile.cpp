#include "connectionprofile.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace sw {

namespace {

bool isUri(const QString &conninfo)
{
    return conninfo.startsWith(QLatin1String("postgresql://")) || conninfo.startsWith(QLatin1String("postgres://"));
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// key=value pairs of a libpq conninfo string, values unquoted.
QList<QPair<QString, QString>> conninfoPairs(const QString &conninfo)
{
    QList<QPair<QString, QString>> pairs;
    static const QRegularExpression pair(QStringLiteral("(\\w+)\\s*=\\s*('((?:[^'\\\\]|\\\\.)*)'|\\S+)"));
    for (auto it = pair.globalMatch(conninfo); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        value.replace(QLatin1String("\\'"), QLatin1String("'")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        pairs.append({m.captured(1), value});
    }
    return pairs;
}

bool isSecret(const QString &key)
{
    return key == QLatin1String("password") || key == QLatin1String("sslpassword");
}

} // namespace

QString ConnectionProfile::toConninfo() const
{
    if (!conninfo.isEmpty())
        return conninfo;
    QStringList parts;
    const QList<QPair<const char *, const QString *>> fields = {{"service", &service}, {"host", &host}, {"port", &port},
                                                                {"dbname", &database}, {"user", &user}, {"sslmode", &sslmode}};
    for (const auto &[key, value] : fields)
        if (!value->isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(*value);
    return parts.join(QLatin1Char(' '));
}

QList<QPair<QString, QString>> conninfoParameters(const QString &conninfo)
{
    if (!isUri(conninfo))
        return conninfoPairs(conninfo);
    const QUrl url(conninfo);
    QList<QPair<QString, QString>> pairs;
    if (!url.host().isEmpty())
        pairs.append({QStringLiteral("host"), url.host()});
    if (url.port() > 0)
        pairs.append({QStringLiteral("port"), QString::number(url.port())});
    if (url.path().size() > 1)
        pairs.append({QStringLiteral("dbname"), url.path().mid(1)});
    if (!url.userName().isEmpty())
        pairs.append({QStringLiteral("user"), url.userName()});
    for (const QString &item : url.query(QUrl::FullyDecoded).split(QLatin1Char('&'), Qt::SkipEmptyParts))
        pairs.append({item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1)});
    return pairs;
}

// The key said once: libpq takes the last of two, but SQLAlchemy, given the
// same connection as a URL (alembic's), makes a list of them.
QString conninfoWith(const QString &conninfo, const QString &key, const QString &value)
{
    if (isUri(conninfo)) {
        QUrl url(conninfo);
        if (key == QLatin1String("dbname")) {
            url.setPath(QLatin1Char('/') + value);
            return url.toString();
        }
        QUrlQuery query(url);
        query.removeAllQueryItems(key);
        const QString rest = query.toString(QUrl::FullyEncoded);
        url.setQuery(QString());
        return url.toString() + QLatin1Char('?') + (rest.isEmpty() ? QString() : rest + QLatin1Char('&')) + key + QLatin1Char('=')
            + QString::fromUtf8(QUrl::toPercentEncoding(value));
    }
    QStringList kept;
    bool given = false;
    for (const auto &[k, v] : conninfoPairs(conninfo)) {
        given = given || k == key;
        if (k != key)
            kept << k + QLatin1Char('=') + quoted(v);
    }
    const QString rest = given ? kept.join(QLatin1Char(' ')) : conninfo;
    return (rest.isEmpty() ? QString() : rest + QLatin1Char(' ')) + key + QLatin1Char('=') + quoted(value);
}

bool conninfoHasPassword(const QString &conninfo)
{
    if (isUri(conninfo)) {
        const QUrl url(conninfo);
        return !url.password().isEmpty() || url.query().contains(QLatin1String("password="));
    }
    for (const auto &[key, value] : conninfoPairs(conninfo))
        if (key == QLatin1String("password"))
            return true;
    return false;
}

QString conninfoWithoutSecrets(const QString &conninfo)
{
    if (isUri(conninfo)) {
        QUrl url(conninfo);
        url.setPassword({});
        QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems())
            if (isSecret(key))
                query.removeAllQueryItems(key);
        url.setQuery(query);
        return url.toString();
    }
    QStringList parts;
    for (const auto &[key, value] : conninfoPairs(conninfo))
        if (!isSecret(key))
            parts << key + QLatin1Char('=') + quoted(value);
    return parts.join(QLatin1Char(' '));
}

QString conninfoDisplayName(const QString &conninfo)
{
    QString database, service, user;
    for (const auto &[key, value] : conninfoParameters(conninfo)) {
        if (key == QLatin1String("dbname"))
            database = value;
        else if (key == QLatin1String("service"))
            service = value;
        else if (key == QLatin1String("user"))
            user = value;
    }
    // libpq's own defaults, in its order: PGDATABASE, the service's database, the user's name.
    if (database.isEmpty())
        database = qEnvironmentVariable("PGDATABASE");
    if (!database.isEmpty())
        return database;
    if (service.isEmpty())
        service = qEnvironmentVariable("PGSERVICE");
    if (!service.isEmpty())
        return QStringLiteral("service %1").arg(service);
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER");
    return user.isEmpty() ? QStringLiteral("(libpq's default database)") : user;
}

QString conninfoFromDatabaseUrl(const QString &url)
{
    static const QRegularExpression driver(QStringLiteral("^(postgres(?:ql)?)\\+[A-Za-z0-9_]+://"));
    QString conninfo = url.trimmed();
    conninfo.replace(driver, QStringLiteral("\\1://"));
    return conninfo;
}

QString sqlalchemyUrl(const QString &conninfo)
{
    if (conninfo.startsWith(QLatin1String("postgres://")))
        return QStringLiteral("postgresql://") + conninfo.mid(int(qstrlen("postgres://")));
    if (isUri(conninfo))
        return conninfo;
    QStringList query;
    for (const auto &[key, value] : conninfoPairs(conninfo))
        query << key + QLatin1Char('=') + QString::fromUtf8(QUrl::toPercentEncoding(value));
    return QStringLiteral("postgresql://") + (query.isEmpty() ? QString() : QStringLiteral("?") + query.join(QLatin1Char('&')));
}

} // namespace sw
