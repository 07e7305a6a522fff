#pragma once

#include <QStringList>

namespace callboard::schema {

/// The statements that take a workspace from version N-1 to N, at index N-1. A step, once
/// released, never changes: a new version appends a step.
const QList<QStringList> &migrationSteps();

/// The version whose step adds the numbers as their sources wrote them (its place in
/// migrationSteps()); opening an older workspace normalises its stored numbers after that step.
int numbersAsGivenVersion();

/// Which calls' next contacts a refresh recomputes.
enum class NextContactScope {
    EveryCall,      ///< All of them.
    EveryNewCall,   ///< All of them, none of which has one yet (a first import).
    TouchedCallers, ///< Those of the callers listed in temp.touched_callers (caller_key).
};

/// The statements that recompute the next contact from the same caller of the calls in @p scope
/// (calls.next_contact_at_ms); run before committing any change to the calls.
QStringList nextContactRefresh(NextContactScope scope = NextContactScope::EveryCall);

} // namespace callboard::schema
