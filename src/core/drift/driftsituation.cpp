#include "drift/driftsituation.h"

namespace sw {

namespace {

bool isError(const DriftItem &item) { return item.finding.severity == Problem::Severity::Error; }

} // namespace

bool hasDriftError(const QList<DriftItem> &items) { return std::any_of(items.begin(), items.end(), isError); }

DriftSituation classifyDrift(bool atHead, const QList<DriftItem> &liveAgainstChain, const QList<DriftItem> &chainConsistency,
                             const QList<DriftItem> &designAgainstLive)
{
    if (!atHead)
        return DriftSituation::OutOfStep;
    // A fault the chain builds shows in every database it built, this one too:
    // it is the chain's to fix, not this database's.
    if (hasDriftError(chainConsistency))
        return DriftSituation::ChainFault;
    if (hasDriftError(liveAgainstChain))
        return DriftSituation::LocalDrift;
    if (hasDriftError(designAgainstLive))
        return DriftSituation::DesignDiffers;
    return DriftSituation::InStep;
}

QStringList tablesWithDriftErrors(const QList<DriftItem> &items)
{
    QStringList tables;
    for (const DriftItem &item : items) {
        const QString name = item.schema.isEmpty() ? item.table : item.schema + QLatin1Char('.') + item.table;
        if (isError(item) && !item.table.isEmpty() && !tables.contains(name))
            tables << name;
    }
    return tables;
}

} // namespace sw
