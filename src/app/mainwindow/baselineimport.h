#pragma once
// Reads a live database, in the background, as the baseline of a design:
// its tables keep the design's ids and spelling where the database agrees.

#include "model/schema.h"

#include <QObject>

namespace sw::app {

class BaselineImport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts reading; finished() or failed() follows on this object's thread.
    void start(const QString &conninfo, const Project &design);

signals:
    void finished(const sw::Baseline &baseline, const QString &databaseName);
    void failed(const QString &message);
};

} // namespace sw::app
