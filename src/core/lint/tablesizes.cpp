#include "lint/tablesizes.h"

#include <QLocale>
#include <QSet>


namespace sw {

namespace {

// Rows and bytes past which the lock of a rewrite or scan is an outage, and under which it is a blink.
constexpr double kLargeRows = 1e6, kSmallRows = 1e4;
constexpr qint64 kLargeBytes = qint64(1) << 30, kSmallBytes = qint64(16) << 20;

bool rewrites(const QString &code)
{
    return code == QLatin1String("type-change-rewrites") || code == QLatin1String("default-rewrites-table") || code == QLatin1String("serial-primary-key-rewrites");
}

bool scans(const QString &code)
{
    static const QSet<QString> codes{QStringLiteral("set-not-null-scans"), QStringLiteral("foreign-key-scans"), QStringLiteral("check-scans"),
                                     QStringLiteral("unique-builds-index"), QStringLiteral("primary-key-builds-index"), QStringLiteral("index-blocks-writes")};
    return codes.contains(code);
}

} // namespace

QString describeTableSize(const TableSize &size)
{
    const QString bytes = QLocale::c().formattedDataSize(size.bytes, 1, QLocale::DataSizeTraditionalFormat);
    if (size.rows < 0)
        return QStringLiteral("%1 (rows not counted: never analysed)").arg(bytes);
    const double rows = size.rows;
    QString count;
    if (rows >= 1e6)
        count = QStringLiteral("about %1 million rows").arg(QString::number(rows / 1e6, 'g', rows >= 1e7 ? 3 : 2));
    else if (rows >= 1e3)
        count = QStringLiteral("about %1 thousand rows").arg(qRound(rows / 1e3));
    else
        count = QStringLiteral("about %1 rows").arg(qRound(rows));
    return QStringLiteral("%1 (%2)").arg(count, bytes);
}

void weighByTableSize(SafetyFinding &finding, Problem::Severity &severity, const TableSize &size)
{
    const bool empty = size.rows == 0 || (size.rows < 0 && size.bytes < 64 * 1024);
    const bool large = size.rows >= kLargeRows || size.bytes >= kLargeBytes;
    const bool small = size.rows >= 0 && size.rows < kSmallRows && size.bytes < kSmallBytes;
    const QString table = finding.table;
    if (finding.code == QLatin1String("not-null-without-default")) {
        severity = empty ? Problem::Severity::Info : Problem::Severity::Error;
        finding.message = (empty ? QStringLiteral("%1 is empty now: this works today; ").arg(table)
                                 : QStringLiteral("%1 holds %2: this fails; ").arg(table, describeTableSize(size)))
                          + finding.message;
        return;
    }
    if (!rewrites(finding.code) && !scans(finding.code)) {
        finding.message = QStringLiteral("%1 holds %2; ").arg(table, describeTableSize(size)) + finding.message;
        return;
    }
    if (empty) {
        severity = Problem::Severity::Info;
        finding.message = QStringLiteral("%1 is empty now: this costs nothing today; ").arg(table) + finding.message;
        return;
    }
    severity = large ? Problem::Severity::Error : small ? Problem::Severity::Info : Problem::Severity::Warning;
    finding.message = QStringLiteral("%1 holds %2: this %3 holds its lock for %4; ")
                          .arg(table, describeTableSize(size), rewrites(finding.code) ? QStringLiteral("rewrite") : QStringLiteral("scan"),
                               large ? QStringLiteral("minutes") : small ? QStringLiteral("milliseconds") : QStringLiteral("seconds"))
                      + finding.message;
}

} // namespace sw
