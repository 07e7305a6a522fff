#pragma once

#include <QStringList>

namespace callboard::schema {

/// The statements that take a workspace from version N-1 to N, at index N-1. A step, once
/// released, never changes: a new version appends a step.
const QList<QStringList> &migrationSteps();

} // namespace callboard::schema
