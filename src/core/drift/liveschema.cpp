#include "drift/liveschema.h"

namespace sw {

namespace {

QString key(const QString &schema, const QString &name) { return schema + QLatin1Char('.') + name; }

} // namespace

void LiveSchema::index() const
{
    if (m_indexedRelations != qMakePair(relations.constData(), relations.size())) {
        m_relationAt.clear();
        for (qsizetype i = 0; i < relations.size(); ++i)
            m_relationAt.insert(key(relations.at(i).schema, relations.at(i).name), i);
        m_indexedRelations = qMakePair(relations.constData(), relations.size());
    }
    if (m_indexedTriggers != qMakePair(triggers.constData(), triggers.size())) {
        m_triggersAt.clear();
        for (qsizetype i = 0; i < triggers.size(); ++i)
            m_triggersAt[key(triggers.at(i).schema, triggers.at(i).table)] << i;
        m_indexedTriggers = qMakePair(triggers.constData(), triggers.size());
    }
}

const Table *LiveSchema::relation(const QString &schema, const QString &name) const
{
    index();
    const auto it = m_relationAt.constFind(key(schema, name));
    return it == m_relationAt.constEnd() ? nullptr : &relations.at(*it);
}

QList<LiveTrigger> LiveSchema::triggersOn(const QString &schema, const QString &table) const
{
    index();
    QList<LiveTrigger> result;
    for (const qsizetype i : m_triggersAt.value(key(schema, table)))
        result << triggers.at(i);
    return result;
}

} // namespace sw
