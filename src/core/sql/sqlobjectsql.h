#pragma once
// DDL for the design's SQL objects (views, functions, triggers…): create,
// replace, drop and comment, each a complete statement.

#include "model/sqlobject.h"

namespace sw::sql {

QString createSqlObject(const SqlObject &object);   // with its comment, when it has one
QString dropSqlObject(const SqlObject &object);
// CREATE OR REPLACE of a function or procedure, whether its definition says OR REPLACE or not.
QString replaceRoutine(const SqlObject &object);
QString commentOnSqlObject(const SqlObject &object, const QString &comment);  // IS NULL for none
// What PostgreSQL requires to stay the same for CREATE OR REPLACE of a routine:
// the definition up to its body (name, parameters, result, language and
// attributes), spaces folded. Empty when the body cannot be found.
QString routineHeader(const QString &definition);

} // namespace sw::sql
