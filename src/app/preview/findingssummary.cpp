#include "preview/findingssummary.h"

#include <QCoreApplication>
#include <QMap>

namespace sw::app {

namespace {

struct Group {
    QList<int> lines;
    QString message;  // shown when the code has one finding
};

QString linesOf(const QList<int> &lines)
{
    constexpr int kListed = 4;
    QStringList listed;
    for (int i = 0; i < lines.size() && i < kListed; ++i)
        listed << QString::number(lines.at(i));
    QString text = listed.join(QStringLiteral(", "));
    if (lines.size() > kListed)
        text = QCoreApplication::translate("FindingsSummary", "%1 and %n more", nullptr, int(lines.size() - kListed)).arg(text);
    return text;
}

} // namespace

FindingsSummary summarizeFindings(const QStringList &notes, const QList<StatementLockMark> &locks, int maxLines)
{
    QStringList all = notes, grouped = notes;
    QMap<QString, Group> groups;  // by code
    QStringList order;            // the codes as first seen
    for (const StatementLockMark &mark : locks)
        for (const SafetyFinding &f : mark.safety.findings) {
            if (f.note)
                continue;  // in the mark's tooltip; under the preview only what needs a look
            all << QCoreApplication::translate("FindingsSummary", "Line %1: %2: %3").arg(mark.line).arg(f.code, f.message);
            if (!groups.contains(f.code)) {
                order << f.code;
                groups[f.code].message = f.message;
            }
            groups[f.code].lines << mark.line;
        }
    // Each on its line while they fit; else one line per kind.
    if (all.size() <= maxLines)
        return {all.join(QLatin1Char('\n')), all.join(QLatin1Char('\n'))};
    for (const QString &code : order) {
        const Group &g = groups.value(code);
        grouped << (g.lines.size() == 1
                        ? QCoreApplication::translate("FindingsSummary", "Line %1: %2: %3").arg(g.lines.first()).arg(code, g.message)
                        : QCoreApplication::translate("FindingsSummary", "Lines %1: %2 (%3 statements, each in the tooltip)")
                              .arg(linesOf(g.lines), code).arg(g.lines.size()));
    }
    if (grouped.size() > maxLines) {
        const int hidden = int(grouped.size()) - (maxLines - 1);
        grouped = grouped.mid(0, maxLines - 1);
        grouped << QCoreApplication::translate("FindingsSummary", "… and %n more (hover for the whole list)", nullptr, hidden);
    }
    return {grouped.join(QLatin1Char('\n')), all.join(QLatin1Char('\n'))};
}

} // namespace sw::app
