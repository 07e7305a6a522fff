#pragma once

#include "import/TabularFormat.h"

namespace callboard {

/// Call lists saved from Aircall's Public API: a list page `{"calls": [...], "meta": {...}}`, one
/// call `{"call": {...}}`, a bare array of calls, or JSON Lines of them (see JsonRecordReader).
/// Recognised by a first call object with `id`, `direction` and `started_at` and one of
/// `answered_at`, `missed_call_reason` or `raw_digits`. Each object is one call, mapped by
/// aircallCallFromJson(); the times are Unix times, so no zone applies.
class AircallJsonFormat : public RowPerCallFormat
{
public:
    QString id() const override;
    QString displayName() const override;
    QString requiredColumns() const override;
    int matchHeader(const QStringList &header) const override;
    Status begin(const QStringList &header, const ImportOptions &options) override;
    void observe(const Record &) override {}
    Status finishObserving() override { return {}; }
    QTimeZone timeZone() const override { return QTimeZone::utc(); }
    std::variant<Call, FieldProblem> toCall(const Record &record) const override;
};

} // namespace callboard
