#pragma once
// DDL for the design's SQL objects (views, functions, triggers…): create,
// replace, drop and comment, each a complete statement.

#include "model/sqlobject.h"

namespace sw::sql {

QString createSqlObject(const SqlObject &object);   // with its comment, when it has one
QString dropSqlObject(const SqlObject &object);
// CREATE OR REPLACE of a function or procedure, whether its definition says OR REPLACE or not.
QString replaceRoutine(const SqlObject &object);
// CREATE OR REPLACE VIEW: PostgreSQL allows it while the view keeps its columns.
QString replaceView(const SqlObject &view);
// The items of a query's top-level SELECT list, each as its tokens; empty when
// the query does not start with SELECT (WITH, VALUES…) or cannot be read.
QList<QStringList> selectList(const QString &query);
QString commentOnSqlObject(const SqlObject &object, const QString &comment);  // IS NULL for none
// What PostgreSQL requires to stay the same for CREATE OR REPLACE of a routine:
// the definition up to its body (name, parameters, result, language and
// attributes), spaces folded. Empty when the body cannot be found.
QString routineHeader(const QString &definition);

// What a new object of a kind starts from in the editor: the shape of its statement.
QString skeleton(SqlObject::Kind kind);

} // namespace sw::sql
