#pragma once
// Printing findings as text or as the JSON of the CLI contract, and the exit
// status they mean: 1 when any is an error, 0 for warnings alone.

#include "problem.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace sw::cli {

enum class OutputFormat { Text, Json };

QCommandLineOption formatOption();
// Reads --format; on a bad value reports it and returns false.
bool readFormat(const QCommandLineParser &parser, const QString &command, OutputFormat *format);

// `extra`: more keys for the JSON object beside "findings" (lint's "statements").
int reportFindings(const QList<Problem> &findings, OutputFormat format, const QJsonObject &extra = {});

} // namespace sw::cli
