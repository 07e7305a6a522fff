#pragma once

#include <QStringList>

namespace callboard::schema {

/// The statements that take a workspace from version N-1 to N, at index N-1. A step, once
/// released, never changes: a new version appends a step.
const QList<QStringList> &migrationSteps();

/// The version whose step adds the numbers as their sources wrote them (its place in
/// migrationSteps()); opening an older workspace normalises its stored numbers after that step.
int numbersAsGivenVersion();

/// The statements that recompute every call's next contact from the same caller
/// (calls.next_contact_at_ms); run before committing any change to the calls.
QStringList nextContactRefresh();

} // namespace callboard::schema
