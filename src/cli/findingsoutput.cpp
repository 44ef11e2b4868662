#include "findingsoutput.h"

#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sw::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString severityName(const Problem &p)
{
    return p.isError() ? QStringLiteral("error") : p.isInfo() ? QStringLiteral("info") : QStringLiteral("warning");
}

QJsonObject toJson(const Problem &p)
{
    return QJsonObject{
        {"severity", severityName(p)},
        {"code", p.code},
        {"schema", p.table.isEmpty() ? QJsonValue() : QJsonValue(p.schema.isEmpty() ? QStringLiteral("public") : p.schema)},
        {"table", orNull(p.table)},
        {"column", orNull(p.column)},
        {"file", orNull(p.file)},
        {"line", p.line > 0 ? QJsonValue(p.line) : QJsonValue()},
        {"revision", orNull(p.revision)},
        {"message", p.message},
        {"squawk", orNull(p.squawk)},
    };
}

} // namespace

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), QStringLiteral("Output: text (default) or json."), QStringLiteral("text|json"), QStringLiteral("text")};
}

bool readFormat(const QCommandLineParser &parser, const QString &command, OutputFormat *format)
{
    const QString value = parser.value(QStringLiteral("format"));
    if (value == QLatin1String("text") || value.isEmpty()) {
        *format = OutputFormat::Text;
        return true;
    }
    if (value == QLatin1String("json")) {
        *format = OutputFormat::Json;
        return true;
    }
    reportError(QStringLiteral("%1: --format must be text or json, not \"%2\"").arg(command, value));
    return false;
}

int reportFindings(const QList<Problem> &findings, OutputFormat format, const QJsonObject &extra)
{
    QTextStream out(stdout);
    bool anyError = false;
    QJsonArray array, information;
    int errors = 0, warnings = 0;
    for (const Problem &p : findings) {
        anyError = anyError || p.isError();
        errors += p.isError() ? 1 : 0;
        warnings += p.severity == Problem::Severity::Warning ? 1 : 0;
        if (format == OutputFormat::Json) {
            // The contract's findings are errors and warnings; notes go beside them.
            (p.isInfo() ? information : array) << toJson(p);
            continue;
        }
        QString where = p.file;
        if (p.line > 0)
            where += QLatin1Char(':') + QString::number(p.line);
        QString object = p.table;
        if (!p.column.isEmpty())
            object += QLatin1Char('.') + p.column;
        out << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) << severityName(p) << ": " << p.code << ": "
            << (object.isEmpty() ? QString() : object + QStringLiteral(": ")) << p.message << Qt::endl;
    }
    if (format == OutputFormat::Json) {
        QJsonObject object{{"findings", array}, {"information", information}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }
    else
        QTextStream(stderr) << errors << " error(s), " << warnings << " warning(s)" << Qt::endl;
    return anyError ? kExitFindings : kExitOk;
}

} // namespace sw::cli
